"""The determiner before a type word read in place (``determiners.determiner_at``) is the
one the search finds, in every language and every place a determiner may stand."""

from __future__ import annotations

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms.common import words
from eurefs.short_forms.determiners import determiner_at, find_determiner, last_words


def _searched(text: str, lang: str, lo: int, start: int) -> tuple[int, str] | None:
    """The determiner as the search alone finds it (the word before first)."""
    head = text[max(0, start - 24) : start].rstrip()
    i = len(head)
    while i and (head[i - 1].isalnum() or head[i - 1] == "-"):
        i -= 1
    if head[i:] not in last_words(lang):
        return None
    m = find_determiner(text, lang, lo, start)
    return None if m is None else (m.start("det"), " ".join(m.group("det").split()))


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_read_in_place_as_searched(lang: str) -> None:
    dets = words(lang).anaphor_determiners
    befores = ["", " ", "(", "x", "_", "-", "d", "de ", "the ", "\n", "'"]
    checked = 0
    for det in dets:
        # every determiner, also as the end of a longer word or determiner
        for before in [*befores, *(f"{o} " for o in dets)]:
            for word in ("Regulation", "Verordnung"):
                text = f"{before}{det} {word} ..."
                start = len(before) + len(det) + 1
                for lo in (0, max(0, start - 40), len(before) + 1):
                    assert determiner_at(text, lang, lo, start, last_words(lang)) == _searched(
                        text, lang, lo, start
                    ), (text, lo)
                    checked += 1
    assert checked or not dets
