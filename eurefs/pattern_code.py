"""The engine code of a pattern with its optional groups compiled as branches, and the
alternatives of its case-insensitive branches led by their first letters' forms.

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

Matched ignoring case, an alternative led by a letter is entered at every character
(``re`` passes over an alternative at once only where it starts with a literal or a set
the character fails): led by the set of the letter's forms matched with case (``[kK\u212a]``
for ``k``: :func:`case_led_branches`), it is passed over as in a case-sensitive pattern.
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
VERSION = "branches-2"

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


#: What the engine matches for an ASCII letter ignoring case beyond the letter in either
#: case: the characters whose lower case is the letter (``İ``, the Kelvin sign) and those
#: the engine holds equal to it (``ı``, long ``s``: ``re._casefix``).
#: ``tests/test_pattern_code.py`` checks this against every code point.
_OTHER_FORMS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def letter_forms(letter: str) -> str:
    """Every character an ASCII ``letter`` matches ignoring case (``k`` -> ``Kk\u212a``)."""
    lower = letter.lower()
    return "".join(sorted({lower, lower.upper(), *_OTHER_FORMS.get(lower, "")}))


def case_led_branches(pattern: Any, flags: int) -> int:
    """Lead, in a parsed pattern matched ignoring case, each alternative of a branch that
    starts with an ASCII letter by the set of the letter's forms matched with case
    (:func:`letter_forms`); the number of alternatives rewritten.

    The engine passes over an alternative whose first item is a literal or a set the
    character fails, but enters every one led by a letter it matches ignoring case:
    in a word list of a case-insensitive pattern (``(?i:regulation|directive|...)``)
    each is tried in turn.  The set matches exactly the characters the letter does."""
    rewritten = 0
    for op, av in pattern.data:
        if op is _c.SUBPATTERN:
            _, add, remove, item = av
            rewritten += case_led_branches(item, (flags | add) & ~remove)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                rewritten += case_led_branches(alternative, flags) + _lead(alternative, flags)
        elif op in _REPEATS:
            rewritten += case_led_branches(av[2], flags)
        elif op in _ASSERTS:
            rewritten += case_led_branches(av[1], flags)
        elif op is _c.GROUPREF_EXISTS:
            rewritten += sum(case_led_branches(it, flags) for it in av[1:] if it is not None)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            rewritten += case_led_branches(av, flags)
    return rewritten


def _lead(alternative: Any, flags: int) -> int:
    """Rewrite the first item of one alternative (see :func:`case_led_branches`)."""
    if not flags & _c.SRE_FLAG_IGNORECASE or flags & (_c.SRE_FLAG_LOCALE | _c.SRE_FLAG_ASCII):
        return 0
    if not alternative.data or alternative.data[0][0] is not _c.LITERAL:
        return 0
    letter = chr(alternative.data[0][1])
    if not (letter.isascii() and letter.isalpha()):
        return 0
    forms_set = [(_c.LITERAL, ord(c)) for c in letter_forms(letter)]
    forms = parser.SubPattern(alternative.state, [(_c.IN, forms_set)])
    alternative.data[0] = (_c.SUBPATTERN, (None, 0, _c.SRE_FLAG_IGNORECASE, forms))
    return 1


def code(source: str, flags: int) -> tuple[list[int], Any]:
    """The engine code of ``source`` with its optional groups as branches and the
    alternatives of its case-insensitive branches led by their letters' forms, and the
    parsed pattern (its ``state`` holds the flags and the groups)."""
    parsed = parser.parse(source, flags)
    optional_as_branch(parsed)
    case_led_branches(parsed, parsed.state.flags | flags)
    return compiler._code(parsed, flags), parsed
