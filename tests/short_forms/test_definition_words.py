"""How a language writes definitions (``eurefs/short_forms/definition_words.py``): dates."""

from __future__ import annotations

import random

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms.gap_dates import date_pattern, plain_date_pattern, replace_dates


def _date_pieces(lang: str, *others: str) -> list[str]:
    """What random gaps of ``lang`` are made of: its date words, day suffixes, joiners and
    twelve month forms, then ``others``."""
    record = BY_CODE[lang]
    months = [m for forms in record.months for m in forms][:12]
    words = [*record.date_words, *record.day_suffixes, *record.date_joiners, *months]
    return [*words, *others]


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_the_date_pattern_matches_what_its_plain_form_matches(lang: str) -> None:
    # led by a set of characters (skipped to at once), it replaces the same dates as
    # ``\b(?:words)...|\d...``, which is tried at every character
    record = BY_CODE[lang]
    pieces = _date_pieces(
        lang, " ", "  ", "\n", ".", "4", "12", "2003", "x", "-", "é", "(", "1.2.2003"
    )
    rng = random.Random(4)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert date_pattern(lang).sub("\x00", text) == plain_date_pattern(lang).sub("\x00", text)
    if record.date_words:  # a date in the language's own words is found
        assert date_pattern(lang).pattern.startswith("[")


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_dates_are_replaced_as_the_whole_pattern_replaces_them(lang: str) -> None:
    # ``replace_dates`` reads a gap without a full stop by the date words alone: the
    # pattern's digit-led branch needs one (and every date in figures)
    pieces = _date_pieces(
        lang, " ", "\u00a0", "\n", "4", "12", "2003", "x", "é", "٤", "(", "1.2.2003", "."
    )
    rng = random.Random(36)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        for gap in (text, text.replace(".", " ")):
            assert replace_dates(gap, lang) == date_pattern(lang).sub("\x00", gap), gap


def test_a_date_without_a_full_stop_is_still_replaced() -> None:
    # the gap after the GDPR's citation in the development texts (a no-break space in
    # its date); and one in figures
    gap = " of the European Parliament and of the Council of 27\u00a0April 2016 on the "
    assert replace_dates(gap, "en") == " of the European Parliament and of the Council \x00 on the "
    assert replace_dates(" of 4.11.2003 on", "en") == " \x00 on"
    assert replace_dates(" vom 4. November 2003", "de") == " \x00"
