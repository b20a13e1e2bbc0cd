"""Pattern building blocks: ``lazy_compile`` behaves as ``re.compile``, later; ``first_chars``,
``first_two_chars``."""

from __future__ import annotations

import copy
import pickle
import re
from pathlib import Path
from types import ModuleType

import pytest

from eurefs.grammar import cases, com_documents, ecli, official_journal, treaty_articles
from eurefs.grammar.common import (
    collapse_spaces,
    first_chars,
    first_two_chars,
    lazy_compile,
    words,
)
from eurefs.textview import TextView

CORPUS = Path(__file__).resolve().parents[1] / "data"


def test_lazy_pattern_is_not_compiled_until_used() -> None:
    pattern = lazy_compile(r"(?P<word>" + words("Directive", "Directives") + r")", re.IGNORECASE)
    assert "match" not in vars(pattern)  # nothing compiled yet
    assert pattern.pattern.startswith("(?P<word>")
    m = pattern.search("see directives 95/46")
    assert m is not None and m.group("word") == "directives"
    assert "match" in vars(pattern)  # compiled once, methods bound


def test_lazy_pattern_gives_what_re_gives() -> None:
    source = r"(?P<a>[0-9]{2,4})/(?P<b>[0-9]{1,4})"
    text = "Directives 95/46/EC and 2016/680, not 1/"
    lazy, eager = lazy_compile(source), re.compile(source)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.match(text, 11) is not None and lazy.match(text, 11).group("b") == "46"  # type: ignore[union-attr]
    assert lazy.groupindex == eager.groupindex and lazy.groups == eager.groups
    assert lazy.sub("N", text) == eager.sub("N", text)


def test_lazy_pattern_survives_pickle_and_copy() -> None:
    pattern = lazy_compile(r"COM ?\((?P<year>[0-9]{4})\)")
    for clone in (pickle.loads(pickle.dumps(pattern)), copy.deepcopy(pattern)):
        m = clone.search("COM(2021) 752 final")
        assert m is not None and m.group("year") == "2021"


@pytest.mark.parametrize(
    ("text", "collapsed"),
    [
        ("OJ L 119, 4.5.2016", "OJ L 119, 4.5.2016"),  # nothing to do
        (" Article  6 ", "Article 6"),
        ("OJ\nL\t119", "OJ L 119"),
        ("## Article\u00a06", "Article 6"),  # heading marks, a no-break space
        ("a\u2028b\x1cc", "a b c"),  # white space that is not ASCII
        ("a" + " " * 70 + "b", "a  b"),  # one space per 64 characters of a run
    ],
)
def test_collapse_spaces(text: str, collapsed: str) -> None:
    assert collapse_spaces(text) == collapsed


def test_no_words_is_a_pattern_that_never_matches() -> None:
    """An empty alternation would match anywhere (every position a "type word")."""
    assert re.compile(words()).search("Directive, (x) and ") is None
    assert re.fullmatch(words("Directive", "Directives"), "Directives")


def test_a_language_set_without_ascii_type_words_extracts() -> None:
    """EUREFS_LANGUAGES=bg: no type word is ASCII; the ASCII search found every
    punctuation mark and failed on the first lines of tests/data/corpus-nl N01."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    doc = Path(__file__).resolve().parents[1] / "data/corpus-nl/docs"
    text = "\n".join(
        (doc / "N01-nl-cjeu-c-282-10-dominguez.txt").read_text("utf-8").splitlines()[:3]
    )
    script = "import sys, eurefs; print(len(eurefs.extract(sys.stdin.read())))"
    env = {**os.environ, "EUREFS_LANGUAGES": "bg"}
    out = subprocess.run(
        [sys.executable, "-c", script], input=text, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr[-500:]


def test_first_chars_is_a_look_ahead_for_the_first_characters() -> None:
    guard = re.compile(first_chars("[x", "^a", "-b", "]c", "\\d", "xy"))
    assert guard.pattern == r"(?=[\-\[\\\]\^x])"
    assert [m.start() for m in guard.finditer("a[b^c-d]e\\fx")] == [1, 3, 5, 7, 9, 11]
    # no item: no character starts one (a valid pattern that never holds)
    assert first_chars() == first_chars("") == "(?!)"


@pytest.mark.parametrize("family", [cases, com_documents, ecli, official_journal])
def test_the_first_characters_turn_away_no_match(family: ModuleType) -> None:
    # the look-ahead in front of these patterns only saves work: on real texts, searched
    # at every position, the pattern finds what it finds without it
    source = family.PATTERN.pattern
    guard = re.match(r"\(\?=\[[^\]]*\]\)", source)
    assert guard is not None
    guarded = re.compile(source, family.PATTERN.flags)
    bare = re.compile(source[guard.end() :], family.PATTERN.flags)
    found = 0
    for path in sorted(CORPUS.glob("corpus*/docs/*.txt")):
        view = TextView(path.read_text(encoding="utf-8")).view
        spans = [m.span() for m in bare.finditer(view)]
        assert [m.span() for m in guarded.finditer(view)] == spans
        found += len(spans)
    assert found  # the texts hold some


def test_first_two_chars_is_a_look_ahead_for_the_first_two_characters() -> None:
    guard = re.compile(first_two_chars("Treaty", "traité", "Charter"))
    assert guard.pattern == "(?=[CTt][hr])"
    assert [m.start() for m in guard.finditer("Tr tr Ch th Tx cr")] == [0, 3, 6, 9]
    # under the flag of the words it guards: either case of either character
    folded = re.compile("(?i:" + first_two_chars("Treaty", "traité") + ")")
    assert [m.start() for m in folded.finditer("TREATY tRaité xr")] == [0, 7]
    # an item shorter than two characters: the first characters only
    assert first_two_chars("EU", "C") == first_chars("EU", "C")
    assert first_two_chars() == "(?!)"


def test_the_treaty_names_look_ahead_turns_away_no_match() -> None:
    # the treaty-article pattern with and without the look-ahead before the long names
    # (case-insensitive) matches the same, groups and all, at every article word of the
    # development texts and at names written in other cases
    source = treaty_articles.PATTERN.pattern
    guard = first_two_chars(*treaty_articles._NAMES)
    assert source.count(guard) == 1
    guarded = re.compile(source)
    bare = re.compile(source.replace(guard, ""))
    texts = [
        TextView(p.read_text(encoding="utf-8")).view
        for p in sorted(CORPUS.glob("corpus*/docs/*.txt"))
    ]
    texts.append(
        "Article 2 of the TREATY ON EUROPEAN UNION, article 16 du traité sur l'Union "
        "européenne, Article 47 of the Charter of Fundamental Rights of the European Union"
    )
    found = 0
    for view in texts:
        for start in (m.start() for m in re.finditer(r"(?i)\bart", view)):
            a, b = guarded.match(view, start), bare.match(view, start)
            assert (a and a.regs) == (b and b.regs)
            found += bool(a and a.group("long"))
    assert found >= 3
