"""A blank before a pinpoint paragraph's closing bracket, as EUR-Lex's English judgments and
Opinions of about 1988 to 1993 print them: the act was found, its pinpoint lost
(``Article 73(2 ) of Regulation No 1408/71``).

Real texts (pages corpus): the summary of the judgment in Case 359/87 Pinna II (EUR-Lex
61987CJ0359_SUM, EN) and the Opinion of AG Lenz in that case (EUR-Lex 61987CC0359, as the
Croatian and Bulgarian pages print the English text).
"""

from __future__ import annotations

import pytest

import eurefs

SUMMARY = (
    "Social security for migrant workers - Family benefits - Article 73(2 ) of Regulation No "
    "1408/71 creating a regime specifically applicable to workers subject to the legislation "
    "of one of the Member States - Declaration of invalidity by the Court"
)
OPINION = (
    "He was refused these allowances in respect of certain periods during which his children "
    "were staying with their mother in Italy . The refusal to pay the benefits appeared to be "
    "based on Article 73(2 ) of Regulation No 1408/71, ( 1 ) which reads as follows :"
)


@pytest.mark.parametrize("text", [SUMMARY, OPINION])
def test_the_pinpoint_of_an_act(text: str) -> None:
    (act,) = (r for r in eurefs.extract(text) if r.kind == "legal_act")
    assert (act.text, act.celex, act.pinpoint) == (  # type: ignore[attr-defined]
        "Regulation No 1408/71",
        "31971R1408",
        "Article 73(2 )",
    )
