"""A pinpoint before an act named with its ordinal (``grammar/title_ordinals``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # Swedish: the author, then the ordinal (reported from a Swedish text kept aside;
        # the pinpoint was None)
        ("enligt artikel 17.2 i rådets sjätte direktiv 77/388/EEG om harmonisering",
         "direktiv 77/388/EEG", "artikel 17.2"),
        ("artikel 17.2 i sjätte direktivet 77/388/EEG", "direktivet 77/388/EEG",
         "artikel 17.2"),
        # English, with and without the article (Opinion of AG Geelhoed in C-155/01 and of
        # AG Kokott in C-310/11, taxlawapp.eu and bailii.org)
        ("Interpretation of Article 17 of Sixth Council Directive 77/388/EC of 17 May 1977",
         "Council Directive 77/388/EC", "Article 17"),
        ("(Taxation – Value added tax – Article 8(a) of Second Directive 67/228/EEC – Basis",
         "Directive 67/228/EEC", "Article 8(a)"),
        ("Article 17(2) of the Sixth Council Directive 77/388/EEC", "Council Directive 77/388/EEC",
         "Article 17(2)"),
        # French and Dutch, the ordinal after the link's article
        ("l'article 13, B, sous b), de la sixième directive 77/388/CEE du Conseil",
         "directive 77/388/CEE", "article 13, B, sous b)"),
        ("artikel 17, lid 2, van de Zesde richtlijn 77/388/EEG", "richtlijn 77/388/EEG",
         "artikel 17, lid 2"),
        # German, the ordinal declined after the link (the Court's judgment in C-401/06
        # against Germany, as mein.kiehl.de Dokument 282389 prints it; the Opinion of AG
        # Mengozzi in C-335/05, taxlawapp.eu; C-319/96, nwb.de Dokument 185391); the
        # pinpoint was None
        ("aus Art. 9 Abs. 2 Buchst. e der Sechsten Richtlinie 77/388/EWG des Rates vom",
         "Richtlinie 77/388/EWG", "Art. 9 Abs. 2 Buchst. e"),
        ("um Auslegung des Art. 2 Abs. 2 der Dreizehnten Richtlinie 86/560/EWG des Rates",
         "Richtlinie 86/560/EWG", "Art. 2 Abs. 2"),
        ("Artikel 3 Absatz 1 und 4 Nummer 1 der Zweiten Richtlinie 79/32 über die anderen",
         "Richtlinie 79/32", "Artikel 3 Absatz 1 und 4 Nummer 1"),
        ("Art. 13 Teil B Buchst. b der Sechsten Richtlinie 77/388/EWG", "Richtlinie 77/388/EWG",
         "Art. 13 Teil B Buchst. b"),
        # Maltese, the ordinal after the link's glued article, the inserted article's
        # capital a Ċ (the Court's judgment in C-489/09 Vandoorne, the Opinions of AG Kokott
        # in C-144/13 and of AG Jääskinen in C-582/08, taxlawapp.eu); each pinpoint was None
        ("L-Artikoli 11Ċ(1) u 27(1) u (5) tas-Sitt Direttiva 77/388, fuq l-armonizzazzjoni "
         "tal-liġijiet", "Direttiva 77/388", "Artikoli 11Ċ(1) u 27(1) u (5)"),
        ("Tnaqqis tat-taxxa tal-input – Artikolu 17(2)(a) fil-verżjoni tal-Artikolu 28f(1) "
         "tas-Sitt Direttiva 77/388/KEE – Effett dirett", "Direttiva 77/388/KEE",
         "Artikolu 28f(1)"),
        ("taħt l-Artikolu 2(1) tat-Tlettax-il Direttiva 86/560/KEE", "Direttiva 86/560/KEE",
         "Artikolu 2(1)"),
        # English, the inserted articles with their capital (the judgment in C-150/99
        # Stockholm Lindöpark's summary, taxlawapp.eu: 'Articles 2, 6(1) and 13B(b) of the
        # Sixth Directive'); was None
        ("the provisions of Articles 2, 6(1) and 13B(b) of the Sixth Council Directive "
         "77/388/EEC", "Council Directive 77/388/EEC", "Articles 2, 6(1) and 13B(b)"),
        # Polish, the ordinal declined with the act, no link (the Court's judgment in
        # C-528/19 Mitteldeutsche Hartstein-Industrie, paragraph 1, taxlawapp.eu, PL); was None
        ("1 Wniosek o wydanie orzeczenia w trybie prejudycjalnym dotyczy wykładni art. 5 ust. "
         "6 i art. 17 ust. 2 lit. a) szóstej dyrektywy Rady 77/388/EWG z dnia 17 maja 1977 r.",
         "dyrektywy Rady 77/388/EWG", "art. 5 ust. 6 i art. 17 ust. 2 lit. a)"),
        ("art. 17 ust. 6 Szóstej dyrektywy 77/388/EWG", "dyrektywy 77/388/EWG", "art. 17 ust. 6"),
        # Czech, Slovak and Slovenian the same (the Opinions of AG Poiares Maduro in C-288/07,
        # EUR-Lex 62007CC0288, CS, and of AG Bot in C-592/15, taxlawapp.eu, SK; the summary of
        # C-74/08, taxlawapp.eu, SL); was None
        ("1. Otázky položené v tomto řízení o předběžné otázce se týkají výkladu čl. 4 odst. 5 "
         "druhého pododstavce šesté směrnice Rady 77/388/EHS ze dne 17. května 1977",
         "směrnice Rady 77/388/EHS", "čl. 4 odst. 5 druhého pododstavce"),
        ("1. Článek 4 odst. 5 druhý pododstavec šesté směrnice 77/388 o harmonizaci právních "
         "předpisů", "směrnice 77/388", "Článek 4 odst. 5 druhý pododstavec"),
        ("1. V prejednávanej veci má Súdny dvor spresniť rozsah článku 13 A ods. 1 písm. n) "
         "šiestej smernice 77/388/EHS(2). Toto ustanovenie stanovuje",
         "smernice 77/388/EHS", "článku 13 A ods. 1 písm. n)"),
        ("1. Člen 17(2) in (6) Šeste direktive 77/388 o usklajevanju zakonodaje držav članic o "
         "prometnih davkih je treba razlagati", "direktive 77/388", "Člen 17(2) in (6)"),
        # Portuguese, the ordinal feminine with the directive (the Opinion of AG Darmon in
        # 415/85 Commission v Ireland, EUR-Lex 61985CC0415, PT); was None
        ("diz respeito aos critérios de aplicação do artigo 28.° da sexta directiva 77/388 do "
         "Conselho, de 17 de Maio de 1977, relativa à harmonização", "directiva 77/388",
         "artigo 28.°"),
        ("o artigo 13.º da Sexta Diretiva 77/388/CEE", "Diretiva 77/388/CEE", "artigo 13.º"),
        # Greek, the ordinal in the genitive feminine after the link (the judgment in C-317/94
        # Elida Gibbs, docplayer.gr/74227964); was None
        ("η έκδοση προδικαστικής αποφάσεως ως προς την ερμηνεία του άρθρου 11 της έκτης "
         "οδηγίας 77/388/ΕΟΚ του Συμβουλίου, της 17ης Μαΐου 1977", "οδηγίας 77/388/ΕΟΚ",
         "άρθρου 11"),
    ],
)  # fmt: skip
def test_the_pinpoint_before_the_ordinal(text: str, span: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # no link right before the ordinal: the pinpoint is another act's
        "Article 3 of the Directive and the Sixth Council Directive 77/388/EEC",
        "Article 3 of Regulation (EU) 2016/679, the second Council Directive 89/646/EEC",
        "Art. 3 der Richtlinie und die Sechste Richtlinie 77/388/EWG",
        "l-Artikolu 3 tar-Regolament u s-Sitt Direttiva 77/388/KEE",
        # Polish: the ordinal after no pinpoint (a conjunction, another act's name); a
        # subparagraph's ordinal is no act's
        "zgodnie z ustawą o VAT i szóstej dyrektywy 77/388/EWG",
        "art. 2 ust. 1 akapit pierwszy i drugiej dyrektywy 67/228/EWG",
        # Czech, Slovak: the same (a conjunction, a national act's name before the ordinal)
        "podle zákona o DPH a šesté směrnice 77/388/EHS",
        "čl. 2 odst. 1 první pododstavec a druhé směrnice 2009/103/ES",
        "podľa zákona o DPH a šiestej smernice 77/388/EHS",
        "článku 2 ods. 1 a druhej smernice 84/5/EHS",
        # Portuguese: a conjunction before the ordinal
        "o artigo 2.º da Lei n.º 41/2004 e a sexta directiva 77/388/CEE",
        # Croatian: a conjunction before the ordinal (the Zakon o PDV-u is national)
        "članka 6. i druge direktive 84/5/EEZ",
        "u skladu s člankom 2. Zakona o PDV-u i Šeste direktive 77/388/EEZ",
        # Greek: a national law's article, a conjunction before the ordinal
        "το άρθρο 2 του ν. 2859/2000 και της έκτης οδηγίας 77/388/ΕΟΚ",
        # a capital glued to a number is read only alone: ``6DSGVO`` is no article 6D
        "Article 6DSGVO of Directive 77/388/EEC",
    ],
)
def test_no_pinpoint_without_a_link_before_the_ordinal(text: str) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert acts[-1].pinpoint is None
