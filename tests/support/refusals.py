"""How long a hostile document takes to be refused: the reader tests' one timing helper."""

from __future__ import annotations

import time

import pytest

import eurefs
from eurefs.errors import UnsafeDocument


def seconds_to_refuse(data: bytes, match: str = "", name: str = "hostile.pdf") -> float:
    """Seconds :func:`eurefs.read_document` takes to refuse ``data`` with an
    :class:`~eurefs.errors.UnsafeDocument` whose message matches ``match``; the test fails
    when the document is read instead."""
    started = time.perf_counter()
    with pytest.raises(UnsafeDocument, match=match):
        eurefs.read_document(data, name=name)
    return time.perf_counter() - started
