"""Formex 4 (the Publications Office's XML for the Official Journal) to text.

Bibliographic blocks (``BIB.INSTANCE``, ``BIB.DATA``, ``INFO.*``) are metadata, not
text, and are left out, except the titles of the amending acts of a consolidated
text (``MOD.ACT``), its "Amended by" list as EUR-Lex prints it.  Footnotes
(``NOTE``) are replaced by their call, ``(1)``, as the Official Journal prints
them, and their text follows at the end of the document, so references inside
notes are found too.  Other XML that is not HTML is read
the same way: the text of its elements, one block per element.

The document is rendered as libxml2 parses it (a parser target), no tree built: reading
22 MB of Formex (an OJ annex repeated) took 277 MB with the tree, 137 MB without.
"""

from __future__ import annotations

from eurefs.readers.builder import TextBuilder, superscript
from eurefs.readers.safexml import parse_xml_events
from eurefs.text import DocumentText

_SKIP = frozenset(
    {"BIB.INSTANCE", "BIB.INSTANCE.CONS", "INFO.CONSLEG", "INFO.PROD", "BIB.DATA", "PAGE.FIRST",
     "PAGE.LAST", "PAGE.SEQ", "PAGE.TOTAL", "LG.OJ", "LG.DOC", "VOLUME.REF", "NO.SEQ", "MARKUP",
     "DOCUMENT.REF", "DOCUMENT.REF.CONS", "TOC", "FMX.INFO", "LEXP.META"}
)  # fmt: skip
_INLINE = frozenset(
    {"HT", "FT", "IE", "DATE", "REF.DOC.OJ", "REF.DOC", "REF.DOC.ECR", "REF.DOC.SEC", "QUOT.S",
     "TERM", "EXPR", "LINK", "URI", "ABBR", "ACRONYM", "ADDR", "PERIOD", "NO.P", "NO.PARAG",
     "DECIMAL", "FRACTION", "SUB", "SUP", "NO.DOC.C", "INCL.ELEMENT", "REF.CORE", "REF.NP",
     "REF.ECR", "REF.PHYS", "DURATION", "MONEY", "PERCENT", "DLIST.ITEM.TERM", "TXT"}
)  # fmt: skip
_NUMBER_LABELS = frozenset({"NO.P", "NO.PARAG", "NO.ITEM"})


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _quote(attrib: dict[str, str]) -> str:
    code = attrib.get("CODE", "")
    try:
        return chr(int(code, 16))
    except ValueError:
        return '"'


#: Elements whose text is whole words, never part of one: a date, a citation of the OJ.
_WHOLE_WORDS = frozenset({"DATE", "REF.DOC.OJ"})


def _whole_words(tag: str, attrib: dict[str, str]) -> bool:
    """Words that are never part of a word: set in small capitals (``<HT TYPE="UC">``), a
    date or an OJ citation (``_WHOLE_WORDS``)."""
    return tag in _WHOLE_WORDS or (tag == "HT" and attrib.get("TYPE") == "UC")


def _word_apart(out: TextBuilder, following: str | None) -> None:
    """A space between whole words (``_whole_words``) and the word they touch: copies that
    lost the white space around them (Lexparency's MiFID II, '<HT TYPE="UC">Richtlinie</HT>
    2014/65/EU<HT TYPE="UC">des ...', 'des Rates vom<DATE ISO="20140515">15. Mai 2014</DATE>
    über Märkte') read 'Richtlinie2014/65/EUdes', the act not found, and 'vom15. Mai 2014über'."""
    if following and (following[0].isalnum() or following[0] == "(") and out.last_char().isalnum():
        out.raw(" ")


#: A parser event as a note keeps it: ``("start", tag, attributes)``, ``("end", tag,
#: None)``, or ``("text", text, None)`` (the whole text between two tags).
_Event = tuple[str, str, "dict[str, str] | None"]
#: What the text after a tag is: shown (or passed over), and whole words or not.
_SHOWN, _WORDS, _PASSED = (True, False), (True, True), (False, False)


