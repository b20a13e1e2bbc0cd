"""Anchors that find article words: a few literal heads (``Art``, ``art``, ``čl``), each
at the start of a word, ASCII heads sharing a first letter searched together.

Used by the treaty-article families, whose every match starts at an article word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def head_anchor(head: str, before: int, after: int, at_start: bool) -> Anchor:
    """``art(?<!\\wart)``: the head at the start of a word, literal first for speed.

    A head with a letter outside ASCII (``čl``, ``άρ``) names it as the anchor's rare
    character, so texts without that letter skip the search.
    """
    rare = next((c for c in head if not c.isascii()), "")
    return Anchor(
        compile_pattern(re.escape(head) + r"(?<!\w" + re.escape(head) + ")"),
        before,
        after,
        at_start,
        rare,
    )


def head_anchors(heads: Iterable[str], before: int, after: int, at_start: bool) -> list[Anchor]:
    """Anchors for ``heads``: one per head, except that ASCII heads sharing their first
    letter share one search (``A(?=RT|rt|ir)``: one scan for ``A`` costs less than
    three literal searches for ``ART``, ``Art`` and ``Air``).
    """
    by_initial: dict[str, list[str]] = {}
    for h in heads:
        by_initial.setdefault(h[0] if h.isascii() and len(h) > 1 else h, []).append(h)
    anchors = []
    for initial, group in sorted(by_initial.items()):
        if len(group) == 1:
            anchors.append(head_anchor(group[0], before, after, at_start))
            continue
        c = re.escape(initial)
        rests = "|".join(re.escape(h[1:]) for h in sorted(group))
        pattern = compile_pattern(c + r"(?=" + rests + r")(?<!\w" + c + ")")
        anchors.append(Anchor(pattern, before, after, at_start))
    return anchors


__all__ = ["anchor_heads", "head_anchor", "head_anchors"]
