"""The one progress bar of the command line: a PDF's pages as they are read, a large text's
megabytes as they are scanned, the works of a batch as they are resolved.

One line on stderr, shown only when stderr is a terminal and stdout is not that same
terminal (records written there would break the line, and the bar theirs); rewritten in
place, never wider than the terminal, and cleared when the work is done or when a
message is said (:func:`eurefs.cli.errors.say` clears it first).
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

#: The cells of the bar itself, between its brackets.
_BAR_CELLS = 30
#: The cells of the line shown now (0: none), for the one who clears it.
_shown = 0


def shows_on(err: TextIO, out: TextIO) -> bool:
    """Whether a bar may be drawn on ``err``: a terminal, and not the terminal ``out``
    writes to."""
    try:
        if not err.isatty():
            return False
        if not out.isatty():
            return True
        return not os.path.samestat(os.fstat(err.fileno()), os.fstat(out.fileno()))
    except (AttributeError, ValueError, OSError):  # closed, or no descriptor (an embedding)
        return False


class ProgressBar:
    """``label: [#####.....] done/total unit``, called as ``bar(done, total)``.

    Args:
        label: What is being done (a file's name).
        at_least: A total below this gets no bar: the work takes well under a second.
        scale: ``done`` and ``total`` are shown divided by this (``1e6`` for megabytes,
            with one decimal).
        unit: Written after the counts (`` MB``).
    """

    def __init__(self, label: str, *, at_least: int = 0, scale: int = 1, unit: str = "") -> None:
        self.label = label
        self.at_least = at_least
        self.scale = scale
        self.unit = unit
        self.enabled = shows_on(sys.stderr, sys.stdout)

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.at_least:
            return
        if done >= total:
            clear()
            return
        filled = _BAR_CELLS * done // total if total else _BAR_CELLS
        bar = f"[{'#' * filled}{'.' * (_BAR_CELLS - filled)}] {self._counts(done, total)}"
        _draw(self.label, bar)

    def _counts(self, done: int, total: int) -> str:
        if self.scale == 1:
            return f"{done}/{total}{self.unit}"
        return f"{done / self.scale:.1f}/{total / self.scale:.1f}{self.unit}"


def resolving_bar() -> ProgressBar:
    """The bar of a batch of works being resolved (shown from 20 works)."""
    return ProgressBar("resolving works", at_least=20)


def _draw(label: str, bar: str) -> None:
    """Write ``label: bar`` over the line shown, its label's control characters escaped
    and the label cut from the left, by the cells it takes, to fit the terminal."""
    global _shown
    from eurefs.cli.display_width import display_width, escape_controls, fit_end

    room = _columns() - 1 - len(bar) - 2  # (the last column would wrap the line)
    label = fit_end(escape_controls(label), room)  # (a name's ESC would drive the terminal)
    line = f"{label}: {bar}" if label else bar
    width = display_width(line)
    sys.stderr.write("\r" + line + " " * max(_shown - width, 0))
    sys.stderr.flush()
    _shown = width


def clear() -> None:
    """Take the bar shown (if one is) off its line."""
    global _shown
    if _shown:
        sys.stderr.write("\r" + " " * _shown + "\r")
        sys.stderr.flush()
        _shown = 0


def _columns() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80
