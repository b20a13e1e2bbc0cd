"""A numbered point written with the bracket the acts number it with, in a pinpoint before
an act (French ``point 1)``, Italian ``punto 1)``, Danish ``nr. 5)``:
``eurefs.grammar.pinpoint_numbers``).  Before, the bracket stopped the pinpoint and the act
had none."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint", "celex"),
    [
        # the Opinion of AG Wahl in C-374/16 Geissel (Danish; taxcon.dk and taxlawapp.eu,
        # pages corpus)
        ("Det første spørgsmål vedrører fortolkningen af kravet fastsat i artikel 226, nr. 5), "
         "i Rådets direktiv 2006/112/EF af 28. november 2006 om det fælles "
         "merværdiafgiftssystem", "Rådets direktiv 2006/112/EF", "artikel 226, nr. 5)",
         "32006L0112"),
        # Directive 2014/91/EU (UCITS V), recital 21, French (tests/data/corpus-fr-de F01)
        ("Lorsqu’un dépositaire central de titres (DCT), tel qu’il est défini à l’article 2, "
         "paragraphe 1, point 1), du règlement (UE) no 909/2014 du Parlement européen",
         "règlement (UE) no 909/2014", "article 2, paragraphe 1, point 1)", "32014R0909"),
        # a list of them, as the same writing joins numbers (UNCONFIRMED in a text read)
        ("artikel 2, nr. 1) og 2), i forordning (EU) 2016/679", "forordning (EU) 2016/679",
         "artikel 2, nr. 1) og 2)", "32016R0679"),
    ],
)  # fmt: skip
def test_a_numbered_point_with_its_bracket(text: str, span: str, pinpoint: str, celex: str) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act")
    assert (act.text, act.pinpoint, act.celex) == (span, pinpoint, celex)  # type: ignore[attr-defined]


def test_the_number_alone_stays_as_it_was() -> None:
    (act,) = eurefs.extract("artikel 226, nr. 5, i direktiv 2006/112/EF", kinds="legal_act")
    assert act.pinpoint == "artikel 226, nr. 5"  # type: ignore[attr-defined]
