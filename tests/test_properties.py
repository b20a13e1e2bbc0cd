"""Property tests of ``eurefs.extract`` and ``eurefs.parse`` (hypothesis).

* ``extract`` never raises on any text, and its spans are exact, sorted and disjoint;
* every reference found in the development documents parses back from its
  ``normalized`` form to the same reference (minus what only the context decides);
* ``parse`` raises ``ParseError`` (and nothing else) on anything that is not
  exactly one reference.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import eurefs
from eurefs import ParseError
from tests.support.hypothesis_profiles import examples

DOCS = Path(__file__).resolve().parent / "data" / "corpus" / "docs"
DOC_FILES = sorted(DOCS.glob("*.txt"))

SETTINGS = settings(max_examples=examples(200))

FRAGMENTS = (
    "COM(",
    "COM (",
    "JOIN(",
    "SWD(",
    "C(",
    ") ",
    " final",
    "/2",
    "(EU) ",
    "(EC) No ",
    "No ",
    "2016/679",
    "95/46/EC",
    "/EEC",
    "OJ L ",
    "OJ C ",
    ", p. ",
    "4.5.2016",
    "C-",
    "T-",
    "\u2011",
    "\u2013",
    "\u00ad",
    "\u00a0",
    "\n",
    "\n\n### ",
    "Regulation ",
    "Directive ",
    "Decision ",
    "Commission ",
    "Implementing ",
    "Regulations ",
    " and ",
    ", ",
    "Article ",
    "Articles ",
    "(3)",
    " TFEU",
    " TEU",
    "of the Treaty on the Functioning of the European Union",
    "thereof",
    "ECLI:EU:C:",
    "EU:C:2014:317",
    "32016R0679",
    "52021PC0752",
    "http://data.europa.eu/eli/reg/2016/679/oj",
    "2021/0401(COD)",
    "Case ",
    "Joined Cases ",
    " P",
    "proposal ",
    "communication ",
    "règlement ",
    "Verordnung ",
    "Nr. ",
    # text that others extracted: white space, debris, ligatures, calls, running heads
    "\t",
    "  ",
    " \n\n",
    "\r\n",
    "\u00ad\n",
    "\n> ",
    "\ufb01nal",
    "O\ufb03cial Journal",
    "4.5.2016 L 119/1 EN",
    "19",
    "/EEC1",
    "Having regard to the Treaty on the Functioning of the European Union, and in particular ",
    "Water Framework Directive (",
    ", and (EU) ",
)

reference_like_text = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.integers(min_value=0, max_value=99999).map(str),
        st.text(alphabet=" ()/.,:-\n0123456789LCPT", max_size=4),
    ),
    max_size=40,
).map("".join)

any_text = st.one_of(st.text(), reference_like_text)


def check_spans(text: str) -> None:
    refs = eurefs.extract(text)
    previous_end = -1
    for ref in refs:
        assert 0 <= ref.start < ref.end <= len(text), ref
        assert text[ref.start : ref.end] == ref.text, ref
        assert ref.start >= previous_end, f"overlap or unsorted at {ref!r}"
        assert ref.kind in eurefs.ALL_KINDS
        previous_end = ref.end


# --- (a) extract never raises; spans exact, sorted, disjoint --------------------------------


@SETTINGS
@given(st.text())
def test_extract_on_arbitrary_text(text: str) -> None:
    check_spans(text)


@SETTINGS
@given(reference_like_text)
@example("Regulation (EU) 2016/679 and COM(2021) 752 final, OJ L 119, 4.5.2016, p. 1")
@example("C\u2011131/12 and C-\u00ad\n132/12")
@example("Regulation (EU)\n\n### 2016/\u00ad679")
def test_extract_on_reference_like_text(text: str) -> None:
    check_spans(text)


def test_extract_finds_references_in_the_examples() -> None:
    """Guards the property tests above against an extractor that finds nothing."""
    refs = eurefs.extract("Regulation (EU) 2016/679 and COM(2021) 752 final, C\u2011131/12")
    assert [r.kind for r in refs] == ["legal_act", "com_document", "case"]


# --- (b) parse(normalized) round-trips every development reference -------------------------

#: Fields decided by the text around a reference, not by the reference itself;
#: ``author`` is written in the span but dropped from ``normalized`` by convention.
CONTEXT_FIELDS = frozenset(
    {"text", "start", "end", "nature", "pinpoint", "joined", "range_end", "author", "publishes"}
)


#: Kinds every language writes alike: the words around them decide ``lang``.
WRITTEN_ALIKE = frozenset({"com_document", "ecli", "celex", "procedure", "eli"})


def _context_chose_celex(ref: Any) -> bool:
    return ref.kind == "com_document" and ref.nature is not None


def roundtrip_differences(ref: Any, parsed: Any) -> dict[str, tuple[object, object]]:
    """Differences between a reference and ``parse(ref.normalized)`` that should not exist."""
    diffs: dict[str, tuple[object, object]] = {}
    if parsed.kind != ref.kind:
        return {"kind": (ref.kind, parsed.kind)}
    skip = set(CONTEXT_FIELDS)
    if _context_chose_celex(ref):
        # the sentence chose PC or DC: parse alone may leave it open, but must allow it
        skip |= {"celex", "eurlex_url"}
        if ref.celex not in parsed.celex_candidates:
            diffs["celex"] = (ref.celex, parsed.celex_candidates)
    if not set(ref.celex_candidates) <= set(parsed.celex_candidates):
        diffs["celex_candidates"] = (ref.celex_candidates, parsed.celex_candidates)
    skip.add("celex_candidates")
    if ref.kind in WRITTEN_ALIKE or (ref.kind == "case" and ref.court):
        # language-neutral normal forms (KOM ... endg. -> COM ... final; C-302/10 or an
        # ECLI in a French text): only the context said the language
        skip.add("lang")
    a, b = ref.model_dump(), parsed.model_dump()
    for key in a.keys() | b.keys():
        if key not in skip and a.get(key) != b.get(key):
            diffs[key] = (a.get(key), b.get(key))
    return diffs


@cache
def _doc_refs(name: str) -> list[Any]:
    return list(eurefs.extract((DOCS / name).read_text(encoding="utf-8"), short_forms=False))


@pytest.mark.parametrize("doc", [p.name for p in DOC_FILES])
def test_parse_roundtrips_development_references(doc: str) -> None:
    refs = _doc_refs(doc)
    assert refs, f"no references found in {doc}"
    failures: list[str] = []
    for ref in refs:
        try:
            parsed = eurefs.parse(ref.normalized)
        except ParseError as exc:
            failures.append(f"{ref.kind} {ref.text!r} -> parse({ref.normalized!r}) failed: {exc}")
            continue
        diffs = roundtrip_differences(ref, parsed)
        if diffs:
            failures.append(f"{ref.kind} {ref.text!r} -> {ref.normalized!r}: {diffs}")
        assert parsed.normalized == ref.normalized
    assert not failures, "\n".join(failures[:20])


def test_roundtrip_helper_sees_differences() -> None:
    ref = eurefs.parse("Regulation (EU) 2016/679")
    assert roundtrip_differences(ref, ref) == {}
    other = eurefs.parse("Regulation (EU) 2016/680")
    assert set(roundtrip_differences(ref, other)) >= {"number", "celex", "normalized"}
    assert roundtrip_differences(ref, eurefs.parse("C-131/12")) == {"kind": ("legal_act", "case")}


# --- (c) parse raises ParseError, and only that, on non-references ----------------------------


@SETTINGS
@given(any_text)
def test_parse_raises_only_parse_error(text: str) -> None:
    try:
        ref = eurefs.parse(text)
    except ParseError:
        return
    # accepted: it must be exactly one reference (in upper case, for identifiers
    # typed in lower case)
    assert text[ref.start : ref.end] == ref.text
    assert 1 in (len(eurefs.extract(text)), len(eurefs.extract(text.upper())))


@SETTINGS
@given(st.text())
@example("HL L 0,0. o.")  # Hungarian OJ: the dot of `o.` (oldal, page) is the reference's own
def test_parse_rejects_text_without_reference(text: str) -> None:
    # parse forgives punctuation after a reference; but a final dot may also be part of it
    stripped = text.strip()
    if eurefs.extract(stripped) or eurefs.extract(stripped.rstrip(".,;").rstrip()):
        return
    with pytest.raises(ParseError):
        eurefs.parse(text)


REFERENCE_STRINGS = (
    "COM(2021) 752 final",
    "Regulation (EU) 2016/679",
    "Directive 95/46/EC",
    "OJ L 119, 4.5.2016, p. 1",
    "32016R0679",
    "http://data.europa.eu/eli/reg/2016/679/oj",
    "ECLI:EU:C:2014:317",
    "C-131/12",
    "2021/0401(COD)",
    "Article 267 TFEU",
)
EXTRA_WORDS = st.sampled_from(["see", "footnote", "xyzzy", "as amended", "blah blah", "(1)"])


@pytest.mark.parametrize("string", REFERENCE_STRINGS)
def test_reference_strings_parse(string: str) -> None:
    assert eurefs.parse(string).normalized


@SETTINGS
@given(
    st.sampled_from(REFERENCE_STRINGS),
    st.one_of(st.none(), EXTRA_WORDS),
    st.one_of(st.none(), EXTRA_WORDS),
)
def test_parse_rejects_reference_with_extra_words(
    string: str, before: str | None, after: str | None
) -> None:
    if before is None and after is None:
        after = "xyzzy"
    text = " ".join(w for w in (before, string, after) if w)
    with pytest.raises(ParseError):
        eurefs.parse(text)
