"""The strings of small patterns, and the first characters of any pattern's matches."""

from __future__ import annotations

import re

import pytest

from eurefs.grammar.finite_strings import (
    IGNORECASE_ASCII,
    MAX_STRINGS,
    first_characters,
    literal_heads,
    strings,
)
from eurefs.languages import LANGUAGES


def test_strings_of_a_lead_written_as_a_pattern() -> None:
    assert strings("insbesondere[ ]auf(?:[ ]die)?") == {"insbesondere auf", "insbesondere auf die"}
    assert strings("et[ ]notamment[ ](?:son|ses|l['’])") == {
        "et notamment son",
        "et notamment ses",
        "et notamment l'",
        "et notamment l’",
    }
    assert strings("a{1,2}[x-z]") == {"ax", "ay", "az", "aax", "aay", "aaz"}
    assert strings("") == {""}


@pytest.mark.parametrize(
    "source", ["a+", "a*", "[^a]", r"\w", ".", r"\bword", "(?=a)b", "(?i:a)", "(", "a{1,99}"]
)
def test_strings_not_listed(source: str) -> None:
    assert strings(source) is None


def test_strings_bounded() -> None:
    assert len(strings("[a-h]{3}") or ()) == MAX_STRINGS  # 8 ** 3: the most listed
    assert strings("[a-h]{3}[ab]") is None
    assert strings("[a-h]{1,3}") is None  # 8 + 64 + 512


def test_every_string_of_every_lead_matches_it_and_nothing_else_does() -> None:
    checked = 0
    for lg in LANGUAGES:
        for lead in lg.enacting_leads:
            found = strings(lead)
            assert found, lead
            for s in found:
                assert re.fullmatch(lead, s), (lead, s)
                # one character less or more is none of its strings unless listed
                assert (s[:-1] in found) == bool(re.fullmatch(lead, s[:-1])), (lead, s)
                checked += 1
    assert checked > 20


def test_first_characters() -> None:
    assert first_characters(r"\bcommunication|(?<!par )\brapport\b") == {"c", "r"}
    assert first_characters("(?:ab|[xy]z)+q") == {"a", "x", "y"}
    assert first_characters(r"[A-C]{1,5}(?=\()") == {"A", "B", "C"}


@pytest.mark.parametrize("source", ["a*b", "(?!)", "", r"\w+", "(?i:a)b", "[^a]", "(?:a|)"])
def test_first_characters_unknown(source: str) -> None:
    assert first_characters(source) is None


def test_first_characters_hold_for_every_match_of_the_nature_words() -> None:
    text = (
        "Communication from the Commission, the proposed rapport; a Report and the "
        "RAPPORT de la Commission, une proposition, Vorschlag und Bericht, una propuesta"
    )
    for lg in LANGUAGES:
        for words in (lg.com.proposal_words, lg.com.communication_words):
            source = "|".join(words)
            firsts = first_characters(source) if words else None
            if firsts is None:
                continue
            for m in re.finditer(source, text, re.IGNORECASE):
                assert m.group(0)[:1].lower() in {c.lower() for c in firsts}, (source, m)


def test_ignorecase_ascii_lists_every_character_matching_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {
        chr(c)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c < 0xE000 and letter.fullmatch(chr(c))
    }
    assert found == IGNORECASE_ASCII


def test_literal_heads_of_alternatives_after_look_arounds() -> None:
    assert literal_heads(r"\bproposal|\bproposed|(?<!par )\brapport\b") == (
        "proposal",
        "proposed",
        "rapport",
    )
    assert literal_heads("proposal|proposed") == ("propos",)  # (``re``: ``propos``, a branch)
    assert literal_heads(r"\b(?:livre|plan d.action)") == ("livre", "plan d")
    assert literal_heads("ab|cd") == ("ab", "cd")
    assert literal_heads("x(?:ab|cd)") == ("x",)


@pytest.mark.parametrize("source", ["", "a?b", "(?i:ab)", "[ab]c", "(?:a|b)", r"\w+", "ab|[cd]"])
def test_literal_heads_unknown(source: str) -> None:
    assert literal_heads(source) is None


def test_literal_heads_start_every_match_of_the_nature_words() -> None:
    text = (
        "Communication from the Commission, the proposed rapport; a Report and the "
        "RAPPORT de la Commission, une proposition, Vorschlag und Bericht, una propuesta, "
        "plan d'action, livre blanc, wniosku, białej księgi"
    )
    checked = 0
    for lg in LANGUAGES:
        for words in (lg.com.proposal_words, lg.com.communication_words):
            heads = literal_heads("|".join(words)) if words else None
            if heads is None:
                continue
            for m in re.finditer("|".join(words), text):
                assert any(m.group(0).startswith(h) for h in heads), (words, m)
                checked += 1
    assert checked > 10
