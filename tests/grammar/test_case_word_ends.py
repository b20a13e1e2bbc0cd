"""The case word before a number told by its last characters first (``grammar/cases``:
``_case_word``) gives what the search alone gave (``_CASE_WORD.search`` of the last 30
characters), on the development texts' views and on every case word and joined word."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from eurefs.grammar import cases
from eurefs.grammar.case_lists import JOINED_FORMS
from eurefs.textview import TextView

_DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def _views() -> tuple[str, ...]:
    texts = (p.read_text(encoding="utf-8") for p in sorted(_DATA.glob("corpus*/docs/*.txt")))
    return tuple(TextView(t).view for t in texts)


def _searched(before: str) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    found = cases._CASE_WORD.search(before[-30:])
    return None if found is None else (found.span(), found.groupdict())


def _told(before: str) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    found = cases._case_word(before)
    return None if found is None else (found.span(), found.groupdict())


def test_the_case_word_before_a_number_is_the_one_the_search_finds() -> None:
    checked = found = 0
    for view in _views():
        # before every number's slash (where the case family asks), and at every 7th character
        stops = {m.start() for m in re.finditer(r"[0-9]/", view)} | set(range(0, len(view), 7))
        for i in sorted(stops):
            before = view[max(0, i - 100) : i]
            expected = _searched(before)
            assert _told(before) == expected, before
            checked += 1
            found += expected is not None
    assert checked > 50_000 and found > 20


def test_every_case_word_and_joined_word_is_found_as_before() -> None:
    checked = 0
    for word in cases.CASE_LANGS:
        for joined in ("", *sorted(JOINED_FORMS)[:40]):
            written = f"{word} {joined}".rstrip(" ")
            for before in (
                f"see {written} ",
                f"({written} ",
                f"x{written} ",
                f"{written} \n",
                f"{written}  ",
                f"{written},",
                f"{written}",
            ):
                assert _told(before) == _searched(before), before
                checked += 1
    assert checked > 50_000
