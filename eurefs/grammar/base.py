"""What a reference family is: a pattern, the anchors that find where to run it, a builder.

The scanner (``eurefs.scanner``) finds anchors with cheap searches, runs each
family's pattern only in small windows around them, and asks the family's
builder to turn every match into references.  Families are data: adding one is
adding a :class:`Family` to ``eurefs.grammar.FAMILIES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence

from eurefs.grammar.unhinted import STREAK, Picks
from eurefs.grammar.whole_text import WholeText
from eurefs.languages.evidence import pick
from eurefs.models.light import BaseReference, ReferenceKind
from eurefs.pattern_store import compile_pattern
from eurefs.records import record


@record
class Anchor:
    r"""A cheap search that marks where a family may match.

    Attributes:
        pattern: Compiled search (ideally a literal, so ``re`` uses its fast path).
        before: Characters before the anchor that a reference may start at.
        after: Characters after the anchor that a reference may end at.
        at_start: A match can only start exactly at this anchor, so the scanner
            tries ``pattern.match`` there instead of searching a window (when
            every anchor of the family says so).
        rare: A character every match of ``pattern`` contains (``Č`` of ``Čl``), or
            ``""``.  A text without it is not searched at all: one ``in`` test for a
            single character runs at memchr speed, many times faster than the search,
            so anchors of other scripts cost next to nothing in a text without them.
            Also a letter every text that may hold a match holds (the language's, for
            names read only in its texts: Estonian ``õ``), or a string every match
            contains (``erusoikeuskirjan``).
    """

    pattern: re.Pattern[str]
    before: int
    after: int
    at_start: bool = False
    rare: str = ""


# The slash of an act, case or procedure number (``2016/679``, ``C-131/12``,
# ``2021/0401``).  Written with the literal first and the digits as look-arounds:
# ``re`` then scans for ``/`` at memchr speed instead of trying every digit.
#: ``1/2``: act numbers.
SLASH = compile_pattern(r"/(?<=[0-9]/)(?=[0-9])")
#: ``2016/ 679``: act numbers with a blank after the slash, as text taken from the Official
#: Journal's PDF titles has it (``REGULATION (EU) 2016/ 679 OF THE EUROPEAN PARLIAMENT``) and a
#: Czech privacy notice copies it (``nařízení evropského parlamentu a rady (EU) 2016/ 679``;
#: public repositories, found with find_string); the act pattern reads it (``NUM_SP``).
SLASH_SPACED = compile_pattern(r"/(?<=[0-9]/)(?=[ ][0-9])")
#: ``1/23``: case numbers (two-digit year).
SLASH_YY = compile_pattern(r"/(?<=[0-9]/)(?=[0-9][0-9])")
#: ``2021/0401``: procedure numbers.
SLASH_YYYY_NNNN = compile_pattern(r"/(?<=[0-9]{4}/)(?=[0-9]{4})")


def nothing_before() -> bool:
    """Nothing comes before a whole text: the default ``Context.named_before``."""
    return False


#: How many times the characters read for a reference's language the text further back
#: it reads is long (:meth:`Context.language`).
WIDER = 8


class Context:
    """What a builder may look at around a match.

    Attributes:
        region: The cleaned text of the region the pattern ran in.
        lookbehind: Cleaned text of up to ~600 characters before the region, so a
            builder can read the sentence a reference stands in.
        named_before: Whether the text before the region (a chunk's) may have named in
            full a treaty that short names cite again (``grammar/named_again``); asked
            only where an article is named by a short name.
        named_from: Where such a treaty may first be named, in region offsets (0 when
            ``named_before()``); None until a builder needs it, then found once.
        last_case: The start of the last case number read in the region and whether it
            is joined (``grammar/case_lists``): the next number of its list is too.
        last_label: The start of the last case-like number read as a label in the region
            (``Table C-2/19``, ``grammar/case_lists.label_listed``): the next number of
            its list is one too.
        whole: The whole text's language and year (a chunk's: its text's), asked where the
            words near a reference leave its language tied (``languages.hints.pick``).
        searchers: The pinpoint searches of the region, by language, each remembering the
            pinpoints it read (``pinpoint_search.region_search``): a text cites the same
            ``Article 10 of`` before many acts.
        kept: What builders keep for the region, by their own keys, of their own types
            (``treaty_drops_told``: where the citations it tells stood, the blocks of the
            text free of some languages' words).
        last_pick: Where the last reference whose language was asked stood; streak: how
            many in a row stood within reading reach of the one before.
        picks: The region's blocks told free of candidate languages' words, asked where
            references stand close together (``grammar/unhinted``).
    """

    __slots__ = (
        "kept",
        "last_case",
        "last_label",
        "last_pick",
        "lookbehind",
        "named_before",
        "named_from",
        "picks",
        "region",
        "searchers",
        "streak",
        "whole",
    )

    def __init__(
        self,
        region: str,
        lookbehind: str,
        named_before: Callable[[], bool] = nothing_before,
        whole: WholeText | None = None,
    ) -> None:
        self.region = region
        self.lookbehind = lookbehind
        self.named_before = named_before
        self.whole = whole
        self.named_from: int | None = None
        self.last_case: tuple[int, bool] | None = None
        self.last_label: int | None = None
        self.searchers: dict[str, Callable[[str, int, int], tuple[int, int] | None]] = {}
        self.kept: dict[object, object] = {}
        self.picks = Picks()
        self.last_pick, self.streak = -(1 << 62), 0

    def before(self, pos: int, n: int) -> str:
        """The ``n`` cleaned characters before region offset ``pos`` (may reach the lookbehind)."""
        if pos >= n:
            return self.region[pos - n : pos]
        return self.lookbehind[max(0, len(self.lookbehind) - (n - pos)) :] + self.region[:pos]

    def language(
        self, cands: Collection[str], pos: int, n: int, prefer: Iterable[str] = (), after: str = ""
    ) -> str:
        """The language of a reference at ``pos`` among ``cands``, told by the hint words
        of the ``n`` characters before it (and of ``after``), else by those of the text
        further back (:func:`eurefs.languages.evidence.pick`; where such references stand
        close together and none of those words hints at any candidate, told unread:
        ``grammar/unhinted``)."""
        text_language = self.whole.language if self.whole is not None else None
        wide = WIDER * n
        # (references in a row, each within the reading's reach of the last: ``STREAK``)
        self.streak = self.streak + 1 if -wide <= pos - self.last_pick <= wide else 0
        self.last_pick = pos
        if len(cands) == 1:  # (``pick``'s answer, unread: a dense text of one language's form)
            return next(iter(cands))
        if self.streak >= STREAK and (pos >= wide or not self.lookbehind):
            told = self.picks.told(self.region, (pos, n, wide), cands, prefer, after, text_language)
            if told is not None:  # (the words read all in the region, none hinting)
                return told
        return pick(
            cands, self.before(pos, n), prefer, after, lambda: self.before(pos, wide), text_language
        )


Builder = Callable[[re.Match[str], Context], Sequence[BaseReference]]


@record
class Family:
    """One family of references.

    Attributes:
        kind: The reference kind the family produces.
        pattern: The family's grammar, compiled once at import.
        build: Turns a match into references (offsets relative to the region).
        anchors: Where to run ``pattern``; empty means scan the whole text.
        priority: Breaks ties between overlapping matches of equal length (higher wins).
        finder: ``finder(text, pos, endpos)`` finds the matches of ``pattern`` that
            start in ``text[pos:endpos]`` (what ``pattern.finditer`` gives, faster
            for patterns that are costly to try at every position); None uses
            ``finditer``.
        requires: Searches one of which must succeed somewhere in the text for the
            family to run at all (a cheap guard for hostile or unrelated texts); None:
            no guard.
    """

    kind: ReferenceKind
    pattern: re.Pattern[str]
    build: Builder
    anchors: tuple[Anchor, ...] = ()
    priority: int = 0
    finder: Callable[[str, int, int], Iterator[re.Match[str]]] | None = None
    requires: tuple[re.Pattern[str], ...] | None = None
