"""The cyclic garbage collector paused over work that makes many objects it cannot free.

Used by :func:`eurefs.extract` (a text's references all stay alive until it returns: the
collector would rescan them again and again, time superlinear in their number) and by
the commands' imports (:mod:`eurefs.cli.collector`).

When a block ends that made more objects than the collector's first threshold
(:func:`gc.get_threshold`, 700 by default), they are moved, unscanned, to the collector's
oldest generation (:func:`_promote`).  Else the first allocation after :func:`gc.enable`
starts a collection over every object the block made (all alive: the references it
returns), to free nothing: 20 ms of a 0.45 s extraction of 3 MB of the benchmark text,
40-60 ms with short forms (the collector's walk misses the caches), and 4.6M instructions
after one of 1 MB without short forms (~7,400 young objects).  A block that made fewer
leaves the collector as it was: no collection starts at its end.  Most such objects are
freed by their reference counts before any full collection (a program writes a
document's references and drops them), so no cycle search ever goes over them.

The move takes the program's own young objects along, and those do not count towards
the interpreter's trigger of a full collection: so that cyclic garbage among them cannot
pile up, one full collection runs after every :data:`FULL_AFTER` objects moved (as the
interpreter runs one when a quarter as many objects as the old generation holds have
entered it).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Objects moved between two full collections.
FULL_AFTER = 2_000_000

_moved = 0  # objects moved since the last full collection run here


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector paused (restored as it was after)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _promote()
            gc.enable()


def _promote() -> None:
    """Move the young objects to the oldest generation without a scan, when there are
    more than the collector's first threshold (the next allocation would start a
    collection over them) and nothing is frozen.

    :func:`gc.freeze` then :func:`gc.unfreeze` moves them in two list merges and sets the
    count that starts the next collection back to zero.  Not when anything is frozen:
    ``unfreeze`` would thaw what a program (or ``eurefs.cli.collector``) froze on purpose;
    the collection then runs as it would have.
    """
    global _moved
    young, threshold = gc.get_count()[0], gc.get_threshold()[0]
    if young <= threshold or not threshold or gc.get_freeze_count():
        return  # (no collection would start: too few, or the automatic one switched off)
    _moved += young
    if _moved > FULL_AFTER:
        _moved = 0
        gc.collect()
        return
    gc.freeze()
    gc.unfreeze()
