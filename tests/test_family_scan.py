"""The family scan's matches where anchors stand close together (``eurefs.family_scan``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from eurefs import family_scan
from eurefs.grammar import FAMILIES, Family

#: The families whose every match starts at one of their anchors
_AT_START = [f for f in FAMILIES if f.anchors and all(a.at_start for a in f.anchors)]

#: Texts dense with the anchors of those families (closer than ``family_scan._DENSE`` on
#: average), some with a stretch of prose after a dense run, so that a region ends early
_DENSE_TEXTS = [
    "článok 6 EÚ law, " * 400,
    "art. 6 UE " * 500,
    "Art. 6 EU law, " * 400,
    "Articles 6 and 7 TEU, Article 5 of Regulation (EU) 2016/679 " * 100,
    ("Article 6 TEU Article 7 " * 20 + "x" * 400 + " ") * 20,
    ("Article 101 TFEU and Article 102" + " z" * 150 + " TFEU ") * 20,
    "OJ L 119, 4.5.2016, p. 1. " * 300,
    "ECLI:EU:C:2014:317 " * 300,
    "TFEU art 101(1) and art 102. Art. 249 EG/288 AEUV " * 150,
]


class _NoSearch:
    """A family's pattern that matches as the real one does but may not be searched."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern.pattern
        self.match = pattern.match

    def finditer(self, *args: object) -> Iterator[re.Match[str]]:
        raise AssertionError("searched between the anchors")


@pytest.mark.parametrize("family", _AT_START, ids=lambda f: f.kind)
@pytest.mark.parametrize("text", _DENSE_TEXTS, ids=lambda t: t[:14])
def test_dense_anchors_give_the_search_s_matches(family: Family, text: str) -> None:
    # where every match starts at an anchor, trying the pattern at the anchors of each
    # region finds what searching the region finds (the region's end bounds both)
    cache: dict[str, list[int]] = {}
    regions = family_scan._regions(family, text, cache)
    positions = sorted({p for a in family.anchors for p in family_scan._positions(a, text, cache)})
    searched = family_scan._matches_in_regions(family, text, regions)
    tried = family_scan._matches_at_in(family.pattern, text, positions, regions)
    assert [(m.span(), m.endpos) for m in tried] == [(m.span(), m.endpos) for m in searched]


def test_dense_treaty_articles_are_not_searched_between_anchors() -> None:
    # a text dense with article words (one every 17 characters): the treaty pattern, costly
    # to try at every position, is tried at the article words alone (it searched the whole
    # text: 'článok 6 EÚ law, ' repeated took ~5x normal text, near the benchmark's line)
    family = next(f for f in _AT_START if f.kind == "treaty_article")
    text = "článok 6 EÚ law, " * 400 + "článok 6 EÚ."
    fields = {name: getattr(family, name) for name in family.__record_fields__}  # type: ignore[attr-defined]
    guarded = Family(**{**fields, "pattern": _NoSearch(family.pattern)})
    refs = family_scan._scan(guarded, text, {})
    assert [r.text for r in refs] == ["článok 6 EÚ"]
    assert refs == family_scan._scan(family, text, {})
