"""Two columns that a PDF writes row by row, read column after column.

Most PDFs write a two-column page column after column, and PDFium returns that
order.  Some (converters, table writers, amendment tables of position papers) write
it row by row: each line of the left column, then the line of the right column on
the same baseline.  PDFium then gives one line holding both, and a reference broken
at the end of a left-hand line (``Regulation (EU)⏎2016/679``) is glued to the other
column instead.

Works on plain data (rows with their horizontal extent), so it is tested without
PDFs.  A *gutter* is the left edge of the right-hand part of rows cut in two by a
wide gap; it is taken where at least :data:`MIN_ROWS` rows share it, and only when
both sides are columns of prose, not labels and values (each side at least
:data:`MIN_WIDTH` of the page on the median row).  Consecutive rows that are cut at
the gutter, or that lie on one side of it, are then read left column first.  Pages
that PDFium already gives column after column have no such rows and keep their order.
"""

from __future__ import annotations

import itertools
import statistics
from typing import NamedTuple

from eurefs.readers.layout import Line

#: Rows cut at one gutter needed before a page is read as two columns.
MIN_ROWS = 3
#: Width of each column (a share of the page width) on the median cut row.
MIN_WIDTH = 0.25


class Part(NamedTuple):
    """Text of a row on one side of a gap, from ``x0`` to ``x1``."""

    x0: float
    x1: float
    line: Line


class Row(NamedTuple):
    """A line of the page at baseline ``y``: its text whole, and its parts (two where a
    wide gap cuts it, whose texts are read only when they are columns).

    ``band`` rows (running heads) are never read as a column.
    """

    y: float
    line: Line
    parts: list[Part]
    band: bool = False


def _gutter(rows: list[Row], width: float, tolerance: float) -> float | None:
    cut = [row for row in rows if len(row.parts) == 2 and not row.band]
    best: list[Row] = []
    for row in cut:
        near = [r for r in cut if abs(r.parts[1].x0 - row.parts[1].x0) <= tolerance]
        if len(near) > len(best):
            best = near
    if len(best) < MIN_ROWS:
        return None
    left = statistics.median(r.parts[0].x1 - r.parts[0].x0 for r in best)
    right = statistics.median(r.parts[1].x1 - r.parts[1].x0 for r in best)
    if min(left, right) < MIN_WIDTH * width:
        return None  # labels and their values ("Subject:  ..."), not two columns
    return statistics.median(r.parts[1].x0 for r in best)


def _side(row: Row, gutter: float, tolerance: float) -> str:
    """``left`` or ``right`` for a row wholly on one side of the gutter, else ``""``."""
    if row.band or len(row.parts) != 1:
        return ""
    part = row.parts[0]
    return "right" if part.x0 >= gutter - tolerance else "left" if part.x1 < gutter else ""


def column_order(rows: list[Row], width: float, tolerance: float = 4.0) -> list[tuple[float, Line]]:
    """The rows as ``(y, line)``, runs of two-column rows read left column first.

    A run starts at a row cut at the gutter; it takes the rows on one side of the
    gutter up to the last row cut there, and after it those that follow at the
    spacing of lines (the end of the longer column), not a paragraph's gap.
    """
    gutter = _gutter(rows, width, tolerance)
    if gutter is None:
        return [(row.y, row.line) for row in rows]
    cut = [
        len(row.parts) == 2 and not row.band and abs(row.parts[1].x0 - gutter) <= tolerance
        for row in rows
    ]
    last_cut = max(i for i, c in enumerate(cut) if c)
    steps = [above.y - below.y for above, below in itertools.pairwise(rows)]
    spacing = statistics.median([g for g in steps if g > 0] or [0.0])
    out: list[tuple[float, Line]] = []
    left: list[tuple[float, Line]] = []
    right: list[tuple[float, Line]] = []
    for i, row in enumerate(rows):
        if cut[i]:
            left.append((row.y, row.parts[0].line))
            right.append((row.y, row.parts[1].line))
            continue
        side = _side(row, gutter, tolerance) if left else ""
        if side and i > last_cut and rows[i - 1].y - row.y > 1.4 * spacing:
            side = ""  # a paragraph after the columns
        if side:
            (right if side == "right" else left).append((row.y, row.parts[0].line))
            continue
        out.extend(left + right)
        left, right = [], []
        out.append((row.y, row.line))
    out.extend(left + right)
    return out
