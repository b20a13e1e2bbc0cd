"""Annotate benchmark: linking inside an entity-heavy HTML page, against reading it with lxml.

Run from the repository root::

    python benchmarks/annotate_benchmark.py            # 200,000 and 800,000 entities
    python benchmarks/annotate_benchmark.py --entities 1000000 --repeat 1

EUR-Lex pages write ``&nbsp;`` between the parts of a reference and elsewhere; a
page can hold hundreds of thousands.  For a page of ``N`` entities (words with an
``&nbsp;`` after each and a reference every 50 words) it prints, best of
``--repeat`` runs, in one run:

* **html_text**: reading the page's text with its map back to the source;
* **annotate_html**: the whole of ``eurefs.annotate_html`` (reading, extraction, linking);
* **lxml read + extract**: ``eurefs.read_document`` (lxml) then ``eurefs.extract``,
  what ``eurefs extract`` does with the same page: the baseline;

then the ratios: annotate_html over the baseline, and time at ``4N`` over time at
``N`` (linear time gives 4).  A benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import eurefs  # noqa: E402
from eurefs.annotation import annotate_html, html_text  # noqa: E402


def best(fn: Callable[[], Any], repeat: int) -> float:
    """The shortest of ``repeat`` runs of ``fn``, in CPU seconds (the machine may be shared)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def page(entities: int) -> str:
    """An HTML page of ``entities`` words each followed by ``&nbsp;``, a reference every 50."""
    unit = "word&nbsp;" * 45 + "Regulation&nbsp;(EU)&nbsp;2016/679&nbsp;and&nbsp;"
    body = unit * (entities // 50)
    return f"<html><body><p>{body}</p></body></html>"


def measure(entities: int, repeat: int) -> dict[str, float]:
    source = page(entities)
    data = source.encode("utf-8")
    return {
        "html_text": best(lambda: html_text(source), repeat),
        "annotate_html": best(lambda: annotate_html(source), repeat),
        "lxml_read_extract": best(lambda: eurefs.extract(eurefs.read_document(data)), repeat),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="annotate_html on entity-heavy pages.")
    ap.add_argument("--entities", type=int, default=200_000, help="N (the larger page is 4N)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    small, large = args.entities, 4 * args.entities
    rows = {n: measure(n, args.repeat) for n in (small, large)}
    print(f"{'entities':>10}  {'html_text s':>11}  {'annotate_html s':>15}  {'lxml+extract s':>14}")
    for n, row in rows.items():
        print(
            f"{n:>10}  {row['html_text']:>11.3f}  {row['annotate_html']:>15.3f}"
            f"  {row['lxml_read_extract']:>14.3f}"
        )
    for name in ("html_text", "annotate_html"):
        print(f"{name} at 4N / at N: {rows[large][name] / rows[small][name]:.2f} (linear: 4)")
    ratio = rows[large]["annotate_html"] / rows[large]["lxml_read_extract"]
    print(f"annotate_html / (lxml read + extract) at {large} entities: {ratio:.2f}x")
    per = rows[large]["html_text"] / large * 1e6
    print(f"html_text per entity at {large}: {per:.2f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
