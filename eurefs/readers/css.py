"""Pieces of CSS read simply, for :mod:`eurefs.readers.stylesheet`: declarations of
``display`` (hiding, or laying out as a block) and ``visibility``, media query lists, and
selectors.

Each reader runs in time linear in its input (no regular expression here can
backtrack more than a few characters), as style sheets come with hostile pages too.
A selector is read only as far as matching an element by its tag, classes and ids
needs; what lies in brackets (``[href]``, ``:not(.a)``) is skipped over whole.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Where a rule holds: on every screen, on some (a condition), or on none (print).
ON, MAYBE, OFF = 2, 1, 0
#: The weight of a selector that this reader cannot weigh: above any other.
UNWEIGHED = (1 << 30, 0, 0)

_IDENT = r"(?:[-\w\u0080-\U0010ffff]|\\(?:[0-9a-fA-F]{1,6}[ \t\n\r\f]?|[^\n\r\f0-9a-fA-F]))+"
#: One piece of a selector whose brackets have been emptied (see :func:`_skeleton`).
_PIECE = re.compile(
    rf"(?P<ws>[ \t\n\r\f]+)|(?P<comb>[>+~])|#(?P<id>{_IDENT})|\.(?P<cls>{_IDENT})"
    rf"|(?P<type>{_IDENT}|\*)|(?P<attr>\[\])|(?P<colons>::?)(?P<pseudo>{_IDENT})(?P<call>\(\))?"
    r"|(?P<amp>&)"
)
_BRACKETS = re.compile(
    r"\"[^\"\\]*(?:\\.[^\"\\]*)*\"?|'[^'\\]*(?:\\.[^'\\]*)*'?|[()\[\],]|(?:[^()\[\],\"'\\]|\\.)+|\\",
    re.S,
)
_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)
_NOT_AN_IDENT = re.compile(r"-?[0-9]|--?$|-?\\[0-9a-fA-F]")
_LEGACY_PSEUDO_ELEMENTS = frozenset({"before", "after", "first-line", "first-letter"})
_KEYWORDS = re.compile(r"[a-z-]+(?:\s+[a-z-]+)*")
_SCREEN = frozenset({"", "all", "screen", "only all", "only screen", "not print", "not speech"})
_NOT_SCREEN = frozenset(
    {"print", "speech", "not all", "not screen", "aural", "braille", "embossed", "handheld",
     "projection", "tty", "tv"}
)  # fmt: skip


class Compound(NamedTuple):
    """The tag, classes and ids a selector asks of an element (``None``: any tag)."""

    tag: str | None
    classes: tuple[str, ...]
    ids: tuple[str, ...]


class Declared(NamedTuple):
    """A ``display`` or ``visibility`` declaration: whether it hides its element, whether
    it is ``!important``, whether it lays the element out as a block (``display:
    block``, ``flex``, ``list-item`` ...: on a line of its own, as a ``div``), and whether
    it sets it in the line of the text around it (``display: inline``, ``inline-block``,
    ``contents`` ...: a ``p`` so styled ends no paragraph)."""

    prop: str
    hides: bool
    important: bool
    blocks: bool = False
    inline: bool = False


#: The ``display`` keywords that put an element on lines of its own (the outer display
#: ``block``: CSS Display Level 3, 2.1-2.4), unless an ``inline`` keyword comes with them.
_BLOCK_DISPLAYS = frozenset(
    {"block", "flex", "grid", "table", "list-item", "flow-root", "table-row", "table-caption",
     "table-row-group", "table-header-group", "table-footer-group"}
)  # fmt: skip


def declarations(text: str) -> list[Declared]:
    """The ``display`` and ``visibility`` declarations of a block, in their order.

    A value that is no keyword (``none\\9``, a typo) is not valid CSS and is left out,
    as a browser leaves it out.
    """
    found = []
    for item in text.split(";"):
        prop, colon, value = item.partition(":")
        prop = prop.strip().lower()
        if not colon or prop not in ("display", "visibility"):
            continue
        value, bang, flag = value.lower().rpartition("!")
        important = bool(bang) and flag.strip() == "important"
        value = (value if important else value + bang + flag).strip()
        if not (_KEYWORDS.fullmatch(value) or "var(" in value):
            continue
        hides = value == "none" if prop == "display" else value in ("hidden", "collapse")
        words = set(value.split()) if prop == "display" else set()
        inline = any(w.startswith("inline") for w in words) or words == {"contents"}
        blocks = bool(words & _BLOCK_DISPLAYS) and not inline
        found.append(Declared(prop, hides, important, blocks, inline))
    return found


def _inline_winners(style: str) -> dict[str, Declared]:
    """The declaration of each property that wins in a ``style`` attribute: the last one,
    an ``!important`` one before any other."""
    winner: dict[str, Declared] = {}
    for declared in declarations(style):
        held = winner.get(declared.prop)
        if declared.important or held is None or not held.important:
            winner[declared.prop] = declared
    return winner


def inline_hides(style: str) -> bool:
    """Whether a ``style`` attribute alone hides its element (the last declaration wins)."""
    return any(d.hides for d in _inline_winners(style).values())


def inline_blocks(style: str) -> bool:
    """Whether a ``style`` attribute alone lays its element out as a block."""
    display = _inline_winners(style).get("display")
    return display is not None and display.blocks


def inline_flows(style: str) -> bool:
    """Whether a ``style`` attribute alone sets its element in the line of the text around it."""
    display = _inline_winners(style).get("display")
    return display is not None and display.inline


def media_context(queries: str) -> int:
    """:data:`ON`, :data:`MAYBE` or :data:`OFF`: where a media query list holds."""
    best = OFF
    for query in split_list(queries.lower()):
        query = " ".join(query.split())
        if query in _SCREEN:
            return ON
        kind = query.removeprefix("only ").split(" and ")[0]
        if query not in _NOT_SCREEN and kind not in ("print", "speech"):
            best = MAYBE
    return best


def split_list(text: str) -> list[str]:
    """Split at the commas that no bracket or string holds."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in ("(", "["):
            depth += 1
        elif token in (")", "]"):
            depth = max(depth - 1, 0)
        elif token == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(token)
    parts.append("".join(current))
    return parts


def _skeleton(selector: str) -> str:
    """The selector with what its brackets and strings hold left out: ``a[href]:not(.b)``
    -> ``a[]:not()``."""
    kept, depth = [], 0
    for match in _BRACKETS.finditer(selector):
        token = match.group()
        if token in ("(", "["):
            depth += 1
            if depth == 1:
                kept.append(token)
        elif token in (")", "]"):
            depth = max(depth - 1, 0)
            if depth == 0:
                kept.append(token)
        elif depth == 0:
            kept.append(token)
    return "".join(kept)


def _unescape(ident: str) -> str:
    def char(match: re.Match[str]) -> str:
        if match.group(2) is not None:
            return match.group(2)
        code = int(match.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _ESCAPE.sub(char, ident) if "\\" in ident else ident


class Selector(NamedTuple):
    """What this reader makes of one selector: the last compound, whether it is all
    there is (and so may hide), its specificity, and whether it may apply at all."""

    last: Compound
    simple: bool
    specificity: tuple[int, int, int]
    applies: bool


def parse_selector(selector: str) -> Selector:
    """Read one selector (of a list): see :class:`Selector`."""
    text = _skeleton(selector).strip()
    if not text:  # not valid: a browser drops the rule
        return Selector(Compound(None, (), ()), False, UNWEIGHED, False)
    tag: str | None = None
    classes: list[str] = []
    ids: list[str] = []
    ids_n = classes_n = types_n = compounds = 0
    simple, readable, fresh = True, True, True
    pos = 0
    while pos < len(text) and readable:
        m = _PIECE.match(text, pos)
        if m is None:
            readable = False
            break
        pos = m.end()
        if m["ws"] or m["comb"]:
            fresh = True
            continue
        if fresh:  # a new compound: only the last one is matched
            tag, classes, ids, fresh, compounds = None, [], [], False, compounds + 1
        if m["id"] or m["cls"]:
            raw = m["id"] or m["cls"]
            simple = simple and not _NOT_AN_IDENT.match(raw)
            (ids if m["id"] else classes).append(_unescape(raw))
            ids_n, classes_n = ids_n + bool(m["id"]), classes_n + bool(m["cls"])
        elif m["type"]:
            tag = None if m["type"] == "*" else _unescape(m["type"]).lower()
            types_n += tag is not None
            simple = simple and (tag is None or not _NOT_AN_IDENT.match(m["type"]))
        elif m["pseudo"] and (
            m["colons"] == "::" or m["pseudo"].lower() in _LEGACY_PSEUDO_ELEMENTS
        ):
            return Selector(Compound(None, (), ()), False, UNWEIGHED, False)  # a pseudo-element
        else:  # attributes, pseudo-classes, '&'
            simple = False
            classes_n += 1
            readable = readable and not (m["call"] or m["amp"])
    last = Compound(tag, tuple(classes), tuple(ids)) if readable else Compound(None, (), ())
    specificity = (ids_n, classes_n, types_n) if readable else UNWEIGHED
    return Selector(last, simple and readable and compounds == 1, specificity, True)
