"""The shared search of anchors with one head (``anchor_scan``), its members dispatched
on the character after the head.

Each member of a shared search, ``(?:rest()|)``, costs ~250 instructions at every
occurrence of the head, whether or not its look-arounds can hold: ``re`` enters the
branch, then the look-around, before its first test fails.  Most members need one of
a few characters right after the head (``/(?<=[0-9]/)(?=[0-9])`` a digit,
``/(?=eli/)`` an ``e``): ``re`` passes over a branch's alternative led by a literal or
a set at one test where the character fails it, so the members needing the same
characters are written behind them, ``[0-9](?<=(?:rest1()|)(?:rest2()|)(?s:.))``: the
set consumes the character, and the look-behind steps back over it to try the members
where they were.  Members whose set is not known, and the head's own character where
the head is one character (consumed, it could hide the next head), keep their place
before the sets.

The positions stay those of separate searches: a member is passed over only where the
character after the head cannot start its look-ahead, and the sets are disjoint (the
members of sets that share a character are put behind their union), so at most one
alternative is entered and no member is tried twice.  A head of two characters or more
that cannot overlap itself cannot end on the character consumed.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of ``re`` (private; its public alias before Python 3.11)
    import re._parser as _sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef,unused-ignore]

_P: Any = _sre_parse
#: The characters of ``\s`` in a str pattern (``str.isspace``: none above U+3000).
SPACE = frozenset(c for c in range(0x3001) if chr(c).isspace())
_REPEATS = tuple(
    getattr(_P, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_P, name)
)
_ZERO_WIDTH = (_P.ASSERT, _P.ASSERT_NOT, _P.AT)


def member(rest: str) -> str:
    """A member of the shared search: ``rest``, then an empty group where it holds."""
    # a branch of itself and nothing (``(?:rest()|)``): as ``(?:rest())?`` would, but
    # ``re`` compiles that as a repeat, costlier at every head
    return "(?:" + rest + "()|)"


def chain(rests: list[str], head: str) -> tuple[str, list[int]]:
    """The search after ``head``'s lead for the members ``rests``, and the member each
    empty group stands for, in the order of the groups."""
    loose: list[int] = []
    sets: list[tuple[frozenset[int], list[int]]] = []
    for i, rest in enumerate(rests):
        chars = first_chars(rest)
        if chars is None or (len(head) == 1 and ord(head) in chars):
            loose.append(i)
            continue
        shared = [s for s in sets if s[0] & chars]
        for s in shared:
            sets.remove(s)
            chars |= s[0]
        sets.append((chars, sorted([i, *(j for s in shared for j in s[1])])))
    if loose and sum(len(members) for _, members in sets) < 2:
        # passing over one member costs about what the branch of sets costs
        loose, sets = list(range(len(rests))), []
    order = loose + [i for _, members in sets for i in members]
    source = "".join(member(rests[i]) for i in loose)
    if sets:
        alternatives = [
            class_source(chars) + "(?<=" + "".join(member(rests[i]) for i in members) + "(?s:.))"
            for chars, members in sets
        ]
        # no member left to hold where no set does: fail at once (an empty alternative,
        # entered, costs about what a member does)
        source += "(?:" + "|".join(alternatives + ([""] if loose else [])) + ")"
    held = "(?!)"
    for i in range(len(rests), 0, -1):  # (?(1)|(?(2)|...(?!))): at least one rest holds
        held = f"(?({i})|{held})"
    return source + held, order


def first_chars(rest: str) -> frozenset[int] | None:
    """The characters one of which must come first for the look-arounds ``rest`` to
    hold (the smallest set of its look-aheads'), or None where that is not known."""
    best: frozenset[int] | None = None
    for op, av in _P.parse(rest):
        if op is _P.ASSERT and av[0] == 1:  # a look-ahead (a look-behind's is -1)
            found = _first(av[1])
            if found is not None and not found[1] and (best is None or len(found[0]) < len(best)):
                best = frozenset(found[0])
    return best


def _first(items: Any) -> tuple[set[int], bool] | None:
    """(the characters a match of the parsed ``items`` may start with, whether it may
    be empty); None where not known (a negated set, ``\\w``, a wildcard, flags ...)."""
    chars: set[int] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:  # the characters after it start the match (a superset)
            continue
        found = _first_of(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of(op: Any, av: Any) -> tuple[set[int], bool] | None:
    """:func:`_first` of one parsed item."""
    if op is _P.LITERAL:
        return {av}, False
    if op is _P.IN:
        members = _set_of(av)
        return None if members is None else (members, False)
    if op in _REPEATS:
        found = _first(av[2])
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if op is _P.SUBPATTERN:
        return None if av[1] or av[2] else _first(av[3])  # no scoped flags
    if op is _P.BRANCH:
        chars: set[int] = set()
        empty = False
        for alternative in av[1]:
            if (found := _first(alternative)) is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    return None


def _set_of(items: Any) -> set[int] | None:
    """The characters of a parsed set (``[...]``), or None where not known."""
    chars: set[int] = set()
    for op, av in items:
        if op is _P.LITERAL:
            chars.add(av)
        elif op is _P.RANGE:
            chars.update(range(av[0], av[1] + 1))
        elif op is _P.CATEGORY and av is _P.CATEGORY_SPACE:
            chars |= SPACE
        else:  # a negation, ``\w``, ``\d`` ...
            return None
    return chars


def class_source(chars: frozenset[int]) -> str:
    """A set matching exactly ``chars``, runs written as ranges: ``[0-9C]``."""
    parts: list[str] = []
    ordered = sorted(chars)
    start = 0
    for i, c in enumerate(ordered):
        if i + 1 == len(ordered) or ordered[i + 1] != c + 1:
            low, high = re.escape(chr(ordered[start])), re.escape(chr(c))
            parts.append(low if start == i else f"{low}-{high}")
            start = i + 1
    return "[" + "".join(parts) + "]"
