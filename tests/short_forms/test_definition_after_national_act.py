"""An act joined by ``and`` to something that is no cited act still takes the alias
defined right after it (``eurefs/short_forms/definitions.py``, ``_joins_no_act``); an
act cited in another act's title (``amending Directive A and Directive B``) still does
not."""

from __future__ import annotations

import eurefs


def _uses(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.text, r.celex, getattr(r, "pinpoint", None))
        for r in eurefs.extract(text)
        if r.kind == "short_form"
    ]


# The UK Supreme Court's press summary of X v Mid Sussex Citizens Advice Bureau [2012]
# UKSC 59 (as employmentcasesupdate.co.uk reproduces it).
UKSC = (
    "Each held that the appellant, as a volunteer rather than an employee, falls outside "
    "the scope of the protections against discrimination on the grounds of disability "
    'afforded by the Disability Discrimination Act 1995 and Directive 2000/78/EC ("the '
    'Framework Directive").\n\nThe appellant appeals to the Supreme Court on the basis '
    "that the lower courts erred in interpreting the Directive. She argues that her "
    'voluntary activities constituted an "occupation" for the purposes of article '
    "3(1)(a) of the Framework Directive."
)


def test_a_national_act_before_and_leaves_the_definition_to_the_directive() -> None:
    """Before, the definition was bound to nothing (``and`` before the directive read as
    a citation inside a title) and ``the Framework Directive`` gave nothing."""
    assert _uses(UKSC) == [("Framework Directive", "32000L0078", "article 3(1)(a)")]


# The title of Directive 2011/83/EU (EUR-Lex 32011L0083), with an alias after it.
TITLE = (
    "Directive 2011/83/EU of the European Parliament and of the Council of 25 October 2011 "
    "on consumer rights, amending Council Directive 93/13/EEC and Directive 1999/44/EC of "
    "the European Parliament and of the Council and repealing Council Directive 85/577/EEC "
    "and Directive 97/7/EC of the European Parliament and of the Council (OJ 2011 L 304, "
    "p. 64) (‘the Directive’). Article 2 of the Directive applies."
)


def test_acts_joined_in_a_title_still_pass_the_alias_to_the_titled_act() -> None:
    assert _uses(TITLE) == [("Directive", "32011L0083", "Article 2")]


def test_an_alias_of_another_type_is_not_taken() -> None:
    text = (
        "The Equality Act 2010 and Directive 2000/43/EC (‘the Regulation’) apply. "
        "Article 2 of the Regulation says nothing."
    )
    assert all(celex != "32000L0043" for _, celex, _ in _uses(text))
