"""The pinpoint finder's first test of what ends before a link word (``82(1) of that
Directive``): a number or ``)`` and one space, taken at once without asking
``ends_as_part`` (``short_forms/pinpoints._NUMBER_END``), must be an end that
``ends_as_part`` takes, in every language; and the finder's answers are those it gave
before the test (the development texts' short forms keep their pinpoints: the dump)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.languages import BY_CODE
from eurefs.short_forms import pinpoints

DOCS = Path(__file__).parents[1] / "data" / "corpus" / "docs"


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_every_end_taken_at_once_is_one_ends_as_part_takes(lang: str) -> None:
    ends_as_part = pinpoints._ends_as_part(lang)
    for before in ("", "x", " ", "Article ", "(", "Artikel 5 Abs. "):
        for ch in pinpoints._NUMBER_END:
            text = f"{before}{ch} of"
            assert ends_as_part(text, len(text) - 2), (lang, text)


def test_a_pinpoint_before_a_link_after_a_number_or_bracket() -> None:
    # the Court's judgment in C-590/22 (development corpus, D02): '5 Under Article 79(1) of
    # that regulation:' (a no-break space after 'Article'), '... damages, under Article 82(1)
    # of the GDPR, by way of compensation ...'
    text = (DOCS / "D02-cjeu-c-590-22.txt").read_text(encoding="utf-8")
    at = text.index("79(1) of that regulation:") + len("79(1) of ")
    shorts = {r.start: r for r in eurefs.extract(text) if r.kind == "short_form"}
    assert shorts[at].pinpoint == "Article 79(1)"  # type: ignore[union-attr]
    assert "Article 82(1)" in {r.pinpoint for r in shorts.values()}  # type: ignore[union-attr]
