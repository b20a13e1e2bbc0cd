"""The engine code of a pattern with its optional groups compiled as branches.

``re`` compiles an optional group longer than one character (``(?:[ ]of)?``,
``(?P<author>...)?``) as a repeat of at most one: entering it allocates a repeat
context and the engine goes through its repeat bookkeeping, where the same group
written ``(?:[ ]of|)`` is a branch (two alternatives, the group first).  The grammar's
patterns hold hundreds of optional groups, tried at every candidate: compiled as
branches, the legal acts' pattern matches 28% faster and the treaty articles' 15%
(the starts the scanner tries on the benchmark text).

Both forms try the group first, then go on without it, and give up a group that
failed with its captures undone, so they find the same matches with the same groups
(``tests/test_pattern_code.py`` compares them on random texts, and the grammar's
patterns on the corpora).  Only groups that cannot match the empty string are
rewritten.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

_MODERN = sys.version_info >= (3, 11)
parser: Any = importlib.import_module("re._parser" if _MODERN else "sre_parse")
compiler: Any = importlib.import_module("re._compiler" if _MODERN else "sre_compile")
_c: Any = importlib.import_module("re._constants" if _MODERN else "sre_constants")

#: Names the rewriting (the pattern store keys compiled code by it): change it with
#: :func:`optional_as_branch`.
VERSION = "branches-1"

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ASSERTS = {_c.ASSERT, _c.ASSERT_NOT}


def optional_as_branch(pattern: Any) -> int:
    """Rewrite, in a parsed pattern (``re._parser.parse``), every greedy optional group
    that is not a single character and cannot match the empty string as a branch of
    the group and nothing; the number of groups rewritten."""
    rewritten = 0
    data = pattern.data
    for i, (op, av) in enumerate(data):
        if op in _REPEATS:
            low, high, item = av
            rewritten += optional_as_branch(item)
            if (
                op is _c.MAX_REPEAT
                and (low, high) == (0, 1)
                and not compiler._simple(item)
                and item.getwidth()[0] > 0
            ):
                data[i] = (_c.BRANCH, (None, [item, parser.SubPattern(pattern.state)]))
                rewritten += 1
        elif op is _c.SUBPATTERN:
            rewritten += optional_as_branch(av[-1])
        elif op is _c.BRANCH:
            rewritten += sum(optional_as_branch(alternative) for alternative in av[1])
        elif op in _ASSERTS:
            rewritten += optional_as_branch(av[1])
        elif op is _c.GROUPREF_EXISTS:
            rewritten += sum(optional_as_branch(item) for item in av[1:] if item is not None)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            rewritten += optional_as_branch(av)
    return rewritten


def code(source: str, flags: int) -> tuple[list[int], Any]:
    """The engine code of ``source`` with its optional groups as branches, and the
    parsed pattern (its ``state`` holds the flags and the groups)."""
    parsed = parser.parse(source, flags)
    optional_as_branch(parsed)
    return compiler._code(parsed, flags), parsed
