"""Where the short-form pass spends, step by step, in instructions (issue 8), by callgrind.

Run from the repository root (needs ``valgrind``)::

    python benchmarks/short_form_instructions.py [ROOT] [--mb 1] [--malloc]

One child process runs under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``: it
builds ~MB of the benchmark text (``extract_benchmark.repeat_to``, as
``instruction_count.py`` does), extracts it once to warm up, then runs, each on its own,
one extraction without and one with short forms, the full references alone, and the
steps of the short-form pass in the order ``short_forms._resolve`` runs them (the name
scan, definitions, type words, name acronyms, uses, popular names, anaphors, the
selection, the mention log, the walk), then the emitter over what the walk resolved,
the whole pass again as ``with_short_forms`` runs it, and the models of the full
references and of all references.  Each part runs inside ``contextvars.Context.run``,
and callgrind dumps a profile at that function's entry and exit
(``--dump-before``/``--dump-after``), so each is counted alone (~0.1M a part beyond its
own work).  Printed: each part, the pass (with short forms less without), and how much
of it the steps account for.  ``--malloc``: the child runs with ``PYTHONMALLOC=malloc``.
A step's dump can be read further with ``callgrind_annotate`` (``--keep DIR`` keeps them).

The steps are the pass's as ``short_forms._resolve`` writes them: where that changes,
this script must follow (the steps then no longer add up to the pass).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from language_instructions import parts  # (the same dumps, read the same way)

_CHILD = """
import contextvars, json, sys
root, mb, names_path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
sys.path[:0] = [root, root + "/benchmarks"]
import eurefs, extract_benchmark as eb
from eurefs import latin1, short_forms as sf
from eurefs.collector import collector_paused
from eurefs.family_scan import extract_kinds
from eurefs.grammar import years
from eurefs.grammar.named_again import NamedTreaties
from eurefs.grammar.whole_text import WholeText
from eurefs.models.public import to_models
from eurefs.short_forms.anaphors import MentionLog, find_anaphors
from eurefs.short_forms.common import detect_language
from eurefs.short_forms.definition_words import paren_end
from eurefs.short_forms.definitions import defines, find_definitions, find_uses
from eurefs.short_forms.name_acronyms import find_name_acronyms, with_sites
from eurefs.short_forms.popular_names import find_popular_names, names_for, scan_names
from eurefs.short_forms.type_words import scan_type_words
from eurefs.short_forms.walk import walk
assert eurefs.__file__.startswith(root), eurefs.__file__
text = eb.repeat_to(eb.corpus_text(), int(mb * eb.MB))
eurefs.extract(text)
names = []
def part(name, fn, *args):
    names.append(name)
    return contextvars.copy_context().run(fn, *args)
part("extract without short forms", lambda: eurefs.extract(text, short_forms=False))
part("extract with short forms", lambda: eurefs.extract(text))
whole = WholeText(text)
# (as ``scanner._extract`` runs the pass: the text's reads kept for the extraction)
with collector_paused(), latin1.shared(text), years.day_fixed(), whole.under_way():
    refs = part("full references", lambda: extract_kinds(text, None, NamedTreaties(), whole=whole))
    unseen = part("what is never seen (whole.unseen)", lambda: whole.unseen)
    assert not unseen, "the benchmark text now holds what is never seen: steps on its copy"
    lang = part("detect_language", detect_language, text, refs)
    starts, ends = [r.start for r in refs], [r.end for r in refs]
    closes = paren_end(lang) if defines(lang) else None
    scan = part("scan_names", scan_names, text, lang, closes)
    known = frozenset(names_for(lang))
    defs, sites = part(
        "find_definitions", find_definitions, text, refs, lang, known, starts, scan.close_ends
    )
    words = part("scan_type_words", scan_type_words, text, lang)
    acronyms = part("find_name_acronyms", find_name_acronyms, text, lang, scan, names_for(lang))
    defs += acronyms
    sites = with_sites(sites, acronyms)
    uses = part("find_uses", find_uses, text, defs, lang, scan)
    taken = {(c.start, c.end) for c in uses}
    names_found = part("find_popular_names", find_popular_names, text, lang, taken, scan)
    anaphors = part("find_anaphors", find_anaphors, text, lang, words)
    candidates = [*uses, *names_found, *anaphors]
    kept = part("_select", sf._select, candidates, starts, ends, sites)
    def mention_log():
        log = MentionLog(text, lang, sites, words, refs)
        log.copies = {d.copy_of: d.start for d in defs if d.copy_of is not None}
        return log
    log = part("MentionLog", mention_log)
    resolved = part("walk", walk, text, lang, refs, starts, ends, kept, log)
    def emit_all():
        emit = sf._Emitter(text, lang, refs).emit
        return [emit(c, t, t.antecedent) for c, t in resolved]
    part("emit", emit_all)
    out = part("with_short_forms (the whole pass)", sf.with_short_forms, text, refs, None, unseen)
    part("models of the full references", to_models, refs)
    part("models of all references", to_models, out)
