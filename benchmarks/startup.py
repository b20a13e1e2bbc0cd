"""Start-up of the commands (issue 10: at most 0.2 s), checkouts side by side, in one run.

Run from anywhere::

    python benchmarks/startup.py [ROOT ...] [--runs 8] [--instructions] [--store FILE]

For each checkout ``ROOT`` (default: this one) the commands run as a user's installed
copy runs them: ``python -m eurefs`` with ``PYTHONPATH=ROOT``, bytecode kept in
``__pycache__``, and a cache directory of the checkout's own whose pattern store
(``eurefs.pattern_store``) a first run of every command filled.  ``--store FILE``
starts each checkout's store as a copy of ``FILE`` instead (the user's own, say
``~/.cache/eurefs/patterns-cpython-311.bin``: a store that holds other versions' entries
too is read at every start).  Printed for each command: the best wall and CPU (user +
system) time of ``--runs`` runs, the rounds taken in turn over the checkouts so that
the machine's load falls on each alike; with ``--instructions``, the instructions of one
run counted by callgrind (needs ``valgrind``), which do not move with the load (but do
not count the kernel's work: reading the store file is system time).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: (name, arguments, stdin, what the output must hold)
COMMANDS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("python -c pass", (), "", ""),
    ("--help", ("--help",), "", "usage"),
    ("parse 32016R0679", ("parse", "32016R0679"), "", '"32016R0679"'),
    ("extract - (one line)", ("extract", "-"), "See Directive 95/46/EC.\n", '"31995L0046"'),
    ("extract FILE", ("extract", "{file}"), "", '"52021DC0752"'),
)
_TOTAL = re.compile(r"refs:\s+([0-9,]+)")


def _argv(args: tuple[str, ...], file: str) -> list[str]:
    if not args:
        return [sys.executable, "-c", "pass"]
    return [sys.executable, "-m", "eurefs", *(a.format(file=file) for a in args)]


def _env(root: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    env.pop("EUREFS_PATTERN_STORE", None)
    return {**env, "PYTHONPATH": str(root), "EUREFS_CACHE_DIR": str(cache)}


def _run(argv: list[str], env: dict[str, str], stdin: str, expect: str) -> tuple[float, float]:
    """Wall and CPU seconds of one run; exits when it fails or prints something else."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    run = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode != 0 or expect not in run.stdout:
        sys.exit(f"{' '.join(argv)} exited {run.returncode}: {run.stderr[-800:]}")
    return wall, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime


def _instructions(argv: list[str], env: dict[str, str], stdin: str) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv]
    run = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env)
    found = _TOTAL.search(run.stderr)
    if run.returncode != 0 or found is None:
        sys.exit(f"callgrind of {' '.join(argv)} failed: {run.stderr[-800:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="*", type=Path, default=[Path(__file__).parents[1]])
    parser.add_argument("--runs", type=int, default=8, help="timed runs of each (default 8)")
    parser.add_argument("--instructions", action="store_true", help="count with callgrind")
    parser.add_argument("--store", type=Path, help="a pattern store each checkout starts from")
    args = parser.parse_args(argv)
    if args.instructions and shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt install valgrind)")
    roots = [r.resolve() for r in args.roots]
    with tempfile.TemporaryDirectory(prefix="eurefs-startup-") as tmp:
        file = Path(tmp, "one.txt")
        file.write_text("See COM(2021) 752 final and Regulation (EU) 2016/679.\n")
        envs = {}
        for i, root in enumerate(roots):
            cache = Path(tmp, f"cache{i}")
            cache.mkdir()
            if args.store is not None:
                shutil.copy(args.store, cache / args.store.name)
            envs[root] = _env(root, cache)
            for _, cmd, stdin, expect in COMMANDS:  # bytecode and store filled
                _run(_argv(cmd, str(file)), envs[root], stdin, expect)
        best: dict[tuple[Path, str], list[float]] = {}
        for _ in range(args.runs):
            for root in roots:
                for name, cmd, stdin, expect in COMMANDS:
                    wall, cpu = _run(_argv(cmd, str(file)), envs[root], stdin, expect)
                    old = best.get((root, name), [wall, cpu])
                    best[root, name] = [min(old[0], wall), min(old[1], cpu)]
        for root in roots:
            print(root)
            for name, cmd, stdin, _ in COMMANDS:
                wall, cpu = best[root, name]
                line = f"  {name:24} wall {wall:6.3f} s  cpu {cpu:6.3f} s"
                if args.instructions:
                    n = _instructions(_argv(cmd, str(file)), envs[root], stdin)
                    line += f"  {n / 1e6:8.1f}M instructions"
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
