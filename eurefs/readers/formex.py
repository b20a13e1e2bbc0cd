"""Formex 4 (the Publications Office's XML for the Official Journal) to text.

Bibliographic blocks (``BIB.INSTANCE``, ``BIB.DATA``, ``INFO.*``) are metadata, not
text, and are left out, except the titles of the amending acts of a consolidated
text (``MOD.ACT``), its "Amended by" list as EUR-Lex prints it.  Footnotes
(``NOTE``) are replaced by their call, ``(1)``, as the Official Journal prints
them, and their text follows at the end of the document, so references inside
notes are found too.  Other XML that is not HTML is read
the same way: the text of its elements, one block per element.
"""

from __future__ import annotations

from lxml import etree

from eurefs.readers.builder import TextBuilder, superscript
from eurefs.readers.safexml import parse_xml
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


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _quote(el: etree._Element) -> str:
    code = el.get("CODE", "")
    try:
        return chr(int(code, 16))
    except ValueError:
        return '"'


#: Elements whose text is whole words, never part of one: a date, a citation of the OJ.
_WHOLE_WORDS = frozenset({"DATE", "REF.DOC.OJ"})


def _whole_words(el: etree._Element) -> bool:
    """Words that are never part of a word: set in small capitals (``<HT TYPE="UC">``), a
    date or an OJ citation (``_WHOLE_WORDS``)."""
    tag = _tag(el)
    return tag in _WHOLE_WORDS or (tag == "HT" and el.get("TYPE") == "UC")


def _word_apart(out: TextBuilder, following: str | None) -> None:
    """A space between whole words (``_whole_words``) and the word they touch: copies that
    lost the white space around them (Lexparency's MiFID II, '<HT TYPE="UC">Richtlinie</HT>
    2014/65/EU<HT TYPE="UC">des ...', 'des Rates vom<DATE ISO="20140515">15. Mai 2014</DATE>
    über Märkte') read 'Richtlinie2014/65/EUdes', the act not found, and 'vom15. Mai 2014über'."""
    if following and (following[0].isalnum() or following[0] == "(") and out.last_char().isalnum():
        out.raw(" ")


def _amending_title(bib: etree._Element, out: TextBuilder, notes: list[etree._Element]) -> None:
    """The title in the data of an amending act (``GR.MOD.ACT/MOD.ACT/BIB.DATA/TITLE``)
    of a consolidated text: its "Amended by" list, which EUR-Lex prints above the text."""
    parent = bib.getparent()
    if parent is not None and _tag(parent) == "MOD.ACT":
        for child in bib:
            if _tag(child) == "TITLE":
                _render(child, out, notes)


def _render(root: etree._Element, out: TextBuilder, notes: list[etree._Element]) -> None:
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if tag in _SKIP or not tag:
                if tag == "BIB.DATA":
                    _amending_title(el, out, notes)
                walker.skip_subtree()
                continue
            if tag == "NOTE":
                notes.append(el)
                call = f"({len(notes)})"  # after a number a paragraph's: 'Article 8 (2) of'
                out.raw(" " + (superscript(call) if out.follows_number() else call))
                walker.skip_subtree()
                continue
            if tag == "SUP":
                out.call("".join(el.itertext()))
                walker.skip_subtree()
                continue
            if tag in ("QUOT.START", "QUOT.END"):
                out.raw(_quote(el))
            elif tag not in _INLINE:
                out.block()
            elif _whole_words(el):
                _word_apart(out, el.text)
            out.text(el.text)
        else:
            if tag in _SKIP or tag in ("NOTE", "SUP") or not tag:
                pass  # subtree skipped at its start; only the tail is text
            elif tag in _NUMBER_LABELS:
                out.raw(" ")
            elif tag not in _INLINE and tag not in ("QUOT.START", "QUOT.END"):
                out.block()
            elif _whole_words(el):
                _word_apart(out, el.tail)
            out.text(el.tail)


def formex_to_text(root: etree._Element) -> str:
    """Render a Formex tree: the text, then its footnotes as ``(n) text`` paragraphs."""
    out = TextBuilder()
    notes: list[etree._Element] = []
    _render(root, out, notes)
    done = 0
    while done < len(notes):  # notes may hold notes; each is rendered once, in order
        note = notes[done]
        done += 1
        body = TextBuilder()
        body.text(note.text)
        for child in note:
            _render(child, body, notes)
        out.block()
        out.raw(f"({done}) " + body.result().strip().replace("\n\n", "\n"))
        out.block()
    return out.result()


def read_formex(data: bytes, source: str) -> DocumentText:
    """Read a Formex 4 document (or any other non-HTML XML)."""
    return DocumentText(formex_to_text(parse_xml(data, source)), (), source, "formex")
