"""Uses of defined aliases: the grouped search finds what one alternation finds."""

from __future__ import annotations

import random
import re

import pytest

from eurefs.short_forms.common import alternation
from eurefs.short_forms.definitions import _alias_matches

ALIAS_SETS = [
    ["GDPR", "General Data Protection Regulation", "EC Merger Regulation", "Data Act"],
    ["CMO Regulation", "CMO", "Common Market Regulation", "Directive 2"],
    ["Basic Regulation", "Base Regulation", "BR", "Visa Code"],
    # a match of one group inside a match of another
    ["EC Merger Regulation", "Merger Regulation", "Regulation", "Data Act"],
]
PIECES = [" ", "  ", "\n", "-", "x", "s", "(", ")", ", ", "the ", "2", "Regulation", "Data"]


def _one_alternation(text: str, aliases: list[str], pos: int) -> list[tuple[int, int]]:
    pattern = re.compile(rf"{alternation(aliases)}(?![\w-])")
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("aliases", ALIAS_SETS)
def test_grouped_search_finds_what_one_alternation_finds(aliases: list[str]) -> None:
    rng = random.Random(8)
    words = [w for a in aliases for w in a.split()] + aliases
    for _ in range(300):
        text = "".join(rng.choice(words + PIECES) for _ in range(rng.randint(1, 40)))
        # aliases written over a line break are the same alias
        text = text.replace(" ", rng.choice([" ", "\n", " \n "]), 1)
        pos = rng.randint(0, max(0, len(text) - 1))
        assert _alias_matches(text, aliases, pos) == _one_alternation(text, aliases, pos), text


def test_a_group_whose_first_character_recurs_is_searched_as_one_alternation() -> None:
    # ``ABA`` matches can overlap one another: the grouped search declines
    assert _alias_matches("ABABA", ["ABA"], 0) is None
    assert _alias_matches("x", [f"{c}1" for c in "ABCDEFG"], 0) is None  # too many groups
