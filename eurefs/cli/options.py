"""Options shared by the resolution commands, checked when the command line is read.

A bad value is an argparse usage error: one line on stderr naming the option,
exit status 2, before anything is read, written or sent.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from eurefs.cellar.endpoints import validate_endpoint
from eurefs.errors import ConfigurationError

__all__ = [
    "cache_dir",
    "endpoint",
    "parse_fields",
    "record_fields",
    "retry_count",
    "seconds",
]


def record_fields() -> tuple[str, ...]:
    """Fields of an output record: the input, then a document's fields or the error."""
    from eurefs.models.document import Document  # only when --fields is given

    return tuple(dict.fromkeys(("input", "reference", "error", *Document.model_fields)))


def endpoint(value: str) -> str:
    """An http(s) URL (``--sparql-endpoint``, ``--cellar-base``)."""
    try:
        return validate_endpoint(value, "URL")
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def seconds(value: str) -> float:
    """A positive, finite number of seconds (``--timeout``)."""
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not (number > 0 and math.isfinite(number)):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, not {value!r}")
    return number


def retry_count(value: str) -> int:
    """A whole number >= 0 (``--retries``)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, not {value!r}")
    return number


def cache_dir(value: str) -> str:
    """A directory, or a path where one can be made (``--cache-dir``); not a regular file."""
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is a file, not a directory")
    return value


def parse_fields(value: str) -> list[str]:
    """``--fields a,b,c``: known record fields only (the message lists the valid ones)."""
    fields = [f.strip() for f in value.split(",")]
    valid = record_fields()
    unknown = [f for f in fields if f not in valid]
    if unknown:
        shown = ", ".join(repr(f) for f in unknown)
        raise argparse.ArgumentTypeError(
            f"unknown field(s) {shown}; valid fields: {', '.join(valid)}"
        )
    return list(dict.fromkeys(fields))
