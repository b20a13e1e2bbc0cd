"""A pinpoint whose first division is in the genitive after ``des`` (German ``des Titels III
Kapitel 2 der Verordnung``): the whole pinpoint, not the division after it."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _pinpoints(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Betriebsprämiendurchführungsgesetz § 5(2) (buzer.de; pages corpus): was 'Kapitel 2',
        # a chapter of the regulation where the statute cites Title III's
        ("Nach Maßgabe des Titels III Kapitel 2 der Verordnung (EG) Nr. 1782/2003 wird ein "
         "Betrag berechnet", "Titels III Kapitel 2"),
        ("die Vorschriften des Titels III der Verordnung (EG) Nr. 1782/2003", "Titels III"),
        # the nominative as before (BetrPrämDurchfV, umwelt-online.de; pages corpus)
        ("zur Betriebsprämienregelung gemäß Titel III der Verordnung (EG) Nr. 73/2009",
         "Titel III"),
        ("Abschnitt 2 des Kapitels II der Verordnung (EU) 2016/679", "Abschnitt 2 des Kapitels II"),
    ],
)  # fmt: skip
def test_a_genitive_division_starts_the_pinpoint(text: str, pinpoint: str) -> None:
    ((_, found),) = _pinpoints(text)
    assert found == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # the word without its number is prose: no pinpoint
        "Der Inhaber des Titels der Verordnung (EG) Nr. 1782/2003 nach",
        "im Sinne dieses Kapitels der Verordnung (EU) 2016/679 ist",
    ],
)
def test_a_genitive_word_without_a_number_is_no_pinpoint(text: str) -> None:
    ((_, found),) = _pinpoints(text)
    assert found is None
