"""Scoring of back-references (kind ``short_form``) against a gold JSONL file.

A prediction matches a gold record when both are in the same document, their
spans overlap and they point to the same work (same CELEX when the gold has
one, else the same canonical ``normalized``); matching is one-to-one.
Precision is counted per predicted ``how``, recall per gold ``how``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tests.support.scoring import canonical_value

Record = Mapping[str, Any]
HOWS = ("defined_term", "anaphor", "popular_name")


@dataclass(frozen=True)
class HowScore:
    """Counts of one ``how``: gold, predicted, and matched on either side."""

    how: str
    n_gold: int
    n_pred: int
    tp_gold: int
    tp_pred: int

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 1.0


def _same_work(p: Record, g: Record) -> bool:
    if g.get("celex"):
        return bool(p.get("celex")) and str(p["celex"]).upper() == str(g["celex"]).upper()
    return canonical_value(p.get("normalized")) == canonical_value(g.get("normalized"))


def match(pred: Sequence[Record], gold: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(pred_index, gold_index)``, nearest start first."""
    by_doc: dict[str, list[int]] = {}
    for i, p in enumerate(pred):
        by_doc.setdefault(p["doc"], []).append(i)
    candidates = []
    for j, g in enumerate(gold):
        for i in by_doc.get(g["doc"], []):
            p = pred[i]
            if p["start"] < g["end"] and g["start"] < p["end"] and _same_work(p, g):
                candidates.append((abs(p["start"] - g["start"]), i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_short_forms(pred: Sequence[Record], gold: Sequence[Record]) -> dict[str, HowScore]:
    """Per-``how`` scores (only the ``short_form`` records of both lists are used)."""
    pred = [p for p in pred if p["kind"] == "short_form"]
    gold = [g for g in gold if g["kind"] == "short_form"]
    pairs = match(pred, gold)
    tp_pred = Counter(pred[i]["how"] for i, _ in pairs)
    tp_gold = Counter(gold[j]["how"] for _, j in pairs)
    n_pred = Counter(p["how"] for p in pred)
    n_gold = Counter(g["how"] for g in gold)
    return {
        h: HowScore(h, n_gold[h], n_pred[h], tp_gold[h], tp_pred[h])
        for h in HOWS
        if n_gold[h] or n_pred[h]
    }


def format_short_form_table(scores: Mapping[str, HowScore]) -> str:
    """A plain-text table: one line per ``how``."""
    lines = [f"{'how':14} {'gold':>5} {'pred':>5} {'precision':>10} {'recall':>8}"]
    for s in scores.values():
        lines.append(f"{s.how:14} {s.n_gold:5d} {s.n_pred:5d} {s.precision:10.3f} {s.recall:8.3f}")
    return "\n".join(lines)
