"""The base of every eurefs model: immutable, comparable and hashable.

Pydantic's own hash of a frozen model hashes the field values as they are, so a
model holding a list (``celex_candidates``) cannot be put in a set.  Here lists,
tuples and dicts are hashed by content, which keeps ``a == b`` implying
``hash(a) == hash(b)``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


def _frozen(value: Any) -> Any:
    """A hashable stand-in for ``value`` with the same equality."""
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return frozenset((k, _frozen(v)) for k, v in value.items())
    if isinstance(value, set | frozenset):
        return frozenset(value)
    return value


class FrozenModel(BaseModel):
    """An immutable model usable in sets and as a dict key."""

    # Every model builds its validators when it is first validated or serialised, not
    # when eurefs is imported; extraction, which makes its references without pydantic's
    # validators (``eurefs.models.prototypes``) and writes them without its serialisers
    # (``eurefs.models.json_fields``), builds none (start-up, issue 10).  The subclasses
    # keep this setting.
    model_config = ConfigDict(frozen=True, defer_build=True)

    def __hash__(self) -> int:
        return hash((type(self), _frozen(tuple(self.__dict__.values()))))