json.dump(names, open(names_path, "w"))
"""
# the parts that are not steps of the pass (the rest are, in order)
_NOT_STEPS = (
    "extract without short forms",
    "extract with short forms",
    "full references",
    "with_short_forms (the whole pass)",
    "models of the full references",
    "models of all references",
)


def _run(root: Path, mb: float, out: Path, malloc: bool) -> None:
    child = [_CHILD, str(root), str(mb), str(out / "names.json")]
    run_counted(child, out, malloc, ["--dump-before=context_run", "--dump-after=context_run"])


def run_counted(child: list[str], out: Path, malloc: bool, options: list[str]) -> None:
    """``python -c`` with ``child`` (the code and its arguments) under callgrind with
    ``options``, the profile written to ``out/cg.out`` (``PYTHONHASHSEED=0``, a pattern
    store of its own in ``out``; ``malloc``: ``PYTHONMALLOC=malloc``)."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "EUREFS_CACHE_DIR": str(out / "cache")}
    if malloc:
        env["PYTHONMALLOC"] = "malloc"
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", *child]
    # (one run outside valgrind fills the pattern store, as ``instruction_count.py`` does)
    subprocess.run(command, env=env, check=True, capture_output=True)
    valgrind = ["valgrind", "--tool=callgrind", *options, f"--callgrind-out-file={out}/cg.out"]
    done = subprocess.run([*valgrind, *command], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the child failed:\n{done.stderr[-2000:]}")


def report(counted: dict[str, int]) -> list[str]:
    """The lines printed: each part, the pass, and the share the steps account for."""
    lines = [f"{'part (instructions, M)':44} {'M':>9}"]
    lines += [f"{name:44} {n / 1e6:9.2f}" for name, n in counted.items()]
    with_sf = counted.get("extract with short forms", 0)
    without = counted.get("extract without short forms", 0)
    steps = sum(n for name, n in counted.items() if name not in _NOT_STEPS)
    models = counted.get("models of all references", 0) - counted.get(
        "models of the full references", 0
    )
    lines += [
        f"{'the pass (with less without short forms)':44} {(with_sf - without) / 1e6:9.2f}",
        f"{'the steps above, added up':44} {steps / 1e6:9.2f}",
        f"{'the short forms models':44} {models / 1e6:9.2f}",
        f"short-form cost: {with_sf / without:.4f}" if without else "short-form cost: -",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=Path.cwd())
    parser.add_argument("--mb", type=float, default=1.0, help="MB of the benchmark text")
    parser.add_argument("--malloc", action="store_true", help="PYTHONMALLOC=malloc")
    parser.add_argument("--keep", type=Path, help="keep the callgrind files in this folder")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        _run(args.root.resolve(), args.mb, out, args.malloc)
        print("\n".join(report(parts(out))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
