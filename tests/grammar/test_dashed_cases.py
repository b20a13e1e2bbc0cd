"""Old case numbers of the Court written with a dash (grammar/dashed_cases)."""

from __future__ import annotations

import pytest

import eurefs


def _cases(text: str) -> list[tuple[str, str, list[str]]]:
    return [(r.text, r.normalized, r.cellar_ids) for r in eurefs.extract(text, kinds="case")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # EUR-Lex 61962CC0026, the Spanish title of Roemer's opinion in Van Gend en Loos
        (
            "NV Algemene Transport- en Expeditie Onderneming van Gend & Loos contra "
            "Administración fiscal holandesa.\nPetición de decisión prejudicial: "
            "Tariefcommissie - Países Bajos.\nAsunto 26-62.\n\nEdición especial inglesa",
            ("26-62", "asunto 26/62"),
        ),
        # cvce.eu, the Court's English judgment in Van Gend en Loos (Reports of Cases 1963)
        (
            "Judgment of the Court, Van Gend & Loos, Case 26-62 (5 February 1963)",
            ("26-62", "Case 26/62"),
        ),
        # EUR-Lex titles of the old judgments in the other languages, as the Spanish one
        ("Demande de décision préjudicielle: Giudice conciliatore di Milano. Affaire 6-64.",
         ("6-64", "affaire 6/64")),
        ("Domanda di pronuncia pregiudiziale: Giudice conciliatore di Milano - Italia. Causa 6-64.",
         ("6-64", "causa 6/64")),
        ("CASE 6-64", ("6-64", "Case 6/64")),
    ],
)  # fmt: skip
def test_dashed_number_after_case_word(text: str, found: tuple[str, str]) -> None:
    span, normalized = found
    number = normalized.split()[-1]
    assert _cases(text) == [(span, normalized, [f"case:{number}"])]


@pytest.mark.parametrize(
    "text",
    [
        "Case 10-60 minutes",  # a count: a word in small letters after it
        "Case 12-34/56",  # no number of a case
        "Case 6-94",  # a year of the letters: C-6/94 would be written
        "Case 6-50",  # before the Court
        "pages 26-62 of the report",  # no case word
        "EURLex case 26-62",  # a case word in small letters is not read (see the module)
    ],
)
def test_dashed_number_left(text: str) -> None:
    assert _cases(text) == []


def test_dashed_number_in_a_long_text() -> None:
    """In a long text the anchors share the search of their first letter (anchor_scan)."""
    filler = "The Commission adopted the decision in OJ C 12, 1.1.2000, p. 3. " * 1200
    text = filler + "Case 26-62 Van Gend en Loos. " + filler
    assert [(r.text, r.normalized) for r in eurefs.extract(text, kinds="case")] == [
        ("26-62", "Case 26/62")
    ]
