"""What the ``<style>`` sheets of a page hide from its reader on screen, and lay out as blocks.

A browser shows no element that the page's own style sheet sets to ``display:
none`` or ``visibility: hidden`` (``<style>.hidden{display:none}</style> ... <p
class="hidden">``).  This reads the rules of ``<style>`` elements simply, in time
linear in their length (pieces of CSS: :mod:`eurefs.readers.css`), and hides only
where it is sure:

* a rule hides when each selector of its list is one compound of a tag, classes and
  ids (``.hidden``, ``#note``, ``p.print-only``, ``div#a.b``), and when it holds on
  screen whatever the window: at the top of the sheet, or under ``@media screen``
  or ``all``.  Under ``@media print`` (or in a ``<style media="print">``) it hides
  from the printed page only, so what it hides is read; under a condition
  (``@media (max-width: 600px)``, ``@supports``, ``@layer``) it hides nothing;
* a rule that shows (``display: block``, ``visibility: visible``) counts wherever it
  may hold on screen, whatever its selector.  Where that is more than a compound
  (``.menu:hover .item``, ``.tabs > .hidden``) it is taken to match every element
  that its last compound's tag, classes and ids fit, and one with a selector this
  reader cannot weigh (``:not(...)``, nested rules) to outweigh any other;
* the winner is then the browser's: ``!important`` first, the element's ``style``
  attribute next, then the more specific selector, then the later rule;
* a ``display`` that lays the element out as a block (``block``, ``flex``, ``list-item``
  ...: :class:`~eurefs.readers.css.Declared`) makes a ``span`` or a link a paragraph of
  its own where it wins, from a rule that may hide (one that surely holds) or from the
  element's ``style``; from any other rule it only shows.

Sheets never hide ``html`` or ``body``: a page that hides itself whole is one that
a script shows (against framing, or until it has loaded).  Sheets that other files
hold (``<link rel="stylesheet">``, ``@import``) are not read, and neither are
``<style>`` elements in ``template`` or ``noscript``.  Text hidden only from the
eye (a ``.sr-only`` block, clipped to one pixel) is there for screen readers, and
is read.  A sheet nested deeper than :data:`MAX_DEPTH`, or whose rules would take
more than a few checks per element to match, is hostile: the page is then read as
if it had no sheet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from lxml import etree

from eurefs.readers.css import (
    MAYBE,
    OFF,
    ON,
    UNWEIGHED,
    Compound,
    Declared,
    declarations,
    media_context,
    parse_selector,
    split_list,
)

#: Blocks in blocks that a sheet may open before it is taken as hostile.
MAX_DEPTH = 32
#: Candidate rules checked for a page before its sheets are given up as hostile:
#: this many, and :data:`CHECKS_PER_ELEMENT` more for each element.
CHECKS = 100_000
CHECKS_PER_ELEMENT = 50

_TOKEN = re.compile(
    r"/\*.*?(?:\*/|\Z)"  # a comment, to the end of the sheet when it is not closed
    r"|<!--|-->"  # the marks of an HTML comment around a sheet
    r"|\"[^\"\\\n]*(?:\\.[^\"\\\n]*)*\"?|'[^'\\\n]*(?:\\.[^'\\\n]*)*'?"
    r"|[{};]|(?:[^{};/\"'\\<-]|\\.|<(?!!--)|-(?!->))+|.",
    re.S,
)
_AT_RULE = re.compile(r"@([-\w]*)(.*)", re.S)
#: At-rules whose blocks hold no rules for elements (fonts, pages, animations).
_NO_RULES = frozenset(
    {"font-face", "page", "keyframes", "-webkit-keyframes", "-moz-keyframes", "-o-keyframes",
     "counter-style", "property", "font-feature-values", "font-palette-values", "view-transition"}
)  # fmt: skip
_INERT = frozenset({"template", "noscript"})
_WHOLE_PAGE = frozenset({"html", "body"})
_ASCII_SPACE = re.compile(r"[ \t\n\f\r]+")
_ANY = Compound(None, (), ())


class Declaration(NamedTuple):
    """``display`` or ``visibility`` set by a rule, with its weight in the cascade."""

    prop: str
    hides: bool
    weight: tuple[bool, bool, tuple[int, int, int], int]  # important, inline, specificity, order
    compound: Compound
    blocks: bool = False  # (only where the rule surely holds, as for hiding)
    inline: bool = False  # (the same)


class Verdict(NamedTuple):
    """What the sheets and the ``style`` attribute make of an element."""

    hidden: bool
    block: bool  #: laid out as a block (``display: block`` on a ``span``)
    inline: bool = False  #: set in the line (``display: inline`` on a ``p``)


class _Block(NamedTuple):
    """An open block of a sheet: a group of rules (``@media``...) or a rule's body."""

    context: int
    selectors: str | None  # None for a group of rules
    nested: bool


