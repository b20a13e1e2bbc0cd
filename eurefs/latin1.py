"""One Latin-1 copy of a text, made once for both passes over it.

The core's text view (``textview._specials``: which special characters the text holds)
and the short forms' popular-name scan (``short_forms.name_search``: where a name may
start) each read the text as one byte a character: ``text.encode("latin-1",
"replace")``, every character beyond Latin-1 one ``?``, so that the offsets stay the
text's.  On 1 MB of the benchmark text the copy costs ~13 M instructions; made once
(``shared``, around one extraction: ``scanner.extract_light``), the short forms' pass
reads the core's.

Which characters beyond Latin-1 the text holds is read at the copy's ``?``
(:func:`wide_chars`) where they are few; where they are many (Greek, Cyrillic, or
Latin letters with diacritics beyond Latin-1: every few characters), at the places
where the second byte of a character's code is that of a wanted one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import islice


class _Held:
    """The text of the extraction under way, its copy once made, and the characters
    beyond Latin-1 it holds once read (:func:`wide_chars`)."""

    __slots__ = ("beyond", "copy", "dense", "mids", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.copy: bytes | None = None
        self.beyond: frozenset[str] | None = None
        # (the marks of the copy found too many to read one by one, and the text's
        # :func:`_mid_bytes`, once read)
        self.dense = False
        self.mids: bytes | None = None


_SHARED: ContextVar[_Held | None] = ContextVar("eurefs_latin1_copy", default=None)


@contextmanager
def shared(text: str) -> Iterator[None]:
    """Within the block, :func:`latin1_copy` of ``text`` (that very object) is made once
    and then given again; the copy is dropped at the block's end."""
    token = _SHARED.set(_Held(text))
    try:
        yield
    finally:
        _SHARED.reset(token)


def latin1_copy(text: str) -> bytes:
    """``text.encode("latin-1", "replace")``: one byte a character, ``?`` for each
    character beyond Latin-1 (its offsets are the text's); made once for the ``text``
    of the :func:`shared` block under way."""
    held = _SHARED.get()
    if held is None or held.text is not text:
        return text.encode("latin-1", "replace")
    if held.copy is None:
        held.copy = text.encode("latin-1", "replace")
    return held.copy


def held_copy(text: str) -> bytes | None:
    """:func:`latin1_copy` of ``text`` where the :func:`shared` block under way holds it
    (made now if not yet); None elsewhere, for callers whose windows are few and short
    and would not pay for a copy of the whole text."""
    held = _SHARED.get()
    if held is None or held.text is not text:
        return None
    if held.copy is None:
        held.copy = text.encode("latin-1", "replace")
    return held.copy


def beyond_latin1(text: str) -> frozenset[str] | None:
    """The characters beyond Latin-1 that ``text`` holds (and ``?``, where it holds one),
    where the :func:`shared` block under way has read them (:func:`wide_chars`, sparse
    ones) or the text holds none; else None (not known)."""
    held = _SHARED.get()
    if held is None or held.text is not text:
        return None
    if text.isascii():  # (a flag of the string: no copy made)
        return frozenset()
    if held.beyond is None and held.copy is not None and b"?" not in held.copy:
        held.beyond = frozenset()
    return held.beyond


_QUESTION = ord("?")
# Beyond this density of marks (one every 64 characters, after the first 64), reading
# each costs more than the other ways: ~1 k instructions a mark.
_SPARSE_SHIFT = 6
_SPARSE_START = 64
_HEAD = 4096


def wide_chars(text: str, copy: bytes, wanted: tuple[str, ...]) -> list[str]:
    """The characters of ``wanted`` (all beyond Latin-1) that ``text`` holds, ``copy``
    being its :func:`latin1_copy`: read at the copy's ``?`` where they are few; else
    by the second byte of each character's code (``U+20xx``: ``0x20``), read where it is
    that of a wanted character (a few blocks: dashes and spaces, ligatures, full-width
    forms), each wanted character of a block looked for in the text where its block is
    frequent (Latin letters beyond Latin-1, ``U+01xx``, in Czech or Romanian)."""
    seen = _beyond(text, copy)
    if seen is not None:
        return [c for c in wanted if c in seen]
    mids = _held_mids(text)
    found: list[str] = []
    for block, chars in _blocks(wanted):
        if block in mids:
            here = _marked(text, mids, block)
            found += [c for c in chars if (c in text if here is None else c in here)]
    return found


