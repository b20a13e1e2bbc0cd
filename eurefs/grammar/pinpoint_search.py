"""Searching the pinpoint patterns of ``eurefs.grammar.act_pinpoints`` in a window of
text: the leftmost pinpoint at the start of a word that runs to the window's end, and
the subdivisions written before it (``point (a) of Article 5``); what makes a match no
pinpoint (:func:`descends`).  The cheap tests on the text around a pinpoint that go before
and after a search are ``eurefs.grammar.pinpoint_edges``.

Every legal act and every back-reference with a link word before it asks, so the
search is bound once per set of patterns (:func:`searcher`), and the leads are
searched only where the text before the pinpoint ends as a lead does (``lead_tail``,
a cheap match on the reversed text): most texts before a pinpoint end in a link word
(``on the basis of``) but not in a lead, and the leads' pattern tries every character.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from eurefs.grammar.capitals import point_astray
from eurefs.grammar.common import RANGE
from eurefs.grammar.pinpoint_heads import head_pattern, head_places, searched
from eurefs.latin1 import held_copy

if TYPE_CHECKING:
    from eurefs.grammar.act_pinpoints import Pinpoints
    from eurefs.grammar.base import Context


def search(p: Pinpoints, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the pinpoint of ``p`` in ``text[lo:hi]`` starts and ends, if any."""
    return searcher(p)(text, lo, hi)


def region_search(
    ctx: Context, p: Pinpoints, key: str, lang: str, text: str, lo: int, hi: int
) -> tuple[int, int] | None:
    """:func:`search` of ``p`` (pinpoints of ``lang`` written before an act; ``key`` names
    them) in ``text[lo:hi]``.  In ``ctx``'s region, by a :func:`memo_searcher` the context
    keeps for the region's text: a text cites the same pinpoint before many acts (``Article
    10 of``: in the 49 development texts 120 of the 261 pinpoints an act's pinpoint search
    reads were read before in the same text), and the match of the body is its cost."""
    if text is not ctx.region:
        return searcher(p)(text, lo, hi)
    found = ctx.searchers.get(key)
    if found is None:
        found = ctx.searchers[key] = memo_searcher(p, head_pattern(lang))
    return found(text, lo, hi)


@functools.lru_cache(maxsize=256)
def searcher(p: Pinpoints) -> Callable[[str, int, int], tuple[int, int] | None]:
    """:func:`search` with ``p`` bound and its methods looked up once, for callers that
    search many times (the back-references: one search per short form)."""
    body, leads, lead_links, glued = p.body.search, p.leads, p.lead_links, p.glued
    pin = p.body.groupindex["pin"]

    def search_(text: str, lo: int, hi: int) -> tuple[int, int] | None:
        m = body(text, lo, hi)
        while m is not None:
            s = m.start()
            if (
                s and (text[s - 1].isalnum() or text[s - 1] in "._") and not _glued(text, s, glued)
            ) or _astray(text, s, m.end(pin)):
                m = body(text, s + 1, hi)
                continue
            if leads is not None and text.endswith(lead_links, lo, s):
                s = lead_start(p, text, lo, s)
            return s, m.end(pin)
        return None

    return search_


