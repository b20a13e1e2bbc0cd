"""Each family's golden examples, run through the public ``extract`` and ``parse``."""

from __future__ import annotations

from typing import Any

import pytest

import eurefs
from tests.grammar.examples import ALL, NEGATIVES

CASES = [(kind, text, expected) for kind, examples in ALL.items() for text, expected in examples]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_example_is_found_alone_with_expected_fields(
    kind: str, text: str, expected: dict[str, Any]
) -> None:
    refs = eurefs.extract(text)
    assert len(refs) == 1, refs
    ref = refs[0]
    assert ref.kind == kind
    assert (ref.start, ref.end, ref.text) == (0, len(text), text)
    dumped = ref.model_dump()
    for field, value in expected.items():
        assert dumped[field] == value, field


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_example_is_found_inside_a_sentence(kind: str, text: str, expected: dict[str, Any]) -> None:
    sentence = f"As stated in {text}, the Union acts."
    refs = eurefs.extract(sentence)
    assert [(r.kind, r.text) for r in refs] == [(kind, text)]
    assert refs[0].start == len("As stated in ")


@pytest.mark.parametrize("text", NEGATIVES)
def test_non_references_stay_out(text: str) -> None:
    assert eurefs.extract(text) == []


def test_parse_accepts_every_example_and_its_normalized_form() -> None:
    for kind, text, _ in CASES:
        ref = eurefs.parse(text)
        assert ref.kind == kind
        again = eurefs.parse(ref.normalized)
        assert again.kind == kind
        assert again.normalized == ref.normalized


@pytest.mark.parametrize(
    "text",
    [
        "EEA Joint Committee Decision No 123/2019",
        "Decision No 1/95 of the EC-Turkey Association Council",
    ],
)
def test_decisions_of_agreement_bodies_get_no_sector_3_celex(text: str) -> None:
    (ref,) = eurefs.extract(text)
    assert ref.kind == "legal_act"
    assert ref.celex is None
    assert ref.celex_candidates == []


def test_a_plain_decision_keeps_its_celex() -> None:
    (ref,) = eurefs.extract("Decision No 768/2008/EC of the European Parliament and of the Council")
    assert ref.celex == "32008D0768"
