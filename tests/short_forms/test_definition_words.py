"""How a language writes definitions (``eurefs/short_forms/definition_words.py``): dates."""

from __future__ import annotations

import random

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms.definition_words import date_pattern, plain_date_pattern


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_the_date_pattern_matches_what_its_plain_form_matches(lang: str) -> None:
    # led by a set of characters (skipped to at once), it replaces the same dates as
    # ``\b(?:words)...|\d...``, which is tried at every character
    record = BY_CODE[lang]
    months = [m for forms in record.months for m in forms][:12]
    pieces = [
        *record.date_words, *record.day_suffixes, *record.date_joiners, *months,
        " ", "  ", "\n", ".", "4", "12", "2003", "x", "-", "é", "(", "1.2.2003",
    ]  # fmt: skip
    rng = random.Random(4)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert date_pattern(lang).sub("\x00", text) == plain_date_pattern(lang).sub("\x00", text)
    if record.date_words:  # a date in the language's own words is found
        assert date_pattern(lang).pattern.startswith("[")
