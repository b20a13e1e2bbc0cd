"""A text in the one form the extraction reads, and the map of its offsets back.

The same document must give the same references however it is encoded: its line ends
written ``\\r\\n`` (files from Windows tools) or ``\\r`` (classic Mac OS) as ``\\n``; its
accents as combining marks after their letters (Unicode's decomposed form, NFD: text
copied from macOS PDFs and some web pages, ``e`` + ``U+0301``) as the letters that hold
them (``é``).  Rather than teach every step of the extraction (the folded view, the
short-form pass, the dating of a text by its head lines, the steps that read the text
around a reference) each encoding, the extraction runs on a copy in one form, and its
records are mapped back: every span indexes the original text, and a record's ``text``
is sliced from it.  In the copy:

* every line end is ``\\n``, as Python's universal newlines read them (``\\r\\n`` and a
  lone ``\\r`` are each one line end);
* a letter and the combining marks after it (``U+0300``-``U+036F``: the marks of every
  EU language's letters, Greek and Cyrillic too) are composed as Unicode's NFC composes
  them (``unicodedata.normalize``); nothing else of the text changes.

A copy's character stands for one character of the original or for several (``\\n``
for ``\\r\\n``, ``é`` for ``e`` + ``U+0301``); the map keeps only the latter, so the
original offset of a copy offset ``p`` is ``p`` plus the characters merged before ``p``,
whether ``p`` starts a span or ends one.  Only a text that holds a ``\\r`` or a
combining mark is copied; telling costs one search for ``\\r`` and
``latin1.holds_marks``, read from what the view reads anyway.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterable
from itertools import accumulate, islice
from typing import TypeVar

from eurefs.latin1 import held_copy, holds_marks
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

_R = TypeVar("_R", bound=BaseReference)
#: The combining marks of a letter's accents (those NFD writes after the letters of
#: every official language's alphabet), a run of them.
_MARK_RUNS = compile_pattern("[\u0300-\u036f]+")
_COMPOSED = functools.partial(unicodedata.normalize, "NFC")
# Fewer runs of marks than one every 16 characters are composed one by one (~1 us a run),
# more at once (~0.1 us a character: Greek in NFD, a run every 11 characters, 140 -> 110 ms
# a MB; the benchmark text in NFD, one every 155, 22 ms one by one, ~60 at once).
_FEW = 4


class _Merges:
    """One step's copy: where its characters that stand for several of the text before
    it are, and how many characters more than one were merged up to each."""

    __slots__ = ("extra", "merged")

    def __init__(self, merged: list[int], extra: list[int]) -> None:
        self.merged, self.extra = merged, extra

    def before(self, pos: int) -> int:
        """The offset, in the text before the step, of the step's copy offset ``pos``."""
        i = bisect.bisect_left(self.merged, pos)
        return pos + self.extra[i - 1] if i else pos


def _line_ends(text: str) -> tuple[str, _Merges]:
    """``text`` with ``\\r\\n`` and ``\\r`` as ``\\n``: one merge at each ``\\n`` that
    was ``\\r\\n``."""
    lines = text.split("\r\n")
    copy = "\n".join(lines)
    copy = copy.replace("\r", "\n") if "\r" in copy else copy
    # (the ``\n`` ending each line but the last)
    merged = list(map((-1).__add__, accumulate(map((1).__add__, map(len, lines[:-1])))))
    return copy, _Merges(merged, list(range(1, len(lines))))


def _composed(text: str, few: bool = False) -> tuple[str, _Merges]:
    """``text`` with each letter and the combining marks after it composed (NFC): one
    merge where a sequence becomes shorter, at its first character.  A sequence NFC
    makes no shorter (marks no letter takes, or only put in order) stays as written.
    ``few``: the text is known to hold few marks (fewer than one every 16 characters)."""
    if few:
        return _composed_each(text)
    texts = _MARK_RUNS.split(text)  # (the text between its runs of marks)
    runs = len(texts) - 1
    if not runs:
        return text, _Merges([], [])
    if runs << _FEW < len(text):  # (few: one by one, a step of Python each, no whole pass)
        return _composed_each(text)
    # Many (a mark every few characters: Greek, or a hostile ``e`` + ``U+0301`` repeated)
    # are composed in C loops where that is NFC of the whole text, and left where NFC
    # changes nothing (``q`` + ``U+0301`` repeated: no letter takes its mark).
    whole = _composed_whole(text, texts)
    if whole is not None:
        return whole
    return (
        (text, _Merges([], [])) if unicodedata.is_normalized("NFC", text) else _composed_each(text)
    )


def _few(copy: bytes, size: int) -> bool:
    """Whether a text of ``size`` characters, ``copy`` its Latin-1 copy (or that of the
    text it was made of: the same characters beyond Latin-1), holds few marks."""
    return copy.count(b"?") << _FEW < size


