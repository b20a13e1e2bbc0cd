"""Scoring of extracted references against a gold JSONL file (the project's own scorer).

Gold and prediction records are dicts with at least ``doc``, ``start``, ``end``,
``kind`` and ``normalized`` (gold also ``text``; both optionally ``celex``).  The
measures, per kind and micro-averaged overall:

* **exact**: same document, kind and ``[start, end)`` span;
* **overlap**: same document and kind, spans sharing at least one character,
  matched one-to-one per (document, kind), largest overlap first (ties: nearest start);
* **value**: same document and kind and the same canonicalised ``normalized`` value
  (multiset match per document, positions ignored);
* **CELEX accuracy**: over gold references with a CELEX, the share whose
  overlap-matched prediction carries that very CELEX (unmatched counts as wrong).

Used by ``tests/test_corpus.py`` and ``benchmarks/score_corpus.py``; standard library only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eurefs.models import KINDS as MODEL_KINDS

Record = Mapping[str, Any]

KINDS: tuple[str, ...] = MODEL_KINDS

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


def canonical_value(value: object) -> str:
    """A ``normalized`` value reduced for comparison: NFKC, dashes, case, spaces, ``No``."""
    if value is None:
        return ""
    v = unicodedata.normalize("NFKC", str(value)).translate(_DASHES).replace("\u00ad", "")
    v = re.sub(r"\s+", " ", v).strip().casefold()
    v = re.sub(r"\s*([()/,])\s*", r"\1", v)
    return re.sub(r"\bno\.?\s*", "no ", v)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL file (blank lines skipped)."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _by_doc_kind(rows: Sequence[Record]) -> dict[tuple[str, str], list[int]]:
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[(r["doc"], r["kind"])].append(i)
    return groups


def match_exact(pred: Sequence[Record], gold: Sequence[Record]) -> list[tuple[int, int]]:
    """Pairs ``(pred_index, gold_index)`` with identical document, kind and span."""
    pairs: list[tuple[int, int]] = []
    pred_groups = _by_doc_kind(pred)
    for key, gold_idx in _by_doc_kind(gold).items():
        free: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in pred_groups.get(key, []):
            free[(pred[i]["start"], pred[i]["end"])].append(i)
        for j in gold_idx:
            span = (gold[j]["start"], gold[j]["end"])
            if free.get(span):
                pairs.append((free[span].pop(), j))
    return pairs


def match_overlap(pred: Sequence[Record], gold: Sequence[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans per (document, kind), largest overlap first."""
    pairs: list[tuple[int, int]] = []
    pred_groups = _by_doc_kind(pred)
    for key, gold_idx in _by_doc_kind(gold).items():
        candidates: list[tuple[int, int, int, int]] = []
        for j in gold_idx:
            gs, ge = gold[j]["start"], gold[j]["end"]
            for i in pred_groups.get(key, []):
                shared = min(ge, pred[i]["end"]) - max(gs, pred[i]["start"])
                if shared > 0:
                    candidates.append((-shared, abs(pred[i]["start"] - gs), i, j))
        candidates.sort()
        used_pred: set[int] = set()
        used_gold: set[int] = set()
        for _, _, i, j in candidates:
            if i not in used_pred and j not in used_gold:
                used_pred.add(i)
                used_gold.add(j)
                pairs.append((i, j))
    return pairs


def match_value(pred: Sequence[Record], gold: Sequence[Record]) -> Counter[str]:
    """True positives per kind of the multiset match on (doc, kind, canonical value)."""
    pc = Counter((r["doc"], r["kind"], canonical_value(r.get("normalized"))) for r in pred)
    gc = Counter((r["doc"], r["kind"], canonical_value(r.get("normalized"))) for r in gold)
    tp: Counter[str] = Counter()
    for key, n in gc.items():
        tp[key[1]] += min(n, pc.get(key, 0))
    return tp


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from counts."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class KindScore:
    """The measures of one kind (or ``all``)."""

    kind: str
    n_gold: int
    n_pred: int
    exact: PRF
    overlap: PRF
    value: PRF
    celex_gold: int
    celex_hits: int

    @property
    def celex_accuracy(self) -> float | None:
        return self.celex_hits / self.celex_gold if self.celex_gold else None


