"""Work counted, not timed: the lines of a module that a call runs (timed tests flake on a
loaded machine; a count of Python steps is the same on any machine).  What a loop does a
step at a time in Python shows in the count: a reader that walks a chain again from each
of its links, or steps through a string a byte at a time."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType, ModuleType
from typing import Any


def lines_run(call: Callable[[], object], *modules: ModuleType) -> int:
    """How many lines of the sources of ``modules`` run while ``call()`` runs (Python's
    trace events, a line each)."""
    paths = {module.__file__ for module in modules}
    count = 0

    def line(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return line

    def enter(frame: FrameType, event: str, arg: Any) -> Any:
        return line if frame.f_code.co_filename in paths else None

    before = sys.gettrace()
    sys.settrace(enter)
    try:
        call()
    finally:
        sys.settrace(before)
    return count
