"""short_forms/definitions: a short title in brackets without quotation marks after a
citation defines it, also with a possessive word (``the Citizens' Rights Directive``)."""

from __future__ import annotations

import pytest

import eurefs


def _aliases(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]


@pytest.mark.parametrize(
    ("text", "alias", "celex"),
    [
        # UK and Irish judgments and policy papers name acts so
        ("Directive 2004/38/EC (the Citizens' Rights Directive) gives rights of residence. "
         "Article 7(1)(b) of the Citizens' Rights Directive requires insurance.",
         "Citizens' Rights Directive", "32004L0038"),
        ("Directive 2004/38/EC (the Citizens’ Directive) gives rights. Article 7 of the "
         "Citizens’ Directive applies.", "Citizens’ Directive", "32004L0038"),
        ("Directive 96/71/EC (the Posted Workers Directive) applies. Under the Posted "
         "Workers Directive, pay is due.", "Posted Workers Directive", "31996L0071"),
    ],
)  # fmt: skip
def test_a_short_title_defines_its_act(text: str, alias: str, celex: str) -> None:
    assert _aliases(text) == [(alias, celex)]


def test_a_possessive_that_is_no_short_title_defines_nothing() -> None:
    # a lower-case word before the possessive: no title
    text = (
        "Directive 2004/38/EC (see the Commission's Directive) applies. The Commission's "
        "Directive is long."
    )
    assert _aliases(text) == []
