"""Random mixtures of text pieces, for side-by-side checks of a cheap reading against the
reading it stands in for (tests/grammar/test_treaty_drops_told, test_unhinted)."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

Pieces = Mapping[str, tuple[Sequence[str], float]]
"""Kinds of piece, each with its pieces and its weight; the kind ``blanks`` is blanks."""


def mixture(rng: random.Random, pieces: Pieces) -> str:
    """Between 20 and 500 pieces drawn by weight, most of them followed by a space."""
    kinds = list(pieces)
    weights = [pieces[k][1] for k in kinds]
    parts = [rng.choice(["", "", " ", "\n"])]
    for _ in range(rng.choice([20, 60, 200, 500])):
        kind = rng.choices(kinds, weights)[0]
        parts.append(rng.choice(pieces[kind][0]))
        if kind != "blanks" and rng.random() < 0.7:
            parts.append(" ")
    return "".join(parts)
