"""Short forms carry the links of the work they point to (QA finding: they had none)."""

from __future__ import annotations

import eurefs


def test_short_forms_link_like_their_antecedent_or_their_celex() -> None:
    text = (
        "Directive 2014/65/EU (‘MiFID II’) applies. See MiFID II. "
        "The Water Framework Directive applies."
    )
    refs = eurefs.extract(text)
    full = next(r for r in refs if r.kind == "legal_act")
    defined = next(r for r in refs if r.kind == "short_form" and r.start > 40)
    named = next(r for r in refs if r.kind == "short_form" and r.celex == "32000L0060")
    assert (defined.eurlex_url, defined.cellar_ids, defined.eli) == (
        full.eurlex_url, full.cellar_ids, full.eli,
    )  # fmt: skip
    assert named.eurlex_url == (
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32000L0060"
    )
    assert named.cellar_ids == ["celex:32000L0060"]
