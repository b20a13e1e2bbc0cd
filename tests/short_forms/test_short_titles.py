"""short_forms/definitions: a short title in brackets without quotation marks after a
citation defines it, also with a possessive word (``the Citizens' Rights Directive``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _aliases(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form")


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


# Swedish: the short title glued to the type word, after the act's title (prop. 2008/09:187;
# ``tjänstedirektivet`` is also the act's popular name: a capitalised one inside a sentence
# is a mention of the name, not a use of the alias)
_SV = (
    "I propositionen föreslås åtgärder för att genomföra Europaparlamentets och rådets "
    "direktiv 2006/123/EG av den 12 december 2006 om tjänster på den inre marknaden "
    "(tjänstedirektivet). Tjänstedirektivet innehåller bestämmelser. Syftet med "
    "tjänstedirektivet är att stimulera. Enligt tjänstedirektivets artikel 16 gäller. "
    "Men Tjänstedirektivet mitt i en mening."
)
# the same shape, an alias that is no popular name
_SV_WT = (
    "Rådets direktiv 2003/88/EG av den 4 november 2003 om arbetstidens förläggning i "
    "vissa avseenden (arbetstidsdirektivet) gäller. Arbetstidsdirektivet kräver vila. "
    "Enligt arbetstidsdirektivets artikel 7 gäller. Men Arbetstidsdirektivet mitt i en mening."
)


def test_a_swedish_compound_short_title_defines_its_act() -> None:
    found = [(r.text, r.celex, r.how) for r in eurefs.extract(_SV) if r.kind == "short_form"]
    assert found == [
        ("Tjänstedirektivet", "32006L0123", "defined_term"),  # at the start of a sentence
        ("tjänstedirektivet", "32006L0123", "defined_term"),
        ("tjänstedirektivets", "32006L0123", "defined_term"),  # the genitive
        ("Tjänstedirektivet", "32006L0123", "popular_name"),
    ]
    assert _aliases(_SV_WT) == [
        ("Arbetstidsdirektivet", "32003L0088"),
        ("arbetstidsdirektivets", "32003L0088"),
    ]


def test_a_swedish_genitive_after_a_colon() -> None:
    text = "Förordning (EU) 2016/679 (nedan kallad GDPR) gäller. Enligt GDPR:s artikel 6 gäller."
    assert _aliases(text) == [("GDPR:s", "32016R0679")]


@pytest.mark.parametrize(
    "text",
    [
        # no citation before the brackets
        "Regeringen (arbetstidsdirektivet) anser. Arbetstidsdirektivet gäller.",
        # words before the compound in the brackets: no short title
        "Rådets direktiv 2003/88/EG (se arbetstidsdirektivet) gäller. Arbetstidsdirektivet kräver.",
    ],
)
def test_no_swedish_short_title(text: str) -> None:
    assert _aliases(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Commission's report COM(2017) 88 final (EUR-Lex 52017DC0088): the short title
        # and its acronym in brackets of their own; both were nothing
        ("Directive 2008/98/EC of the European Parliament and of the Council of 19 November "
         "2008 on waste and repealing certain directives (the Waste Framework Directive "
         "(WFD)); Under the WFD, Member States must recycle. Article 11 of the Waste "
         "Framework Directive sets targets.",
         [("WFD", "32008L0098"), ("Waste Framework Directive", "32008L0098")]),
    ],
)  # fmt: skip
def test_a_short_title_with_its_acronym_defines_both(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _aliases(text) == expected


def test_an_acronym_that_is_not_the_short_title_s_defines_nothing() -> None:
    # (UNCONFIRMED) DGA is not the Data Act's initials: no alias from the bracket
    text = "Regulation (EU) 2023/2854 (the Data Act (DGA)). Under the DGA it applies."
    assert [a for a in _aliases(text) if a[0] == "DGA"] == []
