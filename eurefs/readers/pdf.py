"""PDF to text with PDFium (``pypdfium2``, the ``pdf`` extra), one page at a time.

For every character PDFium gives its Unicode value, size (font size times the
text matrix) and baseline.  From them this module builds lines in which

* superscript digits (footnote calls) are written as superscript characters, apart
  from the word or number they touch: ``93/13/EEC1`` becomes ``93/13/EEC ¹``;
* characters in the top and bottom bands of the page are kept as separate
  *margin segments*, so that ``eurefs.readers.layout`` can drop running headers
  and footers that repeat across pages, even where PDFium glued them to a line;
* a line that a wide gap cuts in two is kept as two parts, so that
  ``eurefs.readers.columns`` reads two columns written row by row column after column.

Each page is closed as soon as it is read; only its lines (strings) are kept, so
memory grows by little more than the text (about 1.3 KB a page: :data:`MAX_PAGES`).
Why PDFium: see docs/reading.md (measured against pdfminer.six and poppler's
``pdftotext``).
"""

from __future__ import annotations

import ctypes
import io
import re
from typing import Any

from eurefs.errors import CorruptDocument, EncryptedDocument, NoTextLayer, ReadError, UnsafeDocument
from eurefs.readers import pdfcrypt
from eurefs.readers.builder import refuse_long_text, superscript
from eurefs.readers.columns import Part, Row, column_order
from eurefs.readers.layout import Line, PageLines, Segment, assemble_pages
from eurefs.readers.pdfbomb import refuse_bombs
from eurefs.readers.pdflines import printed_lines, with_paragraph_gaps
from eurefs.readers.pdfobjects import Objects, TooManyObjects, page_objects, plain_names
from eurefs.text import DocumentText

#: Share of the page height, at the top and at the bottom, where running heads live.
MARGIN_BAND = 0.085
#: A gap between two runs of a line wider than this share of the page width (and than
#: 1.2 times the text's height) may be a gutter between columns.
MIN_GUTTER = 0.02
#: The text objects (one a string shown, an array of them, in a form too) a page may hold.
#: PDFium compares each with those before it to drop text drawn twice: a page that shows
#: 16,384 strings twice took 2.2 s to read its text, 131,072 twice over 200 s, where
#: parsing the page took 0.06 s.  The real PDFs of the tests hold at most 158 on a page.
MAX_TEXT_OBJECTS = 20_000
#: The most pages a PDF may have: PDFium keeps 0.7 KB a page read, the reader 0.6 KB for
#: an empty one (15 MB of 100,000 pages of one line each: 11 s, 263 MB), and the checks
#: before it let a file list a page every 20 bytes.  EU documents have a few thousand.
MAX_PAGES = 100_000


def _import_pdfium() -> tuple[Any, Any]:
    try:
        import pypdfium2
        import pypdfium2.raw
    except ImportError:
        raise ReadError(
            "reading PDF needs PDFium: pip install 'eurefs[pdf]' (installs pypdfium2)"
        ) from None
    return pypdfium2, pypdfium2.raw


_CALL_RUN = re.compile(r"[0-9*]+")


