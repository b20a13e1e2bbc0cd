"""The readings of the OJ's citation forms (``eurefs/grammar/oj_forms.py``): a year after
the slash of the issue/page form when the Court's year precedes the series
(``OJ 2016 L 119/2016``: issue 119 of 2016, no page) and the Bluebook's form
(``2009 O.J. (L 311) 35``); the issues a footnote lists after a citation without repeating
the journal (``ABl. L 119 vom 4.5.2016, S. 1, L 127 vom 23.5.2018, S. 2``); the classic
form without its series only before 1968; the ordinal sign kept in a normal form as written
(``DOUE nº L 348``)."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from eurefs.models import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj")


# text, span, series, issue, year, page, act number, Cellar ids
_COURT_SLASHED = [
    # the year repeated after the slash: the issue of that year, no page (was page 2016,
    # with the Cellar id of a page 2016)
    ("(OJ 2016 L 119/2016)", "OJ 2016 L 119/2016", "L", "119", 2016, None, None, ()),
    ("PbEU 2004, L 46/2004", "PbEU 2004, L 46/2004", "L", "46", 2004, None, None, ()),
    ("OJ 2016 C 48 A/2016", "OJ 2016 C 48 A/2016", "C", "48 A", 2016, None, None, ()),
    # from 2024 the act's number and year reversed, as without the Court's year (was page 2024)
    ("OJ 2024 L 1689/2024", "OJ 2024 L 1689/2024", "L", None, 2024, None, "2024/1689",
     ("oj:L_202401689",)),
    # the two years differ: which is right the text does not say (no issue, no page)
    ("OJ 2016 L 119/2015", "OJ 2016 L 119/2015", "L", None, 2016, None, None, ()),
    # the same rule after OSCOLA's bracketed year (was issue 119 of 2016 silently)
    ("[2015] OJ L119/2016", "[2015] OJ L119/2016", "L", None, 2015, None, None, ()),
    # unchanged: a page after the slash
    ("OJ 2016 L 119/1", "OJ 2016 L 119/1", "L", "119", 2016, 1, None,
     ("uriserv:OJ.L_.2016.119.01.0001.01",)),
    ("PbEU 2004, L 46/1", "PbEU 2004, L 46/1", "L", "46", 2004, 1, None,
     ("uriserv:OJ.L_.2004.046.01.0001.01",)),
    ("[2016] OJ L119/2016", "[2016] OJ L119/2016", "L", "119", 2016, None, None, ()),
    ("OJ L 119/1", "OJ L 119/1", "L", "119", None, 1, None, ()),
    ("OJ L 119/2016", "OJ L 119/2016", "L", "119", 2016, None, None, ()),
    ("OJ L 1689/2024", "OJ L 1689/2024", "L", None, 2024, None, "2024/1689",
     ("oj:L_202401689",)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "series", "issue", "year", "page", "act", "cellar"), _COURT_SLASHED
)
def test_year_after_slash_with_the_courts_year(
    text: str, span: str, series: str, issue: str | None, year: int, page: int | None,
    act: str | None, cellar: tuple[str, ...],
) -> None:  # fmt: skip
    (ref,) = _oj(text)
    assert (ref.text, ref.series, ref.issue, ref.year, ref.page, ref.act_number) == (
        span, series, issue, year, page, act,
    )  # fmt: skip
    assert tuple(ref.cellar_ids) == cellar
    assert ref.date is None


# the Bluebook (rule 21.9), as the Creighton University Law Library's guide cites acts
# (was nothing)
_BLUEBOOK = [
    ("Council Regulation 1355/2008, Imposing a Definitive Anti-dumping Duty, 2009 O.J. (L 47) "
     "35.", "2009 O.J. (L 47) 35", "L", "47", 2009, 35),
    ("Council Directive 90/476, art. 5, 1990 O.J. (L 266) 1, 2.", "1990 O.J. (L 266) 1", "L",
     "266", 1990, 1),
    ("1999 O.J. (L 156) 1", "1999 O.J. (L 156) 1", "L", "156", 1999, 1),
    ("2008 O.J. (C 115) 13", "2008 O.J. (C 115) 13", "C", "115", 2008, 13),
    # without the year: no year, no Cellar id
    ("see O.J. (L 311) 35", "O.J. (L 311) 35", "L", "311", None, 35),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "series", "issue", "year", "page"), _BLUEBOOK)
def test_bluebook(
    text: str, span: str, series: str, issue: str, year: int | None, page: int
) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.year, ref.page) == (
        span, "en", series, issue, year, page,
    )  # fmt: skip
    cellar = f"uriserv:OJ.{series}_.{year}.{int(issue):03d}.01.{page:04d}.01"
    assert tuple(ref.cellar_ids) == ((cellar,) if year else ())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2099 O.J. (L 47) 35", []),  # a year to come
        ("O.J. (L 311) and", []),  # no page
        # a year before the journal is the Bluebook's only before a bracketed series
        ("in 2016 O.J. L 119/1", ["O.J. L 119/1"]),
        ("in 2016 OJ L 119, 4.5.2016, p. 1", ["OJ L 119, 4.5.2016, p. 1"]),
    ],
)
def test_bluebook_not_found(text: str, found: list[str]) -> None:
    assert [r.text for r in _oj(text)] == found


# text, the listed issues' (span, issue, date, page, normalised form)
_LISTED = [
    # a footnote list that does not repeat the journal (was the first issue only)
    ("ABl. L 119 vom 4.5.2016, S. 1, L 127 vom 23.5.2018, S. 2",
     [("L 127 vom 23.5.2018, S. 2", "127", dt.date(2018, 5, 23), 2,
       "ABl. L 127 vom 23.5.2018, S. 2")]),
    ("(ABl. L 119 vom 4.5.2016, S. 1; L 127 vom 23.5.2018, S. 2, L 74 vom 4.3.2021, S. 35).",
     [("L 127 vom 23.5.2018, S. 2", "127", dt.date(2018, 5, 23), 2,
       "ABl. L 127 vom 23.5.2018, S. 2"),
      ("L 74 vom 4.3.2021, S. 35", "74", dt.date(2021, 3, 4), 35,
       "ABl. L 74 vom 4.3.2021, S. 35")]),
    # the qualifier of the first goes with the journal
    ("ABl. EG L 206 vom 22.7.1992, S. 7, L 305 vom 8.11.1997, S. 42",
     [("L 305 vom 8.11.1997, S. 42", "305", dt.date(1997, 11, 8), 42,
       "ABl. EG L 305 vom 8.11.1997, S. 42")]),
    ("OJ L 119, 4.5.2016, p. 1, L 127, 23.5.2018, p. 2",
     [("L 127, 23.5.2018, p. 2", "127", dt.date(2018, 5, 23), 2, "OJ L 127, 23.5.2018, p. 2")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "listed"), _LISTED)
def test_issues_listed_without_the_journal(
    text: str, listed: list[tuple[str, str, dt.date, int, str]]
) -> None:
    first, *rest = _oj(text)
    assert first.page is not None
    got = [(r.text, r.issue, r.date, r.page, r.normalized) for r in rest]
    assert got == listed
    for ref in rest:
        assert ref.lang == first.lang
        assert text[ref.start : ref.end] == ref.text
        again = eurefs.parse(ref.normalized)  # the normal form reads back as the same issue
        assert (again.series, again.issue, again.date, again.page) == (
            ref.series, ref.issue, ref.date, ref.page,
        )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # each listed issue needs its date and page: the list ends at the first without
        ("ABl. L 119 vom 4.5.2016, S. 1, L 127, S. 2", ["ABl. L 119 vom 4.5.2016, S. 1"]),
        ("ABl. L 119 vom 4.5.2016, S. 1, L 127 vom 23.5.2099, S. 2",
         ["ABl. L 119 vom 4.5.2016, S. 1"]),
        # the first needs its page
        ("ABl. L 119 vom 4.5.2016, L 127 vom 23.5.2018, S. 2", ["ABl. L 119 vom 4.5.2016"]),
        # a year before the journal names one issue's year: no list after it
        ("[2016] OJ L 119, 4.5.2016, p. 1, L 127, 23.5.2018, p. 2",
         ["[2016] OJ L 119, 4.5.2016, p. 1"]),
        # no journal before: nothing
        ("siehe L 127 vom 23.5.2018, S. 2", []),
    ],
)  # fmt: skip
def test_no_listed_issue(text: str, spans: list[str]) -> None:
    assert [r.text for r in _oj(text)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # an issue from 1968 on without its series, in the window of the next citation's
        # series letter, was a citation with no series, as of the single series before 1968
        # (the BOE's record of a DOUE text, boe.es DOUE-L-2021-81643, names no series)
        ("Publicado en: DOUE núm. 427, de 30 de noviembre de 2021, y DOUE L 119, de 4 de mayo"
         " de 2016.", ["DOUE L 119, de 4 de mayo de 2016"]),
        ("See OJ 427, 30.11.2021, p. 5 and OJ L 119, 4.5.2016, p. 1.",
         ["OJ L 119, 4.5.2016, p. 1"]),
        ("OJ 12, 5.1.1968, p. 1 and OJ L 119, 4.5.2016, p. 1.", ["OJ L 119, 4.5.2016, p. 1"]),
        # before 1968, one series: found as before
        ("Regulation No 17 (OJ 13, 21.2.1962, p. 204) and OJ L 119, 4.5.2016, p. 1.",
         ["OJ 13, 21.2.1962, p. 204", "OJ L 119, 4.5.2016, p. 1"]),
    ],
)  # fmt: skip
def test_an_issue_without_its_series_only_before_1968(text: str, spans: list[str]) -> None:
    assert [r.text for r in _oj(text)] == spans
    assert all(r.series is not None or r.year < 1968 for r in _oj(text))


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # the ordinal sign as written (the view reads it ``o``: was ``DOUE no L 348``)
        ("DOUE nº L 348, de 31 de diciembre de 2010", "DOUE nº L 348, de 31 de diciembre de 2010"),
        ("Jornal Oficial da União Europeia n.º L 119 de 4 de maio de 2016, p. 1",
         "Jornal Oficial da União Europeia n.º L 119 de 4 de maio de 2016, p. 1"),
        ("Jornal Oficial nº L 135 de 30/05/1991 p. 0040",
         "Jornal Oficial nº L 135 de 30/05/1991 p. 0040"),
        # ... with its blanks collapsed all the same
        ("DOUE  nº L 348,\nde 31 de diciembre de 2010",
         "DOUE nº L 348, de 31 de diciembre de 2010"),
        # ``no`` written with a letter stays as written
        ("JO no L 119 du 4.5.2016, p. 1", "JO no L 119 du 4.5.2016, p. 1"),
    ],
)  # fmt: skip
def test_the_ordinal_sign_stays_in_the_normal_form(text: str, normalized: str) -> None:
    (oj,) = _oj(text)
    assert oj.normalized == normalized
    assert oj.series == "L"


def test_the_ordinal_sign_stays_when_streamed() -> None:
    text = "Véase el DOUE nº L 348, de 31 de diciembre de 2010, p. 98. " * 3
    streamed = [r.normalized for r in eurefs.iter_extract(text) if r.kind == "oj"]
    assert streamed == ["DOUE nº L 348, de 31 de diciembre de 2010, p. 98"] * 3
