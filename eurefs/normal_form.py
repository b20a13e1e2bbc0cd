"""A text in the one form the extraction reads, and the map of its offsets back.

The same document must give the same references however its line ends are written:
with ``\\r\\n`` (files from Windows tools) or ``\\r`` (classic Mac OS) as with ``\\n``.
Rather than teach every step of the extraction (the folded view, the short-form
pass, the dating of a text by its head lines, the steps that read the text around a
reference) each way of ending a line, the extraction runs on a copy whose line ends are
all ``\\n``, as Python's universal newlines read them (``\\r\\n`` and a lone ``\\r`` are
each one line end), and its records are mapped back: every span indexes the original
text, and a record's ``text`` is sliced from it.

A copy's character stands for one character of the original or for several (``\\n``
for ``\\r\\n``); the map keeps only the latter, so the original offset of a copy offset
``p`` is ``p`` plus the characters merged before ``p``, whether ``p`` starts a span or
ends one.  Only a text that holds a ``\\r`` is copied.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate
from typing import TypeVar

from eurefs.models.light import BaseReference

_R = TypeVar("_R", bound=BaseReference)


class NormalForm:
    """``original`` with every line end ``\\n`` (``text``), and the map back.

    Attributes:
        original: The text given.
        text: The copy the extraction reads.
    """

    __slots__ = ("_extra", "_merged", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        lines = original.split("\r\n")
        copy = "\n".join(lines)
        self.text = copy.replace("\r", "\n") if "\r" in copy else copy
        # each ``\n`` of the copy that stands for ``\r\n``: where it is, one character more
        # (the characters merged up to each, in ``_extra``)
        self._merged = list(map((-1).__add__, accumulate(map((1).__add__, map(len, lines[:-1])))))
        self._extra = list(range(1, len(lines)))

    @classmethod
    def of(cls, text: str) -> NormalForm | None:
        """The normal form of ``text`` (None: ``text`` is in it already)."""
        return cls(text) if "\r" in text else None

    def original_offset(self, pos: int) -> int:
        """The original offset of copy offset ``pos`` (a span's start or end)."""
        i = bisect.bisect_left(self._merged, pos)
        return pos + self._extra[i - 1] if i else pos

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
