"""Joined cases named at the start of a heading, the joined word with its capital, and
the nominative plural case words of the Latvian and Lithuanian records."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Latvian opinion of AG Szpunar in Trijber and Harmsen (docplayer.lv copy of the
        # Court Reports)
        ("Apvienotās lietas C-340/14 un C-341/14 R. L. Trijber", "lv"),
        # Deutsche Post (EUR-Lex 62018CJ0203, Lithuanian)
        ("Sujungtos bylos C-203/18 ir C-374/18.", "lt"),
        # Czop and Punakova (EUR-Lex 62011CJ0147, Estonian)
        ("Liidetud kohtuasjad C-147/11 ja C-148/11.", "et"),
    ],
)
def test_a_heading_of_joined_cases(text: str, lang: str) -> None:
    """Before, the first number was ``en`` (no case word) and neither was ``joined``
    (the joined word was matched in lower case only)."""
    cases = [r for r in eurefs.extract(text) if r.kind == "case"]
    assert [r.joined for r in cases] == [True, True]
    assert cases[0].lang == lang
