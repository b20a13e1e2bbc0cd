"""The check every test of agreement-body decisions makes (shared by the test modules of
``tests/grammar`` that list such sentences)."""

from __future__ import annotations

import eurefs
from eurefs.models.references import LegalActRef
from tests.support.extracted import extracted

_DASHES = str.maketrans({"\u2011": "-", "\u2013": "-"})


def acts(text: str) -> list[LegalActRef]:
    """The legal acts ``eurefs.extract`` finds in ``text``."""
    return extracted(text, kind="legal_act")


def assert_body_decision(text: str, lang: str, cited: str, body: str) -> None:
    """``text`` cites one decision, ``cited``, of the agreement body ``body``: the body is
    its author, in its span and normal form, and it has no CELEX, even parsed again."""
    found = acts(text)
    assert len(found) == 1, found
    ref = found[0]
    assert (ref.text, ref.lang, ref.act_type) == (cited, lang, "decision")
    assert ref.celex is None and ref.celex_candidates == [] and ref.eurlex_url is None
    assert ref.author is not None and ref.author.translate(_DASHES) == body.translate(_DASHES)
    assert body.split()[-1].translate(_DASHES) in ref.normalized.translate(_DASHES)
    parsed = eurefs.parse(ref.normalized)
    assert parsed is not None and parsed.celex is None
