"""Anchors that find article words: a few literal heads (``Art``, ``art``, ``čl``), each
at the start of a word, ASCII heads sharing a first letter searched together.

Used by the treaty-article families, whose every match starts at an article word.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from eurefs.grammar.base import Anchor
from eurefs.pattern_store import compile_pattern


def anchor_heads(article_words: Iterable[str], size: int = 3) -> list[str]:
    """Few literal starts that find every article word: the first ``size`` letters of
    the ASCII ones (``Art``, ``art``, ``ART``) and the first two of the others (``čl``,
    ``άρ``, ``чл``).  Each is one literal search of the whole text, so fewer heads keep
    every text fast however many languages are loaded.
    """
    heads = set()
    for w in article_words:
        heads.add(w[:size] if w[:size].isascii() else w[:2])
    # a head another head starts with adds nothing
    return sorted(h for h in heads if not any(h != o and h.startswith(o) for o in heads))


def _fronts(glued: Iterable[str]) -> list[str]:
    """The letters ``glued`` as few alternatives: the single letters one class (``[Hh]``:
    one look-behind where the word is not at a word's start, as most places are not)."""
    glued = sorted(set(glued))
    singles = "".join(re.escape(g) for g in glued if len(g) == 1)
    fronts = [re.escape(g) for g in glued if len(g) != 1]
    return ([singles if len(singles) == 1 else f"[{singles}]"] if singles else []) + fronts


def _word_start(head: str, glued: Iterable[str]) -> str:
    """The look-behind after ``head`` that puts it at the start of a word, or right after
    one of the letters ``glued`` to a word's front: ``(?:(?<!\\wA)|(?<=(?<!\\w)[Hh]A))``."""
    h = re.escape(head)
    starts = [r"(?<!\w" + h + ")", *(rf"(?<=(?<!\w){g}{h})" for g in _fronts(glued))]
    return starts[0] if len(starts) == 1 else "(?:" + "|".join(starts) + ")"


def word_start(glued: Iterable[str]) -> str:
    """The look-behind that puts a match at the start of a word, or right after one of the
    letters ``glued`` to a word's front: ``(?:(?<![\\w])|(?<=(?<![\\w])[Hh]))``."""
    starts = [r"(?<![\w])", *(rf"(?<=(?<![\w]){g})" for g in _fronts(glued))]
    return "(?:" + "|".join(starts) + ")"


def head_anchor(
    head: str, before: int, after: int, at_start: bool, glued: Iterable[str] = ()
) -> Anchor:
    """``art(?<!\\wart)``: the head at the start of a word (or after a letter ``glued``
    to its front), literal first for speed.

    A head with a letter outside ASCII (``čl``, ``άρ``) names it as the anchor's rare
    character, so texts without that letter skip the search.
    """
    rare = next((c for c in head if not c.isascii()), "")
    return Anchor(
        compile_pattern(re.escape(head) + _word_start(head, glued)),
        before,
        after,
        at_start,
        rare,
    )


def head_anchors(
    heads: Iterable[str],
    before: int,
    after: int,
    at_start: bool,
    glued: Iterable[str] = (),
    glued_heads: Container[str] = (),
) -> list[Anchor]:
    """Anchors for ``heads``: one per head, except that ASCII heads sharing their first
    letter share one search (``A(?=RT|rt|ir)``: one scan for ``A`` costs less than
    three literal searches for ``ART``, ``Art`` and ``Air``).  An anchor holding one of
    ``glued_heads`` also finds it after one of the letters ``glued`` to the front of a
    word (Irish ``hAirteagal``): the same scan, a wider test of the letter before it
    (the others keep the narrow one: ``art`` inside ``part`` is frequent).
    """
    by_initial: dict[str, list[str]] = {}
    for h in heads:
        by_initial.setdefault(h[0] if h.isascii() and len(h) > 1 else h, []).append(h)
    anchors = []
    for initial, group in sorted(by_initial.items()):
        front = glued if any(h in glued_heads for h in group) else ()
        if len(group) == 1:
            anchors.append(head_anchor(group[0], before, after, at_start, front))
            continue
        c = re.escape(initial)
        rests = "|".join(re.escape(h[1:]) for h in sorted(group))
        pattern = compile_pattern(c + r"(?=" + rests + r")" + _word_start(initial, front))
        anchors.append(Anchor(pattern, before, after, at_start))
    return anchors


__all__ = ["anchor_heads", "head_anchor", "head_anchors", "word_start"]
