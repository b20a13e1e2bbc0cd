"""How an (X)HTML element is rendered as text: the tests a reader makes of an element,
and the walk of a tree (:func:`html_to_text`), which the page reader
(:func:`eurefs.readers.html.read_html`) runs only on the few elements whose text depends
on what they hold or on what follows them (superscripts, footnote calls, numbers set in
a box of their own).

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
from collections.abc import Callable

from lxml import etree

from eurefs.readers.builder import CALL, CALL_MARK, TextBuilder
from eurefs.readers.css import inline_blocks, inline_flows, inline_hides
from eurefs.readers.stylesheet import Verdict, page_rules

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
#: What an element shown is: laid out as a block by its style (not by its tag), and a block
#: by its tag set in the line by its style; None for one the page does not show.
Shape = tuple[bool, bool] | None


def _label(el: etree._Element, tag: str, out: TextBuilder) -> bool:
    """Whether ``el`` is the number that opens a paragraph in a box of its own (EUR-Lex's
    ``span.num``): ``2.Article 5 of`` lost its pinpoint, ``1.Subject`` read as one word."""
    return tag == "span" and _LABEL_CLASS in (el.get("class") or "").split() and out.at_line_start()


def local_name(tag: object) -> str:
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def _styled_superscript(el: etree._Element) -> bool:
    """A ``span`` that EUR-Lex styles as a superscript (``super``, ``oj-super`` ...)."""
    if local_name(el.tag) != "span":
        return False
    return any(c in _SUPER_CLASSES for c in (el.get("class") or "").split())


#: An element's attribute by name (``element.get``, or the parser's ``dict.get``).
Attribute = Callable[[str], "str | None"]


def _hidden(get: Attribute, verdict: Verdict | None) -> bool:
    """Whether the page hides an element from its reader (``hidden``, ``display: none``).

    ``verdict`` is the page's style sheets' (with the element's ``style`` weighed in),
    None when no rule matches it.  ``aria-hidden`` is not hiding: it hides from screen
    readers what is on the screen.
    """
    if get("hidden") is not None:
        return True
    if verdict is not None:
        return verdict.hidden
    style = get("style")
    return style is not None and inline_hides(style)


def _styled_block(get: Attribute, verdict: Verdict | None) -> bool:
    """Whether the page lays an element out as a block that is no block by its tag
    (``<span style="display:block">``): its text is a paragraph of its own, not glued to
    the words around it."""
    if verdict is not None:
        return verdict.block
    style = get("style")
    return style is not None and inline_blocks(style)


def _styled_inline(get: Attribute, verdict: Verdict | None) -> bool:
    """Whether the page sets an element that is a block by its tag in the line of the text
    around it (``<p style="display:inline">``): it ends no paragraph."""
    if verdict is not None:
        return verdict.inline
    style = get("style")
    return style is not None and inline_flows(style)


def held_whole(tag: str, get: Attribute) -> bool:
    """Whether an element's text may depend on what it holds or on its tail (a superscript,
    a footnote call, a number in a box of its own: :func:`walk`'s ``_note_call``,
    ``_styled_superscript``, ``_label``), so that it is rendered once it is whole."""
    if tag == "sup":
        return True
    if tag not in ("a", "span"):
        return False
    written = (get("class") or "").split()
    if {c.lower() for c in written} & _CALL_CLASSES:
        return True
    if tag == "a":  # (every call target is a link into the page)
        return (get("href") or "").startswith("#")
    return _LABEL_CLASS in written or any(c in _SUPER_CLASSES for c in written)


def open_element(tag: str, get: Attribute, verdict: Verdict | None, out: TextBuilder) -> Shape:
    """Write what an element's start means (a paragraph's end, a line break, a tab); its
    :data:`Shape`, or None when the page does not show it (its tail aside)."""
    if tag in _SKIP or not tag or _hidden(get, verdict):
        return None
    block = inline = False
    if tag in _BLOCK and tag not in _PAGE and _styled_inline(get, verdict):
        inline = True
    elif tag in _BLOCK:
        out.block()
    elif _styled_block(get, verdict):
        out.block()
        block = True
    elif tag == "br":
        out.line_break()
    elif tag in _CELL:
        out.raw("\t")
    return block, inline


def close_element(tag: str, shape: tuple[bool, bool], out: TextBuilder) -> None:
    """Write what the end of an element (shown, of this shape) means, before its tail."""
    block, inline = shape
    if block:
        out.block()
    if tag == "pre":
        out.preserve(False)
    if tag in _BLOCK and not inline:
        out.block()


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
    return local_name(children[0].tag) == "sup" or _styled_superscript(children[0])


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
    rules = page_rules(root)
    out = TextBuilder()
    walk(root, out, rules.verdicts(root) if rules else {})
    return out.result()


def walk(root: etree._Element, out: TextBuilder, by_sheets: dict[etree._Element, Verdict]) -> None:
    """Render an (X)HTML tree (or an element, with its tail) into ``out``, ``by_sheets``
    holding the verdicts of the page's style sheets on its elements."""
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[etree._Element] = set()  # set aside whole at their start: only the tail is left
    shapes: dict[etree._Element, tuple[bool, bool]] = {}  # of the elements shown, open
    for event, el in walker:
        tag = local_name(el.tag)
        if event == "end":
            shape = shapes.pop(el, (False, False))
            if el in skipped:
                if shape[0]:
                    out.block()
                out.text(el.tail)
                continue
            close_element(tag, shape, out)
            out.text(el.tail)
            continue
        opened = open_element(tag, el.get, by_sheets.get(el), out)
        if opened is None:
            skipped.add(el)
            walker.skip_subtree()
            continue
        shapes[el] = opened
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
