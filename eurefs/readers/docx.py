"""Word (.docx) documents to text: the running heads, the body, its notes, the running feet.

A .docx file is a zip of XML parts.  Only the parts holding text are opened, each
read with a hard size limit, and all of them with one (the sizes a zip declares can lie:
:mod:`eurefs.readers.docxparts`), so a zip bomb is refused before it is inflated.
Deleted tracked changes and field codes are not text; footnote calls become superscript
numbers and the notes follow the body, each note once however often it is called.  A text
over :data:`~eurefs.readers.builder.MAX_CHARS_RATIO` characters a byte of the file is
refused (a part under 1 MiB may inflate at any ratio).
A text box (or shape) is read once, after the paragraph that anchors it: Word
saves most of them twice (``mc:Choice`` and a VML ``mc:Fallback``).

Headers and footers repeat on every page: each one the sections use is read once,
headers before the body (on its first page), footers after the notes (on its last),
without the value of their page-number fields (``Page 3 of 12`` was true of one page).
Comments are remarks on the document, not its text: they are not read, and a note
says so.
"""

from __future__ import annotations

import posixpath
import zipfile

from lxml import etree

from eurefs.errors import CorruptDocument, ReadError, UnsupportedFormat
from eurefs.readers.builder import TextBuilder, refuse_long_text, superscript
from eurefs.readers.docxparts import W as _W
from eurefs.readers.docxparts import WordPackage, raised_styles
from eurefs.readers.docxstream import KEPT_TAGS, NOTED_TAGS, BodyStream, Unstreamable
from eurefs.readers.pagejoin import join_across_pages
from eurefs.readers.safexml import parse_xml, refuse_entities
from eurefs.records import replace
from eurefs.text import PAGE_BREAK, DocumentText

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: The relationship attribute (``r:id``) in Transitional and in Strict Open XML.
_R_IDS = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}id",
)
#: Fields whose shown value is a page number, true only of the page it was laid out on.
_PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
_SKIP = frozenset(
    [f"{_W}{t}" for t in ("del", "moveFrom", "instrText", "delText", "rPr", "pPr")]
    + [f"{_MC}Fallback"]  # the same content as the mc:Choice before it, for older readers
)
_BLOCK = frozenset(f"{_W}{t}" for t in ("p", "tbl", "tr"))


class _Renderer:
    """Walks WordprocessingML, numbering footnote calls in the order they appear.

    Where Word recorded its pagination (``lastRenderedPageBreak``, page breaks), the
    text gets pages, and each footnote follows the page that calls it; otherwise all
    notes follow the body.
    """

    def __init__(
        self,
        notes: dict[tuple[str, str], etree._Element],
        paged: bool,
        raised_styles: frozenset[str] = frozenset(),
    ) -> None:
        self.notes = notes
        self.paged = paged
        self.raised_styles = raised_styles
        self.note_numbers: dict[tuple[str, str], int] = {}
        self.called: set[tuple[str, str]] = set()  # the notes already waiting or read
        self.pending: list[tuple[int | None, etree._Element]] = []
        self.endnotes: list[tuple[int | None, etree._Element]] = []
        self.boxes: list[etree._Element] = []
        self.text_since_break = False
        self.joined = False  # the last paragraph's mark is a deleted tracked change

    def render(self, root: etree._Element, out: TextBuilder, *, body: bool = True) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, el in walker:
            tag = el.tag
            if event == "end":
                if tag == f"{_W}p":
                    self.end_paragraph(el, out, body=body)
                elif tag in _BLOCK:
                    out.block()
                continue
            if tag in _SKIP or _repeated_choice(el):
                walker.skip_subtree()
            elif tag == f"{_W}txbxContent":
                self.boxes.append(el)  # read after its paragraph, not inside its text
                walker.skip_subtree()
            elif tag in _BLOCK:
                if not (tag == f"{_W}p" and self.joined):
                    out.block()
                self.joined = False
            else:
                self.inline(el, out, body=body)

    def inline(self, el: etree._Element, out: TextBuilder, *, body: bool) -> None:
        """Render an element inside a paragraph: text, tabs, breaks, symbols, note calls."""
        tag = el.tag
        if tag == f"{_W}t":
            self.text_since_break = True
            if self.is_raised(el):
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
        elif tag == f"{_W}sym":
            out.raw(_symbol(el))
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference") and body:
            self.call(el, out)

    def end_paragraph(self, p: etree._Element, out: TextBuilder, *, body: bool) -> None:
        """End a paragraph, then read its text boxes; a paragraph whose mark is a
        deleted tracked change goes on in the next one (its boxes follow that one)."""
        self.joined = p.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None
        if self.joined:
            return
        out.block()
        boxes, self.boxes = self.boxes, []
        for box in boxes:
            out.block()
            for child in box:  # its paragraphs (the box itself would be set aside again)
                self.render(child, out, body=body)
            out.block()

    def is_raised(self, t: etree._Element) -> bool:
        """Whether a run is set as a superscript (directly, by its character style, or
        raised by ``w:position`` as text converted from PDF often is)."""
        run = t.getparent()
        props = run.find(f"{_W}rPr") if run is not None else None
        if props is None:
            return False
        align = props.find(f"{_W}vertAlign")
        if align is not None:
            return align.get(f"{_W}val") == "superscript"
        style = props.find(f"{_W}rStyle")
        if style is not None and style.get(f"{_W}val") in self.raised_styles:
            return True
        position = props.find(f"{_W}position")
        raised = position.get(f"{_W}val", "") if position is not None else ""
        return raised.isdigit() and int(raised) > 0  # half-points up; lowered ones are negative

    def call(self, ref: etree._Element, out: TextBuilder) -> None:
        kind = "foot" if ref.tag == f"{_W}footnoteReference" else "end"
        key = (kind, ref.get(f"{_W}id", ""))
        number: int | None = None
        if ref.get(f"{_W}customMarkFollows") not in ("1", "true", "on"):
            number = self.note_numbers.setdefault(key, len(self.note_numbers) + 1)
            out.call(str(number))
        # else the mark is the text of the runs that follow, and the note starts with it
        note = self.notes.get(key)
        if note is not None and key not in self.called:  # a note is read once, however
            self.called.add(key)  # often it is called (a call per byte made a bomb)
            waiting = self.pending if kind == "foot" and self.paged else self.endnotes
            waiting.append((number, note))

    def page_break(self, out: TextBuilder) -> None:
        """End a page: its footnotes, then the break (once, however many markers)."""
        if not self.text_since_break:
            return  # an explicit break and Word's own marker of the same page
        self.flush(self.pending, out)
        out.page_break()
        self.text_since_break = False

    def flush(self, notes: list[tuple[int | None, etree._Element]], out: TextBuilder) -> None:
        """Render notes as ``¹ text`` paragraphs (a note with its own mark as written)."""
        for number, note in notes:
            text = TextBuilder()
            self.render(note, text, body=False)
            out.block()
            out.block()  # (a paragraph a page mark cuts ends its line: the blank line)
            line = text.result().strip().replace("\n\n", "\n")
            if number is not None:
                line = f"{superscript(str(number))} " + line.lstrip("⁰¹²³⁴⁵⁶⁷⁸⁹ ")
            out.raw(line)
            out.block()
        notes.clear()


