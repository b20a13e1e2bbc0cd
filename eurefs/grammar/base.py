"""What a reference family is: a pattern, the anchors that find where to run it, a builder.

The scanner (``eurefs.scanner``) finds anchors with cheap searches, runs each
family's pattern only in small windows around them, and asks the family's
builder to turn every match into references.  Families are data: adding one is
adding a :class:`Family` to ``eurefs.grammar.FAMILIES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eurefs.models.references import BaseReference, ReferenceKind


@dataclass(frozen=True)
class Anchor:
    """A cheap search that marks where a family may match.

    Attributes:
        pattern: Compiled search (ideally a literal, so ``re`` uses its fast path).
        before: Characters before the anchor that a reference may start at.
        after: Characters after the anchor that a reference may end at.
    """

    pattern: re.Pattern[str]
    before: int
    after: int


class Context:
    """What a builder may look at around a match.

    Attributes:
        region: The cleaned text of the region the pattern ran in.
        lookbehind: Cleaned text of up to ~600 characters before the region, so a
            builder can read the sentence a reference stands in.
    """

    __slots__ = ("lookbehind", "region")

    def __init__(self, region: str, lookbehind: str) -> None:
        self.region = region
        self.lookbehind = lookbehind

    def before(self, pos: int, n: int) -> str:
        """The ``n`` cleaned characters before region offset ``pos`` (may reach the lookbehind)."""
        if pos >= n:
            return self.region[pos - n : pos]
        return self.lookbehind[max(0, len(self.lookbehind) - (n - pos)) :] + self.region[:pos]


Builder = Callable[[re.Match[str], Context], Sequence[BaseReference]]


@dataclass(frozen=True)
class Family:
    """One family of references.

    Attributes:
        kind: The reference kind the family produces.
        pattern: The family's grammar, compiled once at import.
        build: Turns a match into references (offsets relative to the region).
        anchors: Where to run ``pattern``; empty means scan the whole text.
        priority: Breaks ties between overlapping matches of equal length (higher wins).
    """

    kind: ReferenceKind
    pattern: re.Pattern[str]
    build: Builder
    anchors: tuple[Anchor, ...] = ()
    priority: int = 0
