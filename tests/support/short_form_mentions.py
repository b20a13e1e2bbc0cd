"""The short forms ``eurefs.extract`` finds in a text, as the short-form tests compare them."""

from __future__ import annotations

import eurefs
from eurefs.models.references import ShortFormRef


def mentions(text: str, how: str) -> list[tuple[str, str | None, str | None]]:
    """``(text, celex, pinpoint)`` of every short form of ``how`` (``anaphor``,
    ``defined_term``, ``popular_name``) found in ``text``, in order."""
    return [
        (r.text, r.celex, r.pinpoint)
        for r in eurefs.extract(text)
        if isinstance(r, ShortFormRef) and r.how == how
    ]


def anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    """:func:`mentions` of the anaphors."""
    return mentions(text, "anaphor")


def anaphor_targets(text: str) -> list[tuple[str, str | None]]:
    """``(text, celex)`` of every anaphor found in ``text``, in order."""
    return [(found, celex) for found, celex, _ in anaphors(text)]


def defined_terms(text: str) -> list[tuple[str, str | None, str | None]]:
    """:func:`mentions` of the defined terms."""
    return mentions(text, "defined_term")


def popular_names(text: str) -> list[tuple[str, str | None, str | None]]:
    """:func:`mentions` of the popular names."""
    return mentions(text, "popular_name")
