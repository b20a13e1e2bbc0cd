"""Models are frozen and hashable (sets, dict keys), with hash consistent with equality."""

from __future__ import annotations

import pydantic
import pytest

import eurefs
from eurefs.models import Concept, Document, Relations
from eurefs.models.results import ErrorInfo, ResolveResult


def test_references_are_hashable_and_equal_ones_collapse() -> None:
    a = eurefs.parse("COM(2021) 752 final")  # holds a list: celex_candidates
    b = eurefs.parse("COM(2021) 752 final")
    c = eurefs.parse("COM(2021) 753 final")
    assert a.celex_candidates
    assert {a, b, c} == {a, c}
    assert len({a, b, c}) == 2
    assert {a: 1}[b] == 1


def test_every_extracted_reference_is_hashable() -> None:
    text = "Regulation (EU) 2016/679, OJ L 119, 4.5.2016, p. 1, Article 267 TFEU and C-131/12"
    refs = eurefs.extract(text)
    assert len(set(refs) | set(refs)) == len(refs) == 4


def test_documents_and_results_are_hashable() -> None:
    doc = Document(
        cellar_uri="http://publications.europa.eu/resource/cellar/x",
        identifiers=["celex:32016R0679"],
        authors=[Concept(code="EP")],
        relations=Relations(amends=["celex:31995L0046"]),
    )
    same = Document.model_validate(doc.model_dump())
    assert hash(doc) == hash(same) and len({doc, same}) == 1
    result = ResolveResult(input="x", error=ErrorInfo(type="NotFound", message="m", candidates=[]))
    assert len({result, result.model_copy()}) == 1


def test_models_stay_frozen() -> None:
    ref = eurefs.parse("32016R0679")
    with pytest.raises(pydantic.ValidationError):
        ref.celex = "32016R0680"  # type: ignore[misc]
