"""HTML and XHTML (EUR-Lex pages, Cellar XHTML, judgment bodies) to text.

Scripts, styles and the head are ignored, and so is what the page hides from its
reader (the ``hidden`` attribute, ``display: none`` or ``visibility: hidden`` inline
or by a rule of its ``<style>`` sheets: :mod:`eurefs.readers.stylesheet`); block
elements end paragraphs, and so do the elements the page lays out as blocks (``<span
style="display:block">``, or by a rule that surely holds); ``<br>`` ends a line;
superscripts and footnote calls (EUR-Lex's ``FootnoteReference`` links, the OJ's
``(1)`` links) are kept apart from the number before them.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from eurefs.errors import CorruptDocument, UnsafeDocument
from eurefs.readers.builder import CALL, CALL_MARK, TextBuilder
from eurefs.readers.charset import checked_charset
from eurefs.readers.css import inline_blocks, inline_flows, inline_hides
from eurefs.readers.safexml import refuse_entities
from eurefs.readers.stylesheet import Verdict, page_rules
from eurefs.text import DocumentText

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe",
     "object", "embed", "svg", "math", "button", "select", "textarea"}
)  # fmt: skip
_BLOCK = frozenset(
    {"p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h2",
     "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
     "tfoot", "tr", "caption", "blockquote", "pre", "address", "figure", "figcaption", "hr",
     "body", "html", "form", "fieldset", "legend", "center", "col", "colgroup"}
)  # fmt: skip
_CELL = frozenset({"td", "th"})
#: The page's own elements: whatever their style, their text is the page's.
_PAGE = frozenset({"html", "body"})
#: Classes EUR-Lex pages use for superscripts (note calls in OJ, consolidated, Cellar HTML).
_SUPER_CLASSES = frozenset({"super", "superscript", "oj-super", "sup"})
#: Classes of a footnote call that is set as plain text: Commission documents on EUR-Lex
#: (``<span class="FootnoteReference"><a class="footnoteRef" ...>1</a></span>``), the
#: list of their notes (``<a class="footnote" ...>(1)</a>``), HTML saved by Word.
_CALL_CLASSES = frozenset({"footnotereference", "footnoteref", "footnote", "msofootnotereference"})
#: Where a call links to its note: the OJ (``#ntr1-L_...``; a note's number links back to
#: its call, ``#ntc1-L_...``), Commission documents, Word.
_CALL_TARGETS = ("#ntr", "#ntc", "#footnote", "#_ftn", "#_edn", "#fn")
_CALL_TEXT = re.compile(r"[(\[]?" + CALL_MARK + r"[)\]]?")
#: The number of a list item or heading that EUR-Lex sets in a box of its own, the text
#: in the next (``<span class="num"><span>1.</span></span><span>Subject matter``): the
#: page shows a gap that the markup does not hold.
_LABEL_CLASS = "num"
#: The most attributes an element may have.  libxml2's HTML parser compares each attribute
#: of a tag with those before it (its XML parser hashes them): one ``<p>`` of 20,000
#: attributes took 0.5 s to parse, of 80,000 (0.7 MB) 17 s.  Real pages write a few.
MAX_ATTRIBUTES = 1_000
#: A start tag as an HTML parser reads it: a quote opens a value only after ``=``, and a
#: ``>`` in a quoted value ends nothing (possessive: each byte is read once); a script's
#: or a style sheet's text is taken with its tag, as the parser reads no tags in it.
_START_TAG = re.compile(
    rb"""(?P<tag><(?:(?P<raw>(?i:script|style))(?=[\s/>])|[A-Za-z])"""
    rb"""(?:[^>=]++|=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))*+)"""
    rb"""(?(raw)>(?s:.*?</(?i:script|style)|.*+))"""
)
#: An attribute's value, with the ``=`` before it; what is left are names (and the tag's).
_VALUE = re.compile(rb"""=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+)""")
_NAME_SEPARATORS = re.compile(rb"[\s/]+")


def _label(el: etree._Element, tag: str, out: TextBuilder) -> bool:
    """Whether ``el`` is the number that opens a paragraph in a box of its own (EUR-Lex's
    ``span.num``): ``2.Article 5 of`` lost its pinpoint, ``1.Subject`` read as one word."""
    return tag == "span" and _LABEL_CLASS in (el.get("class") or "").split() and out.at_line_start()


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def _styled_superscript(el: etree._Element) -> bool:
    """A ``span`` that EUR-Lex styles as a superscript (``super``, ``oj-super`` ...)."""
    if _local(el.tag) != "span":
        return False
    return any(c in _SUPER_CLASSES for c in (el.get("class") or "").split())


def _hidden(el: etree._Element, by_sheets: dict[etree._Element, Verdict]) -> bool:
    """Whether the page hides an element from its reader (``hidden``, ``display: none``).

    ``by_sheets`` holds the verdicts of the page's style sheets, with the element's
    ``style`` weighed in.  ``aria-hidden`` is not hiding: it hides from screen readers
    what is on the screen.
    """
    if el.get("hidden") is not None:
        return True
    verdict = by_sheets.get(el)
    if verdict is not None:
        return verdict.hidden
    style = el.get("style")
    return style is not None and inline_hides(style)


def _styled_block(el: etree._Element, by_sheets: dict[etree._Element, Verdict]) -> bool:
    """Whether the page lays an element out as a block that is no block by its tag
    (``<span style="display:block">``): its text is a paragraph of its own, not glued to
    the words around it."""
    verdict = by_sheets.get(el)
    if verdict is not None:
        return verdict.block
    style = el.get("style")
    return style is not None and inline_blocks(style)


def _styled_inline(el: etree._Element, by_sheets: dict[etree._Element, Verdict]) -> bool:
    """Whether the page sets an element that is a block by its tag in the line of the text
    around it (``<p style="display:inline">``): it ends no paragraph."""
    verdict = by_sheets.get(el)
    if verdict is not None:
        return verdict.inline
    style = el.get("style")
    return style is not None and inline_flows(style)


def _note_call(el: etree._Element, tag: str) -> str | None:
    """The text of a footnote call set as a plain link or span (``1``, ``(12)``), or as a
    link to a note in the page that holds only a superscript (EUR-Lex consolidated texts:
    ``(<a href="#E0002"> <span class="superscript">2</span> </a>)``), else None."""
    classes = {c.lower() for c in (el.get("class") or "").split()}
    if tag == "a":
        target = el.get("href") or ""
        if not (
            classes & _CALL_CLASSES
            or target.startswith(_CALL_TARGETS)
            or (target.startswith("#") and _only_superscript(el))
        ):
            return None
    elif tag != "span" or not classes & _CALL_CLASSES:
        return None
    # without the white space a copy indents the markup with (``(\n <span>1</span>\n )``)
    text = "".join("".join(str(t) for t in el.itertext()).split())
    return text if _CALL_TEXT.fullmatch(text) else None


def _only_superscript(el: etree._Element) -> bool:
    """Whether ``el`` holds one element, a superscript, and white space around it."""
    children = list(el)
    if len(children) != 1 or (el.text or "").strip() or (children[0].tail or "").strip():
        return False
    return _local(children[0].tag) == "sup" or _styled_superscript(children[0])


def _bracketed_call(el: etree._Element, call: str, out: TextBuilder) -> str:
    """``call`` in the brackets written around its link (``(<a ...>2</a>)``), which are
    taken out of the text before it and of the link's tail; else ``call`` as it is."""
    tail = (el.tail or "").lstrip()
    if not CALL.fullmatch(call) or not tail.startswith(")") or not out.take_back("("):
        return call
    el.tail = tail[1:]
    return f"({call})"


