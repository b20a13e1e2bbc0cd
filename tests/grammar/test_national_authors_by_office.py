"""English: a national author named by its office, its level or its court right before
the type word, or before the EU institution's word its own name ends in, makes no EU act
(``eurefs/grammar/authors_before.qualified``, the English record's
``national_authors_before``).  The EU's own forms on the same lines keep their CELEX."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # Indonesia's presidential regulation on the national qualifications framework
        # (KKNI), a public repository's help text (find_string 'Presidential Regulation
        # No', id 55611381705): was 32012R0008
        "aligned with the 9 KKNI levels, Presidential Regulation No. 8/2012). ALWAYS refer",
        # the UAE's ministerial and cabinet decisions, public repositories (ids
        # 39485929182, 54748621960): each was an EU decision (no CELEX)
        "- Comply with UAE VAT regulations and Ministerial Decision No. 64/2025",
        "UAE Visa and Residency rules (Cabinet Decision No. 65/2022 r",
        # Italy's Constitutional Court (id 70601778402) and a Syrian Court of Cassation
        # decision in an English list of precedents (id 43568140582): EU decisions
        "Sickness during leave: Constitutional Court decision no. 616/1987 held that illness",
        "precedents: 'Supreme Court Decision No. 1245/2020',",
        # the session's brief: a competition council, a financial supervision commission,
        # a securities commission and local, regional, municipal and federal authors
        # (UNCONFIRMED in a text read with these numbers; were 32010R0012, 32010R0005 or
        # EU decisions)
        "the Competition Council Decision No 12/2010",
        "Financial Supervision Commission Regulation No 12/2010",
        "the National Securities Commission Regulation No 5/2010",
        "Ministerial Regulation No 5/2010",
        "Cabinet Regulation No 5/2010",
        "Municipal Regulation No 5/2010",
        "Regional Council Regulation No 5/2010",
        "Local Council Regulation No 5/2010",
        "Governor Regulation No. 5/2010 on",
        "Federal Council Decision No 5/2010",
        "State Council Decision No 5/2010",
        "National Bank Regulation No 5/2010",
    ],
)
def test_a_national_author_by_its_office_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the EU Council Regulation No 1/2003 applies",
            [("Council Regulation No 1/2003", "32003R0001")],
        ),
        (
            "In its judgment the Court applied Council Regulation No 1/2003",
            [("Council Regulation No 1/2003", "32003R0001")],
        ),
        (
            "EC competition Regulation No 1/2003",
            [("Regulation No 1/2003", "32003R0001")],
        ),
        (
            "the European Central Bank Regulation No 2/2010",
            [("European Central Bank Regulation No 2/2010", "32010R0002")],
        ),
        (
            "the European Regional Development Fund Regulation No 1080/2006",
            [("Regulation No 1080/2006", "32006R1080")],
        ),
        (
            "the products comply with the REACH Regulation No.1907/2006",
            [("Regulation No.1907/2006", "32006R1907")],
        ),
        (
            "The Securities Commission applies Commission Regulation No 1/2006",
            [("Commission Regulation No 1/2006", "32006R0001")],
        ),
        (
            "Commission Regulation (EC) No 1/2006",
            [("Commission Regulation (EC) No 1/2006", "32006R0001")],
        ),
        ("Council Decision 12/2010/EC", [("Council Decision 12/2010/EC", "32010D0012")]),
    ],
)
def test_eu_forms_keep_their_celex(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the author in the possessive, as English writes it before a noun (UNCONFIRMED in
        # a text read with a number N/YYYY: find_string gave only 'the government's
        # decision not to ...'; were 32010R0005, 32013R0005, an EU decision)
        "the Ministry's Regulation No 5/2010",
        "the NBR's Regulation No. 5/2013 on prudential requirements",
        "the Government's Decision No. 1194/2000 on",
        "the Central Bank\u2019s Regulation No 5/2010",
    ],
)
def test_a_national_author_in_the_possessive_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


def test_an_eu_institution_in_the_possessive_keeps_the_celex() -> None:
    assert _acts("the Commission's Regulation No 1/2006") == [
        ("Regulation No 1/2006", "32006R0001")
    ]


def test_the_general_court_stays_an_eu_body() -> None:
    (ref,) = [
        r for r in eurefs.extract("the General Court Decision No 1/2010") if r.kind == "legal_act"
    ]
    assert ref.text == "General Court Decision No 1/2010"
    assert ref.celex is None


@pytest.mark.parametrize(
    "text",
    [
        # Indonesia's e-invoicing rule as a public repository's notes cite it (find_string
        # 'Ministry of Finance Regulation No', id 59924197768): was 32014R0016
        "- e-Faktur: Ministry of Finance Regulation No. 16/2014",
        # the session's brief: a minister, Latvia's Cabinet of Ministers and a central bank
        # named with 'of' (UNCONFIRMED in a text read with these numbers; real texts cite
        # 'Minister of Finance Regulation No. 213/2016' and 'Cabinet of Ministers
        # Regulation No. 564 (2010)', ids 62458117980, 56189648970; were 32012R0213,
        # 32010R0005)
        "Minister of Finance Regulation No. 213/2012",
        "the Cabinet of Ministers Regulation No 5/2010",
        "the Bank of Lithuania Regulation No 5/2010",
        "the Ministry of Economy and Finance Decision No 5/2010",
    ],
)
def test_a_national_office_named_with_of_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an EU body's office named with 'of' stays the EU's
        ("the Court of Justice Decision No 1/2010", [("Decision No 1/2010", None)]),
        (
            "the Authority of the European Union Regulation No 2/2010",
            [("Regulation No 2/2010", "32010R0002")],
        ),
    ],
)
def test_an_eu_office_named_with_of_stays_eu(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _acts(text) == expected
