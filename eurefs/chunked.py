"""References of a large text, yielded as they are found: :func:`iter_extract`.

The text is cut into chunks, at paragraph breaks where it can be.  Each chunk is
scanned inside a window reaching ``MARGIN`` characters either side of it, so the
recogniser's look-behind (a few hundred characters of context, white space folded
across blank lines) and a reference running past the chunk's end both see what
they would see in the whole text.  A chunk keeps the references that *start*
inside it; one starting in the margin belongs to a neighbour.  The result is the
list :func:`eurefs.extract` returns, reference for reference.

Short forms (``the GDPR``, ``that Directive``) are document-wide: the language
of a text is the majority language of all its full references, and a defined
term or an anaphor points back to any earlier citation.  With short forms asked
for, :func:`iter_extract` therefore scans the whole text first (exactly as
:func:`eurefs.extract`) and only then yields; streaming needs
``short_forms=False`` or ``kinds`` without ``short_form``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from eurefs.models.references import SHORT_FORM, Reference
from eurefs.scanner import _wanted, extract
from eurefs.text import DocumentText

__all__ = ["CHUNK_SIZE", "MARGIN", "iter_extract", "streams"]

#: Characters per chunk by default (about 1 MB of text: a second of scanning).
CHUNK_SIZE = 1_000_000
#: Context scanned either side of a chunk: well over the longest reference and the
#: recogniser's look-behind (~600 characters), generous because it costs little.
MARGIN = 4_000
# At most this much further a margin is stretched over white space (which folds
# to one character and so gives the recogniser no context): bounded, so a text
# of blanks stays linear.
_MAX_STRETCH = 16 * MARGIN

_INK = re.compile(r"\S")


def streams(short_forms: bool, kinds: str | Iterable[str] | None) -> bool:
    """Whether :func:`iter_extract` with these arguments yields before the end of the text."""
    wanted = _wanted(kinds)
    return not short_forms or (wanted is not None and SHORT_FORM not in wanted)


def _cut(text: str, start: int, size: int) -> int:
    """The end of the chunk beginning at ``start``: after the last paragraph break
    (else line end, else space) in the second half of ``size`` characters."""
    end = start + size
    if end >= len(text):
        return len(text)
    low = start + size // 2
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, low, end)
        if at >= 0:
            return at + len(sep)
    return end


def _ink_before(text: str, pos: int, wanted: int) -> int:
    """A start at least ``MARGIN`` characters before ``pos``, moved further back
    (by at most ``_MAX_STRETCH``) until ``wanted`` non-blank characters lie between."""
    start = max(0, pos - MARGIN)
    floor = max(0, pos - MARGIN - _MAX_STRETCH)
    ink = len(_INK.findall(text, start, pos))
    while start > floor and ink < wanted:
        step = max(floor, start - MARGIN)
        ink += len(_INK.findall(text, step, start))
        start = step
    return start


def _ink_after(text: str, pos: int, wanted: int) -> int:
    end = min(len(text), pos + MARGIN)
    ceiling = min(len(text), pos + MARGIN + _MAX_STRETCH)
    ink = len(_INK.findall(text, pos, end))
    while end < ceiling and ink < wanted:
        step = min(ceiling, end + MARGIN)
        ink += len(_INK.findall(text, end, step))
        end = step
    return end


def _chunk_refs(
    text: str, start: int, end: int, kinds: str | Iterable[str] | None
) -> list[Reference]:
    """The references of ``text`` starting in ``[start, end)``, scanned with margins."""
    lo = _ink_before(text, start, MARGIN // 2)
    hi = _ink_after(text, end, MARGIN // 2)
    refs = extract(text[lo:hi], kinds=kinds, short_forms=False)
    kept = [r for r in refs if start <= r.start + lo < end]
    if lo:
        for ref in kept:  # new objects nobody else holds: shift in place, as the scanner does
            fields = vars(ref)
            fields["start"] += lo
            fields["end"] += lo
    return kept


def iter_extract(
    text: str | DocumentText,
    *,
    kinds: str | Iterable[str] | None = None,
    short_forms: bool = True,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Reference]:
    """Yield the references of ``text`` in order, chunk by chunk.

    Gives exactly what :func:`eurefs.extract` returns (same spans, same fields),
    but a chunk's references are yielded as soon as it is scanned, so the first
    ones of a 20 MB text come after a fraction of a second and memory holds one
    chunk's references at a time.

    Args:
        text: As for :func:`eurefs.extract`.
        kinds: As for :func:`eurefs.extract`.
        short_forms: As for :func:`eurefs.extract`.  Back-references depend on the
            whole document (its language, earlier citations and definitions), so
            with short forms the whole text is scanned before the first reference
            is yielded; pass ``short_forms=False`` (or ``kinds`` without
            ``short_form``) to stream.
        chunk_size: Characters per chunk (cut at a paragraph break where possible).
        progress: Called as ``progress(done, total)`` in characters after each chunk.

    Raises:
        TypeError: when ``text`` is not a ``str``.
        ValueError: for an unknown kind, an empty collection of kinds, or a
            ``chunk_size`` below 1.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    if isinstance(text, DocumentText):
        for ref in iter_extract(
            text.text, kinds=kinds, short_forms=short_forms, chunk_size=chunk_size,
            progress=progress,
        ):  # fmt: skip
            if text.page_starts:
                ref = ref.model_copy(update={"doc_page": text.page_at(ref.start)})
            yield ref
        return
    if not isinstance(text, str):
        raise TypeError(f"iter_extract() needs a str or DocumentText, not {type(text).__name__}")
    if not streams(short_forms, kinds):
        refs = extract(text, kinds=kinds, short_forms=short_forms)
        if progress is not None:
            progress(len(text), len(text))
        yield from refs
        return
    start, n = 0, len(text)
    while start < n:
        end = _cut(text, start, chunk_size)
        yield from _chunk_refs(text, start, end, kinds)
        if progress is not None:
            progress(end, n)
        start = end
