"""The Estonian words of the Court's preliminary rulings tell Estonian (``kohus``,
``eelotsusetaotlus``): a real text whose case number was English, and one that keeps its
tag."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _langs(text: str) -> list[tuple[str, str]]:
    return extracted(text, "text", "lang", short_forms=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Estonian: the Court's letter in the Ministry of Social Affairs' register
        # (dokumendiregistrid, 1.4-1.4/1467-1 of 5.4.2023): was English, no word near
        ("1253301.6 DE\nEelotsuse asi C-116/23\nSozialministeriumservice\n(Eelotsusetaotluse "
         "esitanud kohus: Bundesverwaltungsgericht - Austria)\nEelotsusetaotluse "
         "kättetoimetamine", [("C-116/23", "et")]),
    ],
)  # fmt: skip
def test_a_wrong_tag_fixed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Estonian: EUR-Lex's heading of the Opinion in C-84/22 (62022CC0084, ET)
        ("Kohtujurist Kokott'i ettepanek, 17.5.2023.\nRight to Know CLG versus An Taoiseach.\n"
         "Eelotsusetaotlus, mille on esitanud High Court (Iirimaa).\nKohtuasi C-84/22.",
         [("C-84/22", "et")]),
    ],
)  # fmt: skip
def test_a_tag_that_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected
