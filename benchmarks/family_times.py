"""CPU time of each reference family on the benchmark text, for one or more checkouts.

Run from the repository root::

    git worktree add /tmp/eurefs-before <commit>
    python benchmarks/family_times.py /tmp/eurefs-before . [--mb 3] [--rounds 3]

Each checkout is measured in child processes (importing eurefs from it), the
checkouts alternating, and each family's figure is the best of all rounds: CPU time
(user + system, gc off as in ``extract``) of running the family over the folded view
of the text, with the anchor searches done beforehand (they are shared by families
and counted apart, under "anchors").  The text view and the overlap selection are not
counted.  Families a checkout does not have show as ``-``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

# Measured inside a child: ``root`` and ``mb`` are filled in, the result is one JSON line.
_CHILD = """
import gc, json, sys, time
root, mb = {root!r}, {mb!r}
sys.path[:0] = [root, root + "/benchmarks"]
import eurefs, extract_benchmark as eb
try:
    from eurefs import family_scan
except ImportError:  # (a checkout before the families' run left the scanner)
    from eurefs import scanner as family_scan
from eurefs.grammar import FAMILIES
from eurefs.textview import TextView
assert eurefs.__file__.startswith(root), eurefs.__file__
view = TextView(eb.repeat_to(eb.corpus_text(), int(mb * eb.MB))).view
gc.disable()
def cpu(fn, runs=5):
    best = float("inf")
    for _ in range(runs):
        t = time.process_time(); fn(); best = min(best, time.process_time() - t)
    return best
out = {{}}
scan = family_scan._scan
out["anchors"] = cpu(lambda: [list(scan(f, view, c)) for c in [{{}}] for f in FAMILIES], 3)
cache = {{}}
for f in FAMILIES:
    list(family_scan._scan(f, view, cache))
for f in FAMILIES:
    name = f.build.__module__.rsplit(".", 1)[-1]
    out[name] = out.get(name, 0.0) + cpu(lambda: list(family_scan._scan(f, view, cache)))
out["anchors"] -= sum(v for k, v in out.items() if k != "anchors")
print(json.dumps(out))
"""


def _measure(root: str, mb: float) -> dict[str, float]:
    code = _CHILD.format(root=os.path.abspath(root), mb=mb)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Print a table: one row per family, one column per checkout, CPU milliseconds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="*", default=["."])
    parser.add_argument("--mb", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    best: list[dict[str, float]] = [{} for _ in args.checkouts]
    for _ in range(args.rounds):
        for i, root in enumerate(args.checkouts):
            for name, secs in _measure(root, args.mb).items():
                best[i][name] = min(secs, best[i].get(name, secs))
    names = [*dict.fromkeys(n for b in best for n in b if n != "anchors"), "anchors"]
    width = max(len(n) for n in names)
    print(f"CPU ms on {args.mb:g} MB, best of {args.rounds} rounds")
    print(
        " " * width
        + "".join(f"  {os.path.basename(os.path.abspath(r)):>14}" for r in args.checkouts)
    )
    for name in names:
        cells = "".join(f"  {b[name] * 1000:14.1f}" if name in b else f"  {'-':>14}" for b in best)
        print(f"{name:<{width}}{cells}")


if __name__ == "__main__":
    main()
