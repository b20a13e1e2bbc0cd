"""Where a text holds no word that hints at any of some languages: what
:func:`~eurefs.languages.hints.pick` may read there gives them nothing.

:func:`~eurefs.languages.hints.pick` reads the words of stretches of the text before a
reference (its runs of letters, some left out: ``hints._words``) and counts each for the
languages it hints at.  Every word of a stretch is a whole run of letters of the text or,
where the stretch begins or ends inside a run, a part of one.  So where no run of a part
of the text hints at a language (``HintFree.free``) and the stretch is not cut inside a
run whose parts do (``HintFree.uncut``), the reading gives that language nothing, however
the stretch is cut.  A text dense with citations read alike (``el art. 24 CE.``) is read
so once a block of the text (its distinct words counted once), not once a citation.
"""

from __future__ import annotations

from collections.abc import Iterable

from eurefs.languages.hints import _codes_of, _words, hint_table
from eurefs.pattern_store import compile_pattern

#: Characters of the text told at a time (a block: ``HintFree._read``).
BLOCK = 2048
#: How far past a block's ends a blank is looked for, where its first and last words end;
#: a block with none there is not told (never free).
_REACH = 256
#: A run of letters, as ``hints._words`` reads one (not only after a blank or a digit).
_RUN = compile_pattern(r"[^\W\d_]+")
#: The run of letters that ends where a search stops (``endpos``).
_RUN_TAIL = compile_pattern(r"[^\W\d_]+\Z")
#: Two letters in a row: a place inside a run.
_INSIDE = compile_pattern(r"(?<=[^\W\d_])[^\W\d_]")
#: The longest part of a cut run told (a longer one: not told, never free).
_LONGEST_PART = 64
#: The most texts after references ``words_free`` keeps told (more: forgotten, told anew).
_AFTER_KEPT = 1024


class HintFree:
    """Which blocks of ``text`` hold no run of letters that hints at any of ``langs``
    (``hints.hint_table``, as ``hints._score`` looks a word up), told on first ask."""

    __slots__ = ("_after", "_blocks", "_langs", "_text", "_told")

    def __init__(self, text: str, langs: Iterable[str]) -> None:
        self._text = text
        self._langs = frozenset(langs)
        self._blocks: dict[int, bool] = {}
        # each distinct blank-free piece of the text told (whether a run of it hints)
        self._told: dict[str, bool] = {}
        self._after: dict[str, bool] = {}

    def reads_free(self, lo: int, cut: int, hi: int) -> bool:
        """Whether no stretch of ``text[lo:hi]`` cut at ``cut`` too reads a word hinting at
        any of the languages: :meth:`uncut` at ``lo`` and ``cut``, :meth:`free`."""
        text = self._text
        # (no run of letters crosses a place next to a character no letter or figure)
        if text[lo - 1 : lo + 1].isalnum() or text[cut - 1 : cut + 1].isalnum():
            if not (self.uncut(lo) and self.uncut(cut)):
                return False
        blocks = self._blocks
        if blocks.get(lo // BLOCK) and blocks.get((hi - 1) // BLOCK):
            return True
        return self.free(lo, hi)

    def free(self, lo: int, hi: int) -> bool:
        """Whether no run of letters of ``text`` that lies within ``text[lo:hi]`` hints at
        any of the languages (runs cut at ``lo`` or ``hi``: :meth:`uncut`)."""
        blocks = self._blocks
        for k in range(lo // BLOCK, max(lo, hi - 1) // BLOCK + 1):
            known = blocks.get(k)
            if known is None:
                known = blocks[k] = self._read(k)
            if not known:
                return False
        return True

    def _read(self, k: int) -> bool:
        """Whether no run of letters in the pieces between blanks of ``text`` that touch
        block ``k`` hints at any of the languages: the block widened to the blanks before
        and after it (no piece between blanks holds a blank, so none is cut; a run of
        letters lies within one), False where none is near."""
        text = self._text
        lo, hi = k * BLOCK, min(len(text), (k + 1) * BLOCK)
        if lo:
            blank = text.rfind(" ", max(0, lo - _REACH), lo)
            if blank < 0 and lo > _REACH:
                return False
            lo = blank + 1
        if hi < len(text):
            blank = text.find(" ", hi, hi + _REACH)
            if blank < 0 and hi + _REACH < len(text):
                return False
            hi = len(text) if blank < 0 else blank
        told, hints = self._told, hint_table()
        for piece in set(text[lo:hi].split()):
            hinted = told.get(piece)
            if hinted is None:
                hinted = told[piece] = any(self._hints(run, hints) for run in _RUN.findall(piece))
            if hinted:
                return False
        return True

    def _hints(self, word: str, hints: dict[str, frozenset[str]]) -> bool:
        """Whether ``word`` hints at any of the languages (as ``hints._score`` reads it)."""
        codes = hints.get(word)
        if codes is None:
            codes = _codes_of(word)
        return bool(codes and not self._langs.isdisjoint(codes))

    def words_free(self, text: str) -> bool:
        """Whether none of the first 12 words ``pick`` reads in ``text`` (after a reference)
        hints at any of the languages (told once for each ``text``: a text dense with
        references read alike has few distinct ones after them)."""
        after = self._after
        free = after.get(text)
        if free is None:
            if len(after) >= _AFTER_KEPT:
                after.clear()
            hints = hint_table()
            free = after[text] = not any(self._hints(w, hints) for w in _words(text)[:12])
        return free

    def uncut(self, at: int) -> bool:
        """Whether a stretch that begins or ends at ``at`` reads no part of a run of letters
        that hints at any of the languages: ``at`` is not inside a run, or neither part of
        the run there does (each of at most ``_LONGEST_PART`` letters)."""
        text = self._text
        if at <= 0 or _INSIDE.match(text, at) is None:
            return True
        after = _RUN.match(text, at, at + _LONGEST_PART + 1)
        before = _RUN_TAIL.search(text, max(0, at - _LONGEST_PART - 1), at)
        if after is None or before is None:  # (never: both are letters)
            return False
        if max(len(after.group()), len(before.group())) > _LONGEST_PART:
            return False
        hints = hint_table()
        return not (self._hints(after.group(), hints) or self._hints(before.group(), hints))


__all__ = ["BLOCK", "HintFree"]
