"""Writes test PDFs with reportlab: running heads, footnotes with superscript calls,
words hyphenated at line ends, one or two columns, optional encryption.

A small line-breaking engine on the reportlab canvas, so that the tests know
exactly what the PDF holds: the same text, with the layout debris a real writer
puts in (the calls are drawn small and raised, glued to the word before them).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

FONT = "Helvetica"
CALL = re.compile(r"\{fn(\d+)\}")


def printable(text: str) -> str:
    """``text`` limited to what the standard PDF fonts can draw (Windows-1252)."""
    return text.encode("cp1252", errors="replace").decode("cp1252")


@dataclass
class Layout:
    """How to lay out the pages."""

    columns: int = 1
    size: float = 10.5
    header: str | None = "4.5.2016 EN Official Journal of the European Union L 119/{page}"
    footer: str | None = "5419/16 AV/NT/sr {page}"
    hyphenate: bool = True
    notes: dict[int, str] = field(default_factory=dict)


def _split_word(word: str, room: float, size: float) -> tuple[str, str] | None:
    """Split a long lower-case word so that ``head-`` fits in ``room``."""
    if len(word) < 8 or not word.isalpha() or not word.islower():
        return None
    for cut in range(len(word) - 3, 2, -1):
        if stringWidth(word[:cut] + "-", FONT, size) <= room:
            return word[:cut] + "-", word[cut:]
    return None


class _Writer:
    def __init__(self, path: Path, layout: Layout, encrypt: object | None) -> None:
        self.canvas = Canvas(str(path), pagesize=A4, encrypt=encrypt)
        self.layout = layout
        self.width, self.height = A4
        self.margin = 56.0
        self.gap = 18.0
        self.col_width = (self.width - 2 * self.margin - (layout.columns - 1) * self.gap) / (
            layout.columns
        )
        self.page = 1
        self.column = 0
        self.page_notes: list[int] = []
        self.y = self._top()

    def _top(self) -> float:
        return self.height - self.margin - 24

    def _bottom(self) -> float:
        return self.margin + 30 + 11 * max(3, len(self.page_notes) * 2)

    def _heads(self) -> None:
        c, layout = self.canvas, self.layout
        c.setFont(FONT, 8)
        if layout.header:
            c.drawString(
                self.margin, self.height - self.margin, layout.header.format(page=self.page)
            )
        if layout.footer:
            c.drawString(self.margin, self.margin - 20, layout.footer.format(page=self.page))

    def _notes(self) -> None:
        y = self.margin + 8 + 11 * 2 * max(0, len(self.page_notes) - 1)
        for number in self.page_notes:
            text = printable(self.layout.notes[number])
            c = self.canvas
            c.setFont(FONT, 5.5)
            c.drawString(self.margin, y + 3, str(number))
            c.setFont(FONT, 8)
            words, line = text.split(), ""
            lines = []
            for word in words:
                trial = f"{line} {word}".strip()
                if stringWidth(trial, FONT, 8) > self.width - 2 * self.margin - 10:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
            for i, piece in enumerate(lines[:2]):
                c.drawString(self.margin + 8, y - 10 * i, piece)
            y -= 22
        self.page_notes = []

    def new_column(self) -> None:
        if self.column + 1 < self.layout.columns:
            self.column += 1
        else:
            self._heads()
            self._notes()
            self.canvas.showPage()
            self.page += 1
            self.column = 0
        self.y = self._top()

    def _draw_line(self, tokens: list[tuple[str, int | None]]) -> None:
        c = self.canvas
        x = self.margin + self.column * (self.col_width + self.gap)
        size = self.layout.size
        for i, (word, note) in enumerate(tokens):
            if i:
                x += stringWidth(" ", FONT, size)
            c.setFont(FONT, size)
            c.drawString(x, self.y, word)
            x += stringWidth(word, FONT, size)
            if note is not None:
                self.page_notes.append(note)
                c.setFont(FONT, size * 0.6)
                c.drawString(x, self.y + size * 0.4, str(note))
                x += stringWidth(str(note), FONT, size * 0.6)
        self.y -= size * 1.35
        if self.y < self._bottom():
            self.new_column()

    def paragraph(self, text: str) -> None:
        size = self.layout.size
        tokens: list[tuple[str, int | None]] = []
        for raw in printable(text).split():
            match = CALL.search(raw)
            note = int(match.group(1)) if match else None
            word = CALL.sub("", raw)
            tokens.append((word, note if note in self.layout.notes else None))
        line: list[tuple[str, int | None]] = []
        used = 0.0
        space = stringWidth(" ", FONT, size)
        queue = list(tokens)
        while queue:
            word, note = queue.pop(0)
            width = stringWidth(word, FONT, size) + (stringWidth(str(note), FONT, size * 0.6)
                                                     if note is not None else 0)  # fmt: skip
            if not line or used + space + width <= self.col_width:
                used += (space if line else 0) + width
                line.append((word, note))
                continue
            split = _split_word(word, self.col_width - used - space, size) if (
                self.layout.hyphenate and note is None) else None  # fmt: skip
            if split is not None:
                line.append((split[0], None))
                queue.insert(0, (split[1], None))
            else:
                queue.insert(0, (word, note))
            self._draw_line(line)
            line, used = [], 0.0
        if line:
            self._draw_line(line)
        self.y -= size * 0.6

    def close(self) -> None:
        self._heads()
        self._notes()
        self.canvas.showPage()
        self.canvas.save()


def write_pdf(
    path: Path, paragraphs: list[str], layout: Layout | None = None, encrypt: object | None = None
) -> Path:
    """Write ``paragraphs`` (``{fnN}`` after a word calls note N of ``layout.notes``)."""
    writer = _Writer(path, layout or Layout(), encrypt)
    for text in paragraphs:
        writer.paragraph(text)
    writer.close()
    return path


def write_blank_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages hold only drawings, no text: what a scan looks like to eurefs."""
    c = Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.rect(100, 100, 300, 400, fill=1)
        c.showPage()
    c.save()
    return path


