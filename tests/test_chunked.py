"""``eurefs.iter_extract`` gives exactly what ``eurefs.extract`` returns, chunk by chunk."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eurefs
from eurefs.chunked import CHUNK_SIZE, MARGIN, _cut, iter_extract
from eurefs.short_forms import common
from eurefs.text import DocumentText
from tests.support.hypothesis_profiles import examples
from tests.test_properties import reference_like_text

DATA = Path(__file__).resolve().parent / "data"
CORPUS_FILES = sorted(DATA.glob("corpus*/docs/*.txt"))

PROSE = (
    "The Commission shall report on the application of this act. ",
    "Member States shall lay down rules on penalties. ",
    "(12) ",
    "whereas ",
    "   ",
)
SEPARATORS = (" ", "\n", "\n\n", "\n \n")

# Prose between references, sometimes longer than the margin; chunks are cut
# inside it, and (having few paragraph breaks) often inside long paragraphs too.
filler = st.tuples(st.lists(st.sampled_from(PROSE), max_size=30), st.sampled_from(SEPARATORS)).map(
    lambda parts: "".join(parts[0]) + parts[1]
)
# Real paragraphs bring long references and the context some need (``Having regard
# to ...``, a type word far before ``thereof``); the fragments bring debris.
PARAGRAPHS = sorted(
    {p for f in CORPUS_FILES for p in f.read_text(encoding="utf-8").split("\n\n") if len(p) > 80}
)
piece = st.one_of(reference_like_text, st.sampled_from(PARAGRAPHS))
long_text = st.lists(st.tuples(piece, filler), min_size=1, max_size=12).map(
    lambda parts: "".join(a + b for a, b in parts)
)


def test_corpus_files_are_there() -> None:
    assert len(CORPUS_FILES) >= 20


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
@pytest.mark.parametrize("chunk_size", [600, 7_000])
def test_same_references_as_extract_on_every_corpus_text(path: Path, chunk_size: int) -> None:
    text = path.read_text(encoding="utf-8")
    size = min(chunk_size, len(text) // 3)  # several chunks, even in a short text
    expected = eurefs.extract(text, short_forms=False)
    assert list(iter_extract(text, short_forms=False, chunk_size=size)) == expected
    assert list(iter_extract(text, chunk_size=size)) == eurefs.extract(text)


def test_kinds_filter_matches() -> None:
    text = CORPUS_FILES[0].read_text(encoding="utf-8")
    got = list(iter_extract(text, kinds=["oj", "legal_act"], chunk_size=900))
    assert got == eurefs.extract(text, kinds=["oj", "legal_act"])
    # short forms point back to full references of kinds that are not given
    got = list(iter_extract(text, kinds=["short_form", "oj"], chunk_size=900))
    assert got == eurefs.extract(text, kinds=["short_form", "oj"])
    assert any(r.kind == "short_form" for r in got)


@settings(max_examples=examples(60))
@given(long_text, st.integers(min_value=40, max_value=400))
def test_property_same_as_extract(text: str, chunk_size: int) -> None:
    expected = eurefs.extract(text, short_forms=False)
    assert list(iter_extract(text, short_forms=False, chunk_size=chunk_size)) == expected


@settings(max_examples=examples(60))
@given(st.lists(st.tuples(st.sampled_from(PARAGRAPHS), filler), min_size=1, max_size=12))
def test_property_same_as_extract_with_short_forms(parts: list[tuple[str, str]]) -> None:
    """Real paragraphs (definitions, anaphors, popular names and the citations they
    point to), shuffled, chunks cut inside them, with no chunk bigger than the lag a
    record waits for: every short form is decided across chunks."""
    text = "".join(a + b for a, b in parts)
    for chunk_size in (97, 430):
        assert list(iter_extract(text, chunk_size=chunk_size)) == eurefs.extract(text)


def test_margin_is_needed() -> None:
    """References near a chunk boundary, with context far before them, come out whole."""
    ref = "Regulation (EU) 2016/679 of the European Parliament and of the Council"
    text = ("word " * (MARGIN // 5)) + "\n\n" + ref + "\n\n" + "word " * 50
    cut = text.index(ref) + 10  # a chunk boundary inside the reference
    refs = list(iter_extract(text, short_forms=False, chunk_size=cut))
    assert refs == eurefs.extract(text, short_forms=False)
    assert len(refs) == 1 and refs[0].start == text.index(ref)


@pytest.mark.parametrize("short_forms", [False, True])
def test_yields_before_the_end_of_the_text(
    short_forms: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the language is read first, from the first chunks (the default chunk holds it)
    monkeypatch.setattr(common, "LANGUAGE_SAMPLE", 5_000)
    paragraph = "See Regulation (EU) 2016/679 ('the GDPR'), OJ L 119, 4.5.2016, p. 1. The GDPR.\n\n"
    text = paragraph * 2_000
    seen: list[tuple[int, int]] = []
    refs = iter_extract(
        text, short_forms=short_forms, chunk_size=5_000, progress=lambda d, t: seen.append((d, t))
    )
    first = next(refs)
    assert first.start == text.index("Regulation")
    assert seen == []  # nothing after the first chunk has been scanned yet
    rest = list(refs)
    assert seen[-1] == (len(text), len(text))
    assert len(seen) > 10
    assert [first, *rest] == eurefs.extract(text, short_forms=short_forms)
    assert short_forms == any(r.kind == "short_form" for r in rest)


def test_the_first_chunk_holds_the_language_sample() -> None:
    """So that with short forms the first records come after one chunk."""
    assert common.LANGUAGE_SAMPLE <= CHUNK_SIZE // 2  # a chunk is cut in its second half


def test_chunks_end_at_paragraph_breaks() -> None:
    text = "a" * 700 + "\n\n" + "b" * 100 + "\n" + "c" * 500
    assert _cut(text, 0, 1_000) == 702  # the paragraph break, not the later line end
    assert _cut("x" * 3000, 0, 1_000) == 1_000  # no break at all: a hard cut
    assert _cut(text, 0, 10_000) == len(text)


def test_pages_of_a_document_are_kept() -> None:
    page = "Text citing Directive 95/46/EC here.\n\n" * 40
    doc = DocumentText(text=page + page, page_starts=(0, len(page)))
    got = list(iter_extract(doc, short_forms=False, chunk_size=300))
    assert got == eurefs.extract(doc, short_forms=False)
    assert {r.doc_page for r in got} == {1, 2}


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(iter_extract("text", chunk_size=0))
    with pytest.raises(TypeError, match="iter_extract"):
        list(iter_extract(b"bytes"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown reference kind"):
        list(iter_extract("text", kinds=["nope"]))


def test_long_runs_of_blanks_between_context_and_reference() -> None:
    """White space folds to one character: the margin stretches over it."""
    text = "Having regard to the Treaty, and in particular" + " " * 9_000 + "Article 114 thereof"
    text = text + "\n" * 9_000 + "Directive 95/46/EC"
    got = list(iter_extract(text, short_forms=False, chunk_size=2_000))
    assert got == eurefs.extract(text, short_forms=False)
    assert len(got) >= 1


@pytest.mark.parametrize(
    "text",
    [
        'Regulation (EU) 2016/679 (hereinafter "the Regulation" and "the GDPR") applies. '
        "Under the GDPR it is so; the Regulation says it. ",
        'Regulation (EU) 2019/1150 and Regulation (EU) 2022/2065 ("DSA") apply. The DSA too. ',
        "Regulation (EU) 2018/1725 on the protection of natural persons, amending Regulation "
        "(EU) 2016/679 ('GDPR') applies. The GDPR too. ",
        "Die VO (EU) 2016/679 gilt. Nach Art. 6 dieser VO ist das erlaubt. Die RL 2006/123/EG "
        "gilt. Art. 5 der genannten RL regelt das. ",
        "Az (EU) 2016/679 rendelet alkalmazandó. Alkalmazni kell a GDPR-t. Az általános "
        "adatvédelmi rendeletet alkalmazni kell. ",
    ],
)
def test_back_references_of_the_later_forms_stream_alike(text: str) -> None:
    # aliases joined by "and" or after a list, initialisms, names in their cases
    text = text * 4
    expected = eurefs.extract(text)
    assert any(r.kind == "short_form" for r in expected)
    for chunk_size in (97, 160, 430):
        assert list(iter_extract(text, chunk_size=chunk_size)) == expected
