"""The text content of an HTML page, mapped back to the source, and markup inserted into it.

:func:`html_text` reads an HTML source in one linear pass (no parser that
rebuilds the page: the output must be the input plus links, byte for byte
elsewhere).  Its ``text`` is what a reader sees: entities decoded, ``<script>``,
``<style>``, ``<textarea>``, ``<title>`` and comments left out, a line break
where a block element starts or ends.  :func:`wrap` puts markup around spans of
that text by wrapping the source pieces that carry them, one wrapper per piece
when a span crosses tags, so the markup stays well nested.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass

# Elements whose content is not page text (raw text or escapable raw text in HTML).
_OPAQUE = frozenset({"script", "style", "textarea", "title", "template", "noscript"})
# Elements that break the flow of text: the text gets a line break there.
_BLOCKS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul body html head caption".split()
)
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][^\s/>]*)")
_TAG_END = re.compile(r">|=\s*([\"'])")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)")


# Run kinds.  Runs live in parallel arrays, not one object each: a page of a million
# ``&nbsp;`` is two million runs, and objects would cost time, memory and garbage collection.
PLAIN, ENTITY, SEPARATOR = 0, 1, 2


@dataclass(frozen=True, eq=False)
class HtmlText:
    """An HTML source, its text content and the runs linking the two.

    Run ``i`` is ``text[starts[i]:starts[i + 1]]`` (the last one ends the text) and
    comes from ``source[src_starts[i]:src_ends[i]]``.  A ``PLAIN`` run maps character
    for character; an ``ENTITY`` run is atomic (its decoded characters cannot be
    split); a ``SEPARATOR`` (the line break a block element makes) has no source.
    """

    source: str
    text: str
    starts: array[int]
    src_starts: array[int]
    src_ends: array[int]
    kinds: bytes
    in_link: bytes

    def source_pieces(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        """Source ranges ``(src_start, src_end, in_link)`` carrying ``text[start:end]``.

        Ranges that touch in the source are merged; separators contribute nothing;
        an entity is taken whole when the span touches it.
        """
        starts, count = self.starts, len(self.starts)
        i = max(0, bisect_right(starts, start) - 1)
        pieces: list[tuple[int, int, bool]] = []
        while i < count and starts[i] < end:
            run_start, kind, in_link = starts[i], self.kinds[i], bool(self.in_link[i])
            run_end = starts[i + 1] if i + 1 < count else len(self.text)
            a, b = self.src_starts[i], self.src_ends[i]
            i += 1
            if run_end <= start or kind == SEPARATOR:
                continue
            if kind == PLAIN:
                a, b = a + max(start, run_start) - run_start, a + min(end, run_end) - run_start
            if pieces and pieces[-1][1] == a:
                pieces[-1] = (pieces[-1][0], b, pieces[-1][2] or in_link)
            else:
                pieces.append((a, b, in_link))
        return pieces


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.starts = array("q")
        self.src_starts = array("q")
        self.src_ends = array("q")
        self.kinds = bytearray()
        self.links = bytearray()
        self.length = 0
        self.in_link = 0
        # entity as written -> its characters ("" when it is no entity): each distinct
        # entity is decoded once, not once per occurrence
        self.decoded: dict[str, str] = {}

    def add(self, text: str, src_start: int, src_end: int, kind: int) -> None:
        if not text:
            return
        self.starts.append(self.length)
        self.src_starts.append(src_start)
        self.src_ends.append(src_end)
        self.kinds.append(kind)
        self.links.append(self.in_link > 0)
        self.parts.append(text)
        self.length += len(text)

    def data(self, start: int, end: int) -> None:
        """Text between tags: plain stretches and decoded entities."""
        source, decoded, add = self.source, self.decoded, self.add
        pos = start
        for m in _ENTITY.finditer(source, start, end):
            written = m.group()
            chars = decoded.get(written)
            if chars is None:
                chars = html.unescape(written)
                chars = decoded[written] = "" if chars == written else chars
            if not chars:
                continue  # not an entity: plain text
            a, b = m.span()
            if a > pos:
                add(source[pos:a], pos, a, PLAIN)
            add(chars, a, b, ENTITY)
            pos = b
        add(source[pos:end], pos, end, PLAIN)

    def separator(self, at: int) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n", at, at, SEPARATOR)

    def result(self) -> HtmlText:
        return HtmlText(
            self.source, "".join(self.parts), self.starts, self.src_starts, self.src_ends,
            bytes(self.kinds), bytes(self.links),
        )  # fmt: skip


def _tag_end(source: str, pos: int) -> int:
    """Index after the ``>`` closing the tag whose name ends at ``pos`` (quotes respected)."""
    while True:
        m = _TAG_END.search(source, pos)
        if m is None:
            return len(source)
        if m.group(1) is None:
            return m.end()
        close = source.find(m.group(1), m.end())
        if close == -1:
            return len(source)
        pos = close + 1


def _skip_to(source: str, pos: int, marker: str) -> int:
    found = source.find(marker, pos)
    return len(source) if found == -1 else found + len(marker)


def html_text(source: str) -> HtmlText:
    """The text content of an HTML source, with the map back to the source."""
    b = _Builder(source)
    pos, n = 0, len(source)
    while pos < n:
        lt = source.find("<", pos)
        if lt == -1:
            b.data(pos, n)
            break
        b.data(pos, lt)
        if source.startswith("<!--", lt):
            pos = _skip_to(source, lt + 4, "-->")
            continue
        if source.startswith("<![CDATA[", lt):
            pos = _skip_to(source, lt + 9, "]]>")
            continue
        if source.startswith(("<!", "<?"), lt):
            pos = _skip_to(source, lt + 2, ">")
            continue
        m = _TAG_NAME.match(source, lt)
        if m is None:  # a lone "<" is text
            b.data(lt, lt + 1)
            pos = lt + 1
            continue
        closing, name = m.group(1) == "/", m.group(2).lower()
        pos = _tag_end(source, m.end())
        self_closing = source[pos - 2 : pos] == "/>"
        if name in _BLOCKS:
            b.separator(lt)
        if name == "a" and not self_closing:
            b.in_link = max(0, b.in_link + (-1 if closing else 1))
        if name in _OPAQUE and not closing and not self_closing:
            close = re.compile(rf"</{re.escape(name)}[\s/>]", re.IGNORECASE).search(source, pos)
            pos = n if close is None else _tag_end(source, close.start() + 2 + len(name))
    return b.result()


def wrap(doc: HtmlText, spans: list[tuple[int, int, str, str]]) -> str:
    """The source with ``open``/``close`` markup around each ``(start, end, open, close)``.

    ``start``/``end`` are offsets into ``doc.text``; spans must not overlap.  A
    span is skipped when any of its text lies inside an existing link.
    """
    inserts: list[tuple[int, int, str]] = []
    for order, (start, end, open_tag, close_tag) in enumerate(sorted(spans)):
        pieces = doc.source_pieces(start, end)
        if not pieces or any(in_link for _, _, in_link in pieces):
            continue
        for a, b, _ in pieces:
            inserts.append((a, 2 * order + 1, open_tag))
            inserts.append((b, 2 * order, close_tag))
    inserts.sort(key=lambda t: (t[0], t[1]))
    out: list[str] = []
    pos = 0
    for at, _, markup in inserts:
        out.append(doc.source[pos:at])
        out.append(markup)
        pos = at
    out.append(doc.source[pos:])
    return "".join(out)