def html_to_text(root: etree._Element) -> str:
    """Render the text of an (X)HTML tree."""
    return _rendered(root).result()


def _rendered(root: etree._Element) -> TextBuilder:
    """The text of an (X)HTML tree, in the builder it was rendered into."""
    out = TextBuilder()
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[etree._Element] = set()  # set aside whole at their start: only the tail is left
    blocks: set[etree._Element] = set()  # laid out as blocks by their style, not by their tag
    inline: set[etree._Element] = set()  # blocks by their tag set in the line by their style
    rules = page_rules(root)
    by_sheets = rules.verdicts(root) if rules else {}
    for event, el in walker:
        tag = _local(el.tag)
        if event == "end":
            if el in blocks:
                out.block()
            if el in skipped:
                out.text(el.tail)
                continue
            if tag == "pre":
                out.preserve(False)
            if tag in _BLOCK and el not in inline:
                out.block()
            out.text(el.tail)
            continue
        if tag in _SKIP or not tag or _hidden(el, by_sheets):
            skipped.add(el)
            walker.skip_subtree()
            continue
        if tag in _BLOCK and tag not in _PAGE and _styled_inline(el, by_sheets):
            inline.add(el)
        elif tag in _BLOCK:
            out.block()
        elif _styled_block(el, by_sheets):
            out.block()
            blocks.add(el)
        elif tag == "br":
            out.line_break()
        elif tag in _CELL:
            out.raw("\t")
        call = _note_call(el, tag)
        if call is not None or tag == "sup" or _styled_superscript(el):
            text = _bracketed_call(el, call, out) if call else "".join(el.itertext())
            out.call(text, only_when_glued=call is None and tag != "sup")
            skipped.add(el)
            walker.skip_subtree()
            continue
        if tag == "pre":
            out.preserve(True)
        elif _label(el, tag, out):
            out.text("".join(el.itertext()))
            out.raw(" ")
            skipped.add(el)
            walker.skip_subtree()
            continue
        out.text(el.text)
    return out


