"""What the tests read of an extraction: the fields of each reference ``eurefs.extract``
finds, of one kind where given (each test module names its own view of it)."""

from __future__ import annotations

from typing import Any

import eurefs


def extracted(
    text: str, *fields: str, kind: str | None = None, how: str | None = None, **options: Any
) -> list[Any]:
    """The ``fields`` of each reference ``eurefs.extract(text, **options)`` finds, of
    ``kind`` and (a short form) made ``how`` where given: a tuple a reference, the value
    itself where one field is named, the reference where none is."""
    refs = [
        r
        for r in eurefs.extract(text, **options)
        if (kind is None or r.kind == kind) and (how is None or getattr(r, "how", None) == how)
    ]
    if not fields:
        return refs
    if len(fields) == 1:
        return [getattr(r, fields[0]) for r in refs]
    return [tuple(getattr(r, name) for name in fields) for r in refs]
