"""Score ``eurefs.extract`` on a gold corpus and print the per-kind table.

Run from the repository root::

    python benchmarks/score_corpus.py                                      # English dev set
    python benchmarks/score_corpus.py --gold tests/data/corpus-fr-de/gold.jsonl
    python benchmarks/score_corpus.py --errors                             # list misses too

The documents are read from ``docs/`` next to the gold file.  The scoring code
lives in one place, ``tests/support/scoring.py`` (also used by ``tests/test_corpus.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.support.scoring import format_table, load_jsonl, predictions, score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score eurefs.extract on a gold JSONL corpus.")
    ap.add_argument("--gold", type=Path, default=REPO / "tests" / "data" / "corpus" / "gold.jsonl")
    ap.add_argument("--docs", type=Path, help="documents folder (default: docs/ next to --gold)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--errors", action="store_true", help="also list misses, spurious refs and CELEX errors"
    )
    args = ap.parse_args(argv)

    gold = load_jsonl(args.gold)
    docs_dir = args.docs or args.gold.parent / "docs"
    pred, _ = predictions(docs_dir, (g["doc"] for g in gold))
    result = score(pred, gold)

    if args.json:
        out = {
            ks.kind: {
                "gold": ks.n_gold,
                "pred": ks.n_pred,
                **{
                    f"{name}_{m}": getattr(getattr(ks, name), m)
                    for name in ("exact", "overlap", "value")
                    for m in ("precision", "recall", "f1")
                },
                "celex_accuracy": ks.celex_accuracy,
                "celex_gold": ks.celex_gold,
            }
            for ks in [*result.kinds.values(), result.overall]
        }
        print(json.dumps(out, indent=2))
        return 0
    print(f"gold: {args.gold}  ({len(gold)} references, {len(pred)} predicted)")
    print(format_table(result))
    if args.errors:

        def show(r: dict[str, object] | None) -> str:
            if r is None:
                return "-"
            span = f"{r['doc']}:{r['start']}-{r['end']}"
            return f"{span} {r['kind']} {r.get('text')!r} -> {r.get('normalized')!r}"

        for r in result.missed:
            print("MISSED  ", show(dict(r)))
        for r in result.spurious:
            print("SPURIOUS", show(dict(r)))
        for g, p in result.celex_errors:
            print("CELEX   ", show(dict(g)), g.get("celex"), "| got", p and p.get("celex"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
