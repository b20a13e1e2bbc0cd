"""Instructions of extraction, counted by callgrind: figures that do not move with the load.

Run from the repository root (needs ``valgrind``)::

    python benchmarks/instruction_count.py [ROOT ...] [--mb 1]

For each checkout ``ROOT`` (default: this one) three child processes run under
``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``: each builds ~MB of the
benchmark text (``extract_benchmark.repeat_to``) and extracts it once to warm up
(patterns compiled, anchor groups planned); then one stops, one extracts again without
short forms and one with them.  With ``--fresh`` each warms up on the development texts
in reverse order instead, so that what the code keeps for a text it has read (caches keyed
by the text or its identity) does not carry over to the counted extraction, as it does
not for a user's next document; the plain count repeats the extraction of one text.  The
differences are the instructions of one extraction
(``base``, ``with short forms``) and the short-form cost in instructions (issue 8's
ratio, counted).  On a shared machine CPU times swung by 10% between runs; these
counts repeat to within about 0.1%.  The three children run at once (three cores' work:
about a minute a checkout).

Each checkout gets a cache directory of its own (``EUREFS_CACHE_DIR``), filled first by
one run outside valgrind, so that every counted child loads the same compiled patterns
from the pattern store (``eurefs.pattern_store``), as a user's second run does.  With
the user's shared store instead, a checkout whose patterns were not stored yet had its
children compile them, or load them from a store another child had just written: the
counts of one checkout moved by up to 25M a MB from run to run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = """
import sys
root, mb, mode, fresh = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
sys.path[:0] = [root, root + "/benchmarks"]
import eurefs, extract_benchmark as eb
assert eurefs.__file__.startswith(root), eurefs.__file__
text = eb.repeat_to(eb.corpus_text(), int(mb * eb.MB))
other = eb.repeat_to((2 * chr(10)).join(reversed(eb.corpus_docs())), int(mb * eb.MB))
eurefs.extract(other if fresh else text)
if mode == "base":
    eurefs.extract(text, short_forms=False)
elif mode == "short_forms":
    eurefs.extract(text)
"""
_MODES = ("warm", "base", "short_forms")
_TOTAL = re.compile(r"refs:\s+([0-9,]+)")


def _env(cache: str) -> dict[str, str]:
    return {**os.environ, "PYTHONHASHSEED": "0", "EUREFS_CACHE_DIR": cache}


def _child(
    root: Path, mb: float, mode: str, out: str, cache: str, fresh: bool
) -> subprocess.Popen[str]:
    command = [
        "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
        sys.executable, "-c", _CHILD, str(root), str(mb), mode, "1" if fresh else "0",
    ]  # fmt: skip
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env(cache)
    )


def _fill_store(root: Path, mb: float, cache: str) -> None:
    """One run outside valgrind that leaves every pattern of both modes in ``cache``'s store."""
    command = [sys.executable, "-c", _CHILD, str(root), str(mb), "base", "0"]
    done = subprocess.run(command, capture_output=True, text=True, env=_env(cache), check=False)
    if done.returncode != 0:
        sys.exit(f"{root}: the run filling the pattern store failed:\n{done.stderr[-2000:]}")


def count(root: Path, mb: float, fresh: bool = False) -> dict[str, int]:
    """Instructions of the three children for ``root``, by mode (``fresh``: each warmed up
    on another text, see ``--fresh``)."""
    with tempfile.TemporaryDirectory() as tmp:
        cache = f"{tmp}/cache"
        _fill_store(root, mb, cache)
        children = {
            mode: _child(root, mb, mode, f"{tmp}/{mode}.out", cache, fresh) for mode in _MODES
        }
        totals = {}
        for mode, child in children.items():
            _, err = child.communicate()
            found = _TOTAL.search(err)
            if child.returncode != 0 or found is None:
                sys.exit(f"{root}: the {mode} child failed:\n{err[-2000:]}")
            totals[mode] = int(found.group(1).replace(",", ""))
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="*", type=Path, default=[Path.cwd()])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the text (default 1)")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="warm up on the development texts in reverse order, not on the counted text, so "
        "that nothing kept for a text (caches keyed by the text) carries over to it",
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    print(f"{'checkout':40} {'base':>10} {'with short forms':>17} {'cost':>7}")
    for root in args.roots:
        n = count(root.resolve(), args.mb, args.fresh)
        base, short = n["base"] - n["warm"], n["short_forms"] - n["warm"]
        print(f"{root!s:40} {base / 1e6:9.2f}M {short / 1e6:16.2f}M {short / base:7.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
