"""The Court's citation of the Official Journal's single series before 1968
(``eurefs/grammar/official_journal.py``): year, issue and page, no series
(``JO 1962, 13, p. 204``).

The written form is the Court's style for the pre-1968 journal, UNCONFIRMED in a text read
for this project (no judgment citing it was found in the pages corpus); its numbers are
those of Regulation No 17's publication, 'Official Journal 013, 21/02/1962 P. 0204 - 0211'
(eumonitor.eu, the regulation's EUR-Lex notice; pages corpus), which EUR-Lex typesets
'JO N 13 DU 21 . 2 . 1962 , P . 204/62' (EUR-Lex 31972R2591, footnote 1)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.models.references import OjRef


def _oj(text: str) -> list[OjRef]:
    return [r for r in eurefs.extract(text, short_forms=False) if isinstance(r, OjRef)]


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
