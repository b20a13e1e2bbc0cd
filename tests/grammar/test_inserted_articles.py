"""Numbers of articles inserted later."""

from __future__ import annotations

import pytest

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
