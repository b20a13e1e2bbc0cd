"""Dates in the gap between a citation and what follows it (``of 4 November 2003``, ``du
1er juin``, ``vom 4. November``, ``4.11.2003``), as ``definitions.title_like`` replaces them."""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.languages import BY_CODE
from eurefs.short_forms.common import alternation


def replace_dates(gap: str, lang: str, mark: str = "\x00") -> str:
    """``date_pattern(lang).sub(mark, gap)``, read faster where ``gap`` holds no full stop.

    Every date in figures holds a full stop (``4.11.2003``), and so does every match of
    the pattern's branch led by a digit: without one only a date word can lead a match,
    and the pattern of those alone (:func:`_word_dates`) is searched by its first letters,
    no digit's Unicode category read at every character.  A title's gap (most hold a
    citation's date or number) costs a third of the search; the matches are the same
    (``tests/short_forms/test_definition_words.py``)."""
    if "." in gap:
        return date_pattern(lang).sub(mark, gap)
    word_dates = _word_dates(lang)
    return gap if word_dates is None else word_dates.sub(mark, gap)


@lru_cache(maxsize=8)
def _word_dates(lang: str) -> re.Pattern[str] | None:
    """The branch of :func:`date_pattern` led by a date word (None: the language has
    none), led by the words' first letters only: no date word starts with a digit."""
    record = BY_CODE[lang]
    if not record.date_words:
        return None
    return re.compile(rf"[{_firsts(lang)}](?:{_after_word(lang)})")


def _firsts(lang: str) -> str:
    """The first letters of the language's date words, for a character set."""
    return "".join(sorted({re.escape(w[0]) for w in BY_CODE[lang].date_words}))


def _after_word(lang: str) -> str:
    """What follows a date word's first letter in a date: the rest of the word (the
    boundary before its first letter checked behind) and the date after it."""
    ordered = sorted(set(BY_CODE[lang].date_words), key=len, reverse=True)  # as ``alternation``
    # each word's first letter read by the set, then checked with the boundary before it
    words_after_first = "|".join(rf"(?<=\b{re.escape(w[0])}){_spaced(w[1:])}" for w in ordered)
    # (after the date word, a date in figures too: ``vom 22.12.2000``)
    return rf"(?:{words_after_first})(?:{_date_rest(lang)}|\s+{_NUMERIC_DATE})"


@lru_cache(maxsize=8)
def date_pattern(lang: str) -> re.Pattern[str]:
    """A date as the language writes it after a citation (``of 4 November 2003``, ``du 1er
    juin``, ``vom 4. November``, ``de 13 de junio de 2002``), or as ``4.11.2003``.

    Written to start with a set of characters (the first letters of the date words,
    and digits) so that ``re`` skips to them: ``\\b(?:of|...)...|\\d...``, which it
    would try at every character, matches the same (:func:`plain_date_pattern`)."""
    if not BY_CODE[lang].date_words:
        return re.compile(_NUMERIC_DATE)
    return re.compile(rf"[{_firsts(lang)}\d](?:{_after_word(lang)}|(?<=\d)\d?\.\d{{1,2}}\.\d{{4}})")


_NUMERIC_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"


def _spaced(literal: str) -> str:
    return re.escape(literal).replace(r"\ ", r"\s+")


def _date_rest(lang: str) -> str:
    """What follows the date word: ``\\s+4\\s+November\\s+2003``."""
    record = BY_CODE[lang]
    day = r"\d{1,2}" + (
        f"(?:{alternation(list(record.day_suffixes))})?" if record.day_suffixes else ""
    )
    join = rf"(?:{alternation(list(record.date_joiners))}\s+)?" if record.date_joiners else ""
    return rf"\s+{day}\s+{join}[^\W\d]{{3,10}}\s+{join}\d{{4}}"


def plain_date_pattern(lang: str) -> re.Pattern[str]:
    """:func:`date_pattern` as first written (what it must match; for the tests)."""
    record = BY_CODE[lang]
    if not record.date_words:
        return re.compile(_NUMERIC_DATE)
    return re.compile(
        rf"\b{alternation(list(record.date_words))}(?:{_date_rest(lang)}|\s+{_NUMERIC_DATE})"
        rf"|{_NUMERIC_DATE}"
    )
