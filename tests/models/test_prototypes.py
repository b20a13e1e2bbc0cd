"""Light references made without validation, and copied from prototypes
(``eurefs.models.prototypes``): their public models are the validated ones."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.models import prototypes, references
from eurefs.models.light import CaseRef, EcliRef, LegalActRef, TreatyArticleRef
from eurefs.models.light_base import LightReference
from eurefs.models.prototypes import construct, reference
from eurefs.models.public import to_model
from eurefs.models.references import BaseReference

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"


def _assert_validated(ref: BaseReference | LightReference) -> None:
    """``ref`` (or its public model) is the model pydantic builds from its fields: fields,
    fields set, hash."""
    if isinstance(ref, LightReference):
        ref = to_model(ref.model_copy())
    validated = type(ref)(**{k: getattr(ref, k) for k in ref.model_fields_set})
    assert ref == validated
    assert hash(ref) == hash(validated)
    assert ref.model_fields_set == validated.model_fields_set
    assert ref.model_dump() == validated.model_dump()
    assert repr(ref) == repr(validated)


def test_a_copy_is_the_validated_model_with_its_own_span_and_lists() -> None:
    fields = {
        "normalized": "ECLI:EU:C:2014:317",
        "cellar_ids": ("ecli:ECLI:EU:C:2014:317",),
        "country": "EU",
        "court": "C",
        "year": 2014,
        "ordinal": "317",
    }
    first = reference(EcliRef, "EU:C:2014:317", 3, 16, **fields)
    second = reference(EcliRef, "ECLI:EU:C:2014:317", 40, 58, **fields)
    assert to_model(first.model_copy()) == references.EcliRef(
        text="EU:C:2014:317", start=3, end=16, **fields
    )
    assert (second.text, second.start, second.end) == ("ECLI:EU:C:2014:317", 40, 58)
    assert first.cellar_ids == second.cellar_ids == ["ecli:ECLI:EU:C:2014:317"]
    assert first.cellar_ids is not second.cellar_ids  # each copy owns its lists
    assert first.celex_candidates is not second.celex_candidates  # defaults too
    for ref in (first, second):
        _assert_validated(ref)


def test_fields_left_to_their_defaults_stay_unset() -> None:
    ref = reference(
        CaseRef, "C-131/12", 0, 8, normalized="C-131/12", court="C", number=131, year=2012
    )
    assert ref.model_fields_set == {"text", "start", "end", "normalized", "court", "number", "year"}
    _assert_validated(ref)


def test_invalid_fields_fail_as_validation_does() -> None:
    with pytest.raises(ValueError, match="treaty"):
        reference(TreatyArticleRef, "Article 5", 0, 9, normalized="Article 5", articles=("5",))


def test_unknown_fields_fail_as_validation_does() -> None:
    with pytest.raises(ValueError, match="cour"):
        construct(CaseRef, text="x", start=0, end=1, normalized="x", number=1, year=2, cour="C")


def test_a_field_of_another_type_than_validation_gives_fails_in_the_tests() -> None:
    # the test suite runs with VALIDATE on (tests/conftest.py): a year given as a string
    # (validation would make it a number) is found at once
    fields = {"text": "C-1/12", "start": 0, "end": 6, "normalized": "C-1/12", "number": 1}
    assert prototypes.VALIDATE
    with pytest.raises(AssertionError, match="validated"):
        construct(CaseRef, **fields, year="2012")
    made = construct(CaseRef, **fields, year=2012)
    assert to_model(made) == references.CaseRef(**fields, year=2012)


def test_without_validation_a_model_is_the_validated_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prototypes, "VALIDATE", False)
    fields = {
        "text": "Directive 95/46/EC",
        "start": 4,
        "end": 22,
        "normalized": "Directive 95/46/EC",
    }
    made = construct(
        LegalActRef, **fields, act_type="directive", year=1995, number="46",
        celex_candidates=("31995L0046",),
    )  # fmt: skip
    _assert_validated(made)
    assert made.celex_candidates == ["31995L0046"]
    assert made.cellar_ids == [] and made.doc_page is None  # defaults


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prototypes, "MAX_CACHED", 8)
    monkeypatch.setattr(prototypes, "_PROTOTYPES", {})
    for year in range(1990, 2010):
        ref = reference(CaseRef, "x", 0, 1, normalized=f"C-1/{year}", number=1, year=year)
        assert ref.year == year
    assert 0 < len(prototypes._PROTOTYPES) <= 8


def test_every_reference_of_the_corpus_is_its_validated_model() -> None:
    # every family that builds its references from prototypes, on real texts
    kinds: set[str] = set()
    for path in sorted(CORPUS.glob("*.txt")):
        for ref in eurefs.extract(path.read_text(encoding="utf-8"), short_forms=False):
            _assert_validated(ref)
            kinds.add(ref.kind)
    assert {"case", "ecli", "oj", "treaty_article", "legal_act", "com_document"} <= kinds


def test_models_of_a_text_are_each_the_validated_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # ``to_models`` makes the models of all the references a step at a time (C loops), not
    # one after the other: each is still the model pydantic validates from its fields, of
    # its own class, around its own dict (a judgment of the development texts)
    from eurefs.models.public import MODELS, to_models
    from eurefs.scanner import extract_light

    text = (
        Path(__file__).resolve().parents[1] / "data/corpus/docs/D02-cjeu-c-590-22.txt"
    ).read_text()
    monkeypatch.setattr(prototypes, "VALIDATE", False)
    light = extract_light(text)
    dicts = [ref.__dict__ for ref in light]
    models = to_models(iter(light))
    assert len(models) == len(light) > 100
    assert len({type(m) for m in models}) > 3
    for model, ref, fields in zip(models, light, dicts, strict=True):
        assert type(model) is MODELS[type(ref)]
        assert model.__dict__ is fields
        assert model.model_fields_set == ref.fields_set
        _assert_validated(model)