def _composed_whole(text: str, texts: list[str]) -> tuple[str, _Merges] | None:
    """:func:`_composed` of ``text`` (``texts``: its pieces between the runs of marks)
    as ``unicodedata.normalize("NFC", text)``, where that composes each run with the
    character before it into one character and changes nothing else; else None.

    So it is where the text less its runs holds no other mark (no character of a
    nonzero combining class: no run of marks but the runs found) and is in NFC (no
    character NFC changes alone, no two it joins), and NFC makes the text as many
    characters shorter as the runs hold: every run is composed into the character
    before it (NFC never composes a run into nothing, nor one that starts the text),
    and each letter with its run is then what NFC makes of it alone."""
    rest = "".join(texts)
    if any(map(unicodedata.combining, set(rest))) or not unicodedata.is_normalized("NFC", rest):
        return None
    copy = _COMPOSED(text)
    if len(copy) != len(rest):
        return None
    # the composed letter ending each piece but the last, and the marks merged up to it
    at = list(islice(accumulate(map(len, texts[:-1]), initial=-1), 1, None))
    runs, marks = len(at), len(text) - len(rest)
    if marks == runs:  # (one mark a run: NFD's for the letters of most languages)
        return copy, _Merges(at, list(range(1, runs + 1)))
    return copy, _Merges(at, list(accumulate(map(len, _MARK_RUNS.findall(text)))))


def _composed_each(text: str) -> tuple[str, _Merges]:
    """:func:`_composed`, one sequence at a time."""
    pieces: list[str] = []
    merged: list[int] = []
    extra: list[int] = []
    done = shift = 0
    for m in _MARK_RUNS.finditer(text):
        start, end = max(m.start() - 1, 0), m.end()
        sequence = text[start:end]
        composed = _COMPOSED(sequence)
        if len(composed) >= len(sequence):  # (nothing composed: the sequence stays)
            continue
        pieces += (text[done:start], composed)
        merged.append(start - shift)
        shift += len(sequence) - len(composed)
        extra.append(shift)
        done = end
    if not merged:  # (marks no letter takes: the text as it is)
        return text, _Merges(merged, extra)
    pieces.append(text[done:])
    return "".join(pieces), _Merges(merged, extra)


class NormalForm:
    """``original`` in the form the extraction reads (``text``), and the map back.

    Args:
        original: The text given.
        line_ends: Whether it may hold a ``\\r``.
        marks: Whether it may hold a combining mark (None: told by ``latin1.holds_marks``).

    Attributes:
        original: The text given.
        text: The copy the extraction reads.
    """

    __slots__ = ("_steps", "original", "text")

    def __init__(self, original: str, line_ends: bool = True, marks: bool | None = True) -> None:
        self.original = original
        text, steps = original, []
        if line_ends:
            text, merges = _line_ends(text)
            steps.append(merges)
        if marks is None:  # (told on the copy: no Latin-1 copy of the original made for it)
            marks = holds_marks(text)
        if marks:
            # (the characters beyond Latin-1, marks among them, read from the Latin-1
            # copy the view reads: few, and the text needs no pass to count its marks;
            # none made of a text read through its copy with ``\n`` line ends)
            copy = None if line_ends else held_copy(original)
            text, merges = _composed(text, copy is not None and _few(copy, len(text)))
            steps.append(merges)
        self.text = text
        self._steps = steps[::-1]  # (the last step's copy first)

    @classmethod
    def of(cls, text: str) -> NormalForm | None:
        """The normal form of ``text`` (None: ``text`` is in it already, also where its
        marks compose with nothing: the extraction reads it as it is)."""
        if "\r" in text:
            return cls(text, True, None)
        form = cls(text, False, True) if holds_marks(text) else None
        return form if form is not None and form.text is not text else None

    def original_offset(self, pos: int) -> int:
        """The original offset of copy offset ``pos`` (a span's start or end)."""
        for step in self._steps:
            pos = step.before(pos)
        return pos

    def mapped(self, records: Iterable[_R]) -> list[_R]:
        """Copies of ``records`` (found in :attr:`text`) with their spans in the original
        and their ``text`` sliced from it."""
        return [self.mapped_one(record) for record in records]

    def mapped_one(self, record: _R) -> _R:
        """A copy of ``record`` with its spans (and its antecedent's) in the original."""
        at = self.original_offset
        start, end = at(record.start), at(record.end)
        update = {"start": start, "end": end, "text": self.original[start:end]}
        for key in ("antecedent_start", "antecedent_end"):
            value = getattr(record, key, None)
            if value is not None:
                update[key] = at(value)
        return record.model_copy(update=update)