def holds_marks(text: str) -> bool:
    """Whether ``text`` holds a combining diacritical mark (``U+0300``-``U+036F``: the
    accents of a text in Unicode's decomposed form, NFD).  Read from what the view reads
    anyway in the :func:`shared` block of ``text``: the characters at the Latin-1 copy's
    ``?`` where they are few, else the second byte of each character's code (``0x03``:
    Greek letters, or marks), and only where that is found (a Greek text) by a search of
    the text (~3 ms a MB).  Outside the block, from the second bytes."""
    if text.isascii():
        return False
    held = _SHARED.get()
    if held is None or held.text is not text:  # (no copy made for this: the second bytes)
        return b"\x03" in _mid_bytes(text) and _MARK.search(text) is not None
    copy = latin1_copy(text)
    if _QUESTION not in copy:
        return False
    seen = _beyond(text, copy)
    if seen is not None:
        return any(_MARKS_FROM <= c <= _MARKS_TO for c in seen)
    return b"\x03" in _held_mids(text) and _MARK.search(text) is not None


_MARKS_FROM, _MARKS_TO = "\u0300", "\u036f"
_MARK = re.compile(f"[{_MARKS_FROM}-{_MARKS_TO}]")


def _beyond(text: str, copy: bytes) -> frozenset[str] | set[str] | None:
    """:func:`_marked` at the copy's ``?``: every character of ``text`` beyond Latin-1
    (None: too many to read), read once for the text of the :func:`shared` block."""
    held = _SHARED.get()
    if held is None or held.text is not text:
        return _marked(text, copy, _QUESTION)
    if held.beyond is None and not held.dense:
        seen = _marked(text, copy, _QUESTION)
        if seen is None:
            held.dense = True
        else:
            held.beyond = frozenset(seen)  # (every character at a ``?``: all of them)
    return held.beyond


def _held_mids(text: str) -> bytes:
    """:func:`_mid_bytes` of ``text``, made once for the text of the :func:`shared` block."""
    held = _SHARED.get()
    if held is None or held.text is not text:
        return _mid_bytes(text)
    if held.mids is None:
        held.mids = _mid_bytes(text)
    return held.mids


def _marked(text: str, copy: bytes, mark: int) -> set[str] | None:
    """The characters of ``text`` where ``copy`` (one byte a character) holds ``mark``;
    None when there are more than one every 64 characters (after the first 64): too
    many to read one by one (the search stops at that many)."""
    search = _search(mark)
    # (a text dense from its start is told by its first 4,096 characters)
    head = (_HEAD >> _SPARSE_SHIFT) + _SPARSE_START
    if len(copy) > _HEAD and len(list(islice(search.finditer(copy, 0, _HEAD), head + 1))) > head:
        return None
    limit = (len(copy) >> _SPARSE_SHIFT) + _SPARSE_START
    places = list(islice(map(_START, search.finditer(copy)), limit + 1))
    if len(places) > limit:
        return None
    return set(map(text.__getitem__, places))


_START = re.Match.start


@lru_cache(maxsize=16)
def _search(mark: int) -> re.Pattern[bytes]:
    return re.compile(re.escape(bytes((mark,))))


def _mid_bytes(text: str) -> bytes:
    """Bits 8-15 of each character's code, one byte a character (offsets the text's)."""
    be = text.encode("utf-16-be", "surrogatepass")
    if len(be) == 2 * len(text):  # (no character beyond the BMP)
        return be[::2]
    return text.encode("utf-32-be", "surrogatepass")[2::4]


@lru_cache(maxsize=4)
def _blocks(wanted: tuple[str, ...]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    blocks: dict[int, list[str]] = {}
    for c in wanted:
        blocks.setdefault(ord(c) >> 8 & 0xFF, []).append(c)
    return tuple((block, tuple(chars)) for block, chars in blocks.items())
