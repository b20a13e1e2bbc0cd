"""The searchers of :class:`~eurefs.short_forms.uses.UseScanner`: one compiled pattern
of defined aliases each, searched only as far as needed, where the aliases can start
(the popular-name scan's starts), where their first long word is written, or where a
long word they share is written after short ones (``EC Merger Regulation``: ``str.find``
of ``Merger``, the words before it read back)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from eurefs.short_forms.common import alternation

# Plain aliases are searched in groups by first character when there
# are at most this many groups: ``re`` then skips to each group's first character at
# memchr speed, where one alternation of all of them tests every character.
_MAX_GROUPS = 5
# A word of the aliases this long is searched with ``str.find`` (the first, else a later
# one all the aliases of a group share: the words before it are read back).
_LONG_HEAD = 5


class Searcher:
    """One compiled pattern, searched only as far as needed.

    ``ink`` is the most non-blank characters a match can hold (its blanks are ``\\s+``
    runs of any length): a match starting before ``limit`` ends before the first
    ``ink + 1`` non-blank characters from ``limit`` on, so a search cut there finds
    it.  A cut search may also match where the whole text does not (a look-ahead
    at the cut); each hit is checked on the whole text, unless the pattern is
    ``exact``: its look-ahead reads one character, which for a match starting before
    ``limit`` stands before the cut, so the cut search's hit is the whole text's
    match.  Searching only up to where the next definition comes into force keeps a
    text that defines many aliases and uses none of them linear.
    """

    __slots__ = (
        "at", "before", "clear", "cut", "exact", "head", "i", "ink", "next", "pattern",
        "reach", "starts",
    )  # fmt: skip

    def __init__(
        self,
        pattern: re.Pattern[str],
        ink: int,
        exact: bool = False,
        starts: list[int] | None = None,
        head: str = "",
        before: tuple[str, ...] = (),
    ) -> None:
        self.pattern, self.ink, self.exact = pattern, ink, exact
        # a superset of where the pattern matches, sorted (None: search the text)
        self.starts = starts
        self.i = 0  # where in ``starts`` the last search stopped
        # a word every match holds, written out (``""``: nothing known), and the words
        # before it (blanks between them; none: the match starts with it)
        self.head, self.before = head, before
        self.reach = sum(map(len, before)) + len(before)  # the least from a start to ``head``
        self.next: re.Match[str] | None = None  # the next match, where known
        self.at = -1  # where it starts (-1: none known; a method call costs more)
        self.clear = (0, 0)  # no match starts in this range
        self.cut = (-1, 0)  # the last limit and where its searches are cut

    def peek(self, text: str, pos: int, limit: int) -> re.Match[str] | None:
        """The next match from ``pos`` if it starts before ``limit``, else None."""
        if self.at >= pos:
            return self.next if self.at < limit else None
        lo, hi = self.clear
        if lo <= pos and limit <= hi:
            return None
        return self.search(text, pos, hi if lo <= pos < hi else pos, limit)

    def search(self, text: str, pos: int, at: int, limit: int) -> re.Match[str] | None:
        """:meth:`peek` where it searches: from ``at`` (``pos``, or the end of the range
        known to hold no match when ``pos`` is in it), no match from ``pos`` known.
        With ``starts``, tried only there: the leftmost of them from ``at`` on where the
        pattern matches is where the search finds its match."""
        starts = self.starts
        if starts is None or not self.exact:
            return self._search(text, pos, at, limit)
        # the first start from ``at`` on: the last search's cursor moved on (``at`` grows
        # from search to search, mostly past one start, a use's: a bisection and a range
        # per use cost more than the search)
        i, n = self.i, len(starts)
        if i and starts[i - 1] >= at:
            i = bisect_left(starts, at)
        elif i < n and starts[i] < at:
            i += 1
            if i < n and starts[i] < at:
                i = bisect_left(starts, at, i)
        match = self.pattern.match
        while i < n:
            start = starts[i]
            if start >= limit:
                break
            i += 1
            m = match(text, start)
            if m is not None:
                self.next, self.at, self.i = m, start, i
                return m
        self.next, self.at, self.clear, self.i = None, -1, (pos, limit), i
        return None

    def _search(self, text: str, pos: int, at: int, limit: int) -> re.Match[str] | None:
        """:meth:`search` without ``starts``."""
        if self.exact and self.head and not self.before:
            # tried only at places before ``limit``: a match there and the character its
            # look-ahead reads end before the cut, which need not be worked out
            return self._match_at_head(text, pos, at, limit, limit + len(self.head) - 1)
        if self.cut[0] == limit:  # several uses before one definition comes into force
            cut = self.cut[1]
        else:
            cut = _ink_end(text, limit, self.ink)
            self.cut = (limit, cut)
        if self.head:  # (a match starting before ``limit`` ends before ``cut``)
            return self._match_at_head(text, pos, at, limit, cut)
        while True:
            hit = self.pattern.search(text, at, cut)
            if hit is None or (at := hit.start()) >= limit:
                self.next, self.at, self.clear = None, -1, (pos, limit)
                return None
            m = hit if self.exact else self.pattern.match(text, at)
            if m is not None:
                self.next, self.at = m, at
                return m
            at += 1

    def _match_at_head(
        self, text: str, pos: int, at: int, limit: int, end: int
    ) -> re.Match[str] | None:
        """:meth:`peek`'s search, tried only where ``head`` is written before ``end``:
        ``str.find`` skips ahead by the length of a long word, where ``re`` reads every
        character.  Each place gives at most one start (the words ``before`` read back
        over the blanks); the starts grow with the places, as ``head`` is no part of a
        word before it (they are shorter: :func:`_head`), so the first start that
        matches is the leftmost match."""
        head, before, match = self.head, self.before, self.pattern.match
        found = text.find(head, at + self.reach, end)
        while found >= 0:
            start = _start_before(text, found, before) if before else found
            if start >= limit:
                break
            if start >= at and (m := match(text, start)) is not None:
                self.next, self.at = m, start
                return m
            found = text.find(head, found + 1, end)
        self.next, self.at, self.clear = None, -1, (pos, limit)
        return None


def _start_before(text: str, at: int, words: tuple[str, ...]) -> int:
    """Where ``words`` start when they stand before ``at``, blanks after each (``\\s+``
    in the pattern: the characters ``str.isspace`` tells); -1: they do not."""
    for word in reversed(words):
        end = at
        while end and text[end - 1].isspace():
            end -= 1
        if end == at:
            return -1
        at = end - len(word)
        if at < 0 or not text.startswith(word, at):
            return -1
    return at


def _head(aliases: list[str]) -> tuple[str, tuple[str, ...]]:
    """A word every one of ``aliases`` holds, long enough for ``str.find`` to beat the
    search of ``re`` (which reads every character up to the first letter of a match),
    and the words before it: their first word, else the first long one of the words
    they all start with (``EC Merger Regulation``: ``Merger``, after ``EC``; a type
    word, often cited, comes last in most names); ``("", ())`` when there is none."""
    split = [alias.split(" ") for alias in aliases]
    firsts = {words[0] for words in split}
    if len(firsts) == 1 and len(first := firsts.pop()) >= _LONG_HEAD:
        return first, ()
    shared: list[str] = []
    for column in zip(*split, strict=False):
        if len(set(column)) > 1 or column[0].split() != [column[0]]:
            break  # (a word of blanks or none: not read back)
        shared.append(column[0])
    for i, word in enumerate(shared):
        if len(word) >= _LONG_HEAD:  # (the words before it are shorter: none holds it)
            return word, tuple(shared[:i])
    return "", ()


@lru_cache(maxsize=64)
def _ink_run(count: int) -> re.Pattern[str]:
    return re.compile(rf"(?:\s*\S){{{count}}}")


def _ink_end(text: str, at: int, ink: int) -> int:
    """Where the first ``ink + 1`` non-blank characters from ``at`` end (or the text)."""
    m = _ink_run(ink + 1).match(text, at)
    return len(text) if m is None else m.end()


def ink_of(words: list[str]) -> int:
    """The most non-blank characters one of ``words`` holds."""
    return max((len("".join(w.split())) for w in words), default=0)


def plain_searchers(
    aliases: list[str],
    suffixes: tuple[str, ...],
    starts_of: Callable[[list[str]], list[int] | None],
) -> list[Searcher]:
    """Searchers for plain aliases (with the case endings the language adds to them):
    one alternation tried only where the aliases can start, when that is known;
    else one per first character when there are few (``re`` then skips to that
    character at memchr speed), else one alternation.  (One searcher where a group
    per first character tries the same places: each use then asks one searcher of
    the generation, not each group's.)"""
    groups: dict[str, list[str]] = {}
    for alias in aliases:
        groups.setdefault(alias[:1], []).append(alias)
    starts = starts_of(aliases)
    if starts is not None or len(groups) > _MAX_GROUPS:
        parts = [(aliases, starts)]
    else:
        parts = [(g, starts_of(g)) for g in groups.values()]
    suffix = rf"(?P<suffix>{alternation(list(suffixes))})?" if suffixes else ""
    return [
        Searcher(
            re.compile(rf"(?P<plain>{alternation(g)}){suffix}(?![\w-])"),
            ink_of(g) + ink_of(list(suffixes)),
            True,
            g_starts,
            *_head(g),
        )
        for g, g_starts in parts
    ]
