"""Two acts cited one after the other, each with its own alias, joined by "and" (``en``):
the second alias is the second act's.  The "and" after a bracket defining the first
act's alias joins two citations, not two acts of one title (``repealing Directive
95/46/EC and ...``), so the second act is not passed over as part of the first's title
(it was: the second alias named the first act, a wrong CELEX)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.short_form_mentions import defined_terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Richtlijn 2000/78/EG van de Raad van 27 november 2000 tot instelling van een "
         "algemeen kader (hierna: de Kaderrichtlijn) en richtlijn 2003/88/EG van het Europees "
         "Parlement en de Raad van 4 november 2003 betreffende een aantal aspecten van de "
         "organisatie van de arbeidstijd (hierna: de Arbeidstijdrichtlijn). Artikel 7 van de "
         "Arbeidstijdrichtlijn.",
         [("Arbeidstijdrichtlijn", "32003L0088", "Artikel 7")]),
        ("Directive 2000/78/EC of 27 November 2000 establishing a general framework (\"the "
         "Framework Directive\") and Directive 2003/88/EC of 4 November 2003 concerning "
         "certain aspects of the organisation of working time (\"the Time Directive\"). "
         "Article 7 of the Time Directive applies.",
         [("Time Directive", "32003L0088", "Article 7")]),
        # an act a title repeals, then another joined by "and": still the title's
        ("Regulation (EU) 2018/1725 of 23 October 2018 on the protection of natural persons "
         "and repealing Regulation (EC) No 45/2001 and Decision No 1247/2002/EC (\"the "
         "Regulation\"). Article 3 of the Regulation.",
         [("Regulation", "32018R1725", "Article 3")]),
    ],
)  # fmt: skip
def test_each_alias_names_its_own_act(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert defined_terms(text) == expected


def test_a_bracket_of_no_definition_before_and_binds_nothing_new() -> None:
    # an OJ citation's bracket, then "and": the second act may still be a title's
    text = (
        'Directive 2009/72/EC (OJ 2009 L 211, p. 55) and Directive 2009/73/EC ("the Gas '
        'Rules"). Article 3 of the Gas Rules.'
    )
    assert defined_terms(text) == []


# An alias defined again, where the second definition is bound to no act (the act before
# it, after a comma, read as part of a title): the uses after it named the first act,
# a wrong CELEX; they name none now (built from the definition rules, no text read that
# defines one alias twice so).
_AGAIN = (
    "Directive 2003/88/EC (‘the Directive’) governs working time. Article 7 of the "
    "Directive grants leave. Later, Directive 2006/112/EC (‘the Directive’) was adopted. "
    "Article 2 of the Directive concerns VAT."
)


def test_an_alias_defined_again_for_no_act_told_names_none() -> None:
    assert defined_terms(_AGAIN) == [("Directive", "32003L0088", "Article 7")]


def test_an_alias_defined_again_names_none_in_chunks_too() -> None:
    for size in (60, 100, len(_AGAIN)):
        assert list(eurefs.iter_extract(_AGAIN, chunk_size=size)) == eurefs.extract(_AGAIN)
