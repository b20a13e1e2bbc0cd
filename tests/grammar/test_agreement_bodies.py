"""Decisions of agreement bodies get no CELEX in any language; EU decisions keep theirs.

Each sentence is quoted from a real text (source in the comment) unless marked
*title form*: those follow the EUR-Lex title of the body's decisions in that language,
not yet seen in a text read for this project (UNCONFIRMED in ``languages/_sources``).
"""

from __future__ import annotations

import pytest

import eurefs
from tests.grammar.body_decisions import acts as _acts
from tests.grammar.body_decisions import assert_body_decision

#: (sentence, language, the decision's text as cited, the body as written)
BODY_DECISIONS = [
    # wordscope.be (EUR-Lex sentence pair nl/de)
    (
        "Der Beschluss Nr. 1/80 des Assoziationsrats EWG-Türkei sieht vor, dass die",
        "de",
        "Beschluss Nr. 1/80 des Assoziationsrats EWG-Türkei",
        "Assoziationsrats EWG-Türkei",
    ),
    # Liechtensteinisches Landesgesetzblatt 2000 Nr. 78 (gesetze.li)
    (
        "Anhang VI des Abkommens wurde durch den Beschluss Nr. 65/2000 des Gemeinsamen "
        "EWR-Ausschusses vom 2. August 2000 geändert.",
        "de",
        "Beschluss Nr. 65/2000 des Gemeinsamen EWR-Ausschusses",
        "Gemeinsamen EWR-Ausschusses",
    ),
    # EUR-Lex 31980R3540 (German): the Beschluss in the genitive
    (
        "In Anhang IV des Beschlusses Nr. 1/77 des Assoziationsrats EWG-Türkei über neue",
        "de",
        "Beschlusses Nr. 1/77 des Assoziationsrats EWG-Türkei",
        "Assoziationsrats EWG-Türkei",
    ),
    # CURIA C-171/01 (French), heading
    (
        "Article 10, paragraphe 1, de la décision no 1/80 du conseil d'association - Principe",
        "fr",
        "décision no 1/80 du conseil d'association",
        "conseil d'association",
    ),
    # EUR-Lex 61994CJ0277 (French), keywords
    (
        "(Accord d' association CEE-Turquie, art. 6, 22, § 1, et 23; décision n 3/80 du conseil "
        "d' association CEE-Turquie)",
        "fr",
        "décision n 3/80 du conseil d' association CEE-Turquie",
        "conseil d' association CEE-Turquie",
    ),
    # C-300/09 and C-301/09 summary (Spanish, juristeca.com)
    (
        "Regla de standstill del artículo 13 de la Decisión nº1/80 del Consejo de Asociación",
        "es",
        "Decisión nº1/80 del Consejo de Asociación",
        "Consejo de Asociación",
    ),
    # EUR-Lex 62009CJ0300_SUM (Italian)
    (
        "(Decisione n. 1/80 del Consiglio d’associazione CEE-Turchia, art. 13)",
        "it",
        "Decisione n. 1/80 del Consiglio d’associazione CEE-Turchia",
        "Consiglio d’associazione CEE-Turchia",
    ),
    # EUR-Lex 31991D0163 (Italian), citation
    (
        "vista la decisione n. 1/77 del Consiglio di associazione CEE-Turchia, del 17 maggio 1977,",
        "it",
        "decisione n. 1/77 del Consiglio di associazione CEE-Turchia",
        "Consiglio di associazione CEE-Turchia",
    ),
    # EUR-Lex 62007CJ0484_SUM (Portuguese): a non-breaking hyphen in CEE‑Turquia
    (
        "(Decisão n.º 1/80 do Conselho de Associação CEE\u2011Turquia, artigo 7.°, n.° 1)",
        "pt",
        "Decisão n.º 1/80 do Conselho de Associação CEE\u2011Turquia",
        "Conselho de Associação CEE-Turquia",
    ),
    # wordscope.be (EUR-Lex sentence pair nl/de)
    (
        "Besluit nr. 1/80 van de Associatieraad EEG-Turkije bepaalt dat de lidstaten",
        "nl",
        "Besluit nr. 1/80 van de Associatieraad EEG-Turkije",
        "Associatieraad EEG-Turkije",
    ),
    # opmaat.sdu.nl BWBS0000901 (Decision 1/80 in Dutch), recital
    (
        "de regeling ingesteld bij Besluit nr. 2/76 van de Associatieraad; dat voorts",
        "nl",
        "Besluit nr. 2/76 van de Associatieraad",
        "Associatieraad",
    ),
    # op.europa.eu publication title (Danish)
    (
        "Det Blandede EØS-Udvalgs afgørelse nr. 96/2010 af 2. juli 2010 om ændring af protokol 31",
        "da",
        "Det Blandede EØS-Udvalgs afgørelse nr. 96/2010",
        "Det Blandede EØS-Udvalgs",
    ),
    # EUR-Lex 62001CJ0171_SUM (Finnish)
    (
        "(ETY-Turkki-assosiaationeuvoston päätöksen N:o 1/80 10 artiklan 1 kohta)",
        "fi",
        "ETY-Turkki-assosiaationeuvoston päätöksen N:o 1/80",
        "ETY-Turkki-assosiaationeuvoston",
    ),
    # EUR-Lex 61998CJ0065_SUM (Finnish): a participle between body and type word
    (
        "(ETY:n ja Turkin assosiaationeuvoston tekemän päätöksen N:o 1/80 7 artiklan 1 kohta)",
        "fi",
        "assosiaationeuvoston tekemän päätöksen N:o 1/80",
        "assosiaationeuvoston",
    ),
    # EUR-Lex 62001CJ0171_SUM (Greek)
    (
        "(Απόφαση 1/80 του Συμβουλίου Συνδέσεως ΕΟΚ-Τουρκίας, άρθρο 10 § 1)",
        "el",
        "Απόφαση 1/80 του Συμβουλίου Συνδέσεως ΕΟΚ-Τουρκίας",
        "Συμβουλίου Συνδέσεως ΕΟΚ-Τουρκίας",
    ),
    # EUR-Lex 62009CJ0300_SUM (Hungarian): number first, a non-breaking hyphen
    (
        "(Az EGK\u2011Törökország Társulási Tanács 1/80 határozata, 13. cikk)",
        "hu",
        "EGK\u2011Törökország Társulási Tanács 1/80 határozata",
        "EGK-Törökország Társulási Tanács",
    ),
    # EUR-Lex 62002CJ0275 (Czech), summary
    (
        "(Rozhodnutí č. 1/80 Rady přidružení EHS-Turecko, čl. 7, první pododstavec)",
        "cs",
        "Rozhodnutí č. 1/80 Rady přidružení EHS-Turecko",
        "Rady přidružení EHS-Turecko",
    ),
    # CURIA C-325/05 (Romanian), heading
    (
        "Articolele 6, 7 și 14 din Decizia nr. 1/80 a Consiliului de asociere – Dreptul de acces",
        "ro",
        "Decizia nr. 1/80 a Consiliului de asociere",
        "Consiliului de asociere",
    ),
    # the body between the type word and the number (family agreement_decisions)
    # Liechtensteinisches Landesgesetzblatt 2003 Nr. 208 (gesetze.li)
    (
        "Anhang I des Abkommens wurde durch den Beschluss des Gemeinsamen EWR-Ausschusses "
        "Nr. 39/2003 vom 16. Mai 2003 geändert.",
        "de",
        "Beschluss des Gemeinsamen EWR-Ausschusses Nr. 39/2003",
        "Gemeinsamen EWR-Ausschusses",
    ),
    # OJ L 64, 10.3.2005, contents (French, EUR-Lex)
    (
        "Décision du Comité mixte de l'EEE no 115/2004 du 6 août 2004 modifiant le protocole 31",
        "fr",
        "Décision du Comité mixte de l'EEE no 115/2004",
        "Comité mixte de l'EEE",
    ),
    # prawo.pl, OJ L 94, 2003 (Polish)
    (
        "(1) Załącznik I do Porozumienia został zmieniony decyzją Wspólnego Komitetu EOG nr "
        "158/2002 z dnia 6 grudnia 2002 r.",
        "pl",
        "decyzją Wspólnego Komitetu EOG nr 158/2002",
        "Wspólnego Komitetu EOG",
    ),
    # EUR-Lex 62010CJ0187_SUM (Czech)
    (
        "(Rozhodnutí Rady přidružení EHS-Turecko č. 1/80, čl. 6 odst. 1)",
        "cs",
        "Rozhodnutí Rady přidružení EHS-Turecko č. 1/80",
        "Rady přidružení EHS-Turecko",
    ),
    # CURIA C-373/03 (Slovak), heading
    (
        "Voľný pohyb pracovníkov – Rozhodnutie asociačnej rady č. 1/80 – Články 6 a 7",
        "sk",
        "Rozhodnutie asociačnej rady č. 1/80",
        "asociačnej rady",
    ),
    # EUR-Lex 61991CJ0237_SUM (Italian)
    (
        "(Accordo di Associazione CEE-Turchia; decisione del Consiglio di Associazione "
        "CEE-Turchia n. 1/80)",
        "it",
        "decisione del Consiglio di Associazione CEE-Turchia n. 1/80",
        "Consiglio di Associazione CEE-Turchia",
    ),
    # titles in capitals
    # Decision No 1/80 as published (silo.tips copy)
    (
        "DECISION No 1/80 OF THE ASSOCIATION COUNCIL OF 19 SEPTEMBER 1980 ON THE DEVELOPMENT",
        "en",
        "DECISION No 1/80 OF THE ASSOCIATION COUNCIL",
        "ASSOCIATION COUNCIL",
    ),
    # EUR-Lex 01994A0103(01)-20191214, list of amending acts
    (
        "►M2 | DECISION OF THE EEA JOINT COMMITTEE No 2/94 of 8 February 1994 | L 85",
        "en",
        "DECISION OF THE EEA JOINT COMMITTEE No 2/94",
        "EEA JOINT COMMITTEE",
    ),
    (
        "►M12 | DECISION OF THE EEA COUNCIL No 1/95 of 10 March 1995 | L 86",
        "en",
        "DECISION OF THE EEA COUNCIL No 1/95",
        "EEA COUNCIL",
    ),
    # prawo.pl, OJ L 160, 28.6.1994 (Polish)
    (
        "DECYZJA WSPÓLNEGO KOMITETU EOG nr 7/94 z dnia 21 marca 1994 r.",
        "pl",
        "DECYZJA WSPÓLNEGO KOMITETU EOG nr 7/94",
        "WSPÓLNEGO KOMITETU EOG",
    ),
    # title forms (UNCONFIRMED)
    (
        "Gemensamma EES-kommitténs beslut nr 123/2019 av den 10 maj 2019",
        "sv",
        "Gemensamma EES-kommitténs beslut nr 123/2019",
        "Gemensamma EES-kommitténs",
    ),
    (
        "ETA:n sekakomitean päätös N:o 123/2019, annettu 10 päivänä toukokuuta 2019",
        "fi",
        "ETA:n sekakomitean päätös N:o 123/2019",
        "ETA:n sekakomitean",
    ),
    (
        "EMP Ühiskomitee otsus nr 123/2019, 10. mai 2019,",
        "et",
        "EMP Ühiskomitee otsus nr 123/2019",
        "EMP Ühiskomitee",
    ),
    (
        "pagal EEE jungtinio komiteto sprendimą Nr. 1/95 ir",
        "lt",
        "EEE jungtinio komiteto sprendimą Nr. 1/95",
        "EEE jungtinio komiteto",
    ),
    (
        "Bendradarbiavimo tarybos sprendimu Nr. 3/84 nustatyta",
        "lt",
        "Bendradarbiavimo tarybos sprendimu Nr. 3/84",
        "Bendradarbiavimo tarybos",
    ),
    (
        "EEZ Apvienotās komitejas Lēmums Nr. 123/2019 (2019. gada 10. maijs)",
        "lv",
        "EEZ Apvienotās komitejas Lēmums Nr. 123/2019",
        "EEZ Apvienotās komitejas",
    ),
    (
        "Az EGT-Vegyesbizottság 123/2019 határozata a megállapodás",
        "hu",
        "EGT-Vegyesbizottság 123/2019 határozata",
        "EGT-Vegyesbizottság",
    ),
    (
        "zmieniona decyzją nr 1/80 Rady Stowarzyszenia z dnia 19 września 1980 r.",
        "pl",
        "decyzją nr 1/80 Rady Stowarzyszenia",
        "Rady Stowarzyszenia",
    ),
    (
        "rozhodnutie č. 1/80 Asociačnej rady z 19. septembra 1980",
        "sk",
        "rozhodnutie č. 1/80 Asociačnej rady",
        "Asociačnej rady",
    ),
    (
        "Sklep št. 1/80 Pridružitvenega sveta z dne 19. septembra 1980",
        "sl",
        "Sklep št. 1/80 Pridružitvenega sveta",
        "Pridružitvenega sveta",
    ),
    (
        "Odluka br. 1/80 Vijeća za pridruživanje od 19. rujna 1980.",
        "hr",
        "Odluka br. 1/80 Vijeća za pridruživanje",
        "Vijeća za pridruživanje",
    ),
    (
        "Решение № 1/80 на Съвета за асоцииране от 19 септември 1980 година",
        "bg",
        "Решение № 1/80 на Съвета за асоцииране",
        "Съвета за асоцииране",
    ),
    (
        "id-Deċiżjoni Nru 1/80 tal-Kunsill ta' Assoċjazzjoni tad-19 ta' Settembru 1980",
        "mt",
        "Deċiżjoni Nru 1/80 tal-Kunsill ta' Assoċjazzjoni",
        "Kunsill ta' Assoċjazzjoni",
    ),
    (
        "Cinneadh Uimh. 1/80 ón gComhairle Comhlachais an 19 Meán Fómhair 1980",
        "ga",
        "Cinneadh Uimh. 1/80 ón gComhairle Comhlachais",
        "gComhairle Comhlachais",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "cited", "body"),
    BODY_DECISIONS,
    ids=[f"{c[1]}-{c[2][:30]}" for c in BODY_DECISIONS],
)
def test_a_body_decision_has_the_body_in_span_and_no_celex(
    text: str, lang: str, cited: str, body: str
) -> None:
    assert_body_decision(text, lang, cited, body)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # EUR-Lex 61989CJ0192 (Swedish), keywords: a list, the body after its last member
        (
            "(associeringsavtalet mellan EEG och Turkiet; beslut nr 2/76 och 1/80 av det genom "
            "associeringsavtalet mellan EEG och Turkiet inrättade associeringsrådet)",
            2,
        ),
        ("Decisions No 2/76 and No 1/80 of the Association Council", 2),
        ("associeringsrådets beslut nr 2/76 och 1/80 gäller", 2),
        # the Finnish plural (UNCONFIRMED wording)
        ("assosiaationeuvoston päätökset N:o 1/80 ja N:o 3/80", 2),
        # Liechtensteinisches Landesgesetzblatt 2000 Nr. 239 (gesetze.li)
        (
            "macht die Regierung in den Anhängen 1 bis 7 die Beschlüsse Nr. 86/2000, 89/2000, "
            "90/2000, 92/2000, 96/2000, 98/2000 und 99/2000 des Gemeinsamen EWR-Ausschusses kund.",
            7,
        ),
        # Liechtensteinisches Landesgesetzblatt 2000 Nr. 78: a range the list does not read,
        # then the body
        (
            "die Beschlüsse Nr. 1/2000 bis 3/2000, 5/2000, 6/2000 und 8/2000 des Gemeinsamen "
            "EWR-Ausschusses kund.",
            1,
        ),
    ],
)
def test_every_member_of_a_list_of_body_decisions_has_no_celex(text: str, n: int) -> None:
    acts = _acts(text)
    assert len(acts) == n
    assert all(a.celex is None and a.author for a in acts), acts
    assert len({a.normalized for a in acts}) == n
    assert all(a.author and a.author.split()[-1] in a.normalized for a in acts)


