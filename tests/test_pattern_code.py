"""Optional groups compiled as branches (``eurefs.pattern_code``) match as ``re`` does."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from eurefs import pattern_code
from eurefs.grammar import FAMILIES
from eurefs.pattern_store import PatternStore
from eurefs.textview import TextView

pytestmark = pytest.mark.skipif(
    sys.implementation.name != "cpython", reason="the store compiles code on CPython only"
)

# Optional groups with captures, nested, inside repeats and branches, before a
# back-reference and a conditional, in look-arounds: where a failed group's captures
# must be undone.
PATTERNS = [
    r"(?:(a)b)?(a)?c",
    r"(?:(?P<x>a+)b)?(?:(?P<y>a)c)?(?(x)d|e)",
    r"(?:(a)|(b))?(?:(a)b)?\1?",
    r"(?:(?:(a)b)?c){0,3}(a)?",
    r"(?:x(?:(a)b)?(?:(b)a)?y)+",
    r"(?:(ab)?a)*?b",
    r"(?<![a-z])(?:(?P<w>ab|ba)[ ])?(?P<n>[0-9]{1,2})(?:/(?P<d>[ab]{2})(?:,(?P<e>[ab]))?)?(?!b)",
    r"(?=(?:(a)b)?a)(?:(ba)?b)?",
    r"(?i:(?:(A)B)?)[ab ]{0,3}(?:(b)?a)?",
]
TEXT = st.text(alphabet="ab xy0123/,cde", max_size=24)


def _made(source: str) -> re.Pattern[str]:
    return PatternStore(None).compile(source)


@pytest.mark.parametrize("source", PATTERNS)
def test_optional_groups_are_rewritten_and_the_code_differs(source: str) -> None:
    parsed = pattern_code.parser.parse(source)
    assert pattern_code.optional_as_branch(parsed) >= 1
    assert _made(source) != re.compile(source)


@pytest.mark.parametrize("source", [r"a?b", r"(?:a)?b", r"(?:a|bc)??d", r"(?:(a)|)?b", r"(?:b*)?c"])
def test_single_characters_lazy_and_empty_matching_groups_are_kept(source: str) -> None:
    parsed = pattern_code.parser.parse(source)
    assert pattern_code.optional_as_branch(parsed) == 0


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), TEXT)
@example(PATTERNS[0], "abac")
@example(PATTERNS[1], "aabaacd")
def test_the_same_matches_with_the_same_groups(source: str, text: str) -> None:
    ours, theirs = _made(source), re.compile(source)
    for pos in range(len(text) + 1):
        a, b = ours.match(text, pos), theirs.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pos, text)
    assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [
        (m.span(), m.groups()) for m in theirs.finditer(text)
    ]


def test_the_grammar_finds_the_same_with_either_code() -> None:
    """Every family's pattern, at every position of a real text's view."""
    docs = sorted((Path(__file__).parent / "data" / "corpus" / "docs").glob("*.txt"))
    view = TextView(docs[0].read_text(encoding="utf-8")[:6000]).view
    for family in FAMILIES:
        source, flags = family.pattern.pattern, family.pattern.flags
        ours = PatternStore(None).compile(source, flags)
        theirs = re.compile(source, flags)
        for pos in range(0, len(view), 3):
            a, b = ours.match(view, pos), theirs.match(view, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pos
