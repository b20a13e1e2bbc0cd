"""Scores back-references on the development gold sets and checks the floors.

Gold: ``tests/data/corpus*/short_forms.gold.jsonl`` (conventions in
``tests/data/corpus/SHORT_FORMS.md``).  Floors per ``how`` with at least 15 gold
mentions: precision >= 0.97, recall >= 0.85.  Run with ``-s`` for the table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import eurefs
from tests.support.scoring import load_jsonl
from tests.support.short_form_scoring import (
    HowScore,
    format_short_form_table,
    score_short_forms,
)

DATA = Path(__file__).resolve().parents[1] / "data"
CORPORA = ("corpus", "corpus-fr-de")
PRECISION_FLOOR = 0.97
RECALL_FLOOR = 0.85
MIN_GOLD = 15


def _predict(corpus: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    records: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for path in sorted((DATA / corpus / "docs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts[path.name] = text
        for ref in eurefs.extract(text, kinds="short_form"):
            records.append({"doc": path.name, **ref.model_dump(mode="json")})
    return records, texts


@pytest.fixture(scope="module")
def scored() -> tuple[
    dict[str, HowScore], list[dict[str, Any]], list[dict[str, Any]], dict[str, str]
]:
    pred: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for corpus in CORPORA:
        p, t = _predict(corpus)
        pred += p
        texts.update(t)
        gold += load_jsonl(DATA / corpus / "short_forms.gold.jsonl")
    scores = score_short_forms(pred, gold)
    print("\n" + format_short_form_table(scores))
    return scores, pred, gold, texts


def test_gold_spans_match_the_documents(scored: Any) -> None:
    _, _, gold, texts = scored
    assert gold
    for g in gold:
        assert texts[g["doc"]][g["start"] : g["end"]] == g["text"], g


def test_floors_per_frequent_how(scored: Any) -> None:
    scores, _, _, _ = scored
    frequent = {h: s for h, s in scores.items() if s.n_gold >= MIN_GOLD}
    assert {"defined_term", "anaphor"} <= set(frequent)
    low = {
        h: (round(s.precision, 3), round(s.recall, 3))
        for h, s in frequent.items()
        if s.precision < PRECISION_FLOOR or s.recall < RECALL_FLOOR
    }
    assert not low, f"below precision {PRECISION_FLOOR} / recall {RECALL_FLOOR}: {low}"


def test_no_wrong_target_anywhere(scored: Any) -> None:
    """Every predicted short form that overlaps a gold one points to the same work."""
    _, pred, gold, _ = scored
    wrong = []
    for p in pred:
        for g in gold:
            if g["doc"] == p["doc"] and p["start"] < g["end"] and g["start"] < p["end"]:
                if (g.get("celex") or None) != (p.get("celex") or None):
                    wrong.append((p["doc"], p["text"], p["celex"], g["celex"]))
    assert not wrong, wrong[:10]


def test_self_references_of_legislative_texts_are_not_emitted(scored: Any) -> None:
    _, pred, _, _ = scored
    selfish = [p for p in pred if p["text"].lower().startswith(("this ", "dies", "présent"))]
    assert not selfish, selfish[:5]
