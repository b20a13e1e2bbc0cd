"""Where a pinpoint's first word (its head: ``Article``, ``Annex``, ``art.``, ``Erwägungsgrund``)
may start in a window of text, for the back-references' pinpoint search
(``pinpoint_search.memo_searcher``).

The head's pattern, searched over a window, tests the set of its first letters at every
character and stops at each of them (``[ACRSTacrst]``: ~12 k instructions over 90 characters
of English prose).  In an extraction the text has a Latin-1 copy (``eurefs.latin1``): the
window of that copy lower-cased is searched with ``str.find`` for the first letters of the
head words (:func:`head_prefixes`), each at most four, ASCII only; the places found are a
superset of the head's, and the body, which starts with a head, fails at the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from eurefs.grammar.capitals import both_cases
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.ordinal_signs import set_apart
from eurefs.languages import BY_CODE
from eurefs.languages.base import Language


def head_words(lg: Language) -> list[str]:
    """The words a pinpoint starts with (article words and the back-reference pinpoint words,
    in both cases, ``act_pinpoints.head_source``), as written; empty: the language has none,
    or writes its pinpoints after the act."""
    heads = _record_heads(lg)
    return both_cases(set_apart(heads)) if heads else []  # (``art.º``, ``art. o``)


def has_heads(lg: Language) -> bool:
    """Whether :func:`head_words` of ``lg`` are any, known without building them."""
    return bool(_record_heads(lg))


def _record_heads(lg: Language) -> list[str]:
    if lg.pinpoints.after:
        return []
    return [*lg.article_words, *lg.back_references.pinpoint_words, *lg.pinpoints.annexes,
            *lg.pinpoints.recitals]  # fmt: skip


@lru_cache(maxsize=32)
def head_pattern(lang: str) -> re.Pattern[str]:
    """The head words of ``lang`` (:func:`head_words`) as the folded view writes them: what
    every pinpoint of ``act_pinpoints.pinpoint_body`` starts with (its ``head_source``)."""
    return lazy_compile(words(*head_words(BY_CODE[lang])) or "(?!)")


@lru_cache(maxsize=32)
def head_prefixes(lang: str) -> tuple[str, ...]:
    """The starts of the head words of ``lang`` that a window, one byte a character and
    lower-cased, holds wherever one of them is written: each word's first four characters
    before a blank, up to its first beyond ASCII, lower-cased, none the start of another
    (English ``anne``, ``art``, ``chap``, ``reci``, ``sect``, ``titl``).  Empty where a word
    starts beyond ASCII (Greek, Cyrillic, Czech ``čl.``): the head's own pattern is searched."""
    return prefixes_of(head_words(BY_CODE[lang]))


def prefixes_of(heads: list[str]) -> tuple[str, ...]:
    """:func:`head_prefixes` of the words ``heads``."""
    starts = set()
    for word in heads:
        start = word.split(" ", 1)[0][:4]
        start = start[: next((i for i, c in enumerate(start) if not c.isascii()), 4)]
        if not start:
            return ()
        starts.add(start.lower())
    return tuple(sorted(w for w in starts if not any(o != w and w.startswith(o) for o in starts)))


def head_places(copy: bytes, lo: int, hi: int, prefixes: tuple[str, ...]) -> list[int]:
    """Where in ``copy[lo:hi]`` (a text's ``latin1.latin1_copy``) a head may start, in text
    order: where the window lower-cased holds one of ``prefixes`` (a superset of the head's
    places; the body fails at the others)."""
    # (as a string again: ``in`` on bytes first tries its operand as an integer, and
    # raises and clears a TypeError, ~1.6 k instructions)
    window = copy[lo:hi].lower().decode("latin-1")
    places = []
    for prefix in prefixes:
        if prefix in window:
            at = window.find(prefix)
            while at >= 0:
                places.append(lo + at)
                at = window.find(prefix, at + 1)
    if len(places) > 1:
        places.sort()
    return places


def searched(
    text: str, lo: int, hi: int, head_search: Callable[[str, int, int], re.Match[str] | None]
) -> Iterator[int]:
    """Where ``head_search`` (the head's pattern) matches in ``text[lo:hi]``, in text order."""
    h = head_search(text, lo, hi)
    while h is not None:
        yield h.start()
        h = head_search(text, h.start() + 1, hi)
