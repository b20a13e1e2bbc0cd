"""Anaphors whose determiner opens a sentence, capitalised (Spanish ``La citada Directiva``)."""

from __future__ import annotations

import eurefs


def _anaphors(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.celex) for r in eurefs.extract(text) if r.kind == "short_form"]


def test_spanish_determiners_at_the_start_of_a_sentence() -> None:
    text = (
        "La Directiva 93/13/CEE del Consejo se aplica. La citada Directiva protege al "
        "consumidor. Dicha Directiva no vincula. El citado Reglamento no se aplica."
    )
    # the regulation: no regulation cited before it
    assert _anaphors(text) == [
        ("La citada Directiva", "31993L0013"),
        ("Dicha Directiva", "31993L0013"),
    ]


def test_spanish_determiners_inside_a_sentence_as_before() -> None:
    text = "El Reglamento (UE) 2016/679 se aplica; según el citado Reglamento y dicho Reglamento."
    assert _anaphors(text) == [
        ("el citado Reglamento", "32016R0679"),
        ("dicho Reglamento", "32016R0679"),
    ]
