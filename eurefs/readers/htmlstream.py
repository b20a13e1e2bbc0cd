"""An HTML page rendered as libxml2 parses it, no tree of the page built (issue 10).

The page's elements come as the parser's events (a parser target); each is rendered at
its start and its end as :func:`eurefs.readers.htmlwalk.walk` renders it in a tree, and
then forgotten.  Only an element whose text depends on what it holds or on its tail (a
superscript, a footnote call, a number in a box of its own:
:func:`~eurefs.readers.htmlwalk.held_whole`) is built as a tree, and walked once whole.
The page's style sheets are read first, in a parse of their own that keeps nothing else
(:class:`~eurefs.readers.stylesheet.SheetReader`), and only when a ``<style>`` element of
the page may name ``display`` or ``visibility``.  The text is the tree walk's, character for
character (``tests/readers/test_html_stream.py``): reading the German EUR-Lex page of
COM(2021) 206, its body 14 times (10 MB), took 7.9 MB of memory a MB of HTML with the
tree, 3.7 MB without (``tests/readers/test_reader_memory.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lxml import etree

from eurefs.errors import CorruptDocument
from eurefs.readers.builder import TextBuilder
from eurefs.readers.htmlwalk import close_element, held_whole, local_name, open_element, walk
from eurefs.readers.stylesheet import CHECKS, CHECKS_PER_ELEMENT, SheetReader, StyleRules, Verdict

#: The attributes that rendering an element reads (its verdict is found as it starts).
_READ = ("class", "href", "hidden", "style")
#: The deepest an element may be nested: libxml2's limit when it builds a tree (with
#: ``huge_tree``), which it does not keep when it builds none; deeper, the page is refused
#: as it was when read in a tree.
MAX_NESTING = 2048
#: Where a ``<style>`` element may start, and where the HTML parser ends its text (a
#: ``</style`` closed by white space, ``/`` or ``>``; the parser reads a CR as a LF).
_SHEET_START = re.compile(rb"(?i)<style[\t\n\f\r />]")
_SHEET_END = re.compile(rb"(?i)</style[\t\n\f\r />]")
#: What a sheet with rules that hide or lay out names (``StyleRules.read``).
_RULED = re.compile(rb"(?i)display|visibility")


class _Unweighable(Exception):
    """The page's style rules take more checks to match than its elements allow
    (:meth:`~eurefs.readers.stylesheet.StyleRules.verdicts`): read it without them."""


class _Unbuildable(Exception):
    """Text or an attribute that lxml does not take into a tree it builds (control
    characters, which libxml2's own tree holds): the page is read in that tree."""


class _TooDeep(Exception):
    """An element nested deeper than :data:`MAX_NESTING`."""


class _Page:
    """The parser target that renders a page into ``out`` (see the module's docstring)."""

    def __init__(self, out: TextBuilder, rules: StyleRules | None) -> None:
        self.out, self.rules = out, rules
        self.budget = CHECKS
        self.pieces: list[str] = []  # the text since the last tag
        self.shapes: list[tuple[str, tuple[bool, bool]]] = []  # the open elements shown
        self.passed = 0  # how deep inside an element not shown (0: not inside one)
        self.held: list[etree._Element] = []  # an element being built whole: its open ones
        self.verdicts: dict[etree._Element, Verdict] = {}  # on its elements
        self.whole: etree._Element | None = None  # built whole, waiting for its tail
        self.level = 0  # how deep inside the page's root element
        self.ended = False  # its root ended: what follows is not in its tree
        self.depth = 0  # how deep inside any element (after the root too)

    def _verdict(self, tag: str, attrib: Mapping[str, str]) -> Verdict | None:
        if self.rules is None:
            return None
        verdict, checked = self.rules.match(tag, attrib.get)
        self.budget += CHECKS_PER_ELEMENT - checked
        if self.budget < 0:
            raise _Unweighable
        return verdict

    def _text(self) -> None:
        """Hand on the text since the last tag, whole (libxml2 hands it in pieces)."""
        text = "".join(self.pieces) if self.pieces else None
        self.pieces.clear()
        if self.whole is not None:  # its tail: now it is rendered
            try:
                self.whole.tail = text or None
            except ValueError:
                raise _Unbuildable from None
            walk(self.whole, self.out, self.verdicts)
            self.whole, self.verdicts = None, {}
        elif not text:
            return
        elif self.held:
            el = self.held[-1]
            try:
                if len(el):
                    el[-1].tail = (el[-1].tail or "") + text
                else:
                    el.text = (el.text or "") + text
            except ValueError:
                raise _Unbuildable from None
        elif not self.passed:
            self.out.text(text)

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        """An element starts."""
        self._text()
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise _TooDeep
        if self.ended:
            return
        self.level += 1
        verdict = self._verdict(tag, attrib)  # (every element counts against the budget)
        name = local_name(tag)
        if self.held or (not self.passed and held_whole(name, attrib.get)):
            self._build(name, attrib, verdict)
        elif self.passed:
            self.passed += 1
        else:
            shape = open_element(name, attrib.get, verdict, self.out)
            if shape is None:
                self.passed = 1
                return
            if name == "pre":
                self.out.preserve(True)
            self.shapes.append((name, shape))

    def _build(self, name: str, attrib: Mapping[str, str], verdict: Verdict | None) -> None:
        """Add an element to the one being built whole, under a name lxml takes that
        renders as its own (one lxml refuses, ``o:p``, is in no list of tags; an empty
        one, of ``<a}>``, is not shown)."""
        kept = {key: attrib[key] for key in _READ if key in attrib}
        try:
            try:
                el = etree.Element(name, kept)
            except ValueError:
                el = etree.Element("template" if not name else "eurefs-other", kept)
        except ValueError:
            raise _Unbuildable from None
        if self.held:
            self.held[-1].append(el)
        self.held.append(el)
        if verdict is not None:
            self.verdicts[el] = verdict

    def end(self, tag: str) -> None:
        """The element opened last ends."""
        self._text()
        self.depth -= 1
        if self.ended:
            return
        self.level -= 1
        self.ended = not self.level
        if self.held:
            el = self.held.pop()
            if not self.held:
                self.whole = el
        elif self.passed:
            self.passed -= 1
        else:
            name, shape = self.shapes.pop()
            close_element(name, shape, self.out)

    def data(self, text: str) -> None:
        """Text (in pieces)."""
        if self.level:
            self.pieces.append(text)

    def close(self) -> bool:
        """The end of the page: whether it had any element."""
        self._text()
        return self.ended


def _parse(data: bytes, source: str, target: Any) -> Any:
    """Parse ``data`` (UTF-8) as HTML into ``target``: what its ``close()`` returns (without
    one, the root of libxml2's tree)."""
    # huge_tree: libxml2 otherwise stops at 256 nested elements and returns an empty
    # tree without raising; entities are refused before, so it only lifts that depth.
    parser = etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        target=target,
    )
    try:
        result = etree.fromstring(data, parser)
    except (etree.ParserError, ValueError, LookupError) as exc:
        raise CorruptDocument(f"cannot parse as HTML ({exc})", source) from None
    if result is None:  # (no target: no tree)
        raise CorruptDocument("cannot parse as HTML (Document is empty)", source)
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:  # the parser gave up part-way: what it returns is not the whole page
        reason = fatal[0].message.split(", use XML_PARSE_HUGE")[0]  # libxml2's advice, not ours
        raise CorruptDocument(f"cannot parse as HTML ({reason})", source)
    return result