def write_pages_pdf(path: Path, pages: list[str | None]) -> Path:
    """A PDF of one page each: a paragraph, or, for None, a drawing without text (a
    scanned page)."""
    from pypdfium2 import PdfDocument

    merged = PdfDocument.new()
    for i, text in enumerate(pages):
        part = path.with_name(f"{path.stem}-{i}.pdf")
        if text is None:
            write_blank_pdf(part, pages=1)
        else:
            write_pdf(part, [text], Layout(header=None, footer=None))
        merged.import_pages(PdfDocument(part))
    merged.save(path)
    return path


def write_long_pdf(path: Path, pages: int, lines: int = 40) -> Path:
    """``pages`` pages of ``lines`` lines; page n cites ``Regulation (EU) 2016/<n>``."""
    c = Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        c.setFont(FONT, 8)
        c.drawString(56, 800, f"Council document 1234/24 page {n}")
        c.setFont(FONT, 10)
        c.drawString(56, 760, f"On page {n} the text cites Regulation (EU) 2016/{n} once.")
        for i in range(1, lines):
            c.drawString(
                56, 760 - 16 * i, "Lorem ipsum dolor sit amet, consectetur adipiscing elit."
            )
        c.showPage()
    c.save()
    return path


def write_table_pdf(path: Path, rows: list[tuple[str, ...]]) -> Path:
    """A table (amendment tables: Commission text | Amendment; the four columns of a
    trilogue's document on a landscape page), drawn by reportlab's layout engine
    (platypus) with wrapped paragraphs in every cell."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(printable(cell), style) for cell in row] for row in rows]
    columns = len(rows[0])
    table = Table(data, colWidths=[460 / columns] * columns if columns < 3 else [185] * columns)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    SimpleDocTemplate(str(path), pagesize=A4 if columns < 3 else landscape(A4)).build([table])
    return path


def write_row_order_pdf(
    path: Path, head: str, columns: tuple[list[str], list[str]], foot: str
) -> Path:
    """A two-column page whose content stream goes row by row across the columns (as
    some converters and table writers save them): each left line, then the right line
    on the same baseline; a full-width line above and below."""
    c = Canvas(str(path), pagesize=A4)
    c.setFont(FONT, 10)
    c.drawString(56, 780, head)
    left, right = columns
    y = 750.0
    for k in range(max(len(left), len(right))):
        if k < len(left):
            c.drawString(56, y, left[k])
        if k < len(right):
            c.drawString(310, y, right[k])
        y -= 13
    c.drawString(56, y - 13, foot)
    c.save()
    return path


def write_encrypted_bomb_pdf(path: Path) -> bytes:
    """A PDF that opens without a password (an owner password only) whose one page, under
    ``Directive 95/46/EC``, inflates to 4.2 MB of path operators (1000:1 compressed): the
    bytes written to ``path``."""
    owner_only = pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0)
    canvas = Canvas(str(path), encrypt=owner_only)
    canvas.drawString(72, 700, "Directive 95/46/EC")
    canvas._code.append("0 0 m 1 1 l S " * 300_000)
    canvas.showPage()
    canvas.save()
    return path.read_bytes()


def write_encrypted_metadata_pdf(path: Path, metadata: bytes) -> bytes:
    """A PDF that opens without a password (an owner password only), one page showing
    ``Directive 95/46/EC``, whose catalog names as its metadata a stream of ``metadata``
    (data already Flate-compressed: one more Flate layer is put around it): the bytes
    written to ``path``."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream

    owner_only = pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0)
    canvas = Canvas(str(path), encrypt=owner_only)
    canvas.drawString(72, 700, "Directive 95/46/EC")
    flate = PDFArray([PDFName("FlateDecode"), PDFName("FlateDecode")])
    stream = PDFStream(PDFDictionary({"Filter": flate}), zlib.compress(metadata, 9), None)
    stream.__RefOnly__ = 1
    canvas._doc.Catalog.Metadata = canvas._doc.Reference(stream)
    canvas.showPage()
    canvas.save()
    return path.read_bytes()
