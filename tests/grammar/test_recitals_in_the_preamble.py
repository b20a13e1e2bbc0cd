"""A recital before an act linked by ``in the preamble to``, as the Court's English has
written it for decades (``recital 18 in the preamble to Directive 2000/31``): the link
ends as an annex's does (``Annex I to``), and is no annex's pinpoint."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _pinpoints(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the judgment in C-291/13 Papasavvas, paragraph 28, as a public repository quotes it
        # (found with find_string): was no pinpoint
        ("such a condition is expressly excluded by recital 18 in the preamble to Directive "
         "2000/31 which states that information society services extend",
         [("Directive 2000/31", "recital 18")]),
        # (in capitals, as older judgments are printed; a list of recitals, as the Court's
        # 'Recitals 22, 31, 32, 35, 38 and 44 in the preamble to Directive 2001/29' in
        # C-435/12 ACI Adam)
        ("RECITAL 18 IN THE PREAMBLE TO DIRECTIVE 2000/31", [("DIRECTIVE 2000/31", "RECITAL 18")]),
        ("Recitals 22, 31 and 44 in the preamble to Directive 2001/29 state",
         [("Directive 2001/29", "Recitals 22, 31 and 44")]),
        # as before: an annex linked by 'to', a bare 'to' is no annex's without an annex word
        ("Annex I to Directive 2014/65/EU", [("Directive 2014/65/EU", "Annex I")]),
        ("the reference in Article 94 to Directive 2014/65/EU", [("Directive 2014/65/EU", None)]),
    ],
)  # fmt: skip
def test_a_recital_in_the_preamble_to_an_act(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _pinpoints(text) == expected


def _short_form_pinpoints(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "pinpoint", kind="short_form")


# the Opinion of AG Léger in C-133/94 Commission v Belgium, paragraphs 1 and 2 (EUR-Lex
# 61994CC0133, its English text; pages corpus): the recitals by their ordinals, before the
# defined term and its article, had no pinpoint
LEGER = (
    "by not completely and correcdy transposing into Belgian law Council Directive 85/337/EEC"
    " of 27 June 1985 on the assessment of the effects of certain public and private projects"
    " on the environment ( 1 ) (‘the directive’), the Kingdom of Belgium has failed to fulfil"
    " its obligations under that directive and Articles 5 and 189 of the EC Treaty.\n\nThe"
    " directive was adopted pursuant to Articles 100 and 235 of the EEC Treaty. The aim pursued"
    " by the Community legislator — according, in particular, to the first and eleventh"
    " recitals in the preamble to the directive — is to promote a policy"
)


def test_recitals_by_their_ordinals_before_a_defined_term() -> None:
    assert _short_form_pinpoints(LEGER) == [
        ("that directive", None),
        ("directive", None),
        ("directive", "the first and eleventh recitals"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported by an earlier audit for the project (a judgment citing the cereals
        # regulation): the ordinal before the act
        ("the eighth recital in the preamble to Regulation No 2727/75",
         [("Regulation No 2727/75", "the eighth recital")]),
        # (the same words as in Léger's Opinion, before the act's number; in figures, and
        # linked by 'of', as numbered recitals are)
        ("the first and eleventh recitals in the preamble to Directive 85/337/EEC",
         [("Directive 85/337/EEC", "the first and eleventh recitals")]),
        ("The twenty-third recital of Directive 85/337/EEC",
         [("Directive 85/337/EEC", "The twenty-third recital")]),
        ("the 23rd recital in the preamble to Directive 85/337/EEC",
         [("Directive 85/337/EEC", "the 23rd recital")]),
        # no ordinal: no pinpoint (nor a word that only ends as one: 'a-first recital')
        ("a recital in the preamble to Directive 85/337/EEC", [("Directive 85/337/EEC", None)]),
    ],
)  # fmt: skip
def test_a_recital_by_its_ordinal_before_an_act(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _pinpoints(text) == expected


def test_a_recital_in_the_preamble_to_an_anaphor() -> None:
    # reported by an earlier audit for the project: the short forms' cue looked back 14
    # characters, and 'to' (an annex's link) before the anaphor found no annex
    text = (
        "Directive 2000/31/EC on electronic commerce. Such a condition is expressly excluded by "
        "recital 18 in the preamble to that directive, and Annex I to that directive"
    )
    assert _short_form_pinpoints(text) == [
        ("that directive", "recital 18"),
        ("that directive", "Annex I"),
    ]