#: EU decisions beside the word for Council (or an agreement body): the CELEX stays.
EU_DECISIONS = [
    ("Council Decision 2010/427/EU", "en"),
    ("Décision 2010/427/UE du Conseil", "fr"),
    ("Beschluss 2010/427/EU des Rates", "de"),
    ("Decisión 2010/427/UE del Consejo", "es"),
    ("decisione 2010/427/UE del Consiglio", "it"),
    ("Decisão 2010/427/UE do Conselho", "pt"),
    ("Besluit 2010/427/EU van de Raad", "nl"),
    ("Rådets afgørelse 2010/427/EU", "da"),
    ("rådets beslut 2010/427/EU", "sv"),
    ("neuvoston päätös 2010/427/EU", "fi"),
    ("nõukogu otsus 2010/427/EL", "et"),
    ("ES Tarybos sprendimas 2010/427/ES", "lt"),
    ("Padomes Lēmums 2010/427/ES", "lv"),
    ("a Tanács 2010/427/EU határozata", "hu"),
    ("Απόφαση 2010/427/ΕΕ του Συμβουλίου", "el"),
    ("decyzja 2010/427/UE Rady", "pl"),
    ("rozhodnutí Rady 2010/427/EU", "cs"),
    ("rozhodnutie Rady 2010/427/EÚ", "sk"),
    ("Sklep Sveta 2010/427/EU", "sl"),
    ("Odluka Vijeća 2010/427/EU", "hr"),
    ("Решение 2010/427/ЕС на Съвета", "bg"),
    ("Decizia 2010/427/UE a Consiliului", "ro"),
    ("Deċiżjoni tal-Kunsill 2010/427/UE", "mt"),
    ("Cinneadh 2010/427/AE ón gComhairle", "ga"),
    # an EU domain in the number: an EU act, whatever body is named after it
    ("Decizia 2010/427/UE a Consiliului de asociere", "ro"),
    ("Council Decisions 2010/427/EU and 2010/428/EU of the Association Council", "en"),
]


