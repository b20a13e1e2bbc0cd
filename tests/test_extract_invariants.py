"""What ``eurefs.extract`` promises of any text, drawn in every language (hypothesis).

* its spans are exact, sorted and disjoint on texts that mix the development documents'
  paragraphs (24 languages), citations written with every language record's words and
  debris (``tests/test_properties.py`` draws English fragments and arbitrary text);
* ``kinds=K`` gives the references of those kinds that ``extract`` gives without it (a
  back-reference's ``antecedent`` indexes the list returned: the same full reference,
  or None where ``kinds`` left it out, as docs/back-references.md says);
* the line ends do not matter: a text whose lines break inside references, written
  with ``\\r\\n`` or ``\\r``, gives the references of the same text written with
  ``\\n``, at the same places;
* nor do the accents: a text whose letters are decomposed (NFD) gives the references of
  the text, at the same places.
"""

from __future__ import annotations

import unicodedata
from itertools import accumulate
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

import eurefs
from tests.support.citations import registry_act_text, registry_other_text
from tests.support.hypothesis_profiles import examples
from tests.test_properties import check_spans, reference_like_text

DATA = Path(__file__).resolve().parent / "data"
#: The paragraphs of every development document (tests/data/corpus*/docs: real texts,
#: their sources in each corpus's PROVENANCE or gold file).
PARAGRAPHS = sorted(
    {
        p
        for f in sorted(DATA.glob("corpus*/docs/*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if len(p) > 40
    }
)
SEPARATORS = st.sampled_from([" ", ", ", " and ", "\n", "\n\n", ". ", " (", ") "])

mixed_text = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(PARAGRAPHS),
            registry_act_text(),
            registry_other_text(),
            reference_like_text,
        ),
        SEPARATORS,
    ),
    min_size=1,
    max_size=6,
).map(lambda parts: "".join(a + b for a, b in parts))

KINDS = sorted(eurefs.ALL_KINDS)


def test_the_paragraphs_are_there() -> None:
    assert len(PARAGRAPHS) > 400


@settings(max_examples=examples(150))
@given(mixed_text)
def test_spans_are_exact_sorted_and_disjoint_in_every_language(text: str) -> None:
    check_spans(text)


def kinds_filtered(refs: list[Any], wanted: set[str]) -> list[Any]:
    """``refs`` (what ``extract`` gives) as ``extract(..., kinds=wanted)`` should give
    them: those of the wanted kinds, each ``antecedent`` an index into the list kept."""
    kept = [i for i, ref in enumerate(refs) if ref.kind in wanted]
    index = {old: new for new, old in enumerate(kept)}
    out = []
    for i in kept:
        ref = refs[i]
        if ref.kind == "short_form" and ref.antecedent is not None:
            ref = ref.model_copy(update={"antecedent": index.get(ref.antecedent)})
        out.append(ref)
    return out


#: A JRC-Acquis sentence (tests/data/corpus-cs/SOURCES.md): ``tohoto nařízení`` (this
#: Regulation) names Regulation (EC) No 384/96 cited before it.
CZECH_ANAPHOR = next(
    line
    for line in (DATA / "corpus-cs/docs/C01-cs-jrc-acquis-sentences.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if "odst. 3 tohoto nařízení" in line
)


@settings(max_examples=examples(100))
@given(mixed_text, st.sets(st.sampled_from(KINDS), min_size=1))
@example(CZECH_ANAPHOR, {"short_form"})
@example(CZECH_ANAPHOR, {"short_form", "treaty_article"})
def test_kinds_give_the_references_of_those_kinds(text: str, wanted: set[str]) -> None:
    assert eurefs.extract(text, kinds=wanted) == kinds_filtered(eurefs.extract(text), wanted)


def test_kinds_filtered_renumbers_antecedents() -> None:
    # ``kinds="short_form"`` leaves out the act the anaphor names
    text = CZECH_ANAPHOR
    refs = eurefs.extract(text)
    assert refs[-1].kind == "short_form"
    assert refs[refs[-1].antecedent].text == "nařízení Rady (ES) č. 384/96"
    (alone,) = kinds_filtered(refs, {"short_form"})
    assert alone.antecedent is None
    assert eurefs.extract(text, kinds="short_form") == [alone]


def wrapped(text: str, every: int) -> str:
    """``text`` with every ``every``-th space a line break, as a PDF's lines break it."""
    pieces = text.split(" ")
    return "".join(
        piece + ("\n" if i % every == every - 1 else " ") for i, piece in enumerate(pieces)
    )[: len(text)]


#: Drawn by the hunt (``EUREFS_HYPOTHESIS=hunt``, hypo39): with ``\\r\\n`` or ``\\r`` the
#: paragraph break was no sentence end, the year before it dated the GDPR's sentence
CR_SENTENCE_END = (
    "In January 2012, the Commission proposed a reform.\n\nArticle 82(1) of the GDPR applies."
)


@settings(max_examples=examples(100))
@given(mixed_text, st.integers(1, 6), st.sampled_from(["\r\n", "\r"]))
@example(CR_SENTENCE_END, 6, "\r\n")
@example(CR_SENTENCE_END, 6, "\r")
def test_line_ends_do_not_matter(text: str, every: int, line_end: str) -> None:
    text = wrapped(text, every)
    written = text.replace("\n", line_end)
    extra = len(line_end) - 1

    def moved(offset: int) -> int:
        return offset + extra * text.count("\n", 0, offset)

    expected = [
        (r.kind, r.normalized, moved(r.start), moved(r.end), r.celex) for r in eurefs.extract(text)
    ]
    got = [(r.kind, r.normalized, r.start, r.end, r.celex) for r in eurefs.extract(written)]
    assert got == expected


@settings(max_examples=examples(50))
@given(mixed_text)
def test_accents_written_as_marks_do_not_matter(text: str) -> None:
    # each letter decomposed (Unicode's NFD: ``é`` as ``e`` + U+0301), as text copied from
    # some PDFs and web pages holds them
    pieces = [unicodedata.normalize("NFD", c) for c in text]
    written = "".join(pieces)
    at = [0, *accumulate(map(len, pieces))]
    expected = [
        (r.kind, r.normalized, at[r.start], at[r.end], r.celex) for r in eurefs.extract(text)
    ]
    got = [(r.kind, r.normalized, r.start, r.end, r.celex) for r in eurefs.extract(written)]
    assert got == expected
