"""Every string a small pattern matches, where that is a short list; the characters
every match of a pattern starts with.

The records write some phrases as small patterns (an enacting formula's lead:
``et[ ]notamment[ ](?:son|ses|l['’])``, ``insbesondere[ ]auf(?:[ ]die)?``, a nature word
``(?<!par )\\brapport\\b``).  Cheap tests need what those patterns can end or start with
(a set lookup of the last word before a match, a look-ahead of first characters), read
from the patterns themselves: the phrases keep one home.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

try:  # the parser of ``re`` (private; its public alias before Python 3.11)
    import re._constants as _sre_constants  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef,unused-ignore]
    import sre_parse as _sre_parse  # type: ignore[no-redef,unused-ignore]

#: The characters outside ASCII that ``re.IGNORECASE`` matches with an ASCII letter
#: (dotless and dotted i, long s, the Kelvin sign): a test that compares words
#: lower-cased with ``str.lower`` is exact for ASCII text against words without them.
#: ``tests/grammar/test_finite_strings.py`` checks the list.
IGNORECASE_ASCII = frozenset("\u0131\u0130\u017f\u212a")
#: More strings than this: not a short list (None).
MAX_STRINGS = 512

_LITERAL = _sre_constants.LITERAL
_IN = _sre_constants.IN
_RANGE = _sre_constants.RANGE
_SUBPATTERN = _sre_constants.SUBPATTERN
_BRANCH = _sre_constants.BRANCH
_REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT)
# zero-width: look-arounds and positions (``\\b``, ``^``)
_ZERO_WIDTH = (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT, _sre_constants.AT)


class _Unbounded(Exception):
    """The pattern holds something whose strings are not listed here."""


def strings(source: str) -> frozenset[str] | None:
    """Every string ``source`` matches (without flags), or None when that is not a short
    list: a construct other than literals, character sets of literals and small ranges,
    groups without flags, alternations and bounded repeats, or more than ``MAX_STRINGS``.

    ``strings("insbesondere[ ]auf(?:[ ]die)?")`` -> ``{"insbesondere auf",
    "insbesondere auf die"}``.
    """
    try:
        return frozenset(_sequence(_sre_parse.parse(source).data))
    except (_Unbounded, re.error):
        return None


def _bounded(found: set[str]) -> set[str]:
    if len(found) > MAX_STRINGS:
        raise _Unbounded
    return found


# (the parser's nodes are untyped: ``(op, argument)`` pairs whose argument's shape the op says)
_Items = list[tuple[Any, Any]]


def _sequence(items: _Items) -> set[str]:
    found = {""}
    for op, av in items:
        found = _bounded({a + b for a in found for b in _item(op, av)})
    return found


def _item(op: Any, av: Any) -> set[str]:
    if op is _LITERAL or op is _IN:
        return _characters(op, av)
    if op is _SUBPATTERN:
        return _sequence(_group_items(av))
    if op is _BRANCH:
        _, branches = av
        return _bounded({s for b in branches for s in _sequence(b.data)})
    if op in _REPEATS:
        low, high, sub = av
        if high > 8:
            raise _Unbounded
        once = _sequence(sub.data)
        return _bounded(
            {"".join(p) for n in range(low, high + 1) for p in itertools.product(once, repeat=n)}
        )
    raise _Unbounded


def _characters(op: Any, av: Any) -> set[str]:
    """The characters a literal or a set (``op`` one of them) matches."""
    return {chr(av)} if op is _LITERAL else _charset(av)


def _group_items(av: Any) -> _Items:
    """The items of a group, which must not change the flags."""
    _group, add_flags, del_flags, sub = av
    if add_flags or del_flags:
        raise _Unbounded
    return sub.data  # type: ignore[no-any-return]


def _charset(items: _Items) -> set[str]:
    found: set[str] = set()
    for op, av in items:
        if op is _LITERAL:
            found.add(chr(av))
        elif op is _RANGE and av[1] - av[0] < 64:
            found.update(map(chr, range(av[0], av[1] + 1)))
        else:
            raise _Unbounded
    return _bounded(found)


def first_characters(source: str) -> frozenset[str] | None:
    """The characters every match of ``source`` (without flags) starts with, or None
    where that is not known here: a match may be empty, or start with a construct other
    than a literal, a set of literals and small ranges, a group or an alternation of
    those (after any look-arounds and ``\\b``).  With ``re.IGNORECASE`` a match starts
    with one of them in either case.

    ``first_characters(r"\\bcommunication|(?<!par )\\brapport\\b")`` -> ``{"c", "r"}``.
    """
    try:
        return frozenset(_first(_sre_parse.parse(source).data))
    except (_Unbounded, re.error):
        return None


def literal_heads(source: str) -> tuple[str, ...] | None:
    """The literal characters every match of ``source`` (without flags) starts with, as
    far as they go (after any look-arounds and ``\\b``), for each of its alternatives
    where they differ; None where a match may start with anything else.

    ``literal_heads(r"\\bproposal|\\bproposed|(?<!par )\\brapport\\b")`` -> ``("propos",
    "rapport")`` (``re`` reads the first two as ``propos`` and a branch)."""
    try:
        heads = _heads(_sre_parse.parse(source).data)
    except (_Unbounded, re.error):
        return None
    return tuple(dict.fromkeys(heads))


def _heads(items: _Items) -> list[str]:
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    head = ""
    while i < len(items) and items[i][0] is _LITERAL:
        head += chr(items[i][1])
        i += 1
    if head:
        return [head]
    if i < len(items) and items[i][0] is _BRANCH:
        return [h for b in items[i][1][1] for h in _heads(b.data)]
    if i < len(items) and items[i][0] is _SUBPATTERN:
        return _heads(_group_items(items[i][1]))
    raise _Unbounded


def _first(items: _Items) -> set[str]:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _LITERAL or op is _IN:
            return _characters(op, av)
        if op is _SUBPATTERN:
            return _first(_group_items(av))
        if op is _BRANCH:
            return {c for b in av[1] for c in _first(b.data)}
        if op in _REPEATS and av[0] >= 1:
            return _first(av[2].data)
        raise _Unbounded
    raise _Unbounded  # an empty match
