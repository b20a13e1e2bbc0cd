"""The characters the folded view (``eurefs.textview``) drops: soft hyphens, zero-width
characters and footnote calls, in a layer of its own with the map back; and the line breaks
after a compound's hyphen that it keeps (:func:`capital_break`), which the short forms read
through."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable
from itertools import accumulate, chain
from typing import AnyStr

from eurefs.latin1 import latin1_copy
from eurefs.pattern_store import compile_pattern
from eurefs.spans import merge_spans
from eurefs.superscripts import SUPERSCRIPTS, call_spans

SOFT_HYPHEN = "\u00ad"
#: The lower-case letters between which a hyphen at a line's end joins a word (``Regu-\nlation``).
LOWER_LETTERS = "a-zß-öø-ÿ"
#: The lower-case letters of every official language's alphabet, between which a hyphen at
#: a line's end joins a word: those of Latin-1, Latin Extended-A's (Polish ``rozporzą-\ndzenie``,
#: Czech ``na-\nřízení``), Romanian ``ș``, ``ț``, Greek's and Cyrillic's (``Регла-\nмент``).
JOIN_LETTERS = (
    LOWER_LETTERS
    + "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())
    + "\u0219\u021b\u0390\u03ac-\u03ce\u0430-\u045f"
)
#: The upper-case letters before which a line-end hyphen is a compound's own.
UPPER_LETTERS = "A-ZÀ-ÖØ-Þ"
#: A compound's hyphen at a line's end, after a letter, an upper-case letter on the next
#: line (``Datenschutz-\nGrundverordnung``, ``EU-\nKommission``): the hyphen is the
#: word's, the line break (from the match's second character) only the line's.  (Led by
#: its literal, so that ``re`` finds it at memchr speed.)
CAPITAL_BREAK = compile_pattern(
    rf"-\n(?<=[{LOWER_LETTERS}{UPPER_LETTERS}]-\n)[ ]*(?=[{UPPER_LETTERS}])"
)
#: The same in a text's Latin-1 copy (``eurefs.latin1``).
CAPITAL_BREAK_BYTES = re.compile(CAPITAL_BREAK.pattern.encode("latin-1"))
# Below one edit in this many characters, the edits after a hyphen are read rather than the
# whole text searched (~300 instructions an edit in Python, ~4 a character searched).
_EDITS_READ = 100


def capital_break(text: str, edit_starts: list[int] | None = None) -> bool:
    """Whether ``text`` breaks a line after a compound's hyphen (``Datenschutz-\\nGrund``):
    the view keeps it, the short forms read the name without the break.  Read at each
    hyphen before a line break, found as two bytes of the text's Latin-1 copy (the letters
    of the pattern are Latin-1) at memchr speed: a search of the whole text by the pattern
    read it a character at a time (the benchmark text, UCS-2: ~5M instructions).

    ``edit_starts``: where the edits of the text's view start, when it kept the text's
    offsets (``TextView.edit_starts``).  Every such line break is one of its edits (its
    search for line breaks takes the break alone, after the letter and hyphen the pattern
    asks for, as an edit that changes nothing; or its run of blanks before the capital),
    so only the edits after a hyphen are read: the search of the text (~3.8M instructions
    on 1 MB of the benchmark text, whose view makes ~600 edits) is not made.  (Where the
    edits are dense, as in a text indented on every line, the search costs less.)"""
    if edit_starts is not None and len(edit_starts) * _EDITS_READ < len(text):
        return breaks_at_edits(text, edit_starts)
    if text.isascii():
        return _found_at(text, "-\n", CAPITAL_BREAK)
    return _found_at(latin1_copy(text), b"-\n", CAPITAL_BREAK_BYTES)


def breaks_at_edits(text: str, edit_starts: list[int]) -> bool:
    """:func:`capital_break` read at the edits of the text's view that follow a hyphen."""
    return any(CAPITAL_BREAK.match(text, s - 1) for s in edit_starts if s and text[s - 1] == "-")


def _found_at(text: AnyStr, key: AnyStr, pattern: re.Pattern[AnyStr]) -> bool:
    """Whether ``pattern`` matches at an occurrence of ``key`` in ``text``."""
    at = text.find(key)
    while at >= 0:
        if pattern.match(text, at):
            return True
        at = text.find(key, at + 1)
    return False


