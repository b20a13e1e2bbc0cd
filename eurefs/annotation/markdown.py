"""Markdown links for :func:`eurefs.annotate`, and the parts of a Markdown text left alone.

A reference inside the text's own link, autolink, inline code span or fenced code
block gets no link: in code, Markdown would print the link's markup as it is
written, and a link inside a link is no link.  Every search here is linear in the
text (one pass over its backtick runs and its fence lines).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Protocol, TypeVar

# Existing Markdown links and autolinks: a reference inside one is left alone.
_LINK = re.compile(
    r"!?\[[^\]\n]{0,1000}\]\([^)\s]{0,2000}(?:\s+\"[^\"\n]{0,500}\")?\)|<https?://[^>\s]{1,2000}>"
)
_BACKTICKS = re.compile(r"`+")
# A fence line: up to three spaces, then three or more backticks or tildes.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})([^\n]*)$", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
# The characters that, right before ``[``, would change what the link is: ``!`` makes
# it an image, and pandoc reads ``[1][label](url)`` as a reference link.
_BEFORE_LINK = frozenset("!]")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=_Spanned)


def _backslashes_before(text: str, at: int) -> int:
    """How many backslashes stand right before ``text[at]``."""
    i = at
    while i > 0 and text[i - 1] == "\\":
        i -= 1
    return at - i


def markdown_link(text: str, href: str) -> str:
    """``[text](<href>)``, the label's brackets and backslashes escaped."""
    label = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    label = " ".join(label.split("\n"))
    dest = href.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{label}](<{dest}>)"


def before_link(plain: str) -> str:
    """``plain`` (the text right before a link) with a last ``!`` or ``]`` escaped, which
    would make the link an image or part of a reference link."""
    if not plain or plain[-1] not in _BEFORE_LINK:
        return plain
    if _backslashes_before(plain, len(plain) - 1) % 2:
        return plain
    return f"{plain[:-1]}\\{plain[-1]}"


def _fenced_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks: from an opening fence to the closing one (or the end)."""
    blocks: list[tuple[int, int]] = []
    opening: re.Match[str] | None = None
    for m in _FENCE.finditer(text):
        fence, rest = m.group(1), m.group(2)
        if opening is None:
            if not (fence[0] == "`" and "`" in rest):  # a backtick fence's info has none
                opening = m
            continue
        first = opening.group(1)
        if fence[0] == first[0] and len(fence) >= len(first) and not rest.strip():
            blocks.append((opening.start(), m.end()))
            opening = None
    if opening is not None:
        blocks.append((opening.start(), len(text)))
    return blocks


def _code_spans(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inline code spans: a run of backticks to the next run of as many in its paragraph
    (a blank line or a fenced block ends one; the runs inside a block are its text)."""
    block_starts = [a for a, _ in blocks]
    runs: list[tuple[int, int]] = []
    for m in _BACKTICKS.finditer(text):
        start, end = m.span()
        b = bisect_right(block_starts, start) - 1
        if b >= 0 and blocks[b][1] > start:
            continue
        if _backslashes_before(text, start) % 2:
            start += 1  # an escaped backtick is text
        if start < end:
            runs.append((start, end))
    blanks = sorted([m.start() for m in _BLANK_LINE.finditer(text)] + block_starts)
    by_length: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(i)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        same = by_length[end - start]
        k = bisect_right(same, i)
        if k < len(same):
            close_start, close_end = runs[same[k]]
            if bisect_left(blanks, end) == bisect_left(blanks, close_start):
                spans.append((start, close_end))
                i = same[k] + 1
                continue
        i += 1
    return spans


def _left_alone(text: str) -> list[tuple[int, int]]:
    """The text's links, autolinks, code spans and fenced blocks, merged, in order."""
    blocks = _fenced_blocks(text)
    found = [m.span() for m in _LINK.finditer(text)] + blocks
    if "`" in text:
        found += _code_spans(text, blocks)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def outside_markdown(text: str, refs: Sequence[R]) -> list[R]:
    """The references outside the text's own links, autolinks and code."""
    spans = _left_alone(text)
    if not spans:
        return list(refs)
    starts = [a for a, _ in spans]
    kept = []
    for ref in refs:
        i = bisect_right(starts, ref.start) - 1
        inside = i >= 0 and spans[i][1] > ref.start
        overlaps_next = i + 1 < len(spans) and spans[i + 1][0] < ref.end
        if not (inside or overlaps_next):
            kept.append(ref)
    return kept
