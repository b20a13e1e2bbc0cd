"""Type3 fonts: glyphs that are content streams, which PDFium parses for each code shown.

A Type3 font draws each glyph with a content stream of its own, its glyph procedure
(``/CharProcs``).  To lay out the text of a page, PDFium parses the procedure of each
character code shown, once a code while the page is open, and keeps what it parsed: a
3 KB PDF whose font maps 16 codes to one procedure of 900 KB of path operators took 12 s
and 300 MB to read (one code: 2.4 s), 256 codes would take minutes and gigabytes.  No
stream inflates past the limits and no form is drawn, so neither
:mod:`eurefs.readers.pdfbomb` nor the count of forms saw it.

So a font costs, for each code that may name a procedure (the names of its
``/Differences`` and its procedures, 256 at most), what a drawing of a form costs
(:data:`~eurefs.readers.pdfforms.DRAW_COST`) and its dearest procedure; a stream that
selects the font (``/F1 12 Tf``) pays that once.
"""

from __future__ import annotations

import re

from eurefs.readers.pdfobjects import INDIRECT_REF, Objects

#: Character codes of a simple font.
CODES = 256
_TYPE3 = re.compile(rb"/Subtype\s*/Type3\b")
_CHARPROCS = re.compile(rb"/CharProcs\s*(?:<<([^<>]*)>>|(\d+)\s+\d+\s+R)")
_ENCODING = re.compile(rb"/Encoding\s*(\d+)\s+\d+\s+R")
#: An encoding's differences: an array, or an object of its own that is one.
_DIFFERENCES = re.compile(rb"/Differences\s*(?:\[([^\]]*)\]|(\d+)\s+\d+\s+R\b)")
_NAME = re.compile(rb"/[^\s/\[\]<>(){}%]+")
_FONT_DICT = re.compile(rb"/Font\s*<<")


def _differences(text: bytes, objects: Objects) -> list[bytes]:
    """The ``/Differences`` arrays that ``text`` writes or refers to (a reference to an
    array hid the codes it names: 256 codes of a 300 KB procedure, priced as one)."""
    return [
        found[1] if found[1] is not None else objects.text(int(found[2]))
        for found in _DIFFERENCES.finditer(text)
    ]


class Type3Fonts:
    """The Type3 fonts of a PDF: for each, how many codes it may draw and its procedures."""

    def __init__(self) -> None:
        self.fonts: dict[int, tuple[int, list[int]]] = {}
        self.inline: list[tuple[int, list[int]]] = []  # (written inside a /Font dictionary)
        self.procs: set[int] = set()

    def read(self, objects: Objects) -> None:
        """Find the Type3 fonts among ``objects``."""
        for number, text in objects.holding(b"/Type3"):
            if not _TYPE3.search(text):
                continue
            procs = []
            for found in _CHARPROCS.finditer(text):
                entries = found[1] if found[1] is not None else objects.text(int(found[2]))
                procs += [int(ref) for ref in INDIRECT_REF.findall(entries)]
            differences = _differences(text, objects)
            for ref in _ENCODING.findall(text):
                differences += _differences(objects.text(int(ref)), objects)
            named = sum(len(_NAME.findall(d)) for d in differences)
            unknown = _ENCODING.search(text) and not differences  # (an encoding not found)
            entry = (CODES if unknown else min(CODES, named + len(procs)), procs)
            if _FONT_DICT.search(text):
                self.inline.append(entry)
            else:
                self.fonts[number] = entry
            self.procs.update(procs)

    def entries(self, number: int | None) -> list[tuple[int, list[int]]]:
        """The codes and procedures of font ``number`` (none: no Type3 font); for None (a
        name bound to no object), those of the fonts written inside a ``/Font`` dictionary."""
        if number is None:
            return self.inline
        entry = self.fonts.get(number)
        return [entry] if entry else []
