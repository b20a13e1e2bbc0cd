"""Word (.docx) documents to text: the body, then the footnotes and endnotes.

A .docx file is a zip of XML parts.  Only the parts holding text are opened, each
read with a hard size limit (the sizes a zip declares can lie), so a zip bomb is
refused before it is inflated.  Deleted tracked changes and field codes are not
text; footnote calls become superscript numbers and the notes follow the body.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from eurefs.errors import CorruptDocument, UnsafeDocument, UnsupportedFormat
from eurefs.readers.builder import TextBuilder, superscript
from eurefs.readers.safexml import parse_xml
from eurefs.text import DocumentText

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Largest XML part read (inflated); real documents are far below it.
MAX_PART_BYTES = 64 * 1024 * 1024
#: An inflated/deflated ratio above this, for a part over 1 MiB, is a zip bomb.
MAX_RATIO = 200
_SKIP = frozenset(f"{_W}{t}" for t in ("del", "moveFrom", "instrText", "delText", "rPr", "pPr"))
_BLOCK = frozenset(f"{_W}{t}" for t in ("p", "tbl", "tr", "txbxContent"))


def _read_part(archive: zipfile.ZipFile, name: str, source: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > MAX_PART_BYTES or (info.file_size > 1 << 20 and ratio > MAX_RATIO):
        raise UnsafeDocument(
            f"{name} would inflate to {info.file_size} bytes (ratio {ratio:.0f}:1); "
            "refused as a zip bomb",
            source,
        )
    try:
        with archive.open(info) as fh:
            data = fh.read(MAX_PART_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # zlib.error is OSError-like
        raise CorruptDocument(f"damaged zip part {name} ({exc})", source) from None
    except Exception as exc:  # zlib.error does not derive from OSError
        raise CorruptDocument(f"damaged zip part {name} ({exc})", source) from None
    if len(data) > MAX_PART_BYTES:
        raise UnsafeDocument(f"{name} inflates past {MAX_PART_BYTES} bytes; refused", source)
    return data


class _Renderer:
    """Walks WordprocessingML, numbering footnote calls in the order they appear.

    Where Word recorded its pagination (``lastRenderedPageBreak``, page breaks), the
    text gets pages, and each footnote follows the page that calls it; otherwise all
    notes follow the body.
    """

    def __init__(self, notes: dict[tuple[str, str], etree._Element], paged: bool) -> None:
        self.notes = notes
        self.paged = paged
        self.note_numbers: dict[tuple[str, str], int] = {}
        self.pending: list[tuple[int, etree._Element]] = []
        self.endnotes: list[tuple[int, etree._Element]] = []
        self.text_since_break = False

    def render(self, root: etree._Element, out: TextBuilder, *, body: bool = True) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, el in walker:
            tag = el.tag
            if event == "end":
                if tag in _BLOCK:
                    out.block()
                continue
            if tag in _SKIP:
                walker.skip_subtree()
            elif tag in _BLOCK:
                out.block()
            elif tag == f"{_W}t":
                self.text_since_break = True
                if _is_superscript(el):
                    out.call(el.text or "")
                else:
                    out.raw(el.text or "")
            elif tag == f"{_W}tab":
                out.raw("\t")
            elif tag == f"{_W}br" and el.get(f"{_W}type") == "page" and body and self.paged:
                self.page_break(out)
            elif tag == f"{_W}lastRenderedPageBreak" and body and self.paged:
                self.page_break(out)
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.line_break()
            elif tag == f"{_W}noBreakHyphen":
                out.raw("\u2011")
            elif tag == f"{_W}softHyphen":
                out.raw("\u00ad")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference") and body:
                self.call(el, out)

    def call(self, ref: etree._Element, out: TextBuilder) -> None:
        kind = "foot" if ref.tag == f"{_W}footnoteReference" else "end"
        key = (kind, ref.get(f"{_W}id", ""))
        number = self.note_numbers.setdefault(key, len(self.note_numbers) + 1)
        out.call(str(number))
        note = self.notes.get(key)
        if note is not None:
            waiting = self.pending if kind == "foot" and self.paged else self.endnotes
            waiting.append((number, note))

    def page_break(self, out: TextBuilder) -> None:
        """End a page: its footnotes, then the break (once, however many markers)."""
        if not self.text_since_break:
            return  # an explicit break and Word's own marker of the same page
        self.flush(self.pending, out)
        out.page_break()
        self.text_since_break = False

    def flush(self, notes: list[tuple[int, etree._Element]], out: TextBuilder) -> None:
        """Render notes as ``¹ text`` paragraphs."""
        for number, note in notes:
            text = TextBuilder()
            self.render(note, text, body=False)
            out.block()
            line = text.result().strip().lstrip("⁰¹²³⁴⁵⁶⁷⁸⁹ ").replace("\n\n", "\n")
            out.raw(f"{superscript(str(number))} {line}")
            out.block()
        notes.clear()


def _notes(archive: zipfile.ZipFile, source: str) -> dict[tuple[str, str], etree._Element]:
    found: dict[tuple[str, str], etree._Element] = {}
    for kind in ("foot", "end"):
        part = _read_part(archive, f"word/{kind}notes.xml", source)
        if part is None:
            continue
        for note in parse_xml(part, source).iter(f"{_W}{kind}note"):
            if note.get(f"{_W}type") in (None, "normal"):
                found[(kind, note.get(f"{_W}id", ""))] = note
    return found


def _is_superscript(t: etree._Element) -> bool:
    run = t.getparent()
    if run is None:
        return False
    align = run.find(f"{_W}rPr/{_W}vertAlign")
    return align is not None and align.get(f"{_W}val") == "superscript"


def read_docx(data: bytes, source: str) -> DocumentText:
    """Read a Word document (Office Open XML); pages as Word last laid them out."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptDocument(f"not a readable zip/DOCX file ({exc})", source) from None
    with archive:
        document = _read_part(archive, "word/document.xml", source)
        if document is None:
            raise UnsupportedFormat(
                "a zip archive but not a Word document (no word/document.xml)", source
            )
        root = parse_xml(document, source)
        paged = root.find(f".//{_W}lastRenderedPageBreak") is not None
        renderer = _Renderer(_notes(archive, source), paged)
    out = TextBuilder()
    renderer.render(root, out)
    renderer.flush(renderer.pending, out)
    renderer.flush(renderer.endnotes, out)
    text = out.result()
    if not paged:
        return DocumentText(text, (), source, "docx")
    return DocumentText.from_plain(text, source=source, format="docx")
