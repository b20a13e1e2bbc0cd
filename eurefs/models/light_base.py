"""The base of the light references the extraction engine makes (see ``eurefs.models.light``).

A light reference is a plain Python object: its fields in its ``__dict__``, in the
order of the public model's fields, and the names of the fields given when it was made
in :attr:`~LightReference.fields_set`.  It has the few methods of a pydantic model the
engine uses (``model_copy(update=...)``, ``model_fields_set``, equality, hashing and a
repr) and imports nothing from pydantic, so that ``eurefs parse`` and ``eurefs
extract`` start without it (issue 10).  :func:`eurefs.models.public.to_model` turns
one into the public model around the same field dict, in constant time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, NamedTuple, TypeVar

L = TypeVar("L", bound="LightReference")

_new = object.__new__
_set = object.__setattr__


class Field(NamedTuple):
    """One field of a reference, as the public model declares it."""

    name: str
    #: a list of strings (each reference owns its list; the default is a new empty one)
    is_list: bool
    #: no default: it must be given
    required: bool
    #: the default (None for a required field; a list field's is a new empty list)
    default: Any = None


class LightReference:
    """A reference's fields without pydantic: what the grammar makes and the commands write.

    The classes of ``eurefs.models.light`` (generated from the public models) say which
    fields each kind has in :attr:`FIELDS`.
    """

    __slots__ = ("__dict__", "fields_set")

    #: every field of the kind, in the public model's order
    FIELDS: ClassVar[tuple[Field, ...]] = ()

    fields_set: set[str]

    @property
    def model_fields_set(self) -> set[str]:
        """The names of the fields given when the reference was made (pydantic's name)."""
        return self.fields_set

    def model_copy(self: L, *, update: Mapping[str, Any] | None = None) -> L:
        """A shallow copy with ``update`` applied, as pydantic's ``model_copy`` makes it:
        the updated names join the fields set; values are taken as given (typed)."""
        values = self.__dict__.copy()
        fields_set = set(self.fields_set)
        if update:
            values.update(update)
            fields_set.update(update)
        return made(type(self), values, fields_set)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(
            (type(self), *(tuple(v) if type(v) is list else v for v in self.__dict__.values()))
        )

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


def made(cls: type[L], values: dict[str, Any], fields_set: set[str]) -> L:
    """A reference of ``cls`` around ``values`` (every field, in order, typed) and
    ``fields_set``, taken as they are."""
    ref = _new(cls)
    _set(ref, "__dict__", values)
    ref.fields_set = fields_set
    return ref
