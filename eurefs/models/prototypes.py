"""Light references made from complete, correctly typed fields, without validation.

The extraction engine makes the light references of ``eurefs.models.light`` (no
pydantic import: the start-up of ``eurefs parse`` and ``eurefs extract``, issue 10),
and the grammar types every field it gives one (ints for numbers and years, dates for
dates, a tuple or list for a list field).  :func:`construct` makes what validating the
public model would make: every field in the model's order, defaults for those not given
(a new list for each list field), each list the reference's own, the given names as the
fields set; a missing required field or an unknown name fails as validation does
(:class:`ValueError`).  With :data:`VALIDATE` on (the test suite turns it on) the public
model of every reference made here is also validated, and any difference fails, so a
field given with another type, or a pydantic change, cannot go unnoticed.

A document cites the same case, ECLI or OJ issue again and again: :func:`reference`
makes the fields of a reference without its span once, keeps that prototype (a bounded
cache keyed on the class and the fields), and gives each occurrence a copy with its own
span.
"""

from __future__ import annotations

from typing import Any, TypeVar

from eurefs.models.light_base import LightReference, made

L = TypeVar("L", bound=LightReference)

#: Also validate the public model of every reference made here, and fail on any
#: difference (for tests).
VALIDATE = False

#: Prototypes kept at most (the cache is emptied when full: a document's references
#: are read again from their fields, never wrongly).
MAX_CACHED = 4096

_PROTOTYPES: dict[tuple[Any, ...], Any] = {}
_new = object.__new__
_set = object.__setattr__
_REQUIRED: dict[type[LightReference], frozenset[str]] = {}
_LISTS: dict[type[LightReference], tuple[str, ...]] = {}


def _required(cls: type[LightReference]) -> frozenset[str]:
    found = _REQUIRED.get(cls)
    if found is None:
        found = _REQUIRED[cls] = frozenset(f.name for f in cls.FIELDS if f.required)
    return found


def list_fields(cls: type[LightReference]) -> tuple[str, ...]:
    """The names of the list fields of ``cls`` (each reference owns its lists)."""
    found = _LISTS.get(cls)
    if found is None:
        found = _LISTS[cls] = tuple(f.name for f in cls.FIELDS if f.is_list)
    return found


def construct(cls: type[L], /, **fields: Any) -> L:
    """``cls(**fields)`` as validating the public model makes it: ``fields`` must be
    typed as the model's (a list field may be given as a tuple)."""
    values: dict[str, Any] = {}
    given = 0
    for name, is_list, _, default in cls.FIELDS:
        if name in fields:
            value = fields[name]
            values[name] = list(value) if is_list else value
            given += 1
        else:
            values[name] = [] if is_list else default
    if given != len(fields) or not _required(cls) <= fields.keys():
        missing = sorted(_required(cls) - fields.keys())
        unknown = sorted(fields.keys() - values.keys())
        raise ValueError(f"{cls.__name__}: missing fields {missing}, unknown fields {unknown}")
    ref = made(cls, values, set(fields))
    if VALIDATE:
        from eurefs.models.public import check

        check(ref)
    return ref


def reference(cls: type[L], text: str, start: int, end: int, /, **fields: Any) -> L:
    """``cls(text=text, start=start, end=end, **fields)``, made once per distinct fields.

    ``fields`` are hashed: a list field is given as a tuple (the reference holds a list).
    Values equal as keys must make the same reference: give each field its own type.

    The class and the span are positional-only (``/``): the interpreter then puts each
    field's name straight into ``fields``, where it compared each first with the names of
    those four parameters, as strings (1 MB of the benchmark text, 714 calls: 2.4M
    instructions).
    """
    # flat (names, then values): equal exactly when the items are, with no tuple per
    # item to make and hash on every call
    key = (cls, *fields, *fields.values())
    proto = _PROTOTYPES.get(key)
    if proto is None:
        if len(_PROTOTYPES) >= MAX_CACHED:
            _PROTOTYPES.clear()
        proto = _PROTOTYPES[key] = construct(cls, text="", start=0, end=0, **fields)
    values = proto.__dict__.copy()
    values["text"], values["start"], values["end"] = text, start, end
    for name in _LISTS.get(cls) or list_fields(cls):
        values[name] = values[name][:]
    ref = _new(cls)
    _set(ref, "__dict__", values)
    ref.fields_set = set(proto.fields_set)
    return ref
