"""A pinpoint after an act and a dash (``eurefs.grammar.dash_pinpoints``), as the subject-matter
lines of the Court's judgments and opinions write it: ``Regulation (EU) 2016/679 – Article
88(1) and (2) –`` (C-65/23, tests/data/corpus/docs/D03)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="legal_act")


_GDPR = "32016R0679"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: C-65/23 (D03), C-590/22 (D02); a pinpoint ending the line, a full stop
        ("( Reference for a preliminary ruling – Protection of natural persons with regard to "
         "the processing of personal data – Regulation (EU) 2016/679 – Article 88(1) and (2) – "
         "Processing in the context of employment )",
         ("Regulation (EU) 2016/679", _GDPR, "Article 88(1) and (2)")),
        ("Reference for a preliminary ruling — Protection of individuals with regard to the "
         "processing of personal data — Directive 95/46/EC — Articles 2, 12 and 13 — Concept of "
         "‘personal data’",  # C-141/12 (EUR-Lex title, English)
         ("Directive 95/46/EC", "31995L0046", "Articles 2, 12 and 13")),
        ("(Reference for a preliminary ruling – Directive 2003/88/EC – Article 7)",
         ("Directive 2003/88/EC", "32003L0088", "Article 7")),
        # an annex and its point numbered with dots, as the keywords of C-815/19 (Natumi,
        # EUR-Lex 62019CJ0815) write them after Article 28 (was no pinpoint)
        ("– Verordnung (EG) Nr. 889/2008 – Anhang IX Nr. 1.3 – Verarbeitung von Lebensmitteln",
         ("Verordnung (EG) Nr. 889/2008", "32008R0889", "Anhang IX Nr. 1.3")),
        ("– Regulation (EC) No 889/2008 – Annex IX, point 1.3 – Processing of organic food",
         ("Regulation (EC) No 889/2008", "32008R0889", "Annex IX, point 1.3")),
        ("(Reference for a preliminary ruling – Directive 2003/88/EC – Article 7.)",
         ("Directive 2003/88/EC", "32003L0088", "Article 7")),
        # a hyphen between blanks, as plain text types the dash
        ("Reference for a preliminary ruling - Directive 2003/88/EC - Article 7 - Annual leave",
         ("Directive 2003/88/EC", "32003L0088", "Article 7")),
        # French: C-534/20 (opinion, bailii.org), an ordinal after the paragraph; F02 (C-302/10)
        ("« Renvoi préjudiciel – Protection des personnes physiques à l’égard du traitement des "
         "données à caractère personnel – Règlement (UE) 2016/679 – Article 38, paragraphe 3, "
         "deuxième phrase – Délégué à la protection des données »",
         ("Règlement (UE) 2016/679", _GDPR, "Article 38, paragraphe 3, deuxième phrase")),
        # German: C-34/21 (curia.europa.eu)
        ("„Vorlage zur Vorabentscheidung – Schutz personenbezogener Daten – Verordnung (EU) "
         "2016/679 – Art. 88 Abs. 1 und 2 – Datenverarbeitung im Beschäftigungskontext“",
         ("Verordnung (EU) 2016/679", _GDPR, "Art. 88 Abs. 1 und 2")),
        # Italian: C-65/23 (EUR-Lex)
        ("«Rinvio pregiudiziale – Protezione delle persone fisiche con riguardo al trattamento "
         "dei dati personali – Regolamento (UE) 2016/679 – Articolo 88, paragrafi 1 e 2 – "
         "Trattamento di dati nell’ambito dei rapporti di lavoro»",
         ("Regolamento (UE) 2016/679", _GDPR, "Articolo 88, paragrafi 1 e 2")),
        # Spanish: C-141/12 (EUR-Lex), a closing guillemet after the line
        ("Procedimiento prejudicial — Protección de las personas físicas en lo que respecta al "
         "tratamiento de datos personales — Directiva 95/46/CE — Artículos 2, 12 y 13 — Concepto "
         "de “datos personales”",
         ("Directiva 95/46/CE", "31995L0046", "Artículos 2, 12 y 13")),
        # Spanish: C-264/18 (EUR-Lex 62018CJ0264), a point's subpoints in the plural (was cut
        # to ``Artículo 10, letra c), y letra d``)
        ("Procedimiento prejudicial — Procedimientos de adjudicación de los contratos públicos "
         "de obras, de suministro y de servicios — Directiva 2014/24/UE — Artículo 10, letra c), "
         "y letra d), incisos i), ii) y v) — Validez — Ámbito de aplicación",
         ("Directiva 2014/24/UE", "32014L0024",
          "Artículo 10, letra c), y letra d), incisos i), ii) y v)")),
        # Greek: C-65/23 (kokkinoslawfirm.com), C-453/21
        ("« Προδικαστική παραπομπή – Κανονισμός (ΕΕ) 2016/679 – Άρθρο 88, παράγραφοι 1 και 2 – "
         "Επεξεργασία δεδομένων στο πλαίσιο της απασχόλησης »",
         ("Κανονισμός (ΕΕ) 2016/679", _GDPR, "Άρθρο 88, παράγραφοι 1 και 2")),
        # Croatian: C-230/14's opinion (EUR-Lex), ordinal dots; C-487/21's opinion (curia)
        ("„Zaštita osobnih podataka — Direktiva 95/46/EZ — Članak 4. stavak 1. — Nadzornik "
         "podataka“",
         ("Direktiva 95/46/EZ", "31995L0046", "Članak 4. stavak 1.")),
        ("„Zahtjev za prethodnu odluku – Zaštita osobnih podataka – Uredba (EU) 2016/679 – Članak "
         "15. stavak 3. – Pravo ispitanika na pristup osobnim podacima”",
         ("Uredba (EU) 2016/679", _GDPR, "Članak 15. stavak 3.")),
        # Czech: C-154/21's opinion (curia)
        ("„Řízení o předběžné otázce – Ochrana osobních údajů – Nařízení (EU) 2016/679 – Článek "
         "15 odst. 1 písm. c) – Právo subjektu údajů na přístup k osobním údajům“",
         ("Nařízení (EU) 2016/679", _GDPR, "Článek 15 odst. 1 písm. c)")),
        # Danish: C-534/20, C-439/19's opinion, C-77/21 (EUR-Lex, curia)
        ("»Præjudiciel forelæggelse – beskyttelse af fysiske personer i forbindelse med "
         "behandling af personoplysninger – forordning (EU) 2016/679 – artikel 38, stk. 3, andet "
         "punktum – databeskyttelsesrådgiver«",
         ("forordning (EU) 2016/679", _GDPR, "artikel 38, stk. 3, andet punktum")),
        ("Præjudiciel forelæggelse – beskyttelse af fysiske personer i forbindelse med behandling "
         "af personoplysninger – forordning (EU) 2016/679 – artikel 5, 6 og 10 – national "
         "lovgivning om aktindsigt",
         ("forordning (EU) 2016/679", _GDPR, "artikel 5, 6 og 10")),
        ("»Præjudiciel forelæggelse – beskyttelse af fysiske personer i forbindelse med "
         "behandling af personoplysninger – forordning (EU) 2016/679 – artikel 5, stk. 1, litra "
         "b) og e) – princippet om »formålsbegrænsning«",
         ("forordning (EU) 2016/679", _GDPR, "artikel 5, stk. 1, litra b) og e)")),
        # Maltese: C-60/22 (EUR-Lex)
        ("“Rinviju għal deċiżjoni preliminari – Protezzjoni ta’ persuni fiżiċi fir-rigward "
         "tal-ipproċessar ta’ data personali – Regolament (UE) 2016/679 – Artikolu 5 – Prinċipji "
         "relatati mal-ipproċessar”",
         ("Regolament (UE) 2016/679", _GDPR, "Artikolu 5")),
        # Bulgarian: C-268/21's opinion (EUR-Lex)
        ("Преюдициално запитване — Защита на личните данни — Регламент (ЕС) 2016/679 — Член 6, "
         "параграфи 3 и 4 — Законосъобразност на обработването",
         ("Регламент (ЕС) 2016/679", _GDPR, "Член 6, параграфи 3 и 4")),
        # the Dominguez judgment (C-282/10) in Dutch, Polish and Romanian (the development texts)
        ("Sociale politiek — Richtlijn 2003/88/EG — Artikel 7 — Recht op jaarlijkse vakantie met "
         "behoud van loon",
         ("Richtlijn 2003/88/EG", "32003L0088", "Artikel 7")),
        ("Polityka społeczna — Dyrektywa 2003/88/WE — Artykuł 7 — Prawo do corocznego płatnego "
         "urlopu",
         ("Dyrektywa 2003/88/WE", "32003L0088", "Artykuł 7")),
        ("Politica socială — Directiva 2003/88/CE — Articolul 7 — Dreptul la concediul anual "
         "plătit",
         ("Directiva 2003/88/CE", "32003L0088", "Articolul 7")),
    ],
)  # fmt: skip
def test_a_pinpoint_after_a_dash_in_a_keyword_line(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _acts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Finnish: C-487/21's opinion (curia), the pinpoint written number first
        ("Ennakkoratkaisupyyntö – Henkilötietojen suoja – Asetus (EU) 2016/679 – 15 artiklan 3 "
         "kohta – Rekisteröidyn oikeus saada tutustua käsiteltäviin henkilötietoihin",
         ("Asetus (EU) 2016/679", _GDPR, "15 artiklan 3 kohta")),
        # Hungarian: C-34/21 (curia), the article before the pinpoint left out of it
        ("„Előzetes döntéshozatal – A személyes adatok védelme – (EU) 2016/679 rendelet – A 88. "
         "cikk (1) és (2) bekezdése – Foglalkoztatással összefüggő adatkezelés”",
         ("(EU) 2016/679 rendelet", _GDPR, "88. cikk (1) és (2) bekezdése")),
        # ranges of articles, the subject-matter lines of C-132/21 (each was None): Latvian by
        # līdz and by a dash (the Opinion, EUR-Lex 62021CC0132: its title and its heading)
        ("Lūgums sniegt prejudiciālu nolēmumu – Regula (ES) 2016/679 – 77. līdz 79. pants – "
         "Tiesību aizsardzības līdzekļi", ("Regula (ES) 2016/679", _GDPR, "77. līdz 79. pants")),
        ("Lūgums sniegt prejudiciālu nolēmumu – Regula (ES) 2016/679 – 77.–79. pants – Sūdzība "
         "uzraudzības iestādē", ("Regula (ES) 2016/679", _GDPR, "77.-79. pants")),
        # Lithuanian and Hungarian (the judgment, curia), Finnish (the Opinion, EUR-Lex)
        ("„Prašymas priimti prejudicinį sprendimą – Reglamentas (ES) 2016/679 – 77–79 "
         "straipsniai – Teisių gynimo priemonės“",
         ("Reglamentas (ES) 2016/679", _GDPR, "77-79 straipsniai")),
        ("„Előzetes döntéshozatal – (EU) 2016/679 rendelet – 77–79. cikk – Jogorvoslati "
         "lehetőségek”", ("(EU) 2016/679 rendelet", _GDPR, "77-79. cikk")),
        ("Ennakkoratkaisupyyntö – Asetus (EU) 2016/679 – 77–79 artikla – Kantelu "
         "valvontaviranomaiselle", ("Asetus (EU) 2016/679", _GDPR, "77-79 artikla")),
        # Estonian, the word first (the judgment, EUR-Lex 62021CJ0132 ET; was None)
        ("Eelotsusetaotlus – Füüsiliste isikute kaitse isikuandmete töötlemisel – Määrus (EL) "
         "2016/679 – Artiklid 77–79 – Õiguskaitsevahendid – Paralleelne kohaldamine",
         ("Määrus (EL) 2016/679", _GDPR, "Artiklid 77-79")),
    ],
)  # fmt: skip
def test_where_pinpoints_follow_the_act_their_own_form(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _acts(text)


def test_the_span_is_the_act_alone() -> None:
    text = "( Reference – Regulation (EU) 2016/679 – Article 88(1) and (2) – Processing )"
    (act,) = (r for r in eurefs.extract(text) if r.kind == "legal_act")
    assert (act.text, act.start, act.end) == ("Regulation (EU) 2016/679", 14, 38)


@pytest.mark.parametrize(
    "text",
    [
        # a treaty's article is its own reference (C-534/20's French line has ``– Article 16
        # TFUE –`` further on)
        "( Reference – Regulation (EU) 2016/679 – Article 267 TFEU – Processing )",
        # the article of another act
        "( Reference – Regulation (EU) 2016/679 – Article 5 of Directive 2000/78/EC – Processing )",
        # prose after the dash
        "The Court applied Regulation (EU) 2016/679 – Article 6 of which lays down the grounds.",
        "Under Directive 93/13 - Article 3 requires good faith.",
        "( Directive 95/46/EC – Article 29 Working Party – opinions )",
        # a list's last act
        "( Directives 2001/29/EC and 2004/48/EC – Article 8 – injunctions )",
        # a hyphen with no blanks, and a line going on after the article
        "Regulation (EU) 2016/679-Article 6 (lawfulness)",
        "Regulation (EU) 2016/679 – Article 6\nIn Case C-1/23, the Court",
        # a dash between blanks is the keywords' own, no range (EUR-Lex's Lithuanian title of
        # C-132/21 has ``77 – 79 straipsniai``)
        "( Reglamentas (ES) 2016/679 – 77 – 79 straipsniai – Teisių gynimo priemonės )",
        # ... nor the range's end a keyword of its own, which the pinpoint would cut (EUR-Lex's
        # Estonian title of C-132/21 has ``Artiklid 77 – 79``: was ``Artiklid 77``)
        "Eelotsusetaotlus – Määrus (EL) 2016/679 – Artiklid 77 – 79 – Õiguskaitsevahendid",
        "( Reference – Regulation (EU) 2016/679 – Articles 77 – 79 – Remedies )",
        "( Reference – Regulation (EU) 2016/679 – Articles 77 – 79 )",
    ],
)
def test_no_pinpoint_where_the_article_is_not_the_whole_keyword(text: str) -> None:
    assert all(pin is None for _, celex, pin in _acts(text) if celex != "32000L0078")


@pytest.mark.parametrize(
    "text",
    [
        # the bracket after a point's letter or roman number is the point's, not the keyword's:
        # C-264/18's Spanish line with a word the record does not know after the point (no
        # pinpoint, where it was cut inside the point, ``Artículo 10, letra c), y letra d``)
        "Directiva 2014/24/UE — Artículo 10, letra c), y letra d), subincisos i), ii) y v) — "
        "Validez",
    ],
)
def test_a_pinpoint_is_never_cut_inside_a_point(text: str) -> None:
    assert all(pin is None or pin.endswith(")") for _, _, pin in _acts(text))


def test_the_other_acts_article_keeps_its_own_pinpoint() -> None:
    text = "( Reference – Regulation (EU) 2016/679 – Article 5 of Directive 2000/78/EC – Age )"
    assert ("Directive 2000/78/EC", "32000L0078", "Article 5") in _acts(text)


def test_streaming_reads_them_as_the_whole_text() -> None:
    line = "( Reference – Regulation (EU) 2016/679 – Article 88(1) and (2) – Processing )\n\n"
    text = ("The Commission shall report on the application of this act. " * 9 + "\n\n" + line) * 8
    assert list(iter_extract(text, chunk_size=700)) == eurefs.extract(text)
    assert [r.pinpoint for r in eurefs.extract(text) if r.kind == "legal_act"] == [
        "Article 88(1) and (2)"
    ] * 8


@pytest.mark.parametrize(
    "text",
    [
        # the keyword line of C-931/19 Titanium: the articles are the amended directive's, not
        # the amending one's (English, eu.vlex.com; Slovenian and Croatian, taxlawapp.eu; each
        # gave Directive 2008/8/EC the pinpoint 'Articles 44, 45 and 47')
        "(Reference for a preliminary ruling – Taxation – Value added tax (VAT) – Directive "
        "2006/112/EC – Articles 43 and 45 – Directive 2006/112/EC, as amended by Directive "
        "2008/8/EC – Articles 44, 45 and 47 – Provision of services – Point of reference for "
        "tax purposes)",
        "„Predhodno odločanje – Obdavčenje – Davek na dodano vrednost (DDV) – Direktiva "
        "2006/112/ES – Člena 43 in 45 – Direktiva 2006/112/ES, kakor je bila spremenjena z "
        "Direktivo 2008/8/ES – Členi 44, 45 in 47 – Opravljanje storitev“",
        "„Zahtjev za prethodnu odluku – Oporezivanje – Porez na dodanu vrijednost (PDV) – "
        "Direktiva 2006/112/EZ – Članci 43. i 45. – Direktiva 2006/112/EZ, kako je izmijenjena "
        "Direktivom 2008/8/EZ – Članci 44., 45. i 47. – Pružanje usluga”",
        # the same line in Romanian and Italian (taxlawapp.eu, RO and IT; each gave Directive
        # 2008/8/CE the pinpoint)
        "„Trimitere preliminară – Fiscalitate – Taxa pe valoarea adăugată (TVA) – Directiva "
        "2006/112/CE – Articolele 43 și 45 – Directiva 2006/112/CE, astfel cum a fost "
        "modificată prin Directiva 2008/8/CE – Articolele 44, 45 și 47 – Prestare de servicii”",
        "«Rinvio pregiudiziale – Fiscalità – Imposta sul valore aggiunto (IVA) – Direttiva "
        "2006/112/CE – Articoli 43 e 45 – Direttiva 2006/112/CE, come modificata dalla "
        "direttiva 2008/8/CE – Articoli 44, 45 e 47 – Prestazione di servizi»",
    ],
)
def test_no_pinpoint_after_a_dash_for_an_amending_act(text: str) -> None:
    acts = _acts(text)
    assert [pin for _, celex, pin in acts if celex == "32008L0008"] == [None]
    # (the amended directive's first mention keeps its own)
    assert acts[0][2] is not None
