"""Scores ``eurefs.extract`` on the French/German development gold set and checks floors.

Run with ``-s`` to see the per-kind table.  The scorer is ``tests/support/scoring.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.scoring import Score, format_table, load_jsonl, predictions, score

CORPUS = Path(__file__).resolve().parent / "data" / "corpus-fr-de"
GOLD = CORPUS / "gold.jsonl"

OVERALL_F1_FLOOR = 0.85
CELEX_ACCURACY_FLOOR = 0.95


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    rows = load_jsonl(GOLD)
    assert rows, f"empty gold file {GOLD}"
    return rows


@pytest.fixture(scope="module")
def scored(gold: list[dict[str, Any]]) -> tuple[Score, list[dict[str, Any]], dict[str, str]]:
    pred, texts = predictions(CORPUS / "docs", (g["doc"] for g in gold))
    result = score(pred, gold)
    print(f"\n{GOLD.name} (FR/DE): {len(gold)} gold, {len(pred)} predicted")
    print(format_table(result))
    return result, pred, texts


def test_every_predicted_span_is_exact(
    scored: tuple[Score, list[dict[str, Any]], dict[str, str]],
) -> None:
    _, pred, texts = scored
    assert pred
    assert not [p for p in pred if texts[p["doc"]][p["start"] : p["end"]] != p["text"]]


def test_overall_overlap_f1(scored: tuple[Score, list[dict[str, Any]], dict[str, str]]) -> None:
    result = scored[0]
    f1 = result.overall.overlap.f1
    assert f1 >= OVERALL_F1_FLOOR, (
        f"FR/DE overlap-F1 {f1:.3f} < {OVERALL_F1_FLOOR}; "
        f"missed {[(m['doc'], m['text']) for m in result.missed[:10]]}, "
        f"spurious {[(s['doc'], s['text']) for s in result.spurious[:10]]}"
    )


def test_celex_accuracy(scored: tuple[Score, list[dict[str, Any]], dict[str, str]]) -> None:
    result = scored[0]
    accuracy = result.overall.celex_accuracy
    assert accuracy is not None
    wrong = [
        (g["doc"], g["text"], g["celex"], p and p.get("celex")) for g, p in result.celex_errors
    ]
    assert accuracy >= CELEX_ACCURACY_FLOOR, f"CELEX accuracy {accuracy:.3f}: {wrong[:10]}"


def test_language_is_set_on_fr_de_forms(
    scored: tuple[Score, list[dict[str, Any]], dict[str, str]], gold: list[dict[str, Any]]
) -> None:
    import eurefs

    by_doc: dict[str, str] = {g["doc"]: g["lang"] for g in gold}
    texts = scored[2]
    for doc, lang in by_doc.items():
        langs = {r.lang for r in eurefs.extract(texts[doc]) if r.kind in ("legal_act", "oj")}
        assert langs == {lang}, (doc, langs)
