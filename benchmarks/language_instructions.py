"""Where English (or another language) pays for the other languages, in instructions
(issue 11), by callgrind.

Run from the repository root (needs ``valgrind``)::

    python benchmarks/language_instructions.py [ROOT] [--mb 0.5] [--min 0.2] [--lang en]

Two child processes run under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``,
one with ``EUREFS_LANGUAGES=en`` (``--lang``'s) and one with every language loaded.
Each extracts ~MB of the English (``--lang``'s) development texts once to warm up (as
``language_speed.py`` reads them), then runs, each part on its own, one
``eurefs.extract`` of the text and the steps of one: each anchor search, each family's
scan (in ``FAMILIES`` order, sharing the anchor positions, as ``family_scan._extract``
runs them), the steps after the families, the short-form pass and the models.  Each part
runs inside ``contextvars.Context.run``, and callgrind dumps a profile at that
function's entry and exit (``--dump-before``/``--dump-after``), so each part's
instructions are counted alone.  Printed: the instructions of each part in both children
and the difference (parts that moved by at least ``--min`` M instructions), and the
ratio of the two extracts (the ratio ``language_speed.py`` times), and the instructions
a character of the extract with every language (to compare languages).  Each part file
can be read further with ``callgrind_annotate --inclusive=yes`` (``--keep DIR`` keeps
them).

Every anchor search costs ~0.1M here beyond its own work (a part's dump); the shared
searches (``anchor_scan``) are counted under the first member searched.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = """
import contextvars, json, sys
root, mb, out, lang = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
sys.path[:0] = [root, root + "/benchmarks"]
import eurefs, language_speed
try:
    from eurefs import family_scan
except ImportError:  # (a checkout before the families' run left the scanner)
    from eurefs import scanner as family_scan
from eurefs.collector import collector_paused
from eurefs.grammar import FAMILIES, agreement_bodies, oj_forms, pinpoint_headings
from eurefs.grammar import written_alike
from eurefs.grammar.named_again import NamedTreaties
from eurefs.grammar.national_numbers import NationalNumbers
from eurefs.grammar.publications import link as link_publications
from eurefs.models.public import to_models
from eurefs.selection import drop_overlaps
from eurefs.short_forms import with_short_forms
assert eurefs.__file__.startswith(root), eurefs.__file__
text = language_speed.repeat_to(language_speed.texts_by_language()[lang], int(mb * 1e6))
eurefs.extract(text)
names = []
def part(name, fn, *args):
    while name in names:  # (a family's second pattern: ``legal_acts`` has two)
        name += "'"
    names.append(name)
    return contextvars.copy_context().run(fn, *args)
part("extract", eurefs.extract, text)
with collector_paused():
    view = family_scan.TextView(text)
    folded, cache, found = view.view, {}, []
    for family in FAMILIES:
        build = getattr(family.build, "func", family.build)
        for i, a in enumerate(family.anchors):
            if a.pattern.pattern not in cache:  # (by family: the sources differ)
                part(f"anchor {build.__module__}[{i}]", family_scan._positions, a, folded, cache)
    def scan(family):
        anchors = family.anchors
        if family.requires is not None and (
            (anchors and not any(family_scan._positions(a, folded, cache) for a in anchors))
            or not any(search.search(folded) for search in family.requires)
        ):
            return
        found.extend((r, family.priority) for r in family_scan._scan(family, folded, cache))
    for family in FAMILIES:
        build = getattr(family.build, "func", family.build)
        part(f"family {build.__module__}.{build.__qualname__}", scan, family)
    def after():
        kept = agreement_bodies.cited_again(drop_overlaps(found))
        if folded is not text:
            family_scan._to_original(kept, view)
            oj_forms.keep_ordinal_signs(kept, text)
        written_alike.decide(kept, text)
        kept = NationalNumbers().apply(NamedTreaties().apply(kept, text), text)
        pinpoint_headings.drop(kept, text)
        link_publications(kept, text)
        return kept
    kept = part("after the families", after)
    light = part("short forms", with_short_forms, text, kept, None)
    part("models", to_models, light)
json.dump(names, open(out, "w"))
"""
_TOTAL = re.compile(r"^(?:summary|totals): (\d+)", re.M)


def _run(root: Path, mb: float, langs: str, out: Path, lang: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("EUREFS_LANGUAGES", None)
    if langs:
        env["EUREFS_LANGUAGES"] = langs
    out.mkdir(parents=True, exist_ok=True)
    command = [
        "valgrind", "--tool=callgrind", "--dump-before=context_run",
        "--dump-after=context_run", f"--callgrind-out-file={out}/cg.out",
        sys.executable, "-c", _CHILD, str(root), str(mb), str(out / "names.json"), lang,
    ]  # fmt: skip
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )


def parts(out: Path) -> dict[str, int]:
    """Instructions of each part of one child, by name (its dumps: before the first
    part, the first part, between the parts, the second part, ...)."""
    names = json.loads((out / "names.json").read_text())
    dumps = sorted(out.glob("cg.out.*"), key=lambda p: int(p.suffix[1:]))
    totals = []
    for dump in dumps:
        found = _TOTAL.search(dump.read_text(errors="replace"))
        totals.append(int(found.group(1)) if found else 0)
    return dict(zip(names, totals[1::2], strict=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=Path.cwd())
    parser.add_argument("--mb", type=float, default=0.5, help="MB of text (default 0.5)")
    parser.add_argument("--lang", default="en", help="the development texts' language (en)")
    parser.add_argument("--min", type=float, default=0.2, help="M instructions to show a part")
    parser.add_argument("--keep", type=Path, help="keep the callgrind files in this folder")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        root, code = args.root.resolve(), args.lang
        children = {langs: _run(root, args.mb, langs, base / (langs or "all"), code)
                    for langs in (code, "")}  # fmt: skip
        for langs, child in children.items():
            _, err = child.communicate()
            if child.returncode != 0:
                sys.exit(f"the child with EUREFS_LANGUAGES={langs!r} failed:\n{err[-2000:]}")
        alone, every = parts(base / code), parts(base / "all")
    print(f"{'part (instructions, M)':64} {code:>9} {'all':>9} {'all-' + code:>9}")
    for name in dict.fromkeys([*alone, *every]):
        a, b = alone.get(name, 0), every.get(name, 0)
        if name == "extract" or abs(b - a) >= args.min * 1e6:
            print(f"{name[:64]:64} {a / 1e6:9.2f} {b / 1e6:9.2f} {(b - a) / 1e6:+9.2f}")
    ratio = alone["extract"] / every["extract"]
    print(f"ratio {code}/all of the extracts (the speed ratio): {ratio:.3f}")
    print(f"instructions a character, every language: {every['extract'] / (args.mb * 1e6):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
