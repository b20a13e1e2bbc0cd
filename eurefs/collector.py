"""The cyclic garbage collector paused over work that makes many objects it cannot free.

Used by :func:`eurefs.extract` (a text's references all stay alive until it returns: the
collector would rescan them again and again, time superlinear in their number) and by
the commands' imports (:mod:`eurefs.cli.collector`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector paused (restored as it was after)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