class _Renderer:
    """Renders a Formex document's parser events into ``out`` as they come.

    The text after a start tag is the element's own, after an end tag its tail.  An
    element of ``_SKIP`` is passed over with what it holds, but for the titles of an
    amending act's data (``MOD.ACT/BIB.DATA/TITLE``, with their tails); a note (``NOTE``)
    is replaced by its call, its events kept in ``notes`` to be rendered at the end; a
    superscript's (``SUP``) text is written as a call.
    """

    def __init__(self, out: TextBuilder, notes: list[list[_Event]]) -> None:
        self.out, self.notes = out, notes
        self.open: list[tuple[str, bool]] = []  # the elements rendered, open: (tag, whole words)
        self.after = _SHOWN  # what the next text is
        self.passed = 0  # how deep inside an element passed over (0: not inside one)
        self.amending = False  # the element passed over is an amending act's data
        self.titles: list[int] = []  # len(open) outside each amending act's title rendered
        self.kept: list[_Event] | None = None  # the events of a note, being kept
        self.gathered: list[str] | None = None  # the text of a superscript, being gathered
        self.depth = 0  # how deep inside that note or superscript

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        """An element starts."""
        if self.depth:
            self._hold(("start", tag, attrib))
            return
        if self.passed:
            if not (self.amending and self.passed == 1 and tag == "TITLE"):
                self.passed += 1
                self.after = _PASSED
                return
            self.passed = 0
            self.titles.append(len(self.open))
        elif tag in _SKIP:
            parent = self.open[-1][0] if self.open else ""
            self.passed, self.amending = 1, tag == "BIB.DATA" and parent == "MOD.ACT"
            self.after = _PASSED
            return
        elif tag in ("NOTE", "SUP"):
            self._open_held(tag)
            return
        out = self.out
        if tag in ("QUOT.START", "QUOT.END"):
            out.raw(_quote(attrib))
        elif tag not in _INLINE:
            out.block()
        whole = _whole_words(tag, attrib)
        self.open.append((tag, whole))
        self.after = _WORDS if whole else _SHOWN

    def end(self, tag: str) -> None:
        """The element opened last ends."""
        if self.depth:
            self._hold(("end", tag, None))
            return
        if self.passed:  # (a child of the element passed over, its tail not shown; or that one)
            self.passed -= 1
            self.after = _PASSED if self.passed else _SHOWN
            return
        _, whole = self.open.pop()
        if tag in _NUMBER_LABELS:
            self.out.raw(" ")
        elif tag not in _INLINE and tag not in ("QUOT.START", "QUOT.END"):
            self.out.block()
        self.after = _WORDS if whole else _SHOWN
        if self.titles and self.titles[-1] == len(self.open):  # (its tail, then its act's data)
            self.titles.pop()
            self.passed, self.amending = 1, True

    def text(self, text: str) -> None:
        """The text between two tags, whole."""
        if self.depth:
            self._hold(("text", text, None))
        elif self.after[0]:
            if self.after[1]:
                _word_apart(self.out, text)
            self.out.text(text)

    def _open_held(self, tag: str) -> None:
        """Begin keeping a note's events, or gathering a superscript's text."""
        self.depth = 1
        if tag == "SUP":
            self.gathered = []
            return
        self.kept = []
        self.notes.append(self.kept)
        call = f"({len(self.notes)})"  # after a number a paragraph's: 'Article 8 (2) of'
        self.out.raw(" " + (superscript(call) if self.out.follows_number() else call))

    def _hold(self, event: _Event) -> None:
        """Keep an event of a note, or gather a superscript's text; at its own end, write
        the superscript as a call."""
        kind = event[0]
        self.depth += 1 if kind == "start" else -1 if kind == "end" else 0
        if not self.depth:
            if self.gathered is not None:
                self.out.call("".join(self.gathered))
            self.kept = self.gathered = None
            self.after = _SHOWN
        elif self.kept is not None:
            self.kept.append(event)
        elif kind == "text" and self.gathered is not None:
            self.gathered.append(event[1])


class _Target:
    """The parser target: hands the renderer each element's local name and the text
    between two tags whole (libxml2 hands it in pieces)."""

    def __init__(self, renderer: _Renderer) -> None:
        self.renderer = renderer
        self.pieces: list[str] = []

    def _text(self) -> None:
        if self.pieces:
            self.renderer.text("".join(self.pieces))
            self.pieces.clear()

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._text()
        self.renderer.start(_local(tag), attrib)

    def end(self, tag: str) -> None:
        self._text()
        self.renderer.end(_local(tag))

    def data(self, text: str) -> None:
        self.pieces.append(text)

    def close(self) -> bool:
        self._text()
        return True


def _replay(events: list[_Event], out: TextBuilder, notes: list[list[_Event]]) -> None:
    """Render the events a note kept (its text, then its children, as parsed)."""
    renderer = _Renderer(out, notes)
    for kind, value, attrib in events:
        if kind == "start":
            renderer.start(value, attrib or {})
        elif kind == "end":
            renderer.end(value)
        else:
            renderer.text(value)


def read_formex(data: bytes, source: str) -> DocumentText:
    """Read a Formex 4 document (or any other non-HTML XML): the text, then its footnotes
    as ``(n) text`` paragraphs."""
    out = TextBuilder()
    notes: list[list[_Event]] = []
    parse_xml_events(data, source, _Target(_Renderer(out, notes)))
    done = 0
    while done < len(notes):  # notes may hold notes; each is rendered once, in order
        events = notes[done]
        done += 1
        body = TextBuilder()
        _replay(events, body, notes)
        notes[done - 1] = []  # (rendered: not kept)
        out.block()
        out.raw(f"({done}) " + body.result().strip().replace("\n\n", "\n"))
        out.block()
    return DocumentText(out.result(), (), source, "formex")
