"""Optional groups compiled as branches, and case-insensitive alternatives led by their
letters' forms (``eurefs.pattern_code``), match as ``re`` does."""

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
from tests.support.hypothesis_profiles import examples

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
# Alternatives led by letters, matched ignoring case, one scope turning it off, and the
# letters whose forms go beyond the two cases (i, k, s)
CASE_PATTERNS = [
    r"(?i)(?:ab|Ba|ka|si|i[ ]?b)(?:c|(?-i:d|De))?",
    r"(?i:(?:(a)b|k(s)|(?:xa|yb)c)?e)|[ ]?(?i:is|sk)",
]
TEXT = st.text(alphabet="ab xy0123/,cde", max_size=24)
CASE_TEXT = st.text(alphabet="abABkKsSiIdDeEcC xy\u0130\u0131\u017f\u212a", max_size=24)


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


@settings(max_examples=examples(300))
@given(st.sampled_from(PATTERNS), TEXT)
@example(PATTERNS[0], "abac")
@example(PATTERNS[1], "aabaacd")
def test_the_same_matches_with_the_same_groups(source: str, text: str) -> None:
    _same_matches(source, text)


def _same_matches(source: str, text: str) -> None:
    ours, theirs = _made(source), re.compile(source)
    for pos in range(len(text) + 1):
        a, b = ours.match(text, pos), theirs.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pos, text)
    assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [
        (m.span(), m.groups()) for m in theirs.finditer(text)
    ]


_EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


@pytest.mark.parametrize("letter", [chr(c) for c in range(ord("a"), ord("z") + 1)])
def test_a_letters_forms_are_every_character_it_matches_ignoring_case(letter: str) -> None:
    matched = set(re.findall(letter, _EVERY_CHARACTER, re.IGNORECASE))
    assert set(pattern_code.letter_forms(letter)) == matched


@pytest.mark.parametrize("source", CASE_PATTERNS)
def test_case_insensitive_alternatives_are_led_by_their_letters_forms(source: str) -> None:
    parsed = pattern_code.parser.parse(source)
    assert pattern_code.case_led_branches(parsed, parsed.state.flags) >= 3


def test_alternatives_matched_with_case_or_led_by_no_letter_are_kept() -> None:
    for source in [r"ab|Ba", r"(?i:[ab]c|1d|-e)", r"(?i)(?-i:ab|cd)"]:
        parsed = pattern_code.parser.parse(source)
        assert pattern_code.case_led_branches(parsed, parsed.state.flags) == 0, source


@settings(max_examples=examples(300))
@given(st.sampled_from(CASE_PATTERNS), CASE_TEXT)
@example(CASE_PATTERNS[0], "\u212aA\u0130B")
@example(CASE_PATTERNS[1], "\u017fI \u0131S")
def test_the_same_matches_ignoring_case(source: str, text: str) -> None:
    _same_matches(source, text)


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
