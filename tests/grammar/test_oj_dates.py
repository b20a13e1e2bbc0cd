"""Two-digit years in OJ issue dates (``eurefs/grammar/oj_dates.py``): day first in
figures, 52-99 are 1952-1999 and 00-51 are 2000-2051 (1900-1951 precede the journal);
a year to come is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from eurefs.models import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj")


# text, span, issue, date, page (all were nothing)
_TWO_FIGURES = [
    # UK statutory instruments' notes (SI 1992/1613, legislation.gov.uk; Justis)
    ("Council Directive 69/208/EEC (OJ No. L169, 10.7.69, p.3) as amended",
     "OJ No. L169, 10.7.69, p.3", "169", dt.date(1969, 7, 10), 3),
    ("Commission Directive 92/9/EEC (OJ No. L70, 17.3.92, p.25)", "OJ No. L70, 17.3.92, p.25",
     "70", dt.date(1992, 3, 17), 25),
    ("(OJ No. L340, 11.12.91, p.28)", "OJ No. L340, 11.12.91, p.28", "340",
     dt.date(1991, 12, 11), 28),
    # the dotted journal, issue/page and the date after a space
    ("(O.J. L206/7 22.07.92)", "O.J. L206/7 22.07.92", "206", dt.date(1992, 7, 22), 7),
    ("OJ L 206, 22.7.92, p. 7", "OJ L 206, 22.7.92, p. 7", "206", dt.date(1992, 7, 22), 7),
    # 00 on: this century (was nothing: 'no year')
    ("(IO L 029 31.1.20 agus)", "IO L 029 31.1.20", "029", dt.date(2020, 1, 31), None),
    ("OJ L 119, 04/05/16", "OJ L 119, 04/05/16", "119", dt.date(2016, 5, 4), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "issue", "date", "page"), _TWO_FIGURES)
def test_two_figure_years(
    text: str, span: str, issue: str, date: dt.date, page: int | None
) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.issue, ref.date, ref.year, ref.page) == (
        span, issue, date, date.year, page,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "OJ L 206, 22.7.40, p. 7",  # 2040: a date to come drops the citation
        "IO L 029 31.1.2 agus",  # one figure is no year
        "OJ L 119, 4.5.199, p. 1",  # nor three
    ],
)
def test_no_two_figure_date(text: str) -> None:
    assert _oj(text) == []


def test_four_figures_unchanged() -> None:
    (ref,) = _oj("OJ L 206, 22.7.1992, p. 7")
    assert (ref.date, ref.page) == (dt.date(1992, 7, 22), 7)


# text, span, date (None: the Court's year alone), year, page
_SUFFIXES_AND_MONTHS = [
    # the Bulgarian year suffix glued to the year, with or without its dot (was nothing)
    ("ОВ L 119, 4.5.2016г., стр. 1", "ОВ L 119, 4.5.2016г., стр. 1", dt.date(2016, 5, 4), 2016, 1),
    ("ОВ L 119, 2007г., стр. 1", "ОВ L 119, 2007г., стр. 1", None, 2007, 1),
    ("ОВ L 119, 2007г, стр. 1", "ОВ L 119, 2007г, стр. 1", None, 2007, 1),
    # the Publications Office's list of issues (op.europa.eu)
    ("Официален вестник на Европейския съюз, C 254, 26 октомври 2007г",
     "Официален вестник на Европейския съюз, C 254, 26 октомври 2007г", dt.date(2007, 10, 26),
     2007, None),
    # with a space, as before
    ("ОВ L 119, 4.5.2016 г., стр. 1", "ОВ L 119, 4.5.2016 г., стр. 1", dt.date(2016, 5, 4),
     2016, 1),
    # the Greek month in the nominative, as the lists of issues write it (was nothing)
    ("Επίσημη Εφημερίδα των Ευρωπαϊκών Κοινοτήτων, L 144, 15 Μάιος 1998",
     "Επίσημη Εφημερίδα των Ευρωπαϊκών Κοινοτήτων, L 144, 15 Μάιος 1998", dt.date(1998, 5, 15),
     1998, None),
    ("ΕΕ L 144, 15 Δεκέμβριος 1998, σ. 1", "ΕΕ L 144, 15 Δεκέμβριος 1998, σ. 1",
     dt.date(1998, 12, 15), 1998, 1),
    # the genitive, as before
    ("ΕΕ L 119 της 4ης Μαΐου 2016, σ. 1", "ΕΕ L 119 της 4ης Μαΐου 2016, σ. 1", dt.date(2016, 5, 4),
     2016, 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "date", "year", "page"), _SUFFIXES_AND_MONTHS)
def test_glued_year_suffixes_and_greek_nominative_months(
    text: str, span: str, date: dt.date | None, year: int, page: int | None
) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.date, ref.year, ref.page) == (span, date, year, page)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a word after the year is no suffix: the citation ends at the year
        ("ОВ L 119, 4.5.2016 година", "ОВ L 119, 4.5.2016"),
        # glued to a word: no suffix, no date
        ("ОВ L 119, 4.5.2016гр, стр. 1", None),
        ("ОВ L 119, 4.5.2016годината", None),
    ],
)
def test_no_year_suffix_before_a_letter(text: str, span: str | None) -> None:
    assert [r.text for r in _oj(text)] == ([span] if span else [])
