"""languages/name_words: the small words inside a name tell no language of the text."""

from __future__ import annotations

import pytest

from eurefs.languages import name_words
from eurefs.languages.evidence import tell


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Cassa di Risparmio di Firenze SpA", ["di", "di"]),
        ("Ministero dell'Economia e delle Finanze", ["e", "delle"]),
        ("Vitali SpA v Autostrade per l’Italia SpA", ["v", "per"]),
        # prose: three small words, a mark ending the name, no name word after
        ("The Court held that the Commission", []),
        ("Comune di Massa, and the Region", ["di"]),
        ("Regione Toscana and the", []),
        ("della Concorrenza", []),  # (no name word before)
    ],
)
def test_drop_takes_out_the_small_words_of_names(text: str, dropped: list[str]) -> None:
    tokens = text.split()
    langs: list[str | None] = ["x"] * len(tokens)
    name_words.drop(tokens, langs)
    assert [t for t, lang in zip(tokens, langs, strict=True) if lang is None] == dropped


def test_tell_outside_names() -> None:
    sample = "v Autorita Garante della Concorrenza e del Mercato"
    assert tell(sample) == "it"  # (as before, by default)
    assert tell(sample, outside_names=True) is None
    assert tell("sentenza del 10 gennaio 2006, Cassa di Risparmio", outside_names=True) == "it"
