"""Anchor searches that share their literal head run as one search.

Most anchors are written literal first (``/(?<=[0-9]/)(?=[0-9])``, ``19(?<=\\.19)...``)
so that ``re`` finds candidates at memchr speed and tries the look-arounds only
there.  Several families' anchors share a head (``/`` for act, case and procedure
numbers; ``19``, ``20``, ``(``, ``L``, ``S``, ``E``): each search costs a pass over the
whole text, however few its hits.  Anchors with the same head are searched here in
one pass, ``head(?:(?=rest1)()|)(?:(?=rest2)()|)...``, kept where at least one rest
holds (a chain of conditionals), and each empty group says which anchor holds.  The
members that need one of a few characters after the head are tried only where one of
them follows (``anchor_dispatch``).

The positions are exactly those of separate searches: a match consumes the head (and
at most the character after it, never the head's own), and heads that cannot overlap
themselves (``/``, ``19``, ``art``) are the only ones grouped, so no candidate is
skipped.  Anchors of any other form keep their own search.

A head of several characters is searched by its last one, the others a look-behind
(``9(?<=19)``): ``re`` scans for a one-character literal about twice as fast as for a
longer one (the benchmark text: ``19`` 3.7 -> 2.2 ms, ``20`` 3.3 -> 2.8 ms on 3 MB).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain

from eurefs import anchor_dispatch

try:  # the parser of ``re`` (private; its public alias before Python 3.11)
    import re._parser as _sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef,unused-ignore]

# One literal character of a pattern's source: a letter, digit or harmless sign, or an
# escaped sign (``\(``).
_LITERAL_CHAR = re.compile(r"[A-Za-z0-9/:%@_-]|\\[^A-Za-z0-9]")


#: Texts shorter than this search each anchor on its own (nothing to gain; no group is
#: compiled for a one-line ``eurefs parse``).
MIN_TEXT = 65_536
#: Characters at the start of a text whose candidates decide between the two ways.
SAMPLE = 32_768
#: What telling the anchors apart costs per candidate, in characters searched: its match
#: object and groups (~2.7 k instructions, against ~5.4 a character of a literal scan),
#: and per member and candidate, each member's list reading it (~200).  What the shared
#: search spares per member at each occurrence of the head: each anchor's own search tries
#: its look-arounds there, the shared one only those of the members the character after
#: the head sends it to (``anchor_dispatch``; ~80).  One search pays where the candidates
#: cost less than the characters the other searches would scan and the tries they spare.
#: Fitted to the nine groups' searches counted by callgrind on 256 k characters of the
#: benchmark text and of the 45 adversarial inputs (benchmarks/README.md, the sixteenth
#: pass over the core): a text of heads that are no anchor (``C-1/C-1/...``, ``COM(``)
#: is searched once, one dense with candidates (``2016/2016/...``, ``OJ L 1, ``) anchor
#: by anchor.
COST_PER_CANDIDATE = 500
COST_PER_MEMBER = 40
SPARED_PER_TRY = 15
#: A head of one character found in the sample less often than once in this many
#: characters is found by ``str.find`` from one to the next (``memchr``: ~2.2 k instructions
#: a call from Python) and the search matched there, not by ``re``'s scan of the whole text
#: (~5 instructions a character): 1 MB of the benchmark text, ``L`` (one in ~1,200
#: characters) and ``S`` (one in ~840) ~4M instructions fewer.  A longer head gains
#: nothing so: ``str.find`` of two characters is no ``memchr`` (``19``: 3.73M -> 3.46M a
#: 0.5 MB, its ``find`` loop alone 2.59M).
RARE_HEAD = 1_000
#: ... and read so while each run of this many heads spans at least half as many
#: characters a head (where they come closer, ``re`` scans the rest).
_RARE_RUN = 64


class AnchorGroup:
    """Anchors sharing a literal head, and the one search that finds them all."""

    __slots__ = ("char", "columns", "head", "members", "patterns", "search", "shift")

    def __init__(
        self, head_source: str, rests: list[tuple[re.Pattern[str], str]], head: str
    ) -> None:
        self.patterns = [pattern for pattern, _ in rests]
        self.members = [pattern.pattern for pattern in self.patterns]
        after, order = anchor_dispatch.chain([rest for _, rest in rests], head)
        #: the group of each member's empty group, in the members' order
        self.columns = [order.index(i) for i in range(len(rests))]
        lead = _last_char_led(head_source, len(head))
        #: what a match's start is short of the head's start
        self.shift = len(head) - 1
        self.search = re.compile(lead + after)
        self.head = re.compile(lead)
        #: the head where it is one character (else empty), which ``str.find`` finds by
        #: ``memchr`` where it is rare (``RARE_HEAD``)
        self.char = head if len(head) == 1 else ""

    def positions(self, text: str) -> dict[str, list[int]] | None:
        """The positions of every member anchor in ``text``, by anchor source; None
        where each anchor is better searched alone (and only when a family needs it).

        Telling the anchors apart costs a little Python per candidate: on a text dense
        with candidates (references back to back) that costs more than the searches
        saved, so a sample of the text decides whether to search once or each anchor.
        """
        n = min(len(text), SAMPLE)
        heads = len(self.head.findall(text, 0, n))
        members = len(self.patterns)
        # characters the other searches would scan, and the tries at each head they spare
        saved = (members - 1) * n + heads * members * SPARED_PER_TRY
        per_candidate = COST_PER_CANDIDATE + members * COST_PER_MEMBER
        # (no more candidates than heads: where that many cost less, no need to count them)
        if heads * per_candidate > saved:
            candidates = len(self.search.findall(text, 0, n)) if heads else 0
            if candidates * per_candidate > saved:
                return None
        # the candidates by which members hold there (a few combinations: most hold one),
        # each combination's positions then given to its members: no Python per candidate
        # and member (1 MB of the benchmark text: ~3,500 candidates, 18,500 such tests)
        shift = self.shift
        by_held: defaultdict[tuple[str | None, ...], list[int]] = defaultdict(list)
        rare = self.char and heads * RARE_HEAD < n
        for m in self._at_heads(text) if rare else self.search.finditer(text):
            by_held[m.groups()].append(m.start() - shift)
        found: dict[str, list[list[int]]] = {source: [] for source in self.members}
        for held, starts in by_held.items():
            for source, column in zip(self.members, self.columns, strict=True):
                if held[column] is not None:
                    found[source].append(starts)
        # (one combination's positions are in order; several, apart, merged by ``sorted``)
        return {
            source: list(lists[0]) if len(lists) == 1 else sorted(chain.from_iterable(lists))
            for source, lists in found.items()
        }

    def _at_heads(self, text: str) -> Iterator[re.Match[str]]:
        """The search's matches in ``text``, tried at each occurrence of the head found by
        ``str.find``: those of ``finditer``, as no match takes in another occurrence of a
        one-character head (``anchor_dispatch``).  Where the heads come closer than the
        sample said (another document further on: German writes an ``S`` every ~150
        characters), ``finditer`` from there."""
        find, match, char = text.find, self.search.match, self.char
        i, since, left = find(char), 0, _RARE_RUN
        while i >= 0:
            m = match(text, i)
            if m is not None:
                yield m
            left -= 1
            if not left:  # (the last run of heads: twice as dense as the sample may be?)
                if 2 * (i - since) < _RARE_RUN * RARE_HEAD:
                    yield from self.search.finditer(text, i + 1)
                    return
                since, left = i, _RARE_RUN
            i = find(char, i + 1)


def _last_char_led(head_source: str, length: int) -> str:
    """The search for a literal head of ``length`` characters led by its last one,
    the others a look-behind: ``19`` -> ``9(?<=19)``."""
    if length < 2:
        return head_source
    last: str = _LITERAL_CHAR.findall(head_source)[-1]
    return last + "(?<=" + head_source + ")"


def _split(source: str) -> tuple[str, str, str] | None:
    """``(head, rest, the head's text)`` of an anchor source that is a literal
    and look-arounds only."""
    end = 0
    while (m := _LITERAL_CHAR.match(source, end)) is not None:
        end = m.end()
    head, rest = source[:end], source[end:]
    if not head or not rest:
        return None
    try:
        whole, tail = _sre_parse.parse(source), _sre_parse.parse(rest)
        head_ops = _sre_parse.parse(head)
    except re.error:
        return None
    literal = all(op is _sre_parse.LITERAL for op, _ in head_ops.data)
    if not literal or len(whole.data) != len(head_ops.data) + len(tail.data):
        return None  # e.g. a quantifier on the head's last character, or an alternation
    if tail.getwidth() != (0, 0) or re.compile(source).groups:
        return None
    text = "".join(chr(av) for _, av in head_ops.data)
    if any(text[:k] == text[-k:] for k in range(1, len(text))):
        return None  # a head that may overlap itself could hide a candidate
    return head, rest, text


def plan(patterns: Iterable[re.Pattern[str]]) -> dict[str, AnchorGroup]:
    """The shared searches for ``patterns``: anchor source -> its group (groups of two or more)."""
    by_head: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    texts: dict[str, str] = {}
    for pattern in patterns:
        if pattern.flags != re.UNICODE:
            continue
        split = _split(pattern.pattern)
        if split is None:
            continue
        head, rest, texts[head] = split
        same_head = by_head.setdefault(head, [])
        if all(p.pattern != pattern.pattern for p, _ in same_head):
            same_head.append((pattern, rest))
    groups: dict[str, AnchorGroup] = {}
    for head, rests in by_head.items():
        if len(rests) > 1:
            group = AnchorGroup(head, rests, texts[head])
            groups.update((source, group) for source in group.members)
    return groups
