"""The one reading of Cellar's raw values (dates, the in-force flag), shared by both paths.

The notices are the real ones in ``tests/data/cellar`` (PROVENANCE.md); where a test
needs a value Cellar did not send, it changes one element of a real notice in memory
and says which.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eurefs.cellar.notices import notice_facts, parse_notice
from eurefs.cellar.sparql import documents_from_rows
from eurefs.cellar.sparql_results import Term
from eurefs.cellar.workfacts import build_document, parse_date
from eurefs.cellar.xml import parse_xml
from eurefs.models.document import OjPublication

DATA = Path(__file__).resolve().parents[1] / "data" / "cellar"
WORK = "http://publications.europa.eu/resource/cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1"
# The in-force flag of Delegated Regulation (EU) No 1/2014, as its object notice gives it.
IN_FORCE = b'<RESOURCE_LEGAL_IN-FORCE type="data">\n         <VALUE>true</VALUE>'


def _act() -> bytes:
    return (DATA / "notice-object-32014R0001.xml").read_bytes()


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2013-08-28", dt.date(2013, 8, 28)),  # WORK_DATE_DOCUMENT of 32014R0001
        # LASTMODIFICATIONDATE of 52018PC0340
        ("2020-09-27T17:43:28.234+02:00", dt.date(2020, 9, 27)),
        ("2013-08-28Z", dt.date(2013, 8, 28)),
        ("2013-08-28+02:00", dt.date(2013, 8, 28)),
        (" 2013-08-28\n", dt.date(2013, 8, 28)),
    ],
)
def test_a_date_of_cellar_is_read(value: str, day: dt.date) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    "value",
    ["2013-08-280", "2013-08-28/2013-09-01", "2013-08-28 12:00", "2013-08-28x", "28/08/2013"],
)
def test_a_day_with_more_after_it_is_no_date(value: str) -> None:
    # Its first ten characters were read as the date: "2013-08-280" gave 28 August 2013.
    assert parse_date(value) is None


def test_a_notice_date_in_a_form_not_expected_is_none_not_a_wrong_day() -> None:
    data = _act().replace(b"<VALUE>2013-08-28</VALUE>", b"<VALUE>2013-08-280</VALUE>")
    assert data != _act()
    assert parse_notice(data).date is None
    assert parse_notice(_act()).date == dt.date(2013, 8, 28)


def test_a_notice_that_says_in_force_and_not_in_force_says_neither() -> None:
    second = b'<RESOURCE_LEGAL_IN-FORCE type="data"><VALUE>false</VALUE></RESOURCE_LEGAL_IN-FORCE>'
    data = _act().replace(IN_FORCE, second + b"\n" + IN_FORCE)
    assert data.count(b"<RESOURCE_LEGAL_IN-FORCE") == 2
    # the first in sorted order, "false", was the answer
    assert parse_notice(data).in_force is None
    assert parse_notice(_act()).in_force is True


def _in_force_rows(*values: str) -> list[dict[str, Term]]:
    work, key = Term("uri", WORK), Term("literal", "in_force")
    return [{"work": work, "key": key, "val": Term("literal", v)} for v in values]


@pytest.mark.parametrize(
    ("values", "flag"),
    [(("1", "0"), None), (("true", "1"), True), (("0",), False), (("false", "0"), False)],
)
def test_sparql_in_force_values_agree_or_say_nothing(
    values: tuple[str, ...], flag: bool | None
) -> None:
    # Virtuoso's SPARQL JSON writes the flag "1"/"0", notices "true"/"false".
    (doc,) = documents_from_rows(_in_force_rows(*values)).values()
    assert doc.in_force is flag


def _oj_link(data: bytes) -> bytes:
    start = data.index(b"<RESOURCE_LEGAL_PUBLISHED_IN_OFFICIAL-JOURNAL ")
    end_tag = b"</RESOURCE_LEGAL_PUBLISHED_IN_OFFICIAL-JOURNAL>"
    return data[start : data.index(end_tag, start) + len(end_tag)]


#: What the two paths must give for 32014R0001 linked to its real issue (OJ L 1 of
#: 4.1.2014) and to a second one: each issue's own facts; the page and the ``oj`` alias
#: name L 1/2014 (``uriserv/OJ.L_.2014.001.01.0001.01.EST``, ``oj/JOL_2014_001_R_0001_01``).
REAL_ISSUE = OjPublication(
    series="L", issue="1", year=2014, date=dt.date(2014, 1, 4), page=1,
    uri="oj:JOL_2014_001_R_0001_01",
)  # fmt: skip
OTHER_ISSUE = OjPublication(series="L", issue="999", year=2013, date=dt.date(2013, 12, 31))


def test_a_work_linked_to_two_oj_issues_gets_no_mix_of_them() -> None:
    # The real link to OJ L 1 of 4.1.2014 and, beside it, a second one changed in memory
    # into issue 999 of 31.12.2013: one issue's number with the other's year and date
    # ("L 1, 2013, 31.12.2013": the first of each sorted list) was the answer.
    link = _oj_link(_act())
    other = (
        link.replace(b"<VALUE>001</VALUE>", b"<VALUE>999</VALUE>")
        .replace(b"<VALUE>2014</VALUE>", b"<VALUE>2013</VALUE>")
        .replace(b"2014-01-04", b"2013-12-31")
        .replace(b"2af25028-750b-11e3-b589-01aa75ed71a1", b"2af25028-750b-11e3-b589-000000000999")
    )
    assert b"<VALUE>999</VALUE>" in other and b"<VALUE>2013-12-31</VALUE>" in other
    doc = parse_notice(_act().replace(link, other + b"\n" + link))
    # what both say; page 1 and the alias were given too, though they name L 1/2014 alone
    assert doc.oj == OjPublication(series="L")
    assert doc.oj_publications == [OTHER_ISSUE, REAL_ISSUE]  # each issue, as Cellar gives it
    one = parse_notice(_act())
    assert one.oj == REAL_ISSUE and one.oj_publications == [REAL_ISSUE]


def test_sparql_rows_of_two_oj_issues_give_no_mix_of_them() -> None:
    issue = "http://publications.europa.eu/resource/cellar/2af25028-750b-11e3-b589-01aa75ed71a1"
    res = "http://publications.europa.eu/resource"
    rows = [
        {"work": Term("uri", WORK), "key": Term("literal", k), "val": Term(kind, v)}
        | ({"aux": Term("uri", a)} if a else {})
        for k, kind, v, a in [
            ("sameas", "uri", f"{res}/oj/JOL_2014_001_R_0001_01", None),
            ("expression_sameas", "uri", f"{res}/uriserv/OJ.L_.2014.001.01.0001.01.EST", None),
            ("oj", "uri", issue, None),
            ("oj_number", "literal", "001", issue),
            ("oj_year", "literal", "2014", issue),
            ("oj_date", "literal", "2014-01-04", issue),
            ("oj_collection", "uri", f"{res}/authority/document-collection/OJ-L", issue),
            ("oj", "uri", issue + "9", None),
            ("oj_number", "literal", "999", issue + "9"),
            ("oj_year", "literal", "2013", issue + "9"),
            ("oj_date", "literal", "2013-12-31", issue + "9"),
            ("oj_collection", "uri", f"{res}/authority/document-collection/OJ-L", issue + "9"),
        ]
    ]
    (doc,) = documents_from_rows(rows).values()
    assert doc.oj == OjPublication(series="L")
    assert doc.oj_publications == [OTHER_ISSUE, REAL_ISSUE]
    (doc,) = documents_from_rows(rows[:7]).values()
    assert doc.oj == REAL_ISSUE and doc.oj_publications == [REAL_ISSUE]


def test_an_amending_act_has_none_of_the_consolidated_versions_of_the_act_it_amends() -> None:
    # The real object notice of Delegated Regulation (EU) No 1/2014 links, under
    # RESOURCE_LEGAL_CONSOLIDATED_BY_ACT_CONSOLIDATED, five consolidated texts of
    # Regulation (EU) No 978/2012, the act it amends (titled so, and named
    # consolidation/2012R0978%2F...): they were given as 1/2014's own versions.
    doc = parse_notice(_act())
    assert doc.relations.amends == ["32012R0978"]
    assert doc.relations.consolidated_versions == []
    # The same five links on the act they are versions of (its CELEX set in memory).
    facts = notice_facts(parse_xml(_act()))
    facts.celex = ["32012R0978"]
    res = "http://publications.europa.eu/resource/cellar/"
    assert build_document(facts).relations.consolidated_versions == [
        "02012R0978-20140228",
        "02012R0978-20141001",
        "02012R0978-20150101",
        res + "09792bfe-ef00-4adf-ba80-41be4ba92fb3",  # consolidation/2012R0978%2F20140228_0010010
        res + "70c925be-2e01-470c-9053-aff8bdc53c34",  # consolidation/2012R0978%2F20150101_0030020
    ]