class StyleRules:
    """The ``display`` and ``visibility`` rules of a page's sheets, indexed to match."""

    def __init__(self) -> None:
        self._hiding: dict[tuple[str, str], list[Declaration]] = {}  # matched as written
        self._showing: dict[tuple[str, str], list[Declaration]] = {}  # matched in any case
        self._order = 0
        self.hostile = False

    def __bool__(self) -> bool:
        return not self.hostile and bool(self._hiding or self._showing)

    def read(self, sheet: str, context: int = ON) -> None:
        """Read the rules of one sheet, which holds in ``context``."""
        folded = sheet.lower()
        if "display" not in folded and "visibility" not in folded:
            return  # most of a page's sheets: fonts, colours, margins
        stack = [_Block(context, None, False)]
        buffer: list[str] = []  # the text since the last '{', ';' or '}'
        body: list[str] = []  # the declarations of the innermost open rule
        bodies: list[list[str]] = []
        for match in _TOKEN.finditer(sheet):
            token = match.group()
            if token == "{":
                if len(stack) > MAX_DEPTH:
                    self.hostile = True
                    return
                stack.append(self._open(stack[-1], "".join(buffer).strip()))
                bodies.append(body)
                buffer, body = [], []
            elif token == ";":
                if stack[-1].selectors is not None:
                    body.append("".join(buffer))
                buffer = []
            elif token == "}" and len(stack) == 1:
                buffer = []  # a stray '}'
            elif token == "}":
                self._close(stack.pop(), body, buffer)
                buffer, body = [], bodies.pop()
            elif not token.startswith("/*") and token not in ("<!--", "-->"):
                buffer.append(token)
        while len(stack) > 1:  # the end of the sheet closes what is open
            self._close(stack.pop(), body, buffer)
            buffer, body = [], bodies.pop()

    @staticmethod
    def _open(parent: _Block, prelude: str) -> _Block:
        if parent.selectors is not None:  # a rule nested in a rule: '&' and the like
            return _Block(parent.context, prelude, True)
        if not prelude.startswith("@"):
            return _Block(parent.context, prelude, parent.nested)
        at_rule = _AT_RULE.match(prelude)
        name, rest = (at_rule[1].lower(), at_rule[2]) if at_rule else ("", "")
        if name == "media":
            return _Block(min(parent.context, media_context(rest)), None, parent.nested)
        if name in _NO_RULES:
            return _Block(OFF, None, parent.nested)
        return _Block(min(parent.context, MAYBE), None, parent.nested)  # @supports, @layer...

    def _close(self, block: _Block, body: list[str], buffer: list[str]) -> None:
        if block.selectors is None or block.context == OFF:
            return
        winners: dict[str, Declared] = {}  # in the rule: the last, !important first
        for declared in declarations(";".join([*body, "".join(buffer)])):
            held = winners.get(declared.prop)
            if declared.important or held is None or not held.important:
                winners[declared.prop] = declared
        if not winners:
            return
        self._order += 1
        selectors = [parse_selector(s) for s in split_list(block.selectors)]
        sure = block.context == ON and not block.nested and all(s.simple for s in selectors)
        for prop, hides, important, blocks, inline in winners.values():
            if hides and not sure:
                continue
            index = self._hiding if hides else self._showing
            for selector in selectors:
                if not selector.applies:
                    continue
                specificity = UNWEIGHED if block.nested else selector.specificity
                compound = selector.last if hides else _lower(selector.last)
                weight = (important, False, specificity, self._order)
                declaration = Declaration(
                    prop, hides, weight, compound, blocks and sure, inline and sure
                )
                index.setdefault(_key(compound), []).append(declaration)

    def verdicts(self, root: etree._Element) -> dict[etree._Element, Verdict]:
        """Whether each element that a rule matches is hidden, or laid out as a block (its
        ``style`` weighed in).

        Elements that no rule matches are left out, and every element when the
        rules take more than :data:`CHECKS` checks (and so many per element) to match.
        """
        found: dict[etree._Element, Verdict] = {}
        budget = CHECKS
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            verdict, checked = self.match(el.tag, el.get)
            budget += CHECKS_PER_ELEMENT - checked
            if budget < 0:
                return {}
            if verdict is not None:
                found[el] = verdict
        return found

    def match(self, tag: str, get: Callable[[str], str | None]) -> tuple[Verdict | None, int]:
        """The verdict on an element of this tag and these attributes (``get``), None when
        no rule matches it; and the candidate rules checked (which :meth:`verdicts`
        counts against its budget)."""
        tag = tag.rsplit("}", 1)[-1].lower()
        classes = frozenset(c for c in _ASCII_SPACE.split(get("class") or "") if c)
        ident = get("id")
        matched: list[Declaration] = []
        checked = 0
        indexes = [(self._showing, True)]
        if tag not in _WHOLE_PAGE:
            indexes.append((self._hiding, False))
        for index, fold in indexes:
            if fold:
                classes = frozenset(c.lower() for c in classes)
                ident = ident.lower() if ident is not None else None
            for key in _keys(tag, classes, ident):
                candidates = index.get(key, ())
                checked += len(candidates)
                matched += [d for d in candidates if _matches(d.compound, tag, classes, ident)]
        return (_cascade(matched, get("style") or "") if matched else None), checked