def _parser_input(data: bytes, source: str) -> tuple[bytes, str]:
    """The page's bytes and the encoding to parse them with, its charset checked first.

    Warns:
        CharsetWarning: when the declared charset does not fit the bytes.
    """
    charset = checked_charset(data, source, stacklevel=3)
    if charset.problem is None and charset.codec == "utf-8":
        return data, "utf-8"
    # decoded here, so that undecodable bytes become U+FFFD whatever libxml2 would do,
    # and a byte-order mark is dropped (libxml2 given utf-16 keeps it as text)
    return data.decode(charset.codec, errors="replace").encode("utf-8"), "utf-8"


def refuse_many_attributes(data: bytes, source: str) -> None:
    """Raise :class:`~eurefs.errors.UnsafeDocument` for an element of over
    :data:`MAX_ATTRIBUTES` attributes, before libxml2 parses it.  Only a tag of over two
    bytes an attribute is counted (a name and a separator at least)."""
    for found in _START_TAG.finditer(data):
        tag = found.group("tag")
        if len(tag) > 2 * MAX_ATTRIBUTES:
            bare = _VALUE.sub(b" ", tag)
            names = len(_NAME_SEPARATORS.split(bare.strip())) - 1  # (the tag's own name)
            if names > MAX_ATTRIBUTES:
                raise UnsafeDocument(
                    f"an element has over {MAX_ATTRIBUTES} attributes ({names}); refused "
                    "(the HTML parser compares each with those before it)",
                    source,
                )


def read_html(data: bytes, source: str) -> DocumentText:
    """Read an HTML or XHTML document (or fragment).

    A declared charset that the bytes contradict is not followed: the page is read
    as its bytes are, with a :class:`~eurefs.errors.CharsetWarning`
    (see :mod:`eurefs.readers.charset`).
    """
    refuse_entities(data, source)
    data, encoding = _parser_input(data, source)
    refuse_many_attributes(data, source)
    # huge_tree: libxml2 otherwise stops at 256 nested elements and returns an empty
    # tree without raising; entities are refused above, so it only lifts that depth.
    parser = lxml.html.HTMLParser(
        encoding=encoding,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
    )
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError, LookupError) as exc:
        raise CorruptDocument(f"cannot parse as HTML ({exc})", source) from None
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:  # the parser gave up part-way: what it returns is not the whole page
        reason = fatal[0].message.split(", use XML_PARSE_HUGE")[0]  # libxml2's advice, not ours
        raise CorruptDocument(f"cannot parse as HTML ({reason})", source)
    out = _rendered(root)
    del root  # (the tree freed before the text is joined: 231 -> 187 MB for a 20 MB page)
    return DocumentText(out.result(), (), source, "html")