def render_page(data: bytes, source: str) -> TextBuilder:
    """The text of an HTML page (UTF-8 bytes), in the builder it was rendered into.

    Raises:
        CorruptDocument: libxml2 cannot parse it, gave up part-way, or found no element.
    """
    rules: StyleRules | None = None
    if _may_rule(data):
        found = _parse(data, source, SheetReader())
        rules = found if isinstance(found, StyleRules) and found else None
    try:
        try:
            return _rendered(data, source, rules)
        except _Unweighable:
            return _rendered(data, source, None)
    except _TooDeep:
        reason = f"Excessive depth in document: {MAX_NESTING}"
        raise CorruptDocument(f"cannot parse as HTML ({reason})", source) from None
    except _Unbuildable:
        out = TextBuilder()
        root = _parse(data, source, None)
        walk(root, out, rules.verdicts(root) if rules else {})
        return out


def _may_rule(data: bytes) -> bool:
    """Whether the text of some ``<style>`` element may name ``display`` or ``visibility``
    (read from its start tag to the end of its text, in the bytes: the markup of most
    pages names them elsewhere, and their sheets not at all).  Each byte is read once."""
    at = 0
    while start := _SHEET_START.search(data, at):
        end = _SHEET_END.search(data, start.end())
        at = end.end() if end else len(data)
        if _RULED.search(data, start.start(), at):
            return True
    return False


def _rendered(data: bytes, source: str, rules: StyleRules | None) -> TextBuilder:
    out = TextBuilder()
    if not _parse(data, source, _Page(out, rules)):
        raise CorruptDocument("cannot parse as HTML (Document is empty)", source)
    return out
