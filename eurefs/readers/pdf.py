"""PDF to text with PDFium (``pypdfium2``, the ``pdf`` extra), one page at a time.

For every character PDFium gives its Unicode value, size (font size times the
text matrix) and baseline.  From them this module builds lines in which

* superscript digits (footnote calls) are written as superscript characters, apart
  from the word or number they touch: ``93/13/EEC1`` becomes ``93/13/EEC ¹``;
* characters in the top and bottom bands of the page are kept as separate
  *margin segments*, so that ``eurefs.readers.layout`` can drop running headers
  and footers that repeat across pages, even where PDFium glued them to a line.

Each page is closed as soon as it is read; only its lines (strings) are kept, so
memory stays flat however long the document is.  Why PDFium: see docs/reading.md
(measured against pdfminer.six and poppler's ``pdftotext``).
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
from typing import Any

from eurefs.errors import CorruptDocument, EncryptedDocument, NoTextLayer, ReadError
from eurefs.readers.builder import superscript
from eurefs.readers.layout import PageLines, Segment, assemble_pages
from eurefs.text import DocumentText

#: Share of the page height, at the top and at the bottom, where running heads live.
MARGIN_BAND = 0.085


def _import_pdfium() -> tuple[Any, Any]:
    try:
        import pypdfium2
        import pypdfium2.raw
    except ImportError:
        raise ReadError(
            "reading PDF needs PDFium: pip install 'eurefs[pdf]' (installs pypdfium2)"
        ) from None
    return pypdfium2, pypdfium2.raw


_LINE = re.compile(r"[^\r\n]+")
_CALL_RUN = re.compile(r"[0-9*]+")


class _Glyphs:
    """Size and baseline of characters of one text page, fetched only where needed."""

    def __init__(self, raw: Any, textpage: Any, height: float) -> None:
        self.raw, self.page = raw, textpage
        self.top, self.bottom = height * (1 - MARGIN_BAND), height * MARGIN_BAND
        self._matrix = raw.FS_MATRIX()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()

    def y(self, index: int) -> float:
        self.raw.FPDFText_GetCharOrigin(self.page, index, self._x, self._y)
        return float(self._y.value)

    def size(self, index: int) -> float:
        self.raw.FPDFText_GetMatrix(self.page, index, self._matrix)
        scale = abs(complex(self._matrix.c, self._matrix.d))
        return float(self.raw.FPDFText_GetFontSize(self.page, index)) * scale

    def band(self, index: int, y: float | None = None) -> str:
        y = self.y(index) if y is None else y
        return "top" if y > self.top else "bottom" if y < self.bottom else ""


def _neighbours(text: str, run: re.Match[str]) -> list[int]:
    """The nearest non-blank characters before and after a run of digits."""
    found = []
    before = len(text[: run.start()].rstrip()) - 1
    if before >= 0:
        found.append(before)
    rest = text[run.end() :]
    after = run.end() + len(rest) - len(rest.lstrip())
    if after < len(text):
        found.append(after)
    return found


def _segment_text(text: str, start: int, glyphs: _Glyphs) -> str:
    """``text`` (page characters from index ``start``) with superscript calls written apart.

    A digit is a call when it is smaller than a neighbouring character (the one
    before or after its run of digits) and raised above that one's baseline:
    the neighbour, not the line, because PDFium may put two printed lines (two
    footnotes) into one.
    """
    parts: list[str] = []
    done = 0
    for run in _CALL_RUN.finditer(text):
        sizes = [glyphs.size(start + i) for i in range(run.start(), run.end())]
        near = [(glyphs.size(start + n), start + n) for n in _neighbours(text, run)]
        near = [(size, index) for size, index in near if size > 0]
        if not near or min(sizes) >= 0.82 * max(size for size, _ in near):
            continue  # as large as what is around it: not a call (most numbers end here)
        marks = [(size, glyphs.y(index)) for size, index in near]
        calls = [
            any(size < 0.82 * s and glyphs.y(start + i) > b + 0.15 * s for s, b in marks)
            for i, size in zip(range(run.start(), run.end()), sizes, strict=True)
        ]
        if not any(calls):
            continue
        first = run.start() + calls.index(True)  # a call may follow normal digits: 124021
        if not all(calls[first - run.start() :]):
            continue
        parts.append(text[done:first])
        if first and text[first - 1].isalnum():
            parts.append(" ")
        parts.append(superscript(text[first : run.end()]))
        done = run.end()
    parts.append(text[done:])
    return "".join(parts)


def _page_lines(textpage: Any, glyphs: _Glyphs) -> PageLines:
    """The lines of a page as segments: body text, and margin text apart."""
    count = glyphs.raw.FPDFText_CountChars(glyphs.page)
    text = textpage.get_text_range(0, count) if count > 0 else ""
    if len(text) != count:  # characters outside the BMP: map one by one
        text = "".join(
            chr(c) if 0 < (c := glyphs.raw.FPDFText_GetUnicode(glyphs.page, i)) < 0x110000
            else "\ufffd" for i in range(count)
        )  # fmt: skip
    text = text.replace("\ufffe", "\x02")  # PDFium's line-end hyphen, as the C API gives it
    rows: list[tuple[float, list[Segment]]] = []
    for match in _LINE.finditer(text):
        a, b = match.span()
        y = glyphs.y(a)
        first, last = glyphs.band(a, y), glyphs.band(b - 1)
        if first == last:
            bands = [(a, b, first)]
        else:  # a running head glued to a line of text: split where the band changes
            bands, run_start, run_band = [], a, first
            for i in range(a + 1, b):
                band = glyphs.band(i) if not text[i].isspace() else run_band
                if band != run_band:
                    bands.append((run_start, i, run_band))
                    run_start, run_band = i, band
            bands.append((run_start, b, run_band))
        line = [Segment(_segment_text(text[s:e], s, glyphs), band) for s, e, band in bands]
        rows.append((y, [seg for seg in line if seg.text]))
    return _with_paragraph_gaps(rows)


def _with_paragraph_gaps(rows: list[tuple[float, list[Segment]]]) -> PageLines:
    """The lines, with an empty line where the gap above a line is a paragraph's.

    A gap counts as a paragraph break when it is over 1.4 times the page's usual
    line spacing (the median gap between consecutive lines going down the page).
    """
    gaps = [above - below for (above, _), (below, _) in itertools.pairwise(rows)]
    spacing = statistics.median([g for g in gaps if g > 0] or [0.0])
    lines: PageLines = [rows[0][1]] if rows else []
    for gap, (_, line) in zip(gaps, rows[1:], strict=True):
        if spacing and gap > 1.4 * spacing:
            lines.append([])
        lines.append(line)
    return lines


def _open(pdfium: Any, raw: Any, data: bytes, source: str) -> Any:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD or "password" in str(exc):
            raise EncryptedDocument(
                "the PDF is encrypted and does not open without a password; "
                "save an unprotected copy first",
                source,
            ) from None
        reason = str(exc).replace("Failed to load document ", "").strip("().")
        raise CorruptDocument(f"damaged or truncated PDF ({reason})", source) from None


def read_pdf(data: bytes, source: str, progress: Any = None) -> DocumentText:
    """Read a PDF page by page; see the module docstring for what is cleaned."""
    pdfium, raw = _import_pdfium()
    pdf = _open(pdfium, raw, data, source)
    pages: list[PageLines] = []
    try:
        total = len(pdf)
        if total == 0:
            raise CorruptDocument("the PDF has no pages", source)
        for number in range(total):
            try:
                page = pdf[number]
            except pdfium.PdfiumError as exc:
                raise CorruptDocument(f"page {number + 1} cannot be read ({exc})", source) from None
            try:
                textpage = page.get_textpage()
                try:
                    glyphs = _Glyphs(raw, textpage.raw, page.get_height())
                    pages.append(_page_lines(textpage, glyphs))
                finally:
                    textpage.close()
            finally:
                page.close()
            if progress is not None:
                progress(number + 1, total)
    finally:
        pdf.close()
    texts = assemble_pages(pages)
    empty = [n for n, text in enumerate(texts, 1) if not text.strip()]
    if len(empty) == len(texts):
        raise NoTextLayer(
            f"none of its {total} page(s) has a text layer (a scan?); make it searchable "
            "with OCR first, e.g. 'ocrmypdf in.pdf out.pdf', then read out.pdf",
            source,
        )
    notes: tuple[str, ...] = ()
    if empty:
        listed = ", ".join(map(str, empty[:10])) + (" ..." if len(empty) > 10 else "")
        notes = (f"no text on page(s) {listed} (scanned?): OCR them (e.g. ocrmypdf) to read them",)
    return DocumentText.from_pages(texts, source=source, format="pdf", notes=notes)
