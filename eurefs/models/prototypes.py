"""References made from complete, correctly typed fields, without pydantic's validators.

The grammar types every field it gives a reference (ints for numbers and years, dates
for dates, a tuple or list for a list field), so validating a reference would only check
what the grammar already did, and building pydantic's validators for the reference
models, and the plugin machinery that comes with them, was about a fifteenth of the
start-up of ``eurefs parse`` and ``eurefs extract`` (issue 10).  :func:`construct` makes
the model validation would make: every field in the model's order, defaults for those
not given (each default factory called), each list the model's own, the given names as
the fields set; a missing required field or an unknown name fails as validation does
(:class:`ValueError`).  With :data:`VALIDATE` on (the test suite turns it on) every
model made here is also validated, and any difference fails, so a field given with
another type, or a pydantic change, cannot go unnoticed.

A document cites the same case, ECLI or OJ issue again and again: :func:`reference`
makes the fields of a reference without its span once, keeps that prototype (a bounded
cache keyed on the class and the fields), and gives each occurrence a copy with its own
span, made as pydantic's ``model_copy`` makes one, without the dispatch.
"""

from __future__ import annotations

from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel

R = TypeVar("R", bound=BaseModel)

#: Also validate every model made here and fail on any difference (for tests).
VALIDATE = False

#: Prototypes kept at most (the cache is emptied when full: a document's references
#: are read again from their fields, never wrongly).
MAX_CACHED = 4096

_PROTOTYPES: dict[tuple[Any, ...], Any] = {}
_new = object.__new__
# pydantic's slots, set through their own descriptors (``object.__setattr__`` looks
# each one up on the type first)
_set_dict = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


class _Spec(NamedTuple):
    """What a class's models are made of."""

    #: (name, is a list field, default, default factory) of each field, in order
    fields: tuple[tuple[str, bool, Any, Any], ...]
    #: the names of the list fields (each model owns its lists)
    lists: tuple[str, ...]
    required: frozenset[str]


_SPECS: dict[type[BaseModel], _Spec] = {}


def _spec(cls: type[BaseModel]) -> _Spec:
    found = _SPECS.get(cls)
    if found is None:
        fields = tuple(
            (name, getattr(f.annotation, "__origin__", None) is list, f.default, f.default_factory)
            for name, f in cls.model_fields.items()
        )
        found = _SPECS[cls] = _Spec(
            fields,
            tuple(name for name, is_list, _, _ in fields if is_list),
            frozenset(name for name, f in cls.model_fields.items() if f.is_required()),
        )
    return found


def _made(cls: type[R], values: dict[str, Any], fields_set: set[str]) -> R:
    model = _new(cls)
    _set_dict(model, "__dict__", values)
    _set_fields_set(model, fields_set)
    _set_extra(model, None)
    _set_private(model, None)
    return model


def construct(cls: type[R], **fields: Any) -> R:
    """``cls(**fields)`` without validation: ``fields`` must be typed as the model's
    (a list field may be given as a tuple)."""
    spec = _spec(cls)
    values: dict[str, Any] = {}
    given = 0
    for name, is_list, default, factory in spec.fields:
        if name in fields:
            value = fields[name]
            values[name] = list(value) if is_list else value
            given += 1
        else:
            values[name] = factory() if factory is not None else default
    if given != len(fields) or not spec.required <= fields.keys():
        missing = sorted(spec.required - fields.keys())
        unknown = sorted(fields.keys() - values.keys())
        raise ValueError(f"{cls.__name__}: missing fields {missing}, unknown fields {unknown}")
    model = _made(cls, values, set(fields))
    if VALIDATE:
        _check(model, cls(**fields))
    return model


def _check(made: BaseModel, validated: BaseModel) -> None:
    """Fail unless ``made`` is ``validated``: the same values of the same types, in the
    same order, and the same fields set."""
    same = (
        list(made.__dict__.items()) == list(validated.__dict__.items())
        and list(map(type, made.__dict__.values())) == list(map(type, validated.__dict__.values()))
        and made.model_fields_set == validated.model_fields_set
    )
    if not same:
        raise AssertionError(f"made without validation: {made!r}; validated: {validated!r}")


def reference(cls: type[R], text: str, start: int, end: int, **fields: Any) -> R:
    """``cls(text=text, start=start, end=end, **fields)``, made once per distinct fields.

    ``fields`` are hashed: a list field is given as a tuple (the model holds a list).
    Values equal as keys must make the same model: give each field its own type.
    """
    key = (cls, *fields.items())
    proto = _PROTOTYPES.get(key)
    if proto is None:
        if len(_PROTOTYPES) >= MAX_CACHED:
            _PROTOTYPES.clear()
        proto = _PROTOTYPES[key] = construct(cls, text="", start=0, end=0, **fields)
    values = proto.__dict__.copy()
    values["text"], values["start"], values["end"] = text, start, end
    for name in _spec(cls).lists:
        values[name] = values[name][:]
    return _made(cls, values, set(proto.__pydantic_fields_set__))