#: Zero-width space, word joiner, zero-width no-break space: never shown, dropped like U+00AD.
INVISIBLE = "\u200b\u2060\ufeff"
_INVISIBLE_RE = compile_pattern("[" + INVISIBLE + "]")
#: A soft hyphen, and the line break (with its indentation) when it ends a line.
SOFT_BREAK = compile_pattern("\u00ad(?:[ ]*\n[ ]*)?")
#: The marks EUR-Lex's consolidated texts set around what an act changed, inside sentences
#: and references: ``►M1`` (the amending act, ``►C1`` a corrigendum, ``►A1`` an act of
#: accession) before the words it wrote, ``◄`` after them (``Regulation (EU) ►M1
#: 2019/1150 ◄``, ``referred to in ►M2 Article 4(1) ◄ of``).
CONSOLIDATION_MARKS = "\u25ba\u25c4"
_MARK_SET = frozenset(CONSOLIDATION_MARKS)
#: The characters the view drops (with the soft hyphen): footnote calls set as
#: superscripts, zero-width characters, the marks of consolidated texts.
DROPPED = SUPERSCRIPTS + INVISIBLE + CONSOLIDATION_MARKS
# each mark with the one space after its opening or before its closing (put back below)
# (a code: ``B``, or a letter and its number; ``►See`` is no mark.)  Each searched apart,
# led by its literal: ``re`` tried an alternation of the two at every character (~28M
# instructions on 0.5 MB of the benchmark text), a literal it finds at memchr speed.
_CONSOLIDATION_OPENING = compile_pattern("\u25ba(?:B(?![^\\W\\d_])|[A-Z][0-9]{1,3}(?![0-9]))[ ]?")
_CONSOLIDATION_CLOSING = compile_pattern("\u25c4")


class SoftHyphens:
    """A text with soft hyphens, footnote calls and zero-width characters dropped, and the map back.

    A layer of its own, built with ``re.split`` and ``accumulate`` (C loops),
    because a text may hold one every few characters.
    """

    __slots__ = ("_kept_starts", "_orig_starts", "text")

    def __init__(self, pieces: list[str], dropped: Iterable[int]) -> None:
        lengths = list(map(len, pieces))
        self._kept_starts: list[int] = [0, *accumulate(lengths[:-1])]
        self._orig_starts: list[int] = [0, *accumulate(map(operator.add, lengths[:-1], dropped))]
        self.text = "".join(pieces)

    @classmethod
    def of(cls, flat: str, specials: list[str], invisible: bool, soft: bool) -> SoftHyphens | None:
        """``flat`` without its soft hyphens (if ``soft``: it holds one), its footnote calls
        set as superscripts, if ``invisible``, its zero-width characters, and the marks of a
        consolidated text (None: nothing to drop); ``specials``: the characters of
        :data:`DROPPED` among others that it holds."""
        superscripts = [c for c in specials if c in SUPERSCRIPTS]
        marked = not _MARK_SET.isdisjoint(specials)
        if not superscripts and not invisible and not marked:
            if not soft:
                return None
            return cls(SOFT_BREAK.split(flat), map(len, SOFT_BREAK.findall(flat)))
        spans = call_spans(flat, superscripts)
        more = [m.span() for m in _INVISIBLE_RE.finditer(flat)] if invisible else []
        if soft:
            more.extend(m.span() for m in SOFT_BREAK.finditer(flat))
        if marked:
            more.extend(_consolidation_marks(flat))
        if more:
            spans = merge_spans(sorted([*spans, *more]))
        if not spans:
            return None
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        pieces = list(map(flat.__getitem__, map(slice, [0, *ends], [*starts, len(flat)])))
        return cls(pieces, map(operator.sub, ends, starts))

    def orig_start(self, pos: int) -> int:
        i = bisect.bisect_right(self._kept_starts, pos) - 1
        return self._orig_starts[i] + pos - self._kept_starts[i]

    def orig_end(self, pos: int) -> int:
        return self.orig_start(pos - 1) + 1 if pos > 0 else 0


_LINE_ENDS = ("", "\n")


def _consolidation_marks(flat: str) -> list[tuple[int, int]]:
    """The spans of the consolidation marks of ``flat`` (:data:`CONSOLIDATION_MARKS`) inside
    lines, a closing one with the space before it: ``2019/1150 ◄ of`` reads ``2019/1150
    of``.  A mark on a line of its own stays: no view is built for it (a text whose view
    drops nothing keeps its offsets, which the scan reads fastest)."""
    spans = []
    found = chain(_CONSOLIDATION_OPENING.finditer(flat), _CONSOLIDATION_CLOSING.finditer(flat))
    for start, end in sorted(m.span() for m in found):
        if flat[start - 1 : start] in _LINE_ENDS and flat[end : end + 1] in _LINE_ENDS:
            continue  # a line of its own ('►M1' above an amending act): it cuts no sentence
        if flat[start] == "\u25c4" and flat[start - 1 : start] == " ":
            start -= 1
        spans.append((start, end))
    return spans