def _repeated_choice(el: etree._Element) -> bool:
    """An ``mc:Choice`` after the first: alternatives of one content, read once."""
    if el.tag != f"{_MC}Choice":
        return False
    before = el.getprevious()
    return before is not None and before.tag == f"{_MC}Choice"


def _symbol(sym: etree._Element) -> str:
    """The character of a ``w:sym`` (a symbol font's code point, often private use)."""
    try:
        code = int(sym.get(f"{_W}char", ""), 16)
    except ValueError:
        return " "
    return chr(code) if 0 < code < 0x110000 else " "


def _notes(archive: WordPackage, source: str) -> _Notes:
    found: _Notes = {}
    for kind in ("foot", "end"):
        part = archive.part(f"word/{kind}notes.xml")
        if part is None:
            continue
        for note in parse_xml(part, source).iter(f"{_W}{kind}note"):
            if note.get(f"{_W}type") in (None, "normal"):
                found[(kind, note.get(f"{_W}id", ""))] = note
    return found


def read_docx(data: bytes, source: str) -> DocumentText:
    """Read a Word document (Office Open XML); pages as Word last laid them out."""
    try:
        archive = WordPackage(data, source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptDocument(f"not a readable zip/DOCX file ({exc})", source) from None
    with archive:
        document = archive.part("word/document.xml")
        if document is None:
            raise UnsupportedFormat(
                "a zip archive but not a Word document (no word/document.xml)", source
            )
        refuse_entities(document, source)
        try:
            raised = raised_styles(archive, source)
            notes_of = _notes(archive, source)
        except ReadError:
            parse_xml(document, source)  # (a damaged body is said first, as it is read first)
            raise
        body, found = _body(document, source, notes_of, raised)
        heads, feet = (_running(archive, found[kind], raised, source) for kind in _RUNNING.values())
        notes = _left_out(archive, "altChunk" in found, source)
    out = TextBuilder()
    _blocks(heads, out)
    out.extend(body)
    _blocks(feet, out)
    text = out.result()
    refuse_long_text(len(text), len(data), source)
    paged = "lastRenderedPageBreak" in found
    if paged and PAGE_BREAK in text:  # (a paragraph, and its page's notes, cut by a mark)
        pages = text.split(PAGE_BREAK)
        join_across_pages(pages, printed_hyphens=False)
        text = PAGE_BREAK.join(pages)
    doc = DocumentText.from_plain(text, source=source, format="docx")
    return replace(doc, page_starts=doc.page_starts if paged else (), notes=notes)


#: The references of the running heads and feet, by the kind of part they name.
_RUNNING = {"header": "headerReference", "footer": "footerReference"}
#: What the rest of the document is read by: the body's elements of a reference's tag,
#: and whether it holds one of each other tag of ``NOTED_TAGS``.
_Found = dict[str, list[etree._Element]]
_Notes = dict[tuple[str, str], etree._Element]


def _body(
    document: bytes, source: str, notes: _Notes, raised: frozenset[str]
) -> tuple[TextBuilder, _Found]:
    """The body of ``word/document.xml`` rendered, with its notes, as it is parsed
    (:mod:`eurefs.readers.docxstream`); in its whole tree when it cannot be."""
    paged = b"lastRenderedPageBreak" in document  # (whether Word's marks are there: a guess)
    stream = BodyStream(document, _W)
    out = TextBuilder()
    renderer = _Renderer(notes, paged, raised)
    try:
        for unit in stream.units():
            renderer.render(unit, out)
    except Unstreamable:
        stream.root = None
    root = stream.root
    found: _Found = {**stream.kept, **{tag: [] for tag in stream.noted}}
    if root is None or paged != ("lastRenderedPageBreak" in found):
        root = parse_xml(document, source)  # (its own error, if it is damaged)
        paged = root.find(f".//{_W}lastRenderedPageBreak") is not None
        out, renderer = TextBuilder(), _Renderer(notes, paged, raised)
        renderer.render(root, out)
        found = {tag: list(root.iter(f"{_W}{tag}")) for tag in (*KEPT_TAGS, *NOTED_TAGS)}
        found = {tag: els for tag, els in found.items() if els or tag in KEPT_TAGS}
    renderer.end_paragraph(root, out, body=True)  # text boxes outside any paragraph
    renderer.flush(renderer.pending, out)
    renderer.flush(renderer.endnotes, out)
    return out, found


def _blocks(texts: list[str], out: TextBuilder) -> None:
    for text in texts:
        out.block()
        out.raw(text)
        out.block()


def _running(
    archive: WordPackage, refs: list[etree._Element], raised: frozenset[str], source: str
) -> list[str]:
    """The texts of the headers (or footers) the sections use, each text once."""
    rels = archive.part("word/_rels/document.xml.rels")
    if rels is None:
        return []
    targets = {
        rel.get("Id", ""): rel.get("Target", "")
        for rel in parse_xml(rels, source).iter(f"{_REL}Relationship")
    }
    names: dict[str, None] = {}  # (in order; a list's 'in' made 20,000 names 13 s)
    for ref in refs:
        target = next((targets.get(ref.get(a, "")) for a in _R_IDS if ref.get(a)), None)
        if target:  # relative to word/, or absolute in the package
            name = target.lstrip("/") if target.startswith("/") else f"word/{target}"
            names[posixpath.normpath(name)] = None
    texts: dict[str, None] = {}
    for name in names:
        part = archive.part(name)
        if part is None:
            continue
        tree = parse_xml(part, source)
        _drop_page_numbers(tree)
        out, renderer = TextBuilder(), _Renderer({}, False, raised)
        renderer.render(tree, out, body=False)
        renderer.end_paragraph(tree, out, body=False)
        text = out.result().strip("\n")
        if text:
            texts[text] = None
    return list(texts)


def _drop_page_numbers(root: etree._Element) -> None:
    """Empty the shown values of page-number fields (simple and complex ones)."""
    for simple in list(root.iter(f"{_W}fldSimple")):
        words = simple.get(f"{_W}instr", "").split()
        if words and words[0].upper() in _PAGE_FIELDS:
            for t in simple.iter(f"{_W}t"):
                t.text = ""
    fields: list[list[str]] = []  # the instruction words of each open field, innermost last
    shown: list[bool] = []  # whether each open field is past its separator and a page number
    for el in root.iter(f"{_W}fldChar", f"{_W}instrText", f"{_W}t"):
        if el.tag == f"{_W}instrText" and fields:
            fields[-1].extend((el.text or "").split())
        elif el.tag == f"{_W}t":
            if any(shown):
                el.text = ""
        elif (kind := el.get(f"{_W}fldCharType")) == "begin":
            fields.append([])
            shown.append(False)
        elif kind == "separate" and fields:
            shown[-1] = bool(fields[-1]) and fields[-1][0].upper() in _PAGE_FIELDS
        elif kind == "end" and fields:
            fields.pop()
            shown.pop()


def _left_out(archive: WordPackage, alt_chunk: bool, source: str) -> tuple[str, ...]:
    """What the document holds that is not read, for the user to know (never silently)."""
    said: list[str] = []
    if alt_chunk:
        said.append(
            "part of it is an embedded HTML, RTF or text chunk (w:altChunk), which Word "
            "converts when it opens the file and eurefs does not read: open and save it in "
            "Word first"
        )
    part = archive.part("word/comments.xml")
    comments = 0
    if part is not None:
        comments = sum(
            1
            for comment in parse_xml(part, source).iter(f"{_W}comment")
            if "".join(t.text or "" for t in comment.iter(f"{_W}t")).strip()
        )
    if comments:
        what = "comment is" if comments == 1 else "comments are"
        said.append(
            f"its {comments} {what} not read (a comment is a remark on the document, not its text)"
        )
    return tuple(said)
