"""A bare act number the text cited before as a national act's is no EU act; in
Portuguese a bare number needs the text's EU citation of it
(``eurefs/grammar/national_numbers.py``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted

#: The Romanian Financial Supervisory Authority's Regulation No 6/2018 (asfromania.ro,
#: from the search corpus, pages): its title and first article, then the bare citation a
#: later sentence makes (UNCONFIRMED in this text: its own later text is not stored).
_ASF = (
    "REGULAMENT nr. 6 /2018 pentru modificarea Regulamentului ASF nr. 3/2014 privind unele "
    "aspecte legate de aplicarea Ordonanţei de urgenţă a Guvernului nr. 99/2006 privind "
    "instituţiile de credit şi adecvarea capitalului şi a Regulamentului (UE) nr. 575/2013. "
    "Art. I – Regulamentul Autorității de Supraveghere Financiară nr. 3/2014 privind unele "
    "aspecte legate de aplicarea Ordonanţei, se modifică. Potrivit Regulamentului nr. 3/2014, "
    "art. 5 se abrogă."
)


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "national"),
    [
        # the last citation was 32014R0003
        (_ASF, "32014R0003"),
        # the Spanish judiciary council's regulation (BOE-A-1999-2176), then its bare
        # number (UNCONFIRMED: the later sentence is made up); was 31998R0001
        (
            "por el que se aprueba el Reglamento 1/1998, del Consejo General del Poder Judicial, "
            "de tramitación de quejas. El Reglamento 1/1998 entra en vigor.",
            "31998R0001",
        ),
        # UNCONFIRMED: the abbreviation written with full stops (asfromania.ro writes
        # 'Regulamentului A.S.F. nr. 3/2014' in a title), a national author after the number
        (
            "modificarea şi completarea Regulamentului A.S.F. nr. 3/2014. Regulamentul nr. "
            "3/2014 se modifică.",
            "32014R0003",
        ),
        (
            "în aplicarea Regulamentului nr. 5/2013 al Autorității de Supraveghere Financiară. "
            "Regulamentul nr. 5/2013 se abrogă.",
            "32013R0005",
        ),
    ],
)
def test_a_number_cited_as_a_national_acts_is_no_eu_act_later(text: str, national: str) -> None:
    assert national not in [celex for _, celex in _acts(text)]


def test_the_eu_acts_of_the_same_text_stay() -> None:
    assert _acts(_ASF) == [("Regulamentului (UE) nr. 575/2013", "32013R0575")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same number cited as an EU act before, or an EU author named after it
        (
            "Regulamentul Consiliului (CE) nr. 1/2003. Regulamentul nr. 1/2003 se aplică.",
            [
                ("Regulamentul Consiliului (CE) nr. 1/2003", "32003R0001"),
                ("Regulamentul nr. 1/2003", "32003R0001"),
            ],
        ),
        (
            "Regulamentului nr. 3/2014 al Comisiei. Regulamentul nr. 3/2014 se aplică.",
            [
                ("Regulamentului nr. 3/2014", "32014R0003"),
                ("Regulamentul nr. 3/2014", "32014R0003"),
            ],
        ),
        # a later national citation of the number does not reach back
        (
            "Regulation 1/2003 applies. Regulamentului ASF nr. 1/2003.",
            [("Regulation 1/2003", "32003R0001")],
        ),
        # a capitalised title between the type word and the number, which the grammar
        # does not read (UK writing names 'the EC Regulation on Insolvency Proceedings';
        # UNCONFIRMED with the number): no issuer, the bare citation after it stays
        (
            "the Regulation on Insolvency Proceedings (EC) No 1346/2000 applies. "
            "Regulation 1346/2000 provides",
            [("Regulation 1346/2000", "32000R1346")],
        ),
        (
            "the Regulation on Insolvency Proceedings 1346/2000 applies. "
            "Regulation 1346/2000 provides",
            [("Regulation 1346/2000", "32000R1346")],
        ),
        # English bare citations of EU acts
        (
            "Regulation (EC) No 1/2003 ... Regulation 1/2003 and Regulation No 1/2003",
            [
                ("Regulation (EC) No 1/2003", "32003R0001"),
                ("Regulation 1/2003", "32003R0001"),
                ("Regulation No 1/2003", "32003R0001"),
            ],
        ),
    ],
)
def test_eu_citations_keep_their_celex(text: str, expected: list[tuple[str, str]]) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # UNCONFIRMED (the form of the issue): a Diário da República heading; the
        # Commission's own bare citation before its footnote (COM(2009) 206 final,
        # EUR-Lex 52009DC0206, Portuguese), a miss rather than a guess; were 32012R0468
        # and 32003R0001
        "Regulamento n.º 468/2012",
        "Relatório sobre a aplicação do Regulamento n.º 1/2003",
        # Portuguese national bodies named like the EU's institutions: the judiciary's
        # council numbers its regulations in the Diário da República ('Regulamento
        # 243/2024, de 29 de Fevereiro', its Regulamento Interno, dre.tretas.org, pages
        # corpus), the securities commission (CMVM) too; cited with a year an EU
        # regulation could have (UNCONFIRMED): were 32010R0003 and 32010R0012, 'do
        # Conselho' and 'da Comissão' read as the EU's authors
        "Regulamento n.º 3/2010 do Conselho Superior da Magistratura",
        "Regulamento n.º 12/2010 da Comissão do Mercado de Valores Mobiliários",
    ],
)
def test_a_bare_portuguese_number_gives_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUR-Lex 32003R0001 (Portuguese) names the act with its domain; a bare citation after
        (
            "o Regulamento (CE) n.º 1/2003 do Conselho. O Regulamento n.º 1/2003 prevê",
            [
                ("Regulamento (CE) n.º 1/2003", "32003R0001"),
                ("Regulamento n.º 1/2003", "32003R0001"),
            ],
        ),
        (
            "o Regulamento n.º 1049/2001 do Parlamento Europeu e do Conselho",
            [("Regulamento n.º 1049/2001", "32001R1049")],
        ),
        ("o Regulamento n.º 1/2003 do Conselho, de 16", [("Regulamento n.º 1/2003", "32003R0001")]),
        # the Council between the type word and the number, the legislator in the span
        # (UNCONFIRMED forms; the second is a record example of Portuguese)
        ("Regulamento do Conselho n.º 1/2003", [("n.º 1/2003", "32003R0001")]),
        (
            "Decisão n.º 1082/2013 do Parlamento Europeu e do Conselho",
            [("Decisão n.º 1082/2013 do Parlamento Europeu e do Conselho", "32013D1082")],
        ),
        # the institution's name carried on by EU words or a domain (UNCONFIRMED forms)
        (
            "Regulamento n.º 1/2003 do Conselho da União Europeia",
            [("Regulamento n.º 1/2003", "32003R0001")],
        ),
        (
            "Regulamento n.º 802/2004 da Comissão das Comunidades Europeias",
            [("Regulamento n.º 802/2004", "32004R0802")],
        ),
        (
            "Regulamento n.º 1/2003 do Conselho e do Parlamento Europeu",
            [("Regulamento n.º 1/2003", "32003R0001")],
        ),
        (
            "Regulamento n.º 1/2003 do Conselho relativo à",
            [("Regulamento n.º 1/2003", "32003R0001")],
        ),
        # a year in two digits: no regulator's number (UNCONFIRMED)
        ("o Regulamento n.º 1408/71", [("Regulamento n.º 1408/71", "31971R1408")]),
    ],
)
def test_a_portuguese_number_with_eu_evidence_keeps_its_celex(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize("chunk_size", [1_000, 5_000])
def test_chunks_read_the_numbers_as_the_whole_text(chunk_size: int) -> None:
    """The bare numbers stand more than a chunk's margin after the first citations (the
    Portuguese one keeps its CELEX by the EU citation chunks before)."""
    text = _ASF + " " + "Textul nu citează alte acte. " * 400 + "Regulamentul nr. 3/2014 se aplică."
    text += " O Regulamento (CE) n.º 1/2003 do Conselho. " + "Sem outros atos. " * 300
    text += "O Regulamento n.º 1/2003 prevê."
    whole = eurefs.extract(text, short_forms=False)
    assert list(eurefs.iter_extract(text, short_forms=False, chunk_size=chunk_size)) == whole
    assert [r.celex for r in whole if r.kind == "legal_act"] == [
        "32013R0575",
        "32003R0001",
        "32003R0001",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the High Court of Cassation and Justice's decisions as legeaz.net heads them
        # (legeaz.net/spete-civil-iccj-2012/decizia-2112-2012; pages corpus): each 'Decizia
        # nr. N/YYYY' was an EU decision (no CELEX), the court's own decision
        "ICCJ. Decizia nr. 2112/2012. Civil. Despăgubiri Legea nr.221/2009. Recurs\n\n"
        "ROMÂNIA\n\nÎNALTA CURTE DE CASAŢIE ŞI JUSTIŢIE\n\nSECŢIA I CIVILĂ\n\n"
        "Decizia nr. 2112/2012\n\nDosar nr. 1074/115/2010",
        # a rector's decision in the court's account (legeaz.net/spete-civil-iccj-2013/
        # decizia-604-2013; pages corpus)
        "reclamanta a arătat că prin decizia nr. 3226/2008 emisă în baza Legii nr. 10/2001, "
        'Rectorul Universităţii Tehnice „G.A." Iaşi a propus acordarea de măsuri reparatorii',
        # the court's own sites (iccj.ro/2019/06/03/decizia-nr-19-din-3-iunie-2019; scj.ro,
        # detalii-jurisprudenta 137635; pages corpus)
        "COMPLETUL COMPETENT SĂ JUDECE RECURSUL ÎN INTERESUL LEGII\n\nDecizie nr. 19/2019 din "
        "03/06/2019                    Dosar nr. 490/1/2019",
        "Completul pentru dezlegarea unor chestiuni de drept\n\nDecizia nr. 67/2017 Dosar nr. "
        "1166/1/2017",
        # a county court's judgment citing the court's unifying decision (jurisprudenta.com,
        # speta-17p5l9ex; pages corpus)
        "Instanta supremă, prin Decizia nr. 2/2014, pronunţată în cadrul mecanismului de "
        "unificare al recursului în interesul legii, a statuat",
        # the data protection authority's list of processing that needs an impact assessment,
        # as a DPIA template in a public repository cites it (find_string 'Decizia nr.
        # 174/2018'): was an EU decision
        "Verificare că prelucrările descrise sunt aliniate cu lista publicată de ANSPDCP "
        "(Decizia nr. 174/2018).",
        # UNCONFIRMED (a guard): the court named after the number, whose 'Înaltei' starts as
        # the High Authority's ('Înaltei Autorități') and was an EU author's word
        "Decizia nr. 2/2014 a Înaltei Curţi de Casaţie şi Justiţie",
    ],
)
def test_a_bare_romanian_number_gives_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with the domain, the legislator or an agreement body after it (EUR-Lex titles,
        # Romanian), and the same number bare after the text's EU citation of it
        (
            "Decizia nr. 1082/2013/UE a Parlamentului European",
            [("Decizia nr. 1082/2013/UE", "32013D1082")],
        ),
        (
            "Regulamentul (CE) nr. 1049/2001 al Parlamentului European. Regulamentul nr. 1049/2001",
            [
                ("Regulamentul (CE) nr. 1049/2001", "32001R1049"),
                ("Regulamentul nr. 1049/2001", "32001R1049"),
            ],
        ),
        (
            "Decizia nr. 1/2012 a Consiliului de asociere",
            [("Decizia nr. 1/2012 a Consiliului de asociere", None)],
        ),
        # an EU author by its words (the ECB, the High Authority; UNCONFIRMED forms)
        ("Regulamentul nr. 1163/2014 al BCE", [("Regulamentul nr. 1163/2014", "32014R1163")]),
        ("Decizia nr. 2/54 a Înaltei Autorități", [("Decizia nr. 2/54", None)]),
    ],
)
def test_a_romanian_number_with_eu_evidence_stays(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _acts(text) == expected


def test_a_greek_court_judgment_cited_by_its_number_is_no_eu_decision() -> None:
    # The Court of Cassation's judgment 1362/2018 as taxsolution.gr heads it (blog
    # 2019-06/30603; pages corpus): 'Απόφαση 1362 / 2018' (a blank each side of the slash)
    # was an EU decision (no CELEX); Greek courts number their judgments so
    text = (
        "ΑΠ 1362/2018 Αποζημίωση λόγω συνταξιοδότησης στην περίπτωση που ο εργαζόμενος "
        "προσλαμβάνεται ως ήδη συνταξιούχος\n\nΑπόφαση 1362 / 2018    (Β2, ΠΟΛΙΤΙΚΕΣ)\n\n\n"
        "Περίληψη\nTο άρθρο 8 του ν. 3198/1955 στο εδάφιο α` ορίζει ότι"
    )
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EUR-Lex's forms: the domain, the body, the number bare after its EU citation, and
        # the Court's two-figure citation of the association's decision
        (
            "η απόφαση αριθ. 1082/2013/ΕΕ του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου. Η "
            "απόφαση αριθ. 1082/2013",
            [
                ("απόφαση αριθ. 1082/2013/ΕΕ", "32013D1082"),
                ("απόφαση αριθ. 1082/2013", "32013D1082"),
            ],
        ),
        (
            "ΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ",
            [("ΑΠΟΦΑΣΗ αριθ. 1/2021 ΤΗΣ ΕΙΔΙΚΗΣ ΕΠΙΤΡΟΠΗΣ ΕΜΠΟΡΙΟΥ", None)],
        ),
        ("της αποφάσεως 1/80", [("αποφάσεως 1/80", None)]),
    ],
)
def test_a_greek_decision_with_eu_evidence_stays(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _acts(text) == expected
