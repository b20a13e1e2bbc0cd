"""Build a copy of eurefs with its hot modules compiled by mypyc, to measure it (issue 10).

Run from the repository root (needs ``mypy``, which ships mypyc, and a C compiler)::

    python benchmarks/mypyc_build.py [--dest /tmp/eurefs-mypyc] [--jobs 2]

Nothing is installed and the checkout is not touched: ``git archive HEAD`` is unpacked
twice, as ``DEST/plain`` (the pure build) and ``DEST/mypyc`` (paths of equal length, as
``instruction_count.py`` wants), and the second is compiled in place
(``build_ext --inplace``: each compiled module's ``.so`` next to its source, which it
shadows).  Then compare the two, e.g.::

    python benchmarks/compare_checkouts.py DEST/plain DEST/mypyc --mb 3
    (cd DEST/mypyc && PYTHONPATH=. python benchmarks/extract_benchmark.py --mb 3)

The compiled copy needs a few edits mypyc's whole-program check asks for (``_EDITS``:
types of names that import cycles leave undetermined; each edit must apply, so a change
in the code stops the build rather than compiling something else), and some modules stay
interpreted (``_LEFT_OUT``, with why).  The build reads the project's mypy settings from a
copy of ``pyproject.toml`` kept aside, as setuptools would otherwise read the project's
metadata and refuse it.  Last, a check of what the two builds are known to read
differently: mypyc's ``str.lower`` on CPython before 3.13 writes no final sigma.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The engine's modules compiled: the scan, the view, the grammar, the short forms and the
# languages' code (module paths relative to the package).
_COMPILED = [
    "scanner", "textview", "textview_drops", "anchor_scan", "anchor_dispatch", "family_scan",
    "selection", "latin1", "normal_form", "spans", "superscripts", "collector",
    "grammar/*", "short_forms/*",
    "languages/__init__", "languages/base", "languages/evidence", "languages/back_references",
    "languages/treaty", "languages/codes", "languages/_lookalikes",
]  # fmt: skip

_LEFT_OUT = {
    # a lazy pattern binds the compiled pattern's methods on itself: a native class
    # takes no attributes it does not declare (AttributeError at the first search)
    "grammar/common": "sets attributes on itself",
    # mypyc 2.4.1: "AssertionError: should have been handled in Tuple/List/Set/DictExpr"
    # at ``in (*ids.SCHEMES, "cellar")``
    "grammar/identifier_input": "internal mypyc error",
}
# The per-language tables (languages/en.py, ...) are left out too: each only builds
# tables at import, and each becomes one C function of 8,000-12,000 lines that gcc had not
# compiled after 17 minutes (2026-12-02).

# (module, pattern, replacement): types mypyc's check cannot determine in import cycles
# (mypy alone can), and one AnyStr function whose str/bytes ``find`` it rejects.
_EDITS = [
    ("grammar/oj_dates", r"^YEAR_PREPS = ", "YEAR_PREPS: str = "),
    ("grammar/comma_pinpoints", r"^STARTS = \{", "STARTS: dict[str, tuple[str, ...]] = {"),
    ("grammar/comma_pinpoints", r"^LEADS = ", "LEADS: dict[str, str] = "),
    ("grammar/enacting_pinpoints", r"^LANGS = ", "LANGS: frozenset[str] = "),
    ("grammar/legal_acts_dated", r"^YEAR_ANCHORS = ", "YEAR_ANCHORS: tuple[Anchor, ...] = "),
    ("grammar/treaty_after_articles", r"^NOT_PREP = ", "NOT_PREP: str = "),
    ("grammar/treaty_after_articles", r"^TREATY = ", "TREATY: str = "),
    ("grammar/treaty_after_articles", r"^ABBREVIATION = ", "ABBREVIATION: str = "),
    (
        "textview_drops",
        r"^def _found_at\(text: AnyStr, key: AnyStr, pattern: re\.Pattern\[AnyStr\]\)",
        "def _found_at(text: Any, key: Any, pattern: Any)",
    ),
    ("textview_drops", r"^import re$", "import re\nfrom typing import Any"),
]
_FAMILY = (r"^FAMILY = Family\(", "FAMILY: Family = Family(")  # every family module

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
paths = sys.argv[sys.argv.index("--") + 1:]
del sys.argv[sys.argv.index("--"):]
setup(name="eurefs-mypyc", packages=[],
      ext_modules=mypycify(["--config-file", {config!r}, *paths], opt_level="3",
                           multi_file=True))
"""

