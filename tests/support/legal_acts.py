"""Checks the legal-act tests share."""

from __future__ import annotations

import eurefs
from eurefs.models.references import Reference


def assert_one_act_reads(text: str, span: str, normalized: str, celex: str, lang: str) -> Reference:
    """The one legal act of ``text``: its span as written, its language, its normal form and
    CELEX, and the normal form parsed back to the same CELEX.  Returns it for further checks."""
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, text[ref.start : ref.end], ref.lang) == (span, span, lang)
    assert (ref.normalized, ref.celex) == (normalized, celex)
    assert eurefs.parse(ref.normalized).celex == celex
    return ref
