"""Numbers of articles inserted later."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.inserted_articles import GLUED_LETTER, foreign_suffix
from eurefs.languages import BY_CODE


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("fr", "article 106 bis", False),
        ("nl", "artikel 5 ter", True),  # Dutch ``ter`` is a preposition
        ("de", "Artikel 5 bis 7", False),  # a range's word
        ("de", "Artikel 5 bis Artikel 7", False),
        ("de", "Artikel 5 bis", True),
    ],
)
def test_a_word_after_a_number_of_another_language_only(
    code: str, text: str, expected: bool
) -> None:
    assert foreign_suffix(BY_CODE[code], text) is expected


@pytest.mark.parametrize(
    ("after", "expected"), [(".a,", True), ("-A ", True), (".,", False), (", ", False)]
)
def test_a_letter_glued_after_a_number(after: str, expected: bool) -> None:
    assert (GLUED_LETTER.match(after) is not None) is expected


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # COM(2021) 435 final, explanatory memorandum (EUR-Lex 52021PC0435, Polish), with the
        # directive's number where the memorandum names it by its alias ('dyrektywy VAT')
        ("odstępstwo od art. 168 i 168a dyrektywy 2006/112/WE w celu wyłączenia",
         "art. 168 i 168a"),
        ("odstępstwo od art. 168a dyrektywy 2006/112/WE", "art. 168a"),
        # COM(2021) 626 final (EUR-Lex 52021PC0626, Slovak), likewise
        ("V článkoch 168 a 168a smernice 2006/112/ES sa stanovuje", "článkoch 168 a 168a"),
        ("čl. 168a směrnice 2006/112/ES", "čl. 168a"),
    ],
)  # fmt: skip
def test_an_inserted_article_ends_a_pinpoint_without_a_link_word(text: str, pinpoint: str) -> None:
    """Before, the letter glued to the last number hid the pinpoint: no link word, and no
    number, bracket or ordinal right before the act."""
    (ref,) = eurefs.extract(text)
    assert (ref.celex, ref.pinpoint) == ("32006L0112", pinpoint)


def test_a_letter_after_a_blank_is_no_inserted_article() -> None:
    # Slovak ``a`` ("and") before the act: the number before it is no pinpoint of its own
    (ref,) = eurefs.extract("podľa bodu 5 a smernice 2006/112/ES")
    assert ref.pinpoint is None
