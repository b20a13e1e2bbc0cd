"""A reference's fields as JSON values, without pydantic's serialisers.

``model_dump(mode="json")`` builds the model's serialiser (and validator) the first time
it is called, with pydantic's plugin machinery: about a fifteenth of the start-up of
``eurefs extract`` and ``eurefs parse`` (issue 10), which write nothing else.  The
reference models hold only strings, numbers, booleans, None, dates and lists of strings,
so their JSON form is each field in the model's order with dates written as ISO 8601
(``2016-04-27``) and lists copied.  With ``eurefs.models.prototypes.VALIDATE`` on (the
test suite turns it on), every record made here is compared with ``model_dump``'s.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eurefs.models import prototypes
from eurefs.models.references import BaseReference


def json_fields(ref: BaseReference) -> dict[str, Any]:
    """``ref.model_dump(mode="json")``: every field, in order, as a JSON value."""
    record: dict[str, Any] = {}
    for name, value in ref.__dict__.items():
        if isinstance(value, list):
            value = value[:]
        elif isinstance(value, dt.date):
            value = value.isoformat()
        record[name] = value
    if prototypes.VALIDATE:
        dumped = ref.model_dump(mode="json")
        if list(dumped.items()) != list(record.items()):
            raise AssertionError(f"JSON fields {record!r}; model_dump: {dumped!r}")
    return record