@pytest.mark.parametrize(("text", "lang"), EU_DECISIONS)
def test_an_eu_decision_next_to_a_council_word_keeps_its_celex(text: str, lang: str) -> None:
    acts = _acts(text)
    assert acts and acts[0].lang == lang
    assert acts[0].celex == "32010D0427"
    assert all(a.celex for a in acts)


@pytest.mark.parametrize("text", [c[2] for c in BODY_DECISIONS])
def test_parse_reads_a_body_decision_as_extract_does(text: str) -> None:
    refs = eurefs.extract(text)
    assert len(refs) == 1 and (refs[0].start, refs[0].end) == (0, len(text)), refs
    assert eurefs.parse(text) == refs[0]


def test_a_body_decision_cited_again_without_the_body_has_no_celex_either() -> None:
    # EUR-Lex 62009CJ0300_SUM (Italian): the body named once, the decision cited again
    text = (
        "(Decisione n. 1/80 del Consiglio d’associazione CEE-Turchia, art. 13) Riguardo ai "
        "lavoratori turchi che hanno lavorato in uno Stato membro nel quale era entrata in "
        "vigore la decisione n. 1/80, relativa allo sviluppo dell’associazione, e la "
        "decisione 2010/427/UE del Consiglio"
    )
    first, again, eu = _acts(text)
    assert first.celex is None and again.celex is None
    assert again.text == "decisione n. 1/80"
    assert again.author == first.author == "Consiglio d’associazione CEE-Turchia"
    assert eu.celex == "32010D0427"
    assert again.celex_candidates == [] and again.celex_candidates is not first.celex_candidates


