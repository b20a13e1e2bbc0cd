"""The Court's citation of the Official Journal's single series before 1968
(``eurefs/grammar/official_journal.py``): year, issue and page, no series
(``JO 1962, 13, p. 204``).

The written form is the Court's style for the pre-1968 journal, UNCONFIRMED in a text read
for this project (no judgment citing it was found in the pages corpus); its numbers are
those of Regulation No 17's publication, 'Official Journal 013, 21/02/1962 P. 0204 - 0211'
(eumonitor.eu, the regulation's EUR-Lex notice; pages corpus), which EUR-Lex typesets
'JO N 13 DU 21 . 2 . 1962 , P . 204/62' (EUR-Lex 31972R2591, footnote 1).  That header
itself, its date written with slashes, is read too (below)."""

from __future__ import annotations

import datetime as dt

import pytest

from eurefs.models.references import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj", short_forms=False)


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("le règlement n° 17 du Conseil (JO 1962, 13, p. 204)", "JO 1962, 13, p. 204", "fr"),
        ("die Verordnung Nr. 17 des Rates (ABl. 1962, 13, S. 204)", "ABl. 1962, 13, S. 204", "de"),
        ("die Verordnung Nr. 17 (ABl. 1962, Nr. 13, S. 204)", "ABl. 1962, Nr. 13, S. 204", "de"),
        ("Council Regulation No 17 (OJ 1962, 13, p. 204)", "OJ 1962, 13, p. 204", "en"),
        ("il regolamento n. 17 (GU 1962, 13, pag. 204)", "GU 1962, 13, pag. 204", "it"),
        ("verordening nr. 17 (PB 1962, 13, blz. 204)", "PB 1962, 13, blz. 204", "nl"),
    ],
)
def test_year_issue_and_page_without_a_series(text: str, span: str, lang: str) -> None:
    """Before, nothing was found: the Court's form needed a series letter after the year."""
    (ref,) = _oj(text)
    assert (ref.text, ref.lang) == (span, lang)
    assert (ref.series, ref.issue, ref.year, ref.page, ref.date) == (None, "13", 1962, 204, None)
    # no series: no Cellar id, no CELEX (one page may hold several acts)
    assert (ref.cellar_ids, ref.celex, ref.eli, ref.eurlex_url) == ([], None, None, None)


def test_two_citations_in_a_sentence() -> None:
    text = (
        "le règlement n° 17 (JO 1962, 13, p. 204) et le règlement n° 19/65/CEE"
        " (JO 1965, 36, p. 533)"
    )
    assert [(r.year, r.issue, r.page) for r in _oj(text)] == [(1962, "13", 204), (1965, "36", 533)]


@pytest.mark.parametrize(
    "text",
    [
        "JO 1968, 13, p. 204",  # from 1968 the journal has its L and C series
        "JO 1975, 13, p. 204",
        "JO 1962, 13",  # no page
        "JO 1962, 13 p. 204",  # no comma after the issue
        "JO 1951, 13, p. 204",  # before the journal
    ],
)
def test_not_the_single_series(text: str) -> None:
    assert _oj(text) == []


# EUR-Lex's former header of the acts before 1968: the issue, the date with slashes, the
# pages (each was nothing: the early issue's anchor took a date after a dot only)
_HEADERS = [
    # Regulation No 59 (EUR-Lex 31962R0059, as dataverse.harvard.edu reproduces it)
    ("Official Journal 058 , 10/07/1962 P. 1655 - 1656", "en", "058", dt.date(1962, 7, 10),
     1655, 1656),
    # Regulation No 17 (eumonitor.eu, the regulation's EUR-Lex notice)
    ("Official Journal 013, 21/02/1962 P. 0204 - 0211", "en", "013", dt.date(1962, 2, 21),
     204, 211),
    # an ECSC High Authority decision of 1953 in Danish (EUR-Lex 31953D0032)
    ("EF-Tidende nr. 007 af 21/05/1953 s. 0130 - 0130", "da", "007", dt.date(1953, 5, 21),
     130, 130),
    # the French and German headers, read in the header's shape only (their words also name
    # national journals: tests/grammar/test_official_journal_headers.py); were nothing
    ("Journal officiel n° 021 du 28/11/1955 p. 0905 - 0905", "fr", "021",
     dt.date(1955, 11, 28), 905, 905),
    ("Amtsblatt Nr. 061 vom 29/09/1960 S. 1248 - 1249", "de", "061", dt.date(1960, 9, 29),
     1248, 1249),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "issue", "date", "page", "last"), _HEADERS)
def test_eur_lex_former_header_of_the_single_series(
    text: str, lang: str, issue: str, date: dt.date, page: int, last: int
) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date, ref.page, ref.last_page) == (
        text, lang, None, issue, date, page, last,
    )  # fmt: skip
    assert ref.cellar_ids == []  # no series: its identifiers are not known


@pytest.mark.parametrize(
    "text",
    [
        # a date with slashes alone, or after an act's number, is no journal's
        "on 10/07/1962 the Council",
        "Official Journal 058 , 10/07/2062 P. 1655",  # a date to come
        # the header's journal words that are also a national journal's (France's Journal
        # officiel, Germany's Amtsblatt) are no abbreviation of the EU's outside its shape
        "Journal officiel n° 21 du 28 novembre 1955, p. 905",
        "Amtsblatt Nr. 61 vom 29.09.1960, S. 1248",
    ],
)
def test_no_header_citation(text: str) -> None:
    assert _oj(text) == []