def memo_searcher(
    p: Pinpoints, head: re.Pattern[str], prefixes: tuple[str, ...] = ()
) -> Callable[[str, int, int], tuple[int, int] | None]:
    """:func:`searcher` for the many windows of one text, remembering each pinpoint read.

    ``head`` matches the words the body of ``p`` starts with (every match of the body
    starts with one).  The body is tried where the head is, in text order, as its own
    search would; whether and where the body matches at ``s`` depends only on
    ``text[s - 1:hi]`` (the body ends at the window's end, ``$``, and looks behind at
    most one character, ``\\b``; at the text's start, nothing is kept), so the answer is
    kept under that string: a text cites the same pinpoints again and again (``Article
    82(1) of the ``), and the successful match of the body (~18 k instructions, the
    grammar's many optional parts) is made once per distinct one.  A body that looks
    further behind is searched as by :func:`searcher`.  One memo per searcher: make
    one per text (or batch of texts).

    ``prefixes`` (``pinpoint_heads.head_prefixes`` of the head's words): where the head may start is
    found by ``str.find`` of each in the window lower-cased, not by ``head``, whose search
    tests a set of first letters at every character and stops at each of them (~12 k
    instructions over 90 characters of prose); the body is tried at each such place that
    starts a word, and fails where no head is.
    """
    if _looks_behind(p.body.pattern):
        return searcher(p)
    head_search, match, leads, lead_links = head.search, p.body.match, p.leads, p.lead_links
    glued = p.glued
    lead_k, lead_ends = _lead_ends(lead_links) if leads is not None else (0, frozenset())
    pin = p.body.groupindex["pin"]
    memo: dict[str, int] = {}  # text[s - 1:hi] -> where the pin ends, less s (-1: none)
    held: tuple[str | None, bytes | None] = (None, None)  # the text last searched, its copy

    def search_(text: str, lo: int, hi: int) -> tuple[int, int] | None:
        nonlocal held
        if held[0] is not text:
            held = text, held_copy(text) if prefixes else None
        copy = held[1]
        places = (
            searched(text, lo, hi, head_search)
            if copy is None
            else head_places(copy, lo, hi, prefixes)
        )
        for s in places:
            if s and (text[s - 1].isalnum() or text[s - 1] in "._") and not _glued(text, s, glued):
                continue
            key = text[s - 1 : hi] if s else None  # (at the text's start: not kept)
            length = memo.get(key) if key is not None else None
            if length is None:
                m = match(text, s, hi)
                length = -1 if m is None or _astray(text, s, m.end(pin)) else m.end(pin) - s
                if key is not None:
                    memo[key] = length
            if length < 0:
                continue
            if text[s - lead_k : s] in lead_ends and text.endswith(lead_links, lo, s):
                return lead_start(p, text, lo, s), s + length
            return s, s + length
        return None

    return search_


@functools.lru_cache(maxsize=32)
def _lead_ends(lead_links: tuple[str, ...]) -> tuple[int, frozenset[str]]:
    """The last ``k`` characters of each of ``lead_links`` (``of ``, ``OF\n``; ``k`` at most 3):
    a slice and a set lookup before ``str.endswith`` of them all (24 in English, ~2 k)."""
    k = min((3, *map(len, lead_links)))
    return k, frozenset(link[len(link) - k :] for link in lead_links)


@functools.lru_cache(maxsize=64)
def _looks_behind(source: str) -> bool:
    """Whether a pattern's source holds a look-behind (asked once per text of a source of
    ~30,000 characters: ~0.1 ms a search, the string's hash kept by the string)."""
    return "(?<" in source


def _astray(text: str, s: int, e: int) -> bool:
    """Whether the pinpoint matched at ``text[s:e]`` is none: a point's letter in capitals
    where the citation is not (``Article 6(1)(A)``: ``grammar/capitals``), an apostrophe
    ending it that closes a quotation opened right before it (``'άρθρο 6 παρ. 1 α' του``:
    no keraia), or a dash with a blank that joins no rising range (:func:`descends`)."""
    return (
        point_astray(text, s, e)
        or (text[e - 1] == "'" and s > 0 and text[s - 1] == "'")
        or descends(text, s, e)
    )


#: A dash with a blank before or after it (the text as written: any white space;
#: :data:`eurefs.grammar.pinpoint_numbers.SPACED_RANGE`), and the numbers around it.
_SPACED_DASH = re.compile(r"\s+" + RANGE + r"\s*|" + RANGE + r"\s+")
_NUMBER_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,3}\Z")
_NUMBER_AFTER = re.compile(r"[0-9]{1,3}(?![0-9])")


def descends(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a dash with a blank that joins no rising range of two bare
    numbers (``37 – 39``): punctuation, no range (``Article 5 – 2 of``, ``6(1) – 7``)."""
    for m in _SPACED_DASH.finditer(text, s, e):
        first = _NUMBER_BEFORE.search(text, s, m.start())
        last = _NUMBER_AFTER.match(text, m.end(), e)
        if first is None or last is None or int(last.group()) <= int(first.group()):
            return True
    return False


def _glued(text: str, s: int, glued: tuple[str, ...]) -> bool:
    """Whether the letter before ``s`` is one the language glues to the front of the word
    at ``s``, alone (Irish ``le hAirteagal 27(6)``): the pinpoint starts at ``s`` all the
    same, not inside a word."""
    return text[s - 1] in glued and (s < 2 or not text[s - 2].isalnum())


def lead_start(p: Pinpoints, text: str, lo: int, s: int) -> int:
    """Where the subdivisions written before the article at ``s`` start (``s``: none)."""
    if p.lead_tail is not None and p.lead_tail.match(text[lo:s][::-1]) is None:
        return s  # the text before does not end as a lead does
    lead = p.leads.search(text, lo, s) if p.leads is not None else None
    if lead is not None and not (lead.start() and text[lead.start() - 1].isalnum()):
        return lead.start()
    return s