# The same sentence read by both builds: they should agree (they do not, see the module).
_CHECK = """
import sys
sys.path.insert(0, {root!r})
import eurefs, eurefs.scanner
try:
    found = [r.celex for r in eurefs.extract({text!r})]
except Exception as e:
    found = repr(e)
print(eurefs.scanner.__file__.endswith(".py"), found)
"""
_GREEK = "ΚΑΝΟΝΙΣΜΟΣ (ΕΕ) 2016/679 ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ ΚΑΙ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ"


def _unpack(dest: Path) -> None:
    """``git archive HEAD`` of this checkout unpacked into ``dest`` (made anew)."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)


def _edit(copy: Path) -> None:
    """Apply ``_EDITS`` and ``_FAMILY`` in ``copy``; stop if one no longer applies."""
    for module, pattern, replacement in _EDITS:
        path = copy / "eurefs" / f"{module}.py"
        text, n = re.subn(pattern, replacement, path.read_text(), count=1, flags=re.M)
        if n != 1:
            sys.exit(f"{path}: {pattern!r} not found: the code moved, update _EDITS")
        path.write_text(text)
    for path in (copy / "eurefs" / "grammar").glob("*.py"):
        text = re.sub(_FAMILY[0], _FAMILY[1], path.read_text(), flags=re.M)
        path.write_text(text)


def compiled_paths(copy: Path) -> list[str]:
    """The source files mypyc compiles in ``copy`` (relative paths), ``_LEFT_OUT`` left out."""
    paths: list[str] = []
    for name in _COMPILED:
        found = sorted((copy / "eurefs").glob(f"{name}.py"))
        if not found:
            sys.exit(f"eurefs/{name}.py: no such module, update _COMPILED")
        paths += [
            str(p.relative_to(copy))
            for p in found
            if str(p.relative_to(copy / "eurefs"))[:-3] not in _LEFT_OUT
        ]
    return paths


def build(copy: Path, jobs: int) -> float:
    """Compile ``copy``'s hot modules in place; the wall seconds it took."""
    config = copy.parent / "mypy-config.toml"  # the [tool.mypy] settings, for mypycify
    project = copy / "pyproject.toml"
    shutil.copy(project, config)
    aside = project.with_suffix(".toml.aside")
    project.rename(aside)  # setuptools would read the project's metadata from it
    started = time.monotonic()
    try:
        subprocess.run(
            [sys.executable, "-c", _SETUP.format(config=str(config)), "build_ext", "--inplace",
             "-j", str(jobs), "--", *compiled_paths(copy)],
            cwd=copy, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    finally:
        aside.rename(project)
    return time.monotonic() - started


def check(copy: Path) -> tuple[bool, str]:
    """(whether ``copy`` imports its pure scanner, what it reads in ``_GREEK``)."""
    out = subprocess.run(
        [sys.executable, "-c", _CHECK.format(root=str(copy), text=_GREEK)],
        check=True, capture_output=True, text=True, cwd=copy.parent,
    ).stdout.strip()  # fmt: skip
    pure, found = out.split(" ", 1)
    return pure == "True", found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--dest", default="/tmp/eurefs-mypyc", help="where both copies go")
    ap.add_argument("--jobs", type=int, default=2, help="parallel C compiles (default 2)")
    args = ap.parse_args(argv)
    dest = Path(args.dest).resolve()
    plain, compiled = dest / "plain", dest / "mypyc"
    _unpack(plain)
    _unpack(compiled)
    _edit(compiled)
    seconds = build(compiled, args.jobs)
    n = len(list((compiled / "eurefs").rglob("*.so")))
    print(f"built {compiled}: {n} compiled modules in {seconds:.0f} s (wall)")
    read: dict[Path, str] = {}
    for copy in (plain, compiled):
        pure, read[copy] = check(copy)
        kind = "pure" if pure else "compiled"
        print(f"{copy.name}: {kind} scanner; {_GREEK[:10]}... -> {read[copy]}")
    if read[plain] != read[compiled]:
        print("the two builds read the Greek title differently (mypyc's str.lower, see above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
