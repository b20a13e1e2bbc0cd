"""Official Journal citations (``eurefs/grammar/official_journal.py``): a year after the
issue's slash (``OJ L 119/2016``, ``OJ L 1689/2024``: no page), the act-by-act form with
the language's preposition before its date (``JO L, 2024/1689 du 12.7.2024``) and a date
after the issue without a comma (EUR-Lex's Irish consolidated texts:
``IO L 433I 22.12.2020, lch. 1``)."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from eurefs.models import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj")


# text, span, series, issue, year, date, page, act number
_SLASHED = [
    # a year after the slash is no page: the issue and its year (was page 2016)
    ("see OJ L 119/2016.", "OJ L 119/2016", "L", "119", 2016, None, None, None),
    ("OJ L 119/2016, 4.5.2016", "OJ L 119/2016, 4.5.2016", "L", "119", 2016,
     dt.date(2016, 5, 4), None, None),
    # ... since October 2023 the act's number and year, reversed (was page 2024)
    ("the AI Act, OJ L 1689/2024, in force", "OJ L 1689/2024", "L", None, 2024, None, None,
     "2024/1689"),
    ("(DOUE L 15/2024)", "DOUE L 15/2024", "L", None, 2024, None, None, "2024/15"),
    ("OJ C 390/2024", "OJ C 390/2024", "C", None, 2024, None, None, "C/2024/390"),
    ("OJ L 2135/2023", "OJ L 2135/2023", "L", None, 2023, None, None, "2023/2135"),
    ("OJ L 150/2023", "OJ L 150/2023", "L", "150", 2023, None, None, None),
    # the S series still has issues
    ("OJ S 15/2024", "OJ S 15/2024", "S", "15", 2024, None, None, None),
    # no issue ran to such a number
    ("OJ L 2500/2016", "OJ L 2500/2016", "L", None, 2016, None, None, None),
    # the date's year is not the slash's: which is which is not said (no issue, no act)
    ("OJ L 1689/2024, 12.7.2023", "OJ L 1689/2024, 12.7.2023", "L", None, 2023,
     dt.date(2023, 7, 12), None, None),
    # unchanged: a page
    ("OJ L 119/1", "OJ L 119/1", "L", "119", None, None, 1, None),
    ("OJ L 119/1 4.5.2016", "OJ L 119/1 4.5.2016", "L", "119", 2016, dt.date(2016, 5, 4), 1,
     None),
    # a year to come or before the journal: still read as the page it may be
    ("OJ L 15/1951", "OJ L 15/1951", "L", "15", None, None, 1951, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "series", "issue", "year", "date", "page", "act"), _SLASHED
)
def test_year_after_slash(
    text: str, span: str, series: str, issue: str | None, year: int | None,
    date: dt.date | None, page: int | None, act: str | None,
) -> None:  # fmt: skip
    (ref,) = _oj(text)
    assert (ref.text, ref.series, ref.issue, ref.year, ref.date, ref.page, ref.act_number) == (
        span,
        series,
        issue,
        year,
        date,
        page,
        act,
    )


def test_no_page_no_issue_id() -> None:
    """No Cellar id of a page for ``L 119/2016``; the act's for ``L 1689/2024``."""
    assert tuple(_oj("OJ L 119/2016")[0].cellar_ids) == ()
    assert tuple(_oj("OJ L 1689/2024")[0].cellar_ids) == ("oj:L_202401689",)


# the act-by-act form with each language's preposition before the date (was cut before it)
_ACT_DATED = [
    ("(JO L, 2024/1689 du 12.7.2024)", "JO L, 2024/1689 du 12.7.2024", "fr"),
    ("(JOUE L, 2024/1689 du 12 juillet 2024)", "JOUE L, 2024/1689 du 12 juillet 2024", "fr"),
    ("(ABl. L, 2024/1689 vom 12.7.2024)", "ABl. L, 2024/1689 vom 12.7.2024", "de"),
    ("(GU L, 2024/1689 del 12.7.2024)", "GU L, 2024/1689 del 12.7.2024", "it"),
    ("(DO L, 2024/1689, de 12 de julio de 2024)", "DO L, 2024/1689, de 12 de julio de 2024",
     "es"),
    ("(Dz.U. L, 2024/1689 z 12.7.2024)", "Dz.U. L, 2024/1689 z 12.7.2024", "pl"),
    ("(PB L, 2024/1689 van 12.7.2024)", "PB L, 2024/1689 van 12.7.2024", "nl"),
    # unchanged: the Style Guide's commas
    ("(OJ L, 2024/1689, 12.7.2024)", "OJ L, 2024/1689, 12.7.2024", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "lang"), _ACT_DATED)
def test_act_by_act_with_preposition(text: str, span: str, lang: str) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.lang, ref.act_number, ref.date) == (
        span,
        lang,
        "2024/1689",
        dt.date(2024, 7, 12),
    )


# a date after the issue without a comma (EUR-Lex Irish consolidated texts; was nothing)
_BARE = [
    ("(IO L 029 31.1.2020, lch. 102)", "IO L 029 31.1.2020, lch. 102", "029",
     dt.date(2020, 1, 31), 102),
    ("(IO L 433I 22.12.2020, lch. 1)", "IO L 433I 22.12.2020, lch. 1", "433I",
     dt.date(2020, 12, 22), 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "issue", "date", "page"), _BARE)
def test_date_without_comma(text: str, span: str, issue: str, date: dt.date, page: int) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.lang, ref.issue, ref.date, ref.page) == (span, "ga", issue, date, page)


@pytest.mark.parametrize(
    "text",
    [
        "IO L 029 31.1.2 agus",  # no year: no date
        "IO L 029 31.1.45 agus",  # two figures of a year to come (2045): no date
        "OJ L 119 2016 and",  # a year alone is no date
        "Annex L 12 31.1.2020",  # no journal
        "JO L, 2024/1689 du 31.2.2024",  # no such day
        "JO L, 2024/1689 du 12.7.2099",  # a date to come
    ],
)
def test_not_found(text: str) -> None:
    assert _oj(text) == []


def test_the_irish_plural_of_the_page_word() -> None:
    # EUR-Lex's summary of Articles 258 to 260 TFEU in Irish (LEGISSUM l14550; pages
    # corpus): 'lgh.', the plural of 'lch.', before a range of pages; the citation stopped
    # at the date
    text = "Airteagail 258, 259 agus 260 (IO C 202, 7.6.2016, lgh. 160-161)"
    (oj,) = eurefs.extract(text, kinds="oj")
    assert isinstance(oj, OjRef)
    assert (oj.text, oj.lang, oj.series, oj.issue, oj.page) == (
        "IO C 202, 7.6.2016, lgh. 160-161", "ga", "C", "202", 160,
    )  # fmt: skip
    assert eurefs.parse(oj.normalized).normalized == oj.normalized
