"""An acronym two acts bear is no popular name: ``WFD`` is the Water Framework Directive
in water texts and the Waste Framework Directive in the Commission's waste reports; a
text that gives it to one of them in brackets defines it there (eurefs/data/popular_names.json,
short_forms/name_acronyms)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _shorts(text: str) -> list[tuple[str, str | None, str]]:
    return extracted(text, "text", "celex", "how", kind="short_form")


@pytest.mark.parametrize(
    "text",
    [
        # the Commission's report COM(2017) 88 final (EUR-Lex 52017DC0088): 'WFD' was the
        # Water Framework Directive (32000L0060) in every use, a wrong CELEX
        "Directive 2008/98/EC of the European Parliament and of the Council of 19 November "
        "2008 on waste and repealing certain directives (the Waste Framework Directive "
        "(WFD)); Under the WFD, Member States must set up separate collection.",
        "Directive 2008/98/EC on waste (WFD). Under the WFD, Member States must recycle.",
    ],
)
def test_wfd_of_the_waste_framework_directive_is_not_the_water_one(text: str) -> None:
    assert [s for s in _shorts(text) if s[1] == "32000L0060"] == []


def test_wfd_defined_after_the_water_framework_directive_is_its_acronym() -> None:
    text = (
        "The Water Framework Directive (WFD) sets objectives. Under the WFD, Member "
        "States protect water."
    )
    assert _shorts(text) == [
        ("Water Framework Directive", "32000L0060", "popular_name"),
        ("WFD", "32000L0060", "defined_term"),
    ]


def test_wfd_defined_after_a_citation_is_that_act() -> None:
    text = "Directive 2000/60/EC (‘the WFD’) applies. Article 4 of the WFD sets objectives."
    assert _shorts(text) == [("WFD", "32000L0060", "defined_term")]