@dataclass
class Score:
    """Per-kind scores, the overall micro-average, and the unmatched records."""

    kinds: dict[str, KindScore]
    overall: KindScore
    missed: list[Record] = field(default_factory=list)
    spurious: list[Record] = field(default_factory=list)
    celex_errors: list[tuple[Record, Record | None]] = field(default_factory=list)


def score(pred: Sequence[Record], gold: Sequence[Record]) -> Score:
    """Score predictions against gold (both lists of records, see the module docstring)."""
    exact = match_exact(pred, gold)
    overlap = match_overlap(pred, gold)
    value_tp = match_value(pred, gold)
    gold_to_pred = {j: i for i, j in overlap}

    n_gold = Counter(r["kind"] for r in gold)
    n_pred = Counter(r["kind"] for r in pred)
    exact_tp = Counter(gold[j]["kind"] for _, j in exact)
    overlap_tp = Counter(gold[j]["kind"] for _, j in overlap)
    celex_gold: Counter[str] = Counter()
    celex_hits: Counter[str] = Counter()
    celex_errors: list[tuple[Record, Record | None]] = []
    for j, g in enumerate(gold):
        want = (g.get("celex") or "").strip().upper()
        if not want:
            continue
        celex_gold[g["kind"]] += 1
        i = gold_to_pred.get(j)
        got = (pred[i].get("celex") or "").strip().upper() if i is not None else ""
        if got == want:
            celex_hits[g["kind"]] += 1
        else:
            celex_errors.append((g, pred[i] if i is not None else None))

    def row(kind: str, kinds: Iterable[str]) -> KindScore:
        ks = list(kinds)

        def total(c: Mapping[str, int]) -> int:
            return sum(c.get(k, 0) for k in ks)

        ng, np_ = total(n_gold), total(n_pred)
        return KindScore(
            kind=kind,
            n_gold=ng,
            n_pred=np_,
            exact=PRF(total(exact_tp), np_, ng),
            overlap=PRF(total(overlap_tp), np_, ng),
            value=PRF(total(value_tp), np_, ng),
            celex_gold=total(celex_gold),
            celex_hits=total(celex_hits),
        )

    all_kinds = [*KINDS, *sorted((set(n_gold) | set(n_pred)) - set(KINDS))]
    matched_gold = {j for _, j in overlap}
    matched_pred = {i for i, _ in overlap}
    return Score(
        kinds={k: row(k, [k]) for k in all_kinds if n_gold.get(k) or n_pred.get(k)},
        overall=row("all", all_kinds),
        missed=[g for j, g in enumerate(gold) if j not in matched_gold],
        spurious=[p for i, p in enumerate(pred) if i not in matched_pred],
        celex_errors=celex_errors,
    )


def format_table(result: Score) -> str:
    """A plain-text table of the scores, one line per kind and one for ``all``."""
    head = (
        f"{'kind':15} {'gold':>5} {'pred':>5} | {'exact P/R/F1':^20} | "
        f"{'overlap P/R/F1':^20} | {'value P/R/F1':^20} | {'CELEX acc':>11}"
    )
    lines = [head, "-" * len(head)]

    def prf(m: PRF) -> str:
        return f"{m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}"

    for ks in [*result.kinds.values(), result.overall]:
        acc = ks.celex_accuracy
        acc_s = f"{acc:.3f} ({ks.celex_gold})" if acc is not None else "-"
        lines.append(
            f"{ks.kind:15} {ks.n_gold:5d} {ks.n_pred:5d} | {prf(ks.exact)} | "
            f"{prf(ks.overlap)} | {prf(ks.value)} | {acc_s:>11}"
        )
    return "\n".join(lines)


def predictions(docs_dir: Path, docs: Iterable[str]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Run ``eurefs.extract`` over the named documents; returns records and the texts."""
    import eurefs

    records: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for name in sorted(set(docs)):
        text = (docs_dir / name).read_text(encoding="utf-8")
        texts[name] = text
        for ref in eurefs.extract(text, short_forms=False):
            records.append(
                {
                    "doc": name,
                    "start": ref.start,
                    "end": ref.end,
                    "text": ref.text,
                    "kind": ref.kind,
                    "normalized": ref.normalized,
                    "celex": ref.celex,
                    "celex_candidates": list(ref.celex_candidates),
                    "lang": ref.lang,
                }
            )
    return records, texts
