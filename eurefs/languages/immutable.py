"""Read-only tables for the language records (records are immutable, and so are their tables)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def frozen(mapping: Mapping[str, str] | None = None) -> Mapping[str, str]:
    """A read-only copy of ``mapping`` (records are immutable)."""
    return MappingProxyType(dict(mapping or {}))
