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
import statistics
from typing import Any

from eurefs.errors import CorruptDocument, EncryptedDocument, NoTextLayer, ReadError
from eurefs.readers.builder import superscript
from eurefs.readers.layout import Line, PageLines, Segment, assemble_pages
from eurefs.text import DocumentText

#: Share of the page height, at the top and at the bottom, where running heads live.
MARGIN_BAND = 0.085
_CALL_CHARS = frozenset("0123456789*")


def _import_pdfium() -> tuple[Any, Any]:
    try:
        import pypdfium2
        import pypdfium2.raw
    except ImportError:
        raise ReadError(
            "reading PDF needs PDFium: pip install 'eurefs[pdf]' (installs pypdfium2)"
        ) from None
    return pypdfium2, pypdfium2.raw


class _Char:
    __slots__ = ("band", "char", "size", "y")

    def __init__(self, char: str, size: float, y: float, band: str) -> None:
        self.char = char
        self.size = size
        self.y = y
        self.band = band


def _chars(raw: Any, textpage: Any, height: float) -> list[list[_Char]]:
    """The characters of a page, split into PDFium's lines."""
    count = raw.FPDFText_CountChars(textpage)
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    top, bottom = height * (1 - MARGIN_BAND), height * MARGIN_BAND
    lines: list[list[_Char]] = [[]]
    for index in range(count):
        code = raw.FPDFText_GetUnicode(textpage, index)
        if code in (10, 13):
            if lines[-1]:
                lines.append([])
            continue
        char = chr(code) if 0 < code < 0x110000 else "\ufffd"
        raw.FPDFText_GetMatrix(textpage, index, matrix)
        size = raw.FPDFText_GetFontSize(textpage, index) * abs(complex(matrix.c, matrix.d))
        raw.FPDFText_GetCharOrigin(textpage, index, x, y)
        band = "top" if y.value > top else "bottom" if y.value < bottom else ""
        if char == " " and raw.FPDFText_IsGenerated(textpage, index):
            band = lines[-1][-1].band if lines[-1] else band  # a generated space has no place
        lines[-1].append(_Char(char, size, y.value, band))
    return [line for line in lines if line]


def _is_call(c: _Char, size: float, baseline: float) -> bool:
    return c.char in _CALL_CHARS and c.size < 0.82 * size and c.y > baseline + 0.15 * size


def _line(chars: list[_Char]) -> Line:
    """One PDFium line as segments: body text, and margin text apart."""
    sized = [c.size for c in chars if c.char.isalpha() and c.size > 0] or [
        c.size for c in chars if not c.char.isspace() and c.size > 0
    ]
    size = statistics.median(sized) if sized else 0.0
    normal = [c.y for c in chars if size and abs(c.size - size) < 0.1 * size]
    baseline = statistics.median(normal) if normal else 0.0
    segments: list[Segment] = []
    parts: list[str] = []
    band = chars[0].band
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.band != band:
            segments.append(Segment("".join(parts), band))
            parts, band = [], c.band
        if size and _is_call(c, size, baseline):
            j = i
            while j < len(chars) and chars[j].band == band and _is_call(chars[j], size, baseline):
                j += 1
            if parts and parts[-1][-1:].isalnum():
                parts.append(" ")
            parts.append(superscript("".join(ch.char for ch in chars[i:j])))
            i = j
            continue
        parts.append(c.char)
        i += 1
    segments.append(Segment("".join(parts), band))
    return [s for s in segments if s.text]


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
        raise CorruptDocument(f"damaged or not a PDF ({exc})", source) from None


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
                    rows = _chars(raw, textpage.raw, page.get_height())
                finally:
                    textpage.close()
            finally:
                page.close()
            pages.append([_line(row) for row in rows])
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
