"""References copied from a validated prototype: pydantic validates each distinct reference once.

A document cites the same case, ECLI or OJ issue again and again, and validating a
reference costs several times what copying one does.  :func:`reference` validates
the fields of a reference without its span once, keeps that prototype (a bounded
cache keyed on the class and the fields), and gives each occurrence a copy with its
own span, made as pydantic's ``model_copy`` makes one, without the dispatch.  The copy
is what validation would give: the models have no validator that reads two fields
together, ``text`` is any string and ``start``/``end`` are offsets (never negative),
and every list is the copy's own.  ``tests/models/test_prototypes.py`` checks that
copies equal validated models field by field, so a pydantic change cannot go
unnoticed.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

R = TypeVar("R", bound=BaseModel)

#: Prototypes kept at most (the cache is emptied when full: a document's references
#: are read again from their fields, never wrongly).
MAX_CACHED = 4096

_PROTOTYPES: dict[tuple[Any, ...], Any] = {}
_LIST_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {}
_new = object.__new__
# pydantic's slots, set through their own descriptors (``object.__setattr__`` looks
# each one up on the type first)
_set_dict = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _list_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` that hold a list (each copy gets its own)."""
    names = _LIST_FIELDS.get(cls)
    if names is None:
        names = _LIST_FIELDS[cls] = tuple(
            name
            for name, field in cls.model_fields.items()
            if getattr(field.annotation, "__origin__", None) is list
        )
    return names


def reference(cls: type[R], text: str, start: int, end: int, **fields: Any) -> R:
    """``cls(text=text, start=start, end=end, **fields)``, validated once per distinct fields.

    ``fields`` are hashed: a list field is given as a tuple (validation makes it a
    list).  Values equal as keys must validate alike: give each field its own type.
    """
    key = (cls, *fields.items())
    proto = _PROTOTYPES.get(key)
    if proto is None:
        if len(_PROTOTYPES) >= MAX_CACHED:
            _PROTOTYPES.clear()
        proto = _PROTOTYPES[key] = cls(text="", start=0, end=0, **fields)
    values = proto.__dict__.copy()
    values["text"], values["start"], values["end"] = text, start, end
    for name in _list_fields(cls):
        values[name] = values[name][:]
    ref = _new(cls)
    _set_dict(ref, "__dict__", values)
    _set_fields_set(ref, set(proto.__pydantic_fields_set__))
    _set_extra(ref, None)
    _set_private(ref, None)
    return ref
