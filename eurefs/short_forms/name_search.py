"""How ``popular_names.scan_names`` finds every match of the names' pattern: where a name
may start, found on a one-byte copy of the text by a search led by one literal byte, then
the pattern matched only there; or, where the names' first characters go beyond Latin-1,
one pass of the pattern over the text.

The pattern of the names (``popular_names.name_pattern``) starts with a set of capitals,
and ``re`` tests that set with a call per character of the text: 1 MB of the benchmark
text, 55 M instructions before any name is tried.  Here the text is encoded to Latin-1
(each character beyond it one ``?``: the offsets stay), the names' first characters are
translated to one byte, ``\\x01``, and a pattern led by that byte runs ``re``'s tight
literal loop (the copy and the translation ~22 M; the search, with its stops at the
~26,000 capitals, and the pattern matched at the ~3,200 places it finds ~36 M).  After the
byte, the rest of each name as the copy writes it: a superset of the pattern's matches (a
character beyond Latin-1 reads ``?``, a space any run of blanks, a hyphen ``-`` or ``?``,
the end of a name no word character of Latin-1), each place then matched with the pattern
itself.  Runs of capitals are the places found in vain (``GDPR`` at its ``D``: the copy
writes ``\x01\x01\x01`` + end, as it writes ``CRR``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from eurefs.latin1 import latin1_copy
from eurefs.short_forms.name_trie import trie_branches

_MARK = 1  # the byte the names' first characters become
_MARK_BYTE = bytes((_MARK,))
# The end of a name: no character ``\w`` matches (a hyphen may join an ending to it)
_WORD = "".join(ch for ch in map(chr, range(0x100)) if re.match(r"\w", ch))
_END = b"(?![" + re.escape(_WORD.encode("latin-1")) + _MARK_BYTE + b"])"
# What ``\s`` matches in a ``str`` pattern, as the copy writes it (those beyond Latin-1: ``?``)
_BLANKS = rb"[\t\n\v\f\r\x1c-\x1f \x85\xa0?]+"
_HYPHEN = rb"[-?]"


def _byte(ch: str, firsts: frozenset[str]) -> bytes:
    if ch in firsts:
        return _MARK_BYTE
    if ch == " ":
        return _BLANKS
    if ch == "-":
        return _HYPHEN
    return re.escape(ch.encode("latin-1")) if ord(ch) < 0x100 else rb"\?"


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
def prefilter(names: tuple[str, ...]) -> tuple[bytes, re.Pattern[bytes]] | None:
    """The translation table and the literal-led search for ``names`` (None when one of
    them starts with a character beyond Latin-1, or holds none after its first)."""
    firsts = frozenset(name[0] for name in names)
    if any(ord(ch) >= 0x100 for ch in firsts) or any(len(name) < 2 for name in names):
        return None
    tails = [[_byte(ch, firsts) for ch in name[1:]] for name in names]
    # (a ``\\x01`` of the text itself reads ``?``: it starts no name)
    table = bytes.maketrans(
        "".join(sorted(firsts)).encode("latin-1") + _MARK_BYTE, _MARK_BYTE * len(firsts) + b"?"
    )
    # (a lookahead: a name may start inside another one's match)
    return table, re.compile(_MARK_BYTE + b"(?=" + _trie(tails) + b")")


def name_starts(text: str, names: tuple[str, ...]) -> list[int] | None:
    """Every place in ``text`` where one of ``names`` may start (a superset of the
    matches of their pattern), in text order; None when :func:`prefilter` has none."""
    found = prefilter(names)
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