def test_only_a_later_citation_reads_as_the_body_s() -> None:
    text = (
        "See decision No 1/80 first. Then Decision No 1/80 of the Association Council "
        "applies, and decision No 1/80 again."
    )
    before, body, after = _acts(text)
    # no CELEX before the body is named either: a decision numbered number first without
    # domain or legislator is no EU decision (grammar/legislator)
    assert (before.celex, before.author) == (None, None)
    assert body.celex is None and after.celex is None
    assert after.author == body.author


@pytest.mark.parametrize("short_forms", [False, True])
def test_a_decision_cited_again_chunks_away_reads_as_in_the_whole_text(short_forms: bool) -> None:
    filler = "The Member States shall act. " * 60
    text = (
        "Decision No 1/80 of the Association Council is cited.\n\n"
        + (filler + "\n\n") * 40
        + "Under decision No 1/80 workers have rights.\n"
    )
    whole = eurefs.extract(text, short_forms=short_forms)
    streamed = list(eurefs.iter_extract(text, short_forms=short_forms, chunk_size=2_000))
    assert streamed == whole
    again = [r for r in whole if r.kind == "legal_act"][-1]
    assert again.text == "decision No 1/80" and again.celex is None


#: Decisions without a domain whose author, after the number, is an EU institution: the
#: general rule for bodies on no list leaves them their CELEX.
