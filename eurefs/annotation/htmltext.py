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


@dataclass(frozen=True)
class Run:
    """A stretch of ``text`` and where it comes from in the source.

    ``plain`` runs map character for character; an entity is one atomic run
    (its decoded characters cannot be split); a separator has no source.
    """

    text_start: int
    text_end: int
    src_start: int
    src_end: int
    kind: str  # "plain", "entity" or "separator"
    in_link: bool


@dataclass(frozen=True)
class HtmlText:
    """An HTML source, its text content and the runs linking the two."""

    source: str
    text: str
    runs: tuple[Run, ...]
    starts: tuple[int, ...]  # text_start of each run, for bisection

    def source_pieces(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        """Source ranges ``(src_start, src_end, in_link)`` carrying ``text[start:end]``.

        Ranges that touch in the source are merged; separators contribute nothing;
        an entity is taken whole when the span touches it.
        """
        i = max(0, bisect_right(self.starts, start) - 1)
        pieces: list[tuple[int, int, bool]] = []
        while i < len(self.runs) and self.runs[i].text_start < end:
            run = self.runs[i]
            i += 1
            if run.text_end <= start or run.kind == "separator":
                continue
            if run.kind == "plain":
                a = run.src_start + max(start, run.text_start) - run.text_start
                b = run.src_start + min(end, run.text_end) - run.text_start
            else:
                a, b = run.src_start, run.src_end
            if pieces and pieces[-1][1] == a:
                pieces[-1] = (pieces[-1][0], b, pieces[-1][2] or run.in_link)
            else:
                pieces.append((a, b, run.in_link))
        return pieces


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.runs: list[Run] = []
        self.length = 0
        self.in_link = 0

    def add(self, text: str, src_start: int, src_end: int, kind: str) -> None:
        if not text:
            return
        end = self.length + len(text)
        self.runs.append(Run(self.length, end, src_start, src_end, kind, self.in_link > 0))
        self.parts.append(text)
        self.length = end

    def data(self, start: int, end: int) -> None:
        """Text between tags: plain stretches and decoded entities."""
        pos = start
        for m in _ENTITY.finditer(self.source, start, end):
            decoded = html.unescape(m.group(0))
            if decoded == m.group(0):
                continue  # not an entity: plain text
            self.add(self.source[pos : m.start()], pos, m.start(), "plain")
            self.add(decoded, m.start(), m.end(), "entity")
            pos = m.end()
        self.add(self.source[pos:end], pos, end, "plain")

    def separator(self, at: int) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n", at, at, "separator")


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
    runs = tuple(b.runs)
    return HtmlText(source, "".join(b.parts), runs, tuple(r.text_start for r in runs))


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
