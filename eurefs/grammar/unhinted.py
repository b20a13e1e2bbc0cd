"""A reference's language told without reading the words around it, where none of them
hints at any of its candidates (``Context.language``).

:func:`~eurefs.languages.hints.pick` reads the words before a reference (60 or 80
characters, then eight times as many further back) and after it, and counts those that
hint at each candidate language; where none does, it gives the text's language, a
preferred one or the registry's first (:func:`~eurefs.languages.hints.unhinted`).  A text
dense with references that several languages write alike and no word of those languages
near (``Art. 6 EU law,`` repeated: English, Danish, Dutch and Swedish drop the ``EU``,
German keeps it) paid that reading at each reference, about 80 µs, for that answer.

Where such references stand close together (:data:`STREAK` in a row, each within the
reading's reach of the last), the text's blocks are told once whether any of their
words hints at the candidates (``languages.hint_free``), and a reference whose reading
lies in blocks with none, not cut inside a word that does, with no such word after it,
gets :func:`~eurefs.languages.hints.unhinted`'s answer unread: the one ``pick`` gives.
Elsewhere (prose, where such words stand everywhere) the words are read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from eurefs.languages.hint_free import HintFree
from eurefs.languages.hints import unhinted

#: References in a row, each within the reading's reach of the last, before the blocks are
#: told (fewer: read as before).
STREAK = 32


class Picks:
    """The region's blocks told free of each candidate set's words."""

    __slots__ = ("_free",)

    def __init__(self) -> None:
        self._free: dict[frozenset[str], HintFree] = {}

    def told(
        self,
        region: str,
        at: tuple[int, int, int],
        cands: Collection[str],
        prefer: Iterable[str],
        after: str,
        text_language: Callable[[], str | None] | None,
    ) -> str | None:
        """The language ``pick`` gives a reference at ``at`` (its place in ``region``, the
        characters read before it and further back, all within ``region``) among
        ``cands``, told unread; None where it is not told so (the words are read)."""
        pos, near, wide = at
        langs = frozenset(cands)
        free = self._free.get(langs)
        if free is None:
            free = self._free[langs] = HintFree(region, langs)
        lo = pos - wide if pos > wide else 0
        if not free.reads_free(lo, pos - near if pos > near else 0, pos):
            return None
        if after and not after.isdigit() and not free.words_free(after):
            return None
        return unhinted(langs, prefer, text_language)


__all__ = ["STREAK", "Picks"]
