"""The determiner before a type word (``that`` in ``that Regulation``, ``der genannten``
in ``der genannten Verordnung``), read where anaphors are looked for
(``short_forms/anaphors``)."""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.short_forms.common import alternation, words


@lru_cache(maxsize=4)
def determiner_before(lang: str) -> re.Pattern[str]:
    """A determiner ending right where a type word starts (``that `` in ``that Regulation``)."""
    dets = alternation(list(words(lang).anaphor_determiners))
    # a determiner ending in a joined article (Maltese ``din id-``) touches the type word
    return re.compile(rf"(?:^|(?<=[^\w-]))(?P<det>{dets})(?:\s+|(?<=-))\Z")


@lru_cache(maxsize=4)
def _determiner_ending(lang: str) -> re.Pattern[str]:
    """:func:`determiner_before` without what must stand before the determiner: its
    search skips to the determiners' first letters (the other, led by a look-behind,
    is tried at every place of the window)."""
    dets = alternation(list(words(lang).anaphor_determiners))
    return re.compile(rf"(?P<det>{dets})(?:\s+|(?<=-))\Z")


def find_determiner(text: str, lang: str, lo: int, start: int) -> re.Match[str] | None:
    """``determiner_before(lang).search(text, lo, start)``: the leftmost determiner in
    ``text[lo:start]`` ending where ``start`` is and not inside a word."""
    search = _determiner_ending(lang).search
    m = search(text, lo, start)
    # inside a word (a letter, digit, ``_`` or ``-`` before it): the next one on
    while m is not None and (at := m.start()) and (text[at - 1].isalnum() or text[at - 1] in "-_"):
        m = search(text, at + 1, start)
    return m


@lru_cache(maxsize=16)
def determiner_types(lang: str) -> dict[str, frozenset[str]]:
    """Determiner -> the act types (or type word forms) it goes with, for those that go
    with some only."""
    types: dict[str, set[str]] = {}
    for det, act_type in words(lang).determiner_types:
        types.setdefault(det, set()).add(act_type)
    return {det: frozenset(t) for det, t in types.items()}


@lru_cache(maxsize=16)
def last_words(lang: str) -> frozenset[str]:
    """The last word of every determiner (``said`` of ``the said``)."""
    return frozenset(d.split()[-1] for d in words(lang).anaphor_determiners)


@lru_cache(maxsize=16)
def _lone_determiners(lang: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The determiners of one word that end no other after a blank or a sign
    (``that``; not ``said``, the end of ``the said``), by length, the longest first: one
    written right before the blank before a type word, at a word's start, is the
    determiner :func:`find_determiner` finds there."""
    dets = words(lang).anaphor_determiners
    lone = [
        d
        for d in dets
        if d
        and all(ch.isalnum() or ch == "-" for ch in d)  # (a word as the loop reads it)
        and not any(len(o) > len(d) and o.endswith(d) and _sign(o[-len(d) - 1]) for o in dets)
    ]
    lengths = sorted({len(d) for d in lone}, reverse=True)
    return tuple((n, frozenset(d for d in lone if len(d) == n)) for n in lengths)


def _sign(ch: str) -> bool:
    """Whether ``ch`` may stand before a determiner (no letter, digit, ``-`` or ``_``)."""
    return not (ch.isalnum() or ch in "-_")


def determiner_at(
    text: str, lang: str, lo: int, start: int, ends: frozenset[str]
) -> tuple[int, str] | None:
    """Where the determiner ending right before the type word at ``start`` starts (not
    before ``lo``), and the determiner, blanks folded; None when there is none (``ends``:
    the language's :func:`last_words`)."""
    if text[start - 1] == " " and not text[start - 2].isspace():
        # (a lone determiner, one space before the word: read in place, no search)
        for n, lone in _lone_determiners(lang):
            k = start - 1 - n
            if k >= 0 and (det := text[k : start - 1]) in lone:
                # (a sign before it, as :func:`_sign` tells, written out: one call less)
                if k >= lo and (not k or not ((ch := text[k - 1]).isalnum() or ch in "-_")):
                    return k, det
                break  # (inside a word, or before ``lo``: searched as ever)
    head = text[start - 24 if start > 24 else 0 : start].rstrip()
    i = len(head)
    while i and (head[i - 1].isalnum() or head[i - 1] == "-"):
        i -= 1
    if head[i:] not in ends:
        return None
    m = find_determiner(text, lang, lo, start)
    if m is None:
        return None
    return m.start("det"), " ".join(m.group("det").split())
