"""A reference's fields as JSON values, without pydantic.

``eurefs extract`` and ``eurefs parse`` write the light references of the engine
(``eurefs.models.light``) and must not import pydantic (start-up, issue 10).  The
reference models hold only strings, numbers, booleans, None, dates and lists of strings,
so their JSON form (``model_dump(mode="json")``) is each field in the model's order with
dates written as ISO 8601 (``2016-04-27``) and lists copied; a light reference holds the
same fields in the same order.  With ``eurefs.models.prototypes.VALIDATE`` on (the test
suite turns it on), every record made here is compared with ``model_dump``'s.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from eurefs.models import prototypes

if TYPE_CHECKING:
    from eurefs.models.light_base import LightReference
    from eurefs.models.references import BaseReference


def json_fields(ref: LightReference | BaseReference) -> dict[str, Any]:
    """``model_dump(mode="json")`` of ``ref`` (or of its public model, for a light
    reference): every field, in order, as a JSON value."""
    record: dict[str, Any] = {}
    for name, value in ref.__dict__.items():
        if isinstance(value, list):
            value = value[:]
        elif isinstance(value, dt.date):
            value = value.isoformat()
        record[name] = value
    if prototypes.VALIDATE:
        _compare(ref, record)
    return record


def _compare(ref: LightReference | BaseReference, record: dict[str, Any]) -> None:
    from eurefs.models.public import as_model

    dumped = as_model(ref).model_dump(mode="json")
    if list(dumped.items()) != list(record.items()):
        raise AssertionError(f"JSON fields {record!r}; model_dump: {dumped!r}")
