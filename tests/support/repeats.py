"""The unbounded repeats of a regular expression: what a test reads to tell that a
pattern is linear, in place of a timing (timed tests flake on a loaded machine)."""

from __future__ import annotations

import warnings
from typing import Any


def unbounded_repeats(pattern: str) -> int:
    """How many repeats of ``pattern`` have no upper bound (``*``, ``+``, ``{n,}``), read
    from the tree :mod:`re` parses it into."""
    with warnings.catch_warnings():  # (sre_parse is deprecated, not gone: re's own parser)
        warnings.simplefilter("ignore", DeprecationWarning)
        import sre_constants as c
        import sre_parse
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
    found = 0
    todo: list[Any] = [sre_parse.parse(pattern)]
    while todo:
        for op, av in todo.pop():
            if op in repeats:
                found += av[1] == c.MAXREPEAT
                todo.append(av[2])
            elif op == c.SUBPATTERN:
                todo.append(av[-1])
            elif op == c.BRANCH:
                todo.extend(av[1])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                todo.append(av[1])
            elif op == c.GROUPREF_EXISTS:
                todo.extend(x for x in av[1:] if x is not None)
    return found
