"""Compare two checkouts of eurefs in one run: start-up, throughput, density (CPU time).

Run from the repository root::

    git worktree add /tmp/eurefs-before <commit>
    python benchmarks/compare_checkouts.py /tmp/eurefs-before .

Each figure is measured in child processes that import eurefs from the checkout
given (``sys.path``; the current directory is not on it), alternating between the
checkouts, and reported as the best of the rounds.  CPU time (user + system) is
used throughout: on a machine shared with other jobs the wall time measures them
too.  Start-up runs ``python -m eurefs`` with bytecode caching on, after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

# Measured inside a child: ``root`` and ``mb`` are filled in, the result is one JSON line.
_CHILD = """
import json, sys, time
root, mb = {root!r}, {mb!r}
sys.path[:0] = [root, root + "/benchmarks"]
import eurefs, extract_benchmark as eb
assert eurefs.__file__.startswith(root), eurefs.__file__
def cpu(fn, runs=4):
    best = float("inf")
    for _ in range(runs):
        t = time.process_time(); fn(); best = min(best, time.process_time() - t)
    return best
big = eb.repeat_to(eb.corpus_text(), int(mb * eb.MB))
eurefs.extract(big)
out = {{"baseline": cpu(lambda: eb.baseline_count(big)),
        "extract": cpu(lambda: eb.extract_count(big)),
        "extract + short forms": cpu(lambda: eb.extract_with_short_forms_count(big))}}
unit = "Regulation (EU) 2016/679, Directive 95/46/EC, COM(2021) 752 final, C-131/12; "
for size in (0.25, 2.0):
    text = unit * int(size * 1_000_000 / len(unit))
    out[f"dense {{size:g}} MB"] = cpu(lambda: eurefs.extract(text), 3)
print(json.dumps(out))
"""
_COMMANDS = {
    "--help": ["--help"],
    "parse 32016R0679": ["parse", "32016R0679"],
    "extract -": ["extract", "-"],
}


def _startup(root: str, runs: int = 5) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = root
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as cwd:  # not the checkout: keep it off sys.path
        for name, args in _COMMANDS.items():
            argv = [sys.executable, "-m", "eurefs", *args]
            stdin = "See Directive 95/46/EC.\n"
            subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, cwd=cwd)
            best = float("inf")
            for _ in range(runs):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run(
                    argv, input=stdin, capture_output=True, text=True, env=env, cwd=cwd, check=True
                )
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                best = min(best, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
            out[f"start-up {name}"] = best
    return out


def _measure(root: str, mb: float) -> dict[str, float]:
    code = _CHILD.format(root=root, mb=mb)
    with tempfile.TemporaryDirectory() as cwd:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=True
        )
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    figures.update(_startup(root))
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkouts", nargs="+", help="directories holding an eurefs checkout")
    ap.add_argument("--mb", type=float, default=2.0, help="corpus text size (default 2 MB)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds (default 2)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    roots = [str(Path(c).resolve()) for c in args.checkouts]
    best: dict[str, dict[str, float]] = {r: {} for r in roots}
    for _ in range(args.rounds):
        for root in roots:
            for key, value in _measure(root, args.mb).items():
                best[root][key] = min(value, best[root].get(key, float("inf")))
    for figures in best.values():
        figures["speed ratio extract/baseline"] = figures["baseline"] / figures["extract"]
        figures["short-form cost"] = figures["extract + short forms"] / figures["extract"]
        figures["density ratio 2 MB / 0.25 MB"] = figures["dense 2 MB"] / figures["dense 0.25 MB"]
    if args.json:
        print(json.dumps(best, indent=2))
        return 0
    keys = list(next(iter(best.values())))
    names = "".join(f"{Path(r).name[-18:]:>20}" for r in roots)
    print(f"{'CPU seconds (best of rounds)':34}{names}")
    for key in keys:
        print(f"{key:34}" + "".join(f"{best[r][key]:20.3f}" for r in roots))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
