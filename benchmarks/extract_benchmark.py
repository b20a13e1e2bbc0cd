"""Throughput benchmark of ``eurefs.extract`` against a plain ``re`` baseline.

Run from the repository root::

    python benchmarks/extract_benchmark.py            # ~5 MB of corpus text
    python benchmarks/extract_benchmark.py --mb 20    # larger text
    python benchmarks/extract_benchmark.py --json     # machine-readable figures

It builds large texts by repeating the development texts of ``tests/data/corpus``
(and ``tests/data/corpus-fr-de``), each timed call another (the texts in another order:
no call reads a text an earlier one read, as a user's next document is new to the
process), then measures, in the same run, in CPU time of this
process (the work is single-threaded; on a shared machine wall time also measures other
jobs), as the best of five interleaved rounds:

* a *baseline*: one precompiled ``re`` alternation of the main reference forms run
  with ``finditer`` over the whole text (the speed of "just a regex");
* the extractor of full references, ``eurefs.extract(text, short_forms=False)``
  (the baseline finds full references only, so this is what it is compared with);
* the full extractor ``eurefs.extract`` with back-references (``short_form``);

and prints MB/s for each, the ratio extractor/baseline, and the cost of short forms
(CPU time with / CPU time without, interleaved runs; floor: at most 1.3).  It then times
adversarial inputs of ~1 MB each (``"COM(" * n``, long digit runs, ...) and
compares each with 1 MB of normal text: a ratio above ``--max-ratio`` (5) is a
FAIL and makes the script exit with status 1.  Each input is timed at growing
sizes (1/64 MB up to 1 MB), which gives its growth exponent (time ~ size^k; above
1.5 is a FAIL) and lets a quadratic case be extrapolated instead of hanging the run.
The ``dense ...`` inputs (valid references back to back, ~100x the references of
normal text) are judged per reference: against the time normal text needs for as
many references.

Finally (section "languages", ``benchmarks/language_speed.py``) it measures English
throughput with every language loaded and with English only (a child process with
``EUREFS_LANGUAGES=en``), which must stay within 10%, and the throughput on each
language's development texts.

This is a benchmark, not a test: no timings are asserted in the test suite.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling benchmark modules

import eurefs  # noqa: E402

CORPUS_DIRS = (
    REPO / "tests" / "data" / "corpus" / "docs",
    REPO / "tests" / "data" / "corpus-fr-de" / "docs",
)
MB = 1_000_000
RUNS = 3
#: Rounds of the interleaved throughput figures (best of each).
ROUNDS = 5
#: The throughput ratio extract/baseline issue 10 asks for (not yet reached: reported only).
GOAL_RATIO = 2.0
#: Largest growth exponent (time ~ size^k) an adversarial input may show.
MAX_EXPONENT = 1.5

_D = "[-\u2010\u2011\u2012\u2013]"
BASELINE = re.compile(
    r"""
      \b(?:COM|JOIN|SWD|SEC|C)[ ]?\([ ]?\d{2,4}[ ]?\)[ ]?\d{1,5}(?:[ ]final)?
    | \b(?:Regulation|Directive|Decision)s?[ ]
        (?:\((?:EU|EC|EEC|Euratom|CFSP|EU,[ ]Euratom)\)[ ])?
        (?:No\.?[ ])?\d{1,4}/\d{1,4}(?:/(?:EU|EC|EEC|Euratom|CFSP|JHA))?
    | \bOJ[ ](?:\d{4}[ ])?[LCS][ ]?\d{0,4}[A-Z]?,[ ]?(?:\d{4}/\d{1,5},[ ])?
        \d{1,2}\.\d{1,2}\.\d{4}(?:,[ ]p\.[ ]\d{1,5})?
    | \b[CTF]"""
    + _D
    + r"""\d{1,4}/\d{2}(?:[ ]P)?\b
    | \b(?:ECLI:)?EU:[CTF]:\d{4}:\d{1,5}\b
    | \b[0-9CE]\d{4}[A-Z]{1,2}\d{4}\b
    | https?://data\.europa\.eu/eli/[a-z_]+/\d{4}/\d+(?:/[a-z0-9]+)*
    """,
    re.VERBOSE,
)


def corpus_docs() -> list[str]:
    """The development texts, one string each."""
    parts: list[str] = []
    for d in CORPUS_DIRS:
        parts.extend(p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt")))
    if not parts:
        sys.exit(f"no corpus texts found under {CORPUS_DIRS[0]}")
    return parts


def corpus_text() -> str:
    """All development texts, joined by blank lines."""
    return "\n\n".join(corpus_docs())


def repeat_to(text: str, size: int) -> str:
    """``text`` repeated (with blank lines between copies) and cut to ``size`` characters."""
    unit = text + "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def fresh_texts(docs: list[str], size: int, first: int, count: int) -> list[str]:
    """``count`` texts of about ``size`` characters, each the development texts ``docs``
    in another order (the list rotated by ``first``, ``first + 1`` ...) repeated a whole
    number of times: the same texts as often in each, but no two alike, so that a timed
    extraction never reads a text an earlier one read (a cache keyed by the text, or what
    its first lines tell, would hide the work a user's next document pays).  At most
    ``len(docs) - 1`` of them differ from the texts in their own order (rotation 0)."""
    texts = []
    for k in range(first, first + count):
        shift = 1 + k % (len(docs) - 1) if len(docs) > 1 else 0
        unit = "\n\n".join(docs[shift:] + docs[:shift]) + "\n\n"
        texts.append(unit * max(1, round(size / len(unit))))
    return texts


def best_of(fn: Callable[[], int], runs: int = RUNS) -> tuple[float, int]:
    """Best CPU time (this process) of ``runs`` calls of ``fn`` and the count it returned.

    CPU time, not wall time: every timed call runs on one core in this process, and on a
    machine shared with other jobs the wall time also measures them (ratios of wall
    times swung from 0.9 to 2.0 between runs here).
    """
    best = float("inf")
    count = 0
    for _ in range(runs):
        t0 = time.process_time()
        count = fn()
        best = min(best, time.process_time() - t0)
    return best, count


def interleaved(
    fns: dict[str, Callable[[int], Callable[[], int]]], rounds: int
) -> dict[str, tuple[float, int]]:
    """Best CPU time and count of each of ``fns``, run in turn ``rounds`` times: at round
    ``r``, ``fns[name](r)`` gives the call timed (its text made before the clock starts).

    Interleaving makes a burst of load on a shared machine hit every figure of a ratio.
    """
    best: dict[str, tuple[float, int]] = {k: (float("inf"), 0) for k in fns}
    for r in range(rounds):
        for name, make in fns.items():
            t, n = best_of(make(r), 1)
            if t < best[name][0]:
                best[name] = (t, n)
    return best


def baseline_count(text: str) -> int:
    return sum(1 for _ in BASELINE.finditer(text))


def extract_count(text: str) -> int:
    return len(eurefs.extract(text, short_forms=False))


def extract_with_short_forms_count(text: str) -> int:
    return len(eurefs.extract(text))


#: Largest allowed time of extraction with short forms relative to extraction without.
MAX_SHORT_FORM_COST = 1.3


def adversarial_inputs(corpus: str, size: int) -> dict[str, str]:
    """Inputs of about ``size`` characters built to stress the grammar."""

    def rep(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    rng = random.Random(20240501)
    vocab = re.findall(r"[A-Za-z]{2,12}", corpus)
    random_words = " ".join(rng.choice(vocab) for _ in range(size // 6))[:size]
    shy = "".join(rng.choice(("\u00ad", "\u00ad", "a", "b", "1", " ", "/")) for _ in range(size))
    return {
        "COM(": rep("COM("),
        "digits": rep("1234567890"),
        "Regulation (EU) ": rep("Regulation (EU) "),
        "no-newline corpus": repeat_to(re.sub(r"\s+", " ", corpus) + " ", size).replace("\n", " "),
        "no-newline random words": random_words,
        "OJ L 1, ": rep("OJ L 1, "),
        # issues listed after a citation without the journal (grammar/oj_forms), one
        # reference each, and the list's pieces with no citation before them
        "dense OJ issues listed": ("OJ L 1, 1.1.2000, p. 1" + rep(", L 1, 1.1.2000, p. 1"))[:size],
        "L 1, 1.1.2000, p. 1, ": rep("L 1, 1.1.2000, p. 1, "),
        # dates with slashes of the single series (EUR-Lex's former header) with no journal
        "10/07/1962 ": rep("10/07/1962 "),
        "Article 1, ": rep("Article 1, "),
        # ordinal subdivisions: a list of ordinals, ended or not by their noun
        "Article 1, first, ": rep("Article 1(1), first, second and third, "),
        "dense ordinal subdivisions": rep("Article 107(1), first and third subparagraphs, TFEU "),
        "C-1/": rep("C-1/"),
        "C\u20111/": rep("C\u20111/"),
        "2016/": rep("2016/"),
        "soft hyphens mixed": shy,
        "soft hyphen + COM": rep("CO\u00adM(\u00ad2016)\u00ad "),
        "\\n\\n### ": rep("Regulation\n\n### (EU)\n\n### "),
        # white space and debris to fold (eurefs.textview): runs, marks, ligatures
        "white space runs": rep(" \n \t\u00a0 \r\n\n  x"),
        "blank lines only": rep("\n\n\n"),
        "heading marks": rep("\n### \n> \n* "),
        "COM \\n\\n(": rep("COM \n\n("),
        "OJ one token per line": rep("OJ\n\nL\n\n1,\n\n"),
        "ligatures": rep("O\ufb03cial \ufb01nal "),
        "running heads": rep("4.5.2016 L 119/1 EN\n"),
        "EN 1/1 ": rep("EN 1/1 "),
        "line-end hyphens": rep("ab-\ncd "),
        # accents written as combining marks (NFD), composed for the extraction
        # (eurefs.normal_form): a mark every other character; marks no letter takes
        "e\\u0301 (NFD)": rep("e\u0301"),
        "q\\u0301 (marks left)": rep("q\u0301"),
        "dense acts between NFD words": rep(
            unicodedata.normalize(
                "NFD", "réglementé à l’élément Regulation (EU) 2016/679 générée, "
            )
        ),
        "ECLI:EU:C:": rep("ECLI:EU:C:"),
        # dense *valid* references: stress everything after matching (selection of overlaps)
        "dense cases 'C-1/12, '": rep("C-1/12, "),
        "dense acts": rep("Regulation (EU) 2016/679, "),
        "dense COM": rep("COM(2021) 752 final; "),
        # back-references: anaphors, definitions and names back to back
        "that Regulation ": rep("that Regulation "),
        "dense acts and anaphors": rep("Regulation (EU) 2016/679 and that Regulation; "),
        "dense definitions": rep("Directive 2000/60/EC (‘the WFD’) the WFD "),
        "Article 1 thereof ": rep("Article 1 thereof "),
        # a treaty's short name (grammar/named_again): never named in full, so no article
        # is built; then named in full first, so every article is kept (a reference
        # each: judged per reference, as the other dense inputs)
        "Article 1 of the Charter ": rep("Article 1 of the Charter "),
        "dense Charter articles, the Charter named first": (
            "the Charter of Fundamental Rights of the European Union. "
            + rep("Article 1 of the Charter ")
        )[:size],
        "dense popular names": rep("the GDPR and the Water Framework Directive, "),
        # acronyms given to names (short_forms/name_acronyms), each in force and used
        "dense name acronyms": rep(
            "the Digital Services Act (DSA) the DSA (Digital Services Act, DSA) "
        ),
        # decisions of agreement bodies: the body after the number, or one word (``ARB``)
        "dense body decisions": rep("Decision No 1/2018 of the EU-Korea Trade Committee, "),
        "dense body words 'ARB 1/80 '": rep("ARB 1/80 "),
        # bodies read by their form before the type word or number, and after it in Greek
        "dense lv body decisions": rep("ĀKK un ES Vēstnieku komitejas Lēmums Nr. 3/2019, "),
        "dense hu bodies before the number": rep("a vegyes bizottságának 1/2014 határozata, "),
        "dense el body decisions": rep("απόφαση αριθ. 1/2014 της Μικτής Κτηνιατρικής Επιτροπής, "),
        # a treaty abbreviation a language also gives a national instrument (Spanish CE):
        # the instrument's names looked for once a text, not near each citation
        "dense es CE articles": rep("el artículo 24 CE. "),
        # ... read under an article word several languages write ('art.'): the language
        # decides (French, Italian, Portuguese and Romanian keep the CE), and reading it
        # at each cost what a reference costs, for none (ratio 17-21 before; 'artículo' is
        # told before the language: 74dd517f); where no word of a language keeping it is
        # near, the drop is told without reading (grammar/treaty_drops_told: ~4.1)
        "dense es CE articles after 'art.'": rep("el art. 24 CE. "),
        # ... near a mark of the national instrument (the Spanish Constitution's court, the
        # Italian building act): no treaty whatever language the words make the citation's,
        # told before the language is read (ratio 43.5 and 24.2 before)
        "dense es CE articles near STC": rep("STC 1/2000, art. 24 CE; "),
        "dense it TUE articles near the building act": rep("Testo Unico Edilizia, art. 31 TUE; "),
        # an abbreviation that is also a word of prose (the pre-Lisbon EU Treaty's): no
        # treaty before anything but a citation's end, in the one language writing the
        # article word and it (Slovak), answered without reading the words (ratio 8.9-10.7
        # before: grammar/base, Context.language)
        "článok 6 EÚ law, ": rep("článok 6 EÚ law, "),
        # acts cited by their bare number one a line (Croatian, Slovenian): each built whole,
        # the words after it told once a text (languages/hint_free; per reference ~0.45)
        "dense hr acts by bare number": rep("Uredba 2016/679\n"),
    }


def time_adversarial(text: str, budget: float) -> tuple[float, int, bool, float | None]:
    """Time ``extract`` on ``text``, growing the input from 1/64 to all of it.

    Returns ``(seconds, references, extrapolated, growth_exponent)``.  Sizes double;
    when the next size would take longer than ``budget`` seconds (judged from the
    growth seen so far), the full-size time is extrapolated with the last observed
    exponent instead of being measured, so a quadratic blow-up cannot hang the run.
    """
    n = len(text)
    sizes = [n // 64, n // 32, n // 16, n // 8, n // 4, n // 2, n]
    prev: float | None = None
    exponent: float | None = None
    seconds, refs = 0.0, 0
    for k, size in enumerate(sizes):
        runs = RUNS if size == n else 1
        seconds, refs = best_of(
            lambda size=size: extract_with_short_forms_count(text[:size]),  # type: ignore[misc]
            runs,
        )
        if prev is not None and prev > 0.005:
            exponent = max(1.0, math.log2(max(seconds, 1e-9) / prev))
        prev = seconds
        if size == n:
            return seconds, refs, False, exponent
        growth = 2.0 ** (exponent or 1.0)
        if seconds * growth > budget:
            steps = len(sizes) - 1 - k
            return seconds * growth**steps, refs * 2**steps, True, exponent
    return seconds, refs, False, exponent


def _report_throughput(
    as_json: bool, big: str, mb: float, times: dict[str, tuple[float, int]]
) -> list[str]:
    """Print the throughput figures and verdicts; the names of the failed ones."""
    (t_base, n_base), (t_ext, n_ext), (t_sf, n_sf) = (
        times["baseline"],
        times["extract"],
        times["short_forms"],
    )
    failed: list[str] = []
    speed_ok = t_base / t_ext >= 1.0
    sf_ok = t_sf / t_ext <= MAX_SHORT_FORM_COST
    if not speed_ok:
        failed.append("throughput below the baseline")
    if not sf_ok:
        failed.append("short forms too costly")
    if as_json:
        return failed
    print(f"text: {len(big):,} chars, {mb:.2f} MB (UTF-8), CPU time, best of {ROUNDS} rounds")
    print(f"baseline regex : {mb / t_base:9.1f} MB/s  {t_base:8.3f} s  {n_base:,} matches")
    print(f"eurefs.extract : {mb / t_ext:9.1f} MB/s  {t_ext:8.3f} s  {n_ext:,} references")
    print(f"+ short forms  : {mb / t_sf:9.1f} MB/s  {t_sf:8.3f} s  {n_sf:,} references")
    goal = "goal met" if t_base / t_ext >= GOAL_RATIO else "goal NOT met"
    print(
        f"{'PASS' if speed_ok else 'FAIL'}  speed ratio extract/baseline: {t_base / t_ext:.2f} "
        f"(throughput; floor 1.0 = as fast as the baseline; issue 10 asks {GOAL_RATIO}: {goal})"
    )
    print(
        f"{'PASS' if sf_ok else 'FAIL'}  short-form cost: {t_sf / t_ext:.2f}x the CPU time "
        f"without ({t_ext:.3f} s -> {t_sf:.3f} s; ceiling {MAX_SHORT_FORM_COST})"
    )
    (t_dext, n_docs), (t_dsf, _) = times["docs_extract"], times["docs_short_forms"]
    print(
        f"      short-form cost per document: {t_dsf / t_dext:.2f}x ({t_dext:.3f} s -> "
        f"{t_dsf:.3f} s, the development texts one by one, {n_docs:,} references; "
        "informational: the ceiling is judged on the joined text)"
    )
    return failed


def _adversarial(
    corpus: str, max_ratio: float, budget: float, as_json: bool, failed: list[str]
) -> dict[str, object]:
    """Time the adversarial inputs against 1 MB of normal text; append failures to ``failed``."""
    normal = repeat_to(corpus, MB)
    # adversarial inputs go through the default path, short forms included
    t_norm, n_norm = best_of(lambda: extract_with_short_forms_count(normal))
    adv: dict[str, object] = {"normal_1mb_seconds": t_norm, "max_ratio": max_ratio}
    rows: dict[str, dict[str, object]] = {}
    if not as_json:
        print(f"\nadversarial inputs (1 MB each) vs 1 MB of normal text ({t_norm:.3f} s):")
    for name, text in adversarial_inputs(corpus, MB).items():
        t, n, extrapolated, exponent = time_adversarial(text, budget)
        ratio = t / t_norm
        # Dense inputs hold ~100x the references of normal text; their output alone
        # costs time, so they are judged per reference: the time normal text would
        # need for as many references.  All inputs must also grow linearly.
        dense = name.startswith("dense")
        judged = t / (t_norm * max(1.0, n / n_norm)) if dense else ratio
        superlinear = exponent is not None and exponent > MAX_EXPONENT
        ok = judged <= max_ratio and not superlinear
        if not ok:
            failed.append(name)
        rows[name] = {
            "seconds": t,
            "ratio": ratio,
            "ratio_per_reference": judged if dense else None,
            "references": n,
            "pass": ok,
            "extrapolated": extrapolated,
            "growth_exponent": exponent,
            "superlinear": superlinear,
        }
        if not as_json:
            verdict = "PASS" if ok else "FAIL"
            est = "~" if extrapolated else " "
            extra = f" per-ref {judged:.2f}" if dense else ""
            growth = f"time ~ n^{exponent:.1f}" if exponent else ""
            print(
                f"  {verdict}  {name!r:26} {est}{t:9.3f} s  ratio {ratio:8.2f}{extra}"
                f"  ({n:,} refs{', extrapolated' if extrapolated else ''})  {growth}"
                f"{' SUPERLINEAR' if superlinear else ''}"
            )
    adv["inputs"] = rows
    adv["failed"] = failed
    return adv


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Benchmark eurefs.extract against a regex baseline.")
    ap.add_argument("--mb", type=float, default=5.0, help="size of the main text in MB (default 5)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--max-ratio",
        type=float,
        default=5.0,
        help="largest allowed time of an adversarial MB relative to a normal MB (default 5)",
    )
    ap.add_argument(
        "--budget",
        type=float,
        default=15.0,
        help="seconds one adversarial measurement may take before it is extrapolated (default 15)",
    )
    ap.add_argument("--skip-adversarial", action="store_true", help="only the throughput figures")
    ap.add_argument(
        "--skip-languages", action="store_true", help="leave out the per-language speed section"
    )
    return ap.parse_args(argv)


def _throughput(
    corpus: str, big: str, mb: float
) -> tuple[dict[str, object], dict[str, tuple[float, int]]]:
    """Time the baseline, extract and extract with short forms on texts like ``big`` (each
    call another: ``fresh_texts``), and both extractions on each development text alone;
    the figures for the JSON result and the raw (CPU seconds, count) per measurement."""
    eurefs.extract(corpus)  # warm-up: imports, compiled patterns, pydantic
    docs = corpus_docs()

    def on_fresh(count: Callable[[str], int], slot: int) -> Callable[[int], Callable[[], int]]:
        # a text no call read before (``fresh_texts``): the rounds' calls of one slot
        # each take the next one
        def make(r: int) -> Callable[[], int]:
            text = fresh_texts(docs, len(big), 3 * r + slot, 1)[0]
            return lambda: count(text)

        return make

    def docs_fresh(count: Callable[[str], int], slot: int) -> Callable[[int], Callable[[], int]]:
        # each development text alone, as a corpus is run, ended by as many line breaks
        # as no call before gave it (a text of its own: not one read before)
        def make(r: int) -> Callable[[], int]:
            ends = "\n" * (2 * r + slot + 1)
            texts = [d + ends for d in docs]
            return lambda: sum(map(count, texts))

        return make

    times = interleaved(
        {
            "baseline": on_fresh(baseline_count, 0),
            "extract": on_fresh(extract_count, 1),
            "short_forms": on_fresh(extract_with_short_forms_count, 2),
            # (informational)
            "docs_extract": docs_fresh(extract_count, 0),
            "docs_short_forms": docs_fresh(extract_with_short_forms_count, 1),
        },
        ROUNDS,
    )
    (t_base, n_base), (t_ext, n_ext), (t_sf, n_sf) = (
        times["baseline"],
        times["extract"],
        times["short_forms"],
    )
    result: dict[str, object] = {
        "python": sys.version.split()[0],
        "text_chars": len(big),
        "text_mb": round(mb, 3),
        "baseline": {"cpu_seconds": t_base, "mb_per_s": mb / t_base, "matches": n_base},
        "extract": {"cpu_seconds": t_ext, "mb_per_s": mb / t_ext, "references": n_ext},
        # throughput ratio: > 1 means eurefs.extract is faster than the baseline
        "speed_ratio_extract_over_baseline": t_base / t_ext,
        "extract_with_short_forms": {
            "cpu_seconds": t_sf,
            "mb_per_s": mb / t_sf,
            "references": n_sf,
        },
        # CPU time with short forms / CPU time without (<= 1.3)
        "short_form_cost_ratio": t_sf / t_ext,
        # the same over the development texts one by one (informational: the goal is
        # measured on the joined text above, where a term defined in one copy of a text
        # is looked for in all the others)
        "short_form_cost_ratio_per_document": times["docs_short_forms"][0]
        / times["docs_extract"][0],
    }
    return result, times


def _languages(size_mb: float, as_json: bool, failed: list[str]) -> dict[str, object]:
    """The per-language speed section (appends to ``failed`` when it fails)."""
    import language_speed  # a sibling script, only needed here

    langs = language_speed.measure(min(size_mb, 2.0))
    if not langs["pass"]:
        failed.append("English slower with every language loaded")
    if not as_json:
        print("\nlanguages:\n" + language_speed.report(langs))
    return langs


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    corpus = corpus_text()
    # (the size of the texts timed: each is one of ``fresh_texts``, all of one length)
    big = fresh_texts(corpus_docs(), int(args.mb * MB), 0, 1)[0]
    mb = len(big.encode("utf-8")) / MB
    result, times = _throughput(corpus, big, mb)
    failed = _report_throughput(args.json, big, mb, times)
    if not args.skip_adversarial:
        result["adversarial"] = _adversarial(corpus, args.max_ratio, args.budget, args.json, failed)
    if not args.skip_languages:
        result["languages"] = _languages(args.mb, args.json, failed)

    if args.json:
        print(json.dumps(result, indent=2))
    elif failed:
        print(f"\nFAIL: {', '.join(repr(f) for f in failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
