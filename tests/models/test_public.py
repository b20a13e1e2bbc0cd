"""The public models ``to_models`` makes without validation (``eurefs.models.public``)
are the models validation makes: the same fields, fields set and pydantic slots, so what
``model_dump``, ``model_dump_json``, ``model_copy``, equality, hashing and pickling give
is the same.  The suite turns ``prototypes.VALIDATE`` on, which makes each model one at a
time and compares it; these tests turn it off, so the C loops that make a whole list of
them (the path a user's extraction takes) are checked too."""

from __future__ import annotations

import pickle
from pathlib import Path

import pydantic
import pytest

from eurefs.models import prototypes
from eurefs.models.light_base import LightReference
from eurefs.models.public import MODELS, to_model, to_models
from eurefs.models.references import BaseReference
from eurefs.scanner import extract_light

_DOCS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"
# real texts (see tests/data/corpus/SOURCES.md): acts, OJ citations, cases, ECLI,
# Commission documents, treaty articles and short forms among them
_TEXTS = ("D02-cjeu-c-590-22.txt", "D04-eiha-position-paper.txt")


def _validated(ref: LightReference) -> BaseReference:
    """The public model validation makes from ``ref``'s given fields."""
    cls = MODELS[type(ref)]
    return cls(**{name: ref.__dict__[name] for name in ref.fields_set})


def _light(name: str) -> list[LightReference]:
    return list(extract_light((_DOCS / name).read_text(encoding="utf-8")))


@pytest.fixture
def unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The models made as a user's extraction makes them (no validation beside)."""
    monkeypatch.setattr(prototypes, "VALIDATE", False)


def _same(made: BaseReference, validated: BaseReference) -> None:
    assert type(made) is type(validated)
    assert list(made.__dict__.items()) == list(validated.__dict__.items())
    assert made.model_fields_set == validated.model_fields_set
    assert made.__pydantic_extra__ == validated.__pydantic_extra__
    assert made.__pydantic_private__ == validated.__pydantic_private__
    assert made == validated and hash(made) == hash(validated)
    assert made.model_dump() == validated.model_dump()
    assert made.model_dump(exclude_unset=True) == validated.model_dump(exclude_unset=True)
    assert made.model_dump_json() == validated.model_dump_json()
    assert repr(made) == repr(validated)
    copied, copied_validated = made.model_copy(), validated.model_copy()
    assert copied == copied_validated and copied.model_fields_set == made.model_fields_set
    updated = made.model_copy(update={"doc_page": 2})
    assert updated == validated.model_copy(update={"doc_page": 2})
    assert made.doc_page == validated.doc_page  # the copy's update left the model alone
    again = pickle.loads(pickle.dumps(made))
    assert again == validated and again.model_fields_set == validated.model_fields_set
    assert type(made).model_validate(made.model_dump()) == validated


@pytest.mark.usefixtures("unchecked")
def test_the_models_made_in_one_loop_are_those_validation_makes() -> None:
    refs = [ref for name in _TEXTS for ref in _light(name)]
    validated = [_validated(r) for r in refs]
    made = to_models(iter(refs))  # (any iterable: a list is made of it first)
    assert len({type(r) for r in made}) >= 10, "the texts no longer hold ten kinds"
    assert len(made) == len(validated)
    for one, other in zip(made, validated, strict=True):
        _same(one, other)


@pytest.mark.usefixtures("unchecked")
def test_a_model_made_alone_is_the_one_validation_makes() -> None:
    refs = _light(_TEXTS[0])
    for ref in refs[:20]:
        validated = _validated(ref)
        _same(to_model(ref), validated)


@pytest.mark.usefixtures("unchecked")
def test_the_models_stay_frozen_and_their_constructor_validates() -> None:
    made = to_models(_light(_TEXTS[0]))[0]
    with pytest.raises(pydantic.ValidationError):
        made.start = 3  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        type(made)(**{**made.model_dump(), "start": -1})
    with pytest.raises(pydantic.ValidationError):
        type(made)(**made.model_dump(), unknown=1)
    with pytest.raises(pydantic.ValidationError):
        made.model_validate({**made.model_dump(), "doc_page": 0})
