"""The short-form pass on a text without what is never seen inside a word, spans mapped back.

A popular name or defined term may be written with characters inside it that a
reader never sees: a soft hyphen (``Datenschutz-Grund\\u00adverordnung``), a
zero-width space or word joiner that web pages put into long words, or a line break
that hyphenates a word, kept in text copied from a PDF (``General Data Pro-\\ntection
Regulation``).  The full references are found across them (``eurefs.textview``); the
short-form pass reads the text as it is, so it ran on a copy without them: full
references are shifted into the copy and the records mapped back, so that every span
indexes the original text and ``text[start:end]`` is the record's text.

Only a text holding one of them takes this path; :func:`holds_unseen` looks for them
(a few literal searches, ~1M instructions a MB of text beyond Latin-1, nothing where
the caller knows from the folded view that none is there).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import TypeVar, cast

from eurefs.models.light import BaseReference
from eurefs.textview_drops import CAPITAL_BREAK, JOIN_LETTERS, SOFT_BREAK, SOFT_HYPHEN
from eurefs.textview_drops import INVISIBLE as _INVISIBLE

#: What is dropped: a soft hyphen (with the line break and indentation after it,
#: ``SOFT_BREAK``), a zero-width character, or a hyphen and line break between lower-case
#: letters (as ``eurefs.textview`` joins them); and the line break after a compound's hyphen
#: (``CAPITAL_BREAK``: ``Datenschutz-\nGrund``).  Each is searched on its own, led by its
#: literal, where the text holds it: no two of them overlap (each starts with its own
#: character, and what follows a soft hyphen or a hyphen is blanks and a letter), so
#: their matches, sorted, are those of one alternation, whose search, led by a look-behind,
#: was tried at every character (1 MB of the benchmark text: 384 M instructions).
_HYPHEN_BREAK = re.compile(rf"-\n(?<=[{JOIN_LETTERS}]-\n)[ ]*(?=[{JOIN_LETTERS}])")
_INVISIBLE_CHARS = tuple(_INVISIBLE)


def holds_unseen(text: str) -> bool:
    """Whether ``text`` may hold something :class:`Unseen` drops."""
    if SOFT_HYPHEN in text or "-\n" in text:
        return True
    return not text.isascii() and any(char in text for char in _INVISIBLE)


class Unseen:
    """``text`` without the characters of ``_UNSEEN`` (``self.text``), with maps both ways.

    Args:
        text: The original text.
        spans: The spans dropped, sorted and apart.
    """

    __slots__ = ("_kept", "_orig", "_size", "original", "text")

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        pieces = list(map(text.__getitem__, map(slice, [0, *ends], [*starts, len(text)])))
        self._size = list(map(len, pieces))
        self._kept = [0, *accumulate(self._size[:-1])]
        self._orig = [0, *ends]
        self.original, self.text = text, "".join(pieces)

    @classmethod
    def of(cls, text: str) -> Unseen | None:
        """The layer of ``text`` (None: nothing to drop)."""
        spans = [m.span() for m in SOFT_BREAK.finditer(text)] if SOFT_HYPHEN in text else []
        if not text.isascii():
            for char in _INVISIBLE_CHARS:
                if char in text:
                    spans += [m.span() for m in re.finditer(char, text)]
        if "-\n" in text:  # (the compound's hyphen kept, its line break dropped)
            spans += [m.span() for m in _HYPHEN_BREAK.finditer(text)]
            spans += [(m.start() + 1, m.end()) for m in CAPITAL_BREAK.finditer(text)]
        spans.sort()
        return cls(text, spans) if spans else None

    def orig_start(self, pos: int) -> int:
        """The original offset of the character at ``pos`` of the copy."""
        i = bisect.bisect_right(self._kept, pos) - 1
        return self._orig[i] + pos - self._kept[i]

    def orig_end(self, pos: int) -> int:
        """The original offset just after the character at ``pos - 1`` of the copy."""
        return self.orig_start(pos - 1) + 1 if pos > 0 else 0

    def copy_start(self, pos: int) -> int:
        """Where the original offset ``pos`` is in the copy (the next character kept
        where ``pos`` is dropped)."""
        i = bisect.bisect_right(self._orig, pos) - 1
        return self._kept[i] + min(pos - self._orig[i], self._size[i])

    def copy_end(self, pos: int) -> int:
        """Where the original end ``pos`` (exclusive) is in the copy."""
        if pos <= 0:
            return 0
        i = bisect.bisect_right(self._orig, pos - 1) - 1
        return self._kept[i] + min(pos - self._orig[i], self._size[i])

    def shifted(
        self, refs: Iterable[BaseReference], back: dict[int, BaseReference]
    ) -> list[BaseReference]:
        """Copies of ``refs`` with spans in the copy; ``back`` maps a copy's id to its original."""
        out = []
        for ref in refs:
            start, end = self.copy_start(ref.start), self.copy_end(ref.end)
            copy = ref.model_copy(update={"start": start, "end": end, "text": self.text[start:end]})
            back[id(copy)] = ref
            out.append(copy)
        return out

    def mapped(
        self, records: Iterable[BaseReference], back: dict[int, BaseReference]
    ) -> list[BaseReference]:
        """``records`` of the copy with spans in the original: the full references given
        back as they were, the short forms' spans (and their antecedents') mapped."""
        out = []
        for record in records:
            original = back.get(id(record))
            if original is not None:
                out.append(original)
                continue
            fields = vars(record)  # a short form the pass just made: nobody else holds it
            start, end = self.orig_start(fields["start"]), self.orig_end(fields["end"])
            fields["start"], fields["end"], fields["text"] = start, end, self.original[start:end]
            for key, to in (
                ("antecedent_start", self.orig_start),
                ("antecedent_end", self.orig_end),
            ):
                if fields.get(key) is not None:
                    fields[key] = to(fields[key])
            out.append(record)
        return out


def on_copy(
    text: str,
    refs: list[BaseReference],
    run: Callable[[str, list[BaseReference]], Sequence[BaseReference]],
) -> list[BaseReference] | None:
    """``run`` (the short-form pass) on ``text`` without what is never seen inside a word,
    given ``refs`` shifted into it; its records mapped back (None: nothing dropped)."""
    layer = Unseen.of(text)
    if layer is None:
        return None
    back: dict[int, BaseReference] = {}
    return layer.mapped(run(layer.text, layer.shifted(refs, back)), back)


_Find = TypeVar("_Find", bound=Callable[[str, Sequence[BaseReference]], Sequence[BaseReference]])


def seen_through(find: _Find) -> _Find:
    """``find`` (a text and its full references to short forms) run on the copy of the
    text without what is never seen inside a word when the text holds any (:func:`on_copy`)."""

    @functools.wraps(find)
    def run(text: str, refs: Sequence[BaseReference]) -> Sequence[BaseReference]:
        found = on_copy(text, list(refs), find) if holds_unseen(text) else None
        return find(text, refs) if found is None else found

    return cast("_Find", run)


__all__ = ["Unseen", "holds_unseen", "on_copy", "seen_through"]