def _lower(compound: Compound) -> Compound:
    return Compound(
        compound.tag,
        tuple(c.lower() for c in compound.classes),
        tuple(i.lower() for i in compound.ids),
    )


def _key(compound: Compound) -> tuple[str, str]:
    if compound.ids:
        return ("#", compound.ids[0])
    if compound.classes:
        return (".", compound.classes[0])
    return ("", compound.tag or "*")


def _keys(tag: str, classes: frozenset[str], ident: str | None) -> list[tuple[str, str]]:
    keys = [(".", c) for c in classes]
    if ident is not None:
        keys.append(("#", ident))
    return [*keys, ("", tag), ("", "*")]


def _matches(compound: Compound, tag: str, classes: frozenset[str], ident: str | None) -> bool:
    if compound.tag is not None and compound.tag != tag:
        return False
    return all(i == ident for i in compound.ids) and classes.issuperset(compound.classes)


def _cascade(matched: list[Declaration], style: str) -> Verdict:
    """Whether the winning ``display`` or ``visibility`` declaration hides; whether the
    winning ``display`` lays the element out as a block, or sets it in the line."""
    for order, (prop, hides, important, blocks, inline) in enumerate(declarations(style)):
        weight = (important, True, (0, 0, 0), order)
        matched.append(Declaration(prop, hides, weight, _ANY, blocks, inline))
    winners: dict[str, Declaration] = {}
    for declaration in matched:
        best = winners.get(declaration.prop)
        if best is None or declaration.weight > best.weight:
            winners[declaration.prop] = declaration
    hidden = any(d.hides for d in winners.values())
    display = winners.get("display")
    if hidden or display is None:
        return Verdict(hidden, False)
    return Verdict(hidden, display.blocks, display.inline)


def page_rules(root: etree._Element) -> StyleRules:
    """The rules of the page's ``<style>`` elements (none when it has none)."""
    rules = StyleRules()
    if next(root.iter("{*}style"), None) is None:
        return rules
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
        if tag in _INERT:
            walker.skip_subtree()
        elif tag == "style" and (el.get("type") or "text/css").strip().lower() in ("", "text/css"):
            rules.read("".join(el.itertext()), media_context(el.get("media") or ""))
    return rules


class SheetReader:
    """A parser target that reads the rules of a page's ``<style>`` elements as
    :func:`page_rules` reads them in its tree, keeping nothing else of the page;
    ``close()`` returns them."""

    def __init__(self) -> None:
        self.rules = StyleRules()
        self.inert = 0  # how deep inside an element whose sheets are not read
        self.sheet: list[str] | None = None  # the text of the sheet being read
        self.media = ""
        self.depth = 0  # how deep inside it
        self.level = 0  # how deep inside the page's root element
        self.ended = False  # its root ended: what follows is not in its tree

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        """An element starts."""
        if self.ended:
            return
        self.level += 1
        name = tag.rsplit("}", 1)[-1].lower()
        if self.inert or name in _INERT:
            self.inert += 1
        elif self.sheet is not None:
            self.depth += 1
        elif name == "style" and (attrib.get("type") or "text/css").strip().lower() in (
            "",
            "text/css",
        ):
            self.sheet, self.media, self.depth = [], attrib.get("media") or "", 1

    def end(self, tag: str) -> None:
        """The element opened last ends."""
        if self.ended:
            return
        self.level -= 1
        self.ended = not self.level
        if self.inert:
            self.inert -= 1
        elif self.sheet is not None:
            self.depth -= 1
            if not self.depth:
                self.rules.read("".join(self.sheet), media_context(self.media))
                self.sheet = None

    def data(self, text: str) -> None:
        """Text (in pieces)."""
        if self.sheet is not None:
            self.sheet.append(text)

    def close(self) -> StyleRules:
        """The rules read."""
        return self.rules