class _Glyphs:
    """Size and baseline of characters of one text page, fetched only where needed."""

    def __init__(self, raw: Any, textpage: Any, height: float, width: float = 0.0) -> None:
        self.raw, self.page = raw, textpage
        self.top, self.bottom = height * (1 - MARGIN_BAND), height * MARGIN_BAND
        self.width = width
        self._matrix = raw.FS_MATRIX()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._box = [ctypes.c_double() for _ in range(4)]

    def y(self, index: int) -> float:
        self.raw.FPDFText_GetCharOrigin(self.page, index, self._x, self._y)
        return float(self._y.value)

    def size(self, index: int) -> float:
        self.raw.FPDFText_GetMatrix(self.page, index, self._matrix)
        scale = abs(complex(self._matrix.c, self._matrix.d))
        return float(self.raw.FPDFText_GetFontSize(self.page, index)) * scale

    def rects(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        """The boxes (left, top, right, bottom) PDFium gives the runs of some characters."""
        raw, box = self.raw, self._box
        found = []
        for k in range(raw.FPDFText_CountRects(self.page, start, count)):
            raw.FPDFText_GetRect(self.page, k, *(ctypes.byref(v) for v in box))
            found.append((box[0].value, box[1].value, box[2].value, box[3].value))
        return found

    def left(self, index: int) -> float:
        return self._char_box(index)[0]

    def right(self, index: int) -> float:
        return self._char_box(index)[1]

    def _char_box(self, index: int) -> tuple[float, float]:
        box = self._box  # (left, right, bottom, top)
        self.raw.FPDFText_GetCharBox(self.page, index, *(ctypes.byref(v) for v in box))
        return float(box[0].value), float(box[1].value)

    def band(self, index: int, y: float | None = None) -> str:
        y = self.y(index) if y is None else y
        return "top" if y > self.top else "bottom" if y < self.bottom else ""


def _neighbours(text: str, run: re.Match[str]) -> list[int]:
    """The nearest non-blank characters before and after a run of digits (looked for
    from the run: a copy of the line before it made a long line quadratic)."""
    found = []
    before, after, end = run.start() - 1, run.end(), len(text)
    while before >= 0 and text[before].isspace():
        before -= 1
    if before >= 0:
        found.append(before)
    while after < end and text[after].isspace():
        after += 1
    if after < end:
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


def _page_text(textpage: Any, count: int) -> str:
    """The text of the page's ``count`` characters, or "" where pypdfium2 cannot give it:
    it recurses once for each character at the range's ends that PDFium holds no text for
    (a 696-byte PDF showing ``<00...00>``, 1,500 characters of code 0, overflowed the stack);
    the characters are then read one by one."""
    try:
        return textpage.get_text_range(0, count) if count > 0 else ""
    except (RecursionError, ctypes.ArgumentError):
        return ""


def _page_lines(textpage: Any, glyphs: _Glyphs) -> PageLines:
    """The lines of a page as segments: body text, and margin text apart."""
    count = glyphs.raw.FPDFText_CountChars(glyphs.page)
    text = _page_text(textpage, count)
    if len(text) != count:  # characters outside the BMP: map one by one
        text = "".join(
            chr(c) if 0 < (c := glyphs.raw.FPDFText_GetUnicode(glyphs.page, i)) < 0x110000
            else "\ufffd" for i in range(count)
        )  # fmt: skip
    text = text.replace("\ufffe", "\x02")  # PDFium's line-end hyphen, as the C API gives it
    rows: list[Row] = []
    for (a, b, _), *rest in printed_lines(text, glyphs):
        row = _row(text, a, b, glyphs)
        if rest and not row.band and len(row.parts) == 1:  # (its one part's line is the row's)
            row.line.extend(
                Segment(j + _segment_text(text[s:e], s, glyphs), "") for s, e, j in rest
            )
            rest = []
        rows.append(row)
        rows.extend(_row(text, s, e, glyphs) for s, e, _ in rest)
    return with_paragraph_gaps(column_order(rows, glyphs.width))


def _row(text: str, a: int, b: int, glyphs: _Glyphs) -> Row:
    """The row of the line ``text[a:b]``: in the body, cut in two parts where a wide gap
    cuts it; else its margin segments apart (a running head glued to a line of text)."""
    y = glyphs.y(a)
    first, last = glyphs.band(a, y), glyphs.band(b - 1)
    if first == last == "":
        line = _line(text, [(a, b, "")], glyphs)
        cuts = _parts(text, a, b, glyphs)
        if len(cuts) == 1:
            return Row(y, line, [Part(cuts[0][2], cuts[0][3], line)])
        # the texts of the parts, apart, for when they are columns
        parts = [Part(x0, x1, _line(text, [(s, e, "")], glyphs)) for s, e, x0, x1 in cuts]
        return Row(y, line, parts)
    if first == last:
        bands = [(a, b, first)]
    else:  # split where the band changes
        bands, run_start, run_band = [], a, first
        for i in range(a + 1, b):
            band = glyphs.band(i) if not text[i].isspace() else run_band
            if band != run_band:
                bands.append((run_start, i, run_band))
                run_start, run_band = i, band
        bands.append((run_start, b, run_band))
    line = _line(text, bands, glyphs)
    return Row(y, line, [Part(0.0, 0.0, line)], band=True)


def _line(text: str, bands: list[tuple[int, int, str]], glyphs: _Glyphs) -> Line:
    line = [Segment(_segment_text(text[s:e], s, glyphs), band) for s, e, band in bands]
    return [seg for seg in line if seg.text]


def _parts(text: str, a: int, b: int, glyphs: _Glyphs) -> list[tuple[int, int, float, float]]:
    """The line ``text[a:b]`` as one part, or two where one wide gap cuts it:
    ``(start, end, left x, right x)``."""
    rects = glyphs.rects(a, b - a)
    if not rects:
        return [(a, b, 0.0, 0.0)]
    x0, x1 = min(r[0] for r in rects), max(r[2] for r in rects)
    gaps = [
        k for k in range(1, len(rects))
        if rects[k][0] - rects[k - 1][2]
        > max(MIN_GUTTER * glyphs.width, 1.2 * abs(rects[k][1] - rects[k][3]))
    ]  # fmt: skip
    if len(gaps) != 1:
        return [(a, b, x0, x1)]
    k = gaps[0]
    right = rects[k][0]
    for i in range(a + 1, b):  # the first word of the right-hand part
        if text[i - 1].isspace() and not text[i].isspace() and glyphs.left(i) >= right - 0.5:
            return [(a, i, x0, rects[k - 1][2]), (i, b, right, x1)]
    return [(a, b, x0, x1)]


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


def _checked_open(pdfium: Any, raw: Any, data: bytes, source: str) -> tuple[Any, Objects]:
    """The PDF opened by PDFium once :func:`refuse_bombs` has read it, and the objects it read.

    An encrypted PDF that opens without a password hides its streams from that check (a
    file of 196 KB whose page inflates to 80 MB took 1.6 GB to read): PDFium opens it,
    handed it with its streams' filters and names ``/Metadata`` hidden
    (:mod:`eurefs.readers.pdfcrypt`), and writes a copy without the encryption, which is
    checked and read.  ``/Encr#79pt`` names the encryption too: PDFium reads the escaped
    name.  A copy that PDFium cannot write is refused: the encrypted bytes show nothing."""
    if b"/Encrypt" not in plain_names(data):
        objects = refuse_bombs(data, source)
        return _open(pdfium, raw, data, source), objects
    pdf = _open(pdfium, raw, pdfcrypt.hidden(data, source), source)
    try:
        if raw.FPDF_GetSecurityHandlerRevision(pdf.raw) < 0:  # (not encrypted after all)
            objects = refuse_bombs(data, source)
            return _open(pdfium, raw, data, source), objects
        copy = io.BytesIO()
        try:
            pdf.save(copy, flags=raw.FPDF_REMOVE_SECURITY)
        except pdfium.PdfiumError:
            raise UnsafeDocument(
                "the PDF is encrypted and PDFium could not write the copy without the "
                "encryption that is checked before it is read; save an unprotected copy "
                "first",
                source,
            ) from None
    finally:
        pdf.close()
    data = pdfcrypt.restored(copy.getvalue())
    objects = refuse_bombs(data, source)
    return _open(pdfium, raw, data, source), objects


def _refuse_repeated_pages(pages: int, held: int, source: str) -> None:
    """Refuse a PDF of over :data:`MAX_PAGES` pages, or whose page tree lists more pages
    than it holds page objects (``held``; 0: not known): it lists pages more than once,
    and PDFium would read each again (a PDF of 1.2 MB listing one page 200,000 times took
    55 s and 170 MB to read, 93 s and 520 MB to extract; one that lists a node listing
    that page 450 times, 450 times, is 6 KB)."""
    if pages > MAX_PAGES:
        raise UnsafeDocument(
            f"it has {pages:,} pages, over the {MAX_PAGES:,} the reader takes (each kept "
            "in memory as it is read); refused",
            source,
        )
    if held and pages > held:
        raise UnsafeDocument(
            f"its page tree lists {pages} pages but holds {held} page object(s): it lists "
            "pages more than once, and each would be read again; refused",
            source,
        )


def _refuse_many_texts(raw: Any, page: Any, source: str) -> None:
    """Refuse a page (parsed) that holds over :data:`MAX_TEXT_OBJECTS` text objects, those
    of the forms it draws counted, before PDFium reads its text (counted up to the limit)."""
    found, todo = 0, [(page, True)]
    while todo:
        holder, is_page = todo.pop()
        count = (raw.FPDFPage_CountObjects if is_page else raw.FPDFFormObj_CountObjects)(holder)
        get = raw.FPDFPage_GetObject if is_page else raw.FPDFFormObj_GetObject
        for index in range(count):
            kind = raw.FPDFPageObj_GetType(obj := get(holder, index))
            if kind == raw.FPDF_PAGEOBJ_FORM:
                todo.append((obj, False))
            found += kind == raw.FPDF_PAGEOBJ_TEXT
            if found > MAX_TEXT_OBJECTS:
                raise UnsafeDocument(
                    f"a page holds over {MAX_TEXT_OBJECTS} text objects, each compared with "
                    "those before it as its text is read; refused as a decompression bomb",
                    source,
                )


def read_pdf(data: bytes, source: str, progress: Any = None) -> DocumentText:
    """Read a PDF page by page; see the module docstring for what is cleaned."""
    pdfium, raw = _import_pdfium()
    try:
        pdf, objects = _checked_open(pdfium, raw, data, source)
    except TooManyObjects as exc:  # (each is indexed before PDFium reads a page)
        raise UnsafeDocument(f"{exc}; refused", source) from None
    held = page_objects(objects)
    del objects  # (not kept while the pages are read: 47 MB a 100,000 objects)
    pages: list[PageLines] = []
    try:
        total = len(pdf)
        if total == 0:
            raise CorruptDocument("the PDF has no pages", source)
        _refuse_repeated_pages(total, held, source)
        drawn = 0
        for number in range(total):
            try:
                page = pdf[number]
            except pdfium.PdfiumError as exc:
                raise CorruptDocument(f"page {number + 1} cannot be read ({exc})", source) from None
            try:
                _refuse_many_texts(raw, page.raw, source)
                textpage = page.get_textpage()
                try:
                    glyphs = _Glyphs(raw, textpage.raw, page.get_height(), page.get_width())
                    drawn += raw.FPDFText_CountChars(textpage.raw)
                    # (before eurefs reads them; the real PDFs draw 7,300 a page at most)
                    refuse_long_text(drawn, len(data), source, "its pages draw")
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
