"""German names of the Consumer Rights Directive (``Verbraucherrechterichtlinie``, the norm
chains' ``Verbraucherrechte-RL``) and of the Return Directive (``Rückführungsrichtlinie``);
the sources are in eurefs/data/popular_names.json."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the norm chain over the AG München's reference of 28 November 2022, 231 C 2453/22
        # (gesetze-bayern.de; pages corpus): was nothing
        ("Normenketten:\nAEUV Art. 267\nBGB § 356\nVerbraucherrechte-RL\nLeitsätze:",
         [("Verbraucherrechte-RL", "32011L0083", None)]),
        ("Der Unternehmer muss nach Art. 16 lit. m der Verbraucherrechterichtlinie belehren.",
         [("Verbraucherrechterichtlinie", "32011L0083", "Art. 16 lit. m")]),
        # the subject words of the OVG Nordrhein-Westfalen's judgment 11 A 610/19.A, on
        # Gnandi, C-181/16 (asyl.net M27264; pages corpus): was nothing
        ("Schlagwörter: offensichtlich unbegründet, Rückkehrentscheidung, Gnandi, "
         "Rückführungsrichtlinie, Vorabentscheidungsverfahren",
         [("Rückführungsrichtlinie", "32008L0115", None)]),
    ],
)  # fmt: skip
def test_german_names_of_directives(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


def test_a_national_act_named_after_the_directive_stays_none() -> None:
    # a compound that names the German implementing act, no EU act
    assert _names("das Verbraucherrechterichtlinie-Umsetzungsgesetz vom 20. September 2013") == []
