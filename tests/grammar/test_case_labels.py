"""A court letter's number set as a label, no case (grammar/case_labels)."""

from __future__ import annotations

import pytest

import eurefs


def _cases(text: str) -> list[str]:
    return [r.text for r in eurefs.extract(text, kinds="case")]


@pytest.mark.parametrize(
    "text",
    [
        # the noun it numbers before it, the sentence running on in small letters after it
        "See Table C-2/19 for details.",
        "Figure T-3/20 shows the results.",
        # an article before it, the noun it names after it
        "the C-17/18 aircraft was delivered",
        "The C-17/18 aircraft was delivered.",
        "el T-3/20 modelo",
    ],
)
def test_a_label_is_no_case(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Case C-17/18 was decided in 2019.", ["C-17/18"]),
        ("C-17/18, EU:C:2019:1, paragraph 5", ["C-17/18"]),
        # a frequent word of the records introduces it, in small letters or with a capital
        ("in C-17/18 the Court held", ["C-17/18"]),
        ("In C-17/18 the Court held", ["C-17/18"]),
        ("See C-17/18 for the facts", ["C-17/18"]),
        ("the judgment in C-311/18", ["C-311/18"]),
        ("O Tribunal de Justiça no acórdão C-260/18 declarou", ["C-260/18"]),
        # a case word, a court's initialism, a list
        ("Rechtssache C-311/18 betrifft die Übermittlung", ["C-311/18"]),
        ("EuGH C-311/18 hat entschieden", ["C-311/18"]),
        ("Joined Cases C-402/05 P and C-415/05 P", ["C-402/05 P", "C-415/05 P"]),
        # an article that is another language's word (Latvian 'no', from; Portuguese 'the')
        ("apvienotajās lietās no C-397/01 līdz C-403/01 Pfeiffer u.c.",
         ["C-397/01", "C-403/01"]),
        # a date after it: a judgment's
        ("Judgment C-311/18 of 16 July 2020", ["C-311/18"]),
        ("Urteil C-311/18 vom 16. Juli 2020", ["C-311/18"]),
        # the citation goes on, or the sentence ends
        ("Table C-2/19, EU:C:2019:1", ["C-2/19"]),
        ("the C-311/18 (Schrems II) judgment", ["C-311/18"]),
    ],
)  # fmt: skip
def test_a_named_case_stays(text: str, found: list[str]) -> None:
    assert _cases(text) == found
