"""The door of the public API: light references become the public pydantic models.

The extraction engine makes light references (``eurefs.models.light``); the public
functions (``eurefs.extract``, ``eurefs.parse``, ``eurefs.iter_extract`` ...) return the
models of ``eurefs.models.references``.  :func:`to_model` makes the model around the
light reference's own field dict and fields set, in constant time and without pydantic's
validators (as ``model_construct`` would, without its per-field work): the light
reference is the engine's and is not used again.  With
``eurefs.models.prototypes.VALIDATE`` on (the test suite turns it on) each model is
also validated from its fields and must be the same: values of the same types, in the
same order, and the same fields set.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import repeat
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from eurefs.models import light, prototypes, references
from eurefs.models.light_base import LightReference
from eurefs.models.references import Reference

_new = object.__new__
# pydantic's slots, set through their own descriptors (``object.__setattr__`` looks
# each one up on the type first)
_set_dict = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_DICT = attrgetter("__dict__")
_FIELDS_SET = attrgetter("fields_set")

#: The public model of each light class (same name).
MODELS: dict[type[LightReference], type[references.BaseReference]] = {
    cls: getattr(references, cls.__name__)
    for cls in vars(light).values()
    if isinstance(cls, type) and issubclass(cls, light.BaseReference)
}


def _made(cls: type[BaseModel], values: dict[str, Any], fields_set: set[str]) -> Any:
    model = _new(cls)
    _set_dict(model, "__dict__", values)
    _set_fields_set(model, fields_set)
    _set_extra(model, None)
    _set_private(model, None)
    return model


def to_model(ref: LightReference) -> Reference:
    """The public model of ``ref``, around ``ref``'s own fields."""
    model: Reference = _made(MODELS[type(ref)], ref.__dict__, ref.fields_set)
    if prototypes.VALIDATE:
        _compare(model, _validated(ref))
    return model


def to_models(refs: Iterable[LightReference]) -> list[Reference]:
    """:func:`to_model` of each reference (in one loop: a call per reference would
    cost more than the rest of the conversion)."""
    if prototypes.VALIDATE:
        return [to_model(r) for r in refs]
    # each made as ``to_model`` makes it, a step at a time over all of them in C loops
    # (``map``, drained by ``deque``): no Python per reference
    refs = refs if isinstance(refs, list) else list(refs)
    models: list[Any] = list(map(_new, map(MODELS.__getitem__, map(type, refs))))
    deque(map(_set_dict, models, repeat("__dict__"), map(_DICT, refs)), 0)
    deque(map(_set_fields_set, models, map(_FIELDS_SET, refs)), 0)
    deque(map(_set_extra, models, repeat(None)), 0)
    deque(map(_set_private, models, repeat(None)), 0)
    return models


def iter_models(refs: Iterable[LightReference]) -> Iterator[Reference]:
    """:func:`to_model` of each reference, as they come."""
    for ref in refs:
        yield to_model(ref)


def as_model(ref: LightReference | references.BaseReference) -> Reference:
    """The public model of ``ref``: ``ref`` itself when it is one already."""
    if isinstance(ref, LightReference):
        return to_model(ref.model_copy())  # the caller keeps ``ref``: a dict of its own
    return ref  # type: ignore[return-value]


def check(ref: LightReference) -> None:
    """Fail unless ``ref`` holds what validating its public model from its given fields
    makes (for tests: ``prototypes.VALIDATE``)."""
    cls = MODELS[type(ref)]
    _compare(_made(cls, ref.__dict__.copy(), set(ref.fields_set)), _validated(ref))


def _validated(ref: LightReference) -> BaseModel:
    return MODELS[type(ref)](**{name: ref.__dict__[name] for name in ref.fields_set})


def _compare(made: BaseModel, validated: BaseModel) -> None:
    """Fail unless ``made`` is ``validated``: the same values of the same types, in the
    same order, and the same fields set."""
    same = (
        list(made.__dict__.items()) == list(validated.__dict__.items())
        and list(map(type, made.__dict__.values())) == list(map(type, validated.__dict__.values()))
        and made.model_fields_set == validated.model_fields_set
    )
    if not same:
        raise AssertionError(f"made without validation: {made!r}; validated: {validated!r}")
