"""A recital before an act linked by ``in the preamble to``, as the Court's English has
written it for decades (``recital 18 in the preamble to Directive 2000/31``): the link
ends as an annex's does (``Annex I to``), and is no annex's pinpoint."""

from __future__ import annotations

import pytest

import eurefs


def _pinpoints(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.pinpoint) for r in eurefs.extract(text) if r.kind == "legal_act"]  # type: ignore[attr-defined]


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
