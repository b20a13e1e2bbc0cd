"""The lines of a PDF page's text as printed, and the gaps between them that end paragraphs.

PDFium starts a new line wherever the baseline changes, so after a footnote call set
as a superscript the rest of the printed line comes as a line of its own: the
European Parliament's texts adopted read ``of 29 December 2021¹`` then ``,`` (page 1
of P9_TA(2024)0138), the Council's ST 5419/16 ``of the Council ¹*`` then ``. Member
States may entrust ...``.  Such a line, on the baseline of the line it follows and
starting where the raised glyph ends, is that line's rest.
"""

from __future__ import annotations

import itertools
import re
import statistics
from typing import Protocol

from eurefs.readers.layout import Line, PageLines

_LINE = re.compile(r"[^\r\n]+")
#: A line that ends after the slash of a number (``2003/361/``) runs on into the next.
_OPEN_NUMBER = re.compile(r"[0-9]/[ \t]*$")
#: How far above its line's baseline a glyph is raised, and how near the rest of the line
#: starts to it, as shares of the rest's font size (calls are raised by a third or more).
RAISED = 0.15
SAME_BASELINE = 0.15
NEAR = 1.5
#: A gap under this share of the font size is no space (the comma right after a call).
SPACE = 0.2


class Glyphs(Protocol):
    """What is known of a page's characters (``eurefs.readers.pdf``)."""

    def y(self, index: int) -> float: ...  # the baseline
    def size(self, index: int) -> float: ...
    def left(self, index: int) -> float: ...
    def right(self, index: int) -> float: ...
    def band(self, index: int, y: float | None = None) -> str: ...


#: A printed line: the spans of the page text it was given in, each with the text to
#: put before it ("" for the first; "" or " " for a rest).
Pieces = list[tuple[int, int, str]]


def printed_lines(text: str, glyphs: Glyphs) -> list[Pieces]:
    """The lines of ``text`` (a page's characters, PDFium's line breaks in it), each the
    line PDFium gave and any rest it gave after a raised glyph (in the body, not the
    margins, where running heads are told apart by their lines)."""
    lines: list[Pieces] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        joint = _rest_of(text, lines[-1], start, glyphs) if lines else None
        if joint is None:
            lines.append([(start, end, "")])
        else:
            lines[-1].append((start, end, joint))
    return lines


def _rest_of(text: str, line: Pieces, start: int, glyphs: Glyphs) -> str | None:
    """What joins the line starting at ``start`` to ``line`` (``""`` or ``" "``) when it
    is the rest of that line after a raised glyph; else None."""
    first, end = line[0][0], line[-1][1]
    last = end - 1
    while last > first and text[last].isspace():
        last -= 1
    if text[start].isspace() or (not text[last].isalnum() and text[last] not in "*†‡"):
        return None
    size, base, y = glyphs.size(start), glyphs.y(first), glyphs.y(start)
    if size <= 0 or abs(y - base) > SAME_BASELINE * size:
        return None  # (a line below: most lines end here)
    if glyphs.band(first, base) or glyphs.band(start, y):
        return None
    if glyphs.y(last) <= base + RAISED * size:
        return None
    gap = glyphs.left(start) - glyphs.right(last)
    if not -SPACE * size <= gap <= NEAR * size:
        return None
    return " " if gap > SPACE * size else ""


def with_paragraph_gaps(rows: list[tuple[float, Line]]) -> PageLines:
    """The lines, with an empty line where the gap above a line is a paragraph's.

    A gap counts as a paragraph break when it is over 1.4 times the page's usual
    line spacing (the median gap between consecutive lines going down the page),
    unless the line above ends inside an act number, after its slash
    (``Recommendation 2003/361/`` above ``EC (1).``): no paragraph ends there.
    """
    gaps = [above - below for (above, _), (below, _) in itertools.pairwise(rows)]
    spacing = statistics.median([g for g in gaps if g > 0] or [0.0])
    lines: PageLines = [rows[0][1]] if rows else []
    for gap, (_, line) in zip(gaps, rows[1:], strict=True):
        above = lines[-1][-1].text if lines[-1] else ""
        if spacing and gap > 1.4 * spacing and not _OPEN_NUMBER.search(above):
            lines.append([])
        lines.append(line)
    return lines
