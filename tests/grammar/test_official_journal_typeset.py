"""Official Journal citations as EUR-Lex prints the acts of the 1960s to 1990s: capitals,
a space before each dot (``eurefs/grammar/official_journal.py``, ``_typeset``)."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs

#: EUR-Lex 31970D0243, the footnotes of the French and Italian texts (were nothing)
FOOTNOTES = [
    ("( 1 ) JO N C 2 DU 8 . 1 . 1970 , P . 13 .", "JO N C 2 DU 8 . 1 . 1970 , P . 13",
     "fr", "C", "2", dt.date(1970, 1, 8), 13),
    ("( 3 ) JO N 30 DU 20 . 4 . 1962 , P . 991/62 .", "JO N 30 DU 20 . 4 . 1962 , P . 991/62",
     "fr", None, "30", dt.date(1962, 4, 20), 991),
    ("( 1 ) GU N . C 2 DELL'8 . 1 . 1970 , PAG . 13 .", "GU N . C 2 DELL'8 . 1 . 1970 , PAG . 13",
     "it", "C", "2", dt.date(1970, 1, 8), 13),
    ("( 3 ) GU N . 30 DEL 20 . 4 . 1962 , PAG . 991/62 .",
     "GU N . 30 DEL 20 . 4 . 1962 , PAG . 991/62", "it", None, "30", dt.date(1962, 4, 20), 991),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "lang", "series", "issue", "date", "page"), FOOTNOTES)
def test_a_footnote_of_an_older_act(
    text: str, span: str, lang: str, series: str | None, issue: str, date: dt.date, page: int
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "oj"]
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date, ref.page) == (
        span, lang, series, issue, date, page
    )  # fmt: skip
    again = eurefs.parse(ref.normalized)
    assert (again.kind, again.date, again.page) == ("oj", date, page)


def test_the_italian_article_elided_before_a_vowel() -> None:
    # UNCONFIRMED in lower case (the form of the footnotes above, as texts write it today)
    (ref,) = eurefs.extract("GU L 12 dell’8.1.2004, pag. 1")
    assert (ref.lang, ref.date, ref.page) == ("it", dt.date(2004, 1, 8), 1)


@pytest.mark.parametrize("text", ["JO N 30 DU 20 . 4 . 2099 , P . 1", "P . 13 DU 8 . 1 . 1970"])
def test_no_citation_without_a_journal_or_from_the_future(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "oj"] == []
