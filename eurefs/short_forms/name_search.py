"""How ``popular_names.scan_names`` finds every match of the names' pattern where a name
may start: those places, found on a one-byte copy of the text by a search led by one
literal byte, then the pattern matched only there; or, where the names' first characters
go beyond Latin-1, one pass of the pattern over the text, its matches kept where a name
may start (:func:`may_start`).

The pattern of the names (``popular_names.name_pattern``) starts with a set of capitals,
and ``re`` tests that set with a call per character of the text: 1 MB of the benchmark
text, 55 M instructions before any name is tried.  Here the text's Latin-1 copy (each
character beyond it one ``?``: the offsets stay) is translated: the names' first
characters to one byte, ``\\x01``, every character that is no word character to
``\\x02``; a pattern led by ``\\x01`` runs ``re``'s tight literal loop, and a look-behind
right after it keeps the places a name may start (after ``\\x02`` or a letter that joins
a name's tail, ``e`` in ``ePrivacy``): a capital inside a word (``GDPR`` at its ``D``,
``OPCVM``) is no stop.  After the byte, the rest of each name as the copy writes it: a
superset of the pattern's matches (a space any run of ``\\x02``, a character beyond
Latin-1 ``\\x02``, the end of a name no word character), each place then matched with the
pattern itself (search of the copy 30.0 M -> 24.3 M a MB, places 3,215 -> 1,551).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from eurefs.latin1 import latin1_copy
from eurefs.short_forms.name_trie import trie_branches

_MARK = 1  # the byte the names' first characters become
_BREAK = 2  # the byte every other character that is no word character becomes
_MARK_BYTE, _BREAK_BYTE = bytes((_MARK,)), bytes((_BREAK,))
# The word characters of Latin-1 (what ``\\w`` matches in a ``str`` pattern)
_WORD = frozenset(ch for ch in map(chr, range(0x100)) if re.match(r"\w", ch))
# The end of a name: no word character follows (a hyphen may join an ending to it)
_END = b"(?![^" + _BREAK_BYTE + b"])"


def _byte(ch: str, firsts: frozenset[str]) -> bytes:
    if ch in firsts:
        return _MARK_BYTE
    if ch == " ":  # (any run of blanks)
        return _BREAK_BYTE + b"+"
    # (a character beyond Latin-1 reads ``?``: no word character either)
    return re.escape(ch.encode("latin-1")) if ch in _WORD else _BREAK_BYTE


def _trie(tails: list[list[bytes]]) -> bytes:
    """An alternation of the token lists, factored on their common starts, each ending
    where no word character follows (a name's end)."""
    trie: dict = {}  # type: ignore[type-arg]
    for tokens in tails:
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
        node[b""] = {}
    return _build(trie)


def _build(node: dict) -> bytes:  # type: ignore[type-arg]
    branches = [token + _build(child) for token, child in sorted(node.items()) if token]
    if b"" in node:
        branches.insert(0, _END)
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


@lru_cache(maxsize=8)
def prefilter(names: tuple[str, ...], joins: str = "") -> tuple[bytes, re.Pattern[bytes]] | None:
    """The translation table and the literal-led search for ``names`` (None when one of
    them starts with a character beyond Latin-1 or no word character, or holds none
    after its first): a name starts where :func:`may_start` says, ``joins`` being the
    letters that join a name's capital to the letters before it (``e`` in ``ePrivacy``)."""
    firsts = frozenset(name[0] for name in names)
    if not firsts <= _WORD or any(len(name) < 2 for name in names):
        return None
    table = bytes(
        _MARK if chr(b) in firsts else b if chr(b) in _WORD else _BREAK for b in range(0x100)
    )
    tails = [[_byte(ch, firsts) for ch in name[1:]] for name in names]
    before = _BREAK_BYTE + re.escape(bytes(sorted({ord(c) for c in joins if c in _WORD})))
    # (a look-behind after the literal: ``re`` skips ahead to the byte; a lookahead: a
    # name may start inside another one's match)
    led = _MARK_BYTE + b"(?<![^" + before + b"]" + _MARK_BYTE + b")"
    return table, re.compile(led + b"(?=" + _trie(tails) + b")")


def may_start(text: str, at: int, joins: str) -> bool:
    """Whether a name may start at ``at``: at the text's start, after a character that is
    no word character of Latin-1 (any beyond it: the copy reads ``?``), or after one of
    ``joins``."""
    before = text[at - 1 : at]
    return not before or before not in _WORD or before in joins


def name_starts(text: str, names: tuple[str, ...], joins: str = "") -> list[int] | None:
    """Every place in ``text`` where one of ``names`` may start (a superset of the
    matches of their pattern where :func:`may_start`), in text order; None when
    :func:`prefilter` has none."""
    found = prefilter(names, joins)
    if found is None:
        return None
    table, search = found
    copy = latin1_copy(text).translate(table)  # (the core's copy, in an extraction)
    return [m.start() for m in search.finditer(copy)]


@lru_cache(maxsize=8)
def with_closes(names: tuple[str, ...], end: str, closes: str) -> re.Pattern[str]:
    """The pattern of ``names`` (each followed by ``end``) and ``closes`` (led by ``)``,
    which starts no name) in one alternation of branches each led by its character, so
    that ``re`` skips ahead to the set of them (a branch led by a group would make it
    try every position)."""
    if not closes.startswith(r"\)") or any(name.startswith(")") for name in names):
        raise ValueError(f"not led by a bracket that starts no name: {closes!r}")
    led = [branch + end for branch in trie_branches(list(names))]
    return re.compile("(?:" + "|".join([*led, closes]) + ")")


def every_match(
    text: str, pattern: re.Pattern[str], close_ends: list[int]
) -> Iterator[re.Match[str]]:
    """Every match of ``pattern`` (names, and perhaps the brackets of :func:`with_closes`,
    whose ends go to ``close_ends``), also inside another match: one pass over the text,
    searching again from the character after each start."""
    search = pattern.search
    m = search(text)
    while m is not None:
        start = m.start()
        if text[start] == ")":
            close_ends.append(start + 1)
        else:
            yield m
        m = search(text, start + 1)
