"""Finnish article words in the illative and partitive after a treaty's abbreviation
(the record ``eurefs/languages/fi.py``): the opening of every Finnish preliminary
ruling names the article in the illative."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "treaty", "article"),
    [
        # Admiral Casinos (C-464/15, EUR-Lex 62015CJ0464 as curia.europa.eu prints it)
        (
            "Asiassa C-464/15, jossa on kyse SEUT 267 artiklaan perustuvasta "
            "ennakkoratkaisupyynnöstä, jonka Landesgericht Wiener Neustadt on esittänyt",
            "TFEU",
            "267",
        ),
        # Unibet (C-432/05, the Court Reports as docplayer.fi copies them)
        (
            "Asiassa C-432/05, jossa on kyse EY 234 artiklaan perustuvasta "
            "ennakkoratkaisupyynnöstä, jonka Högsta domstolen (Ruotsi) on esittänyt",
            "EC",
            "234",
        ),
    ],
)
def test_the_illative_after_the_treaty(text: str, treaty: str, article: str) -> None:
    """Before, nothing."""
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.treaty, r.articles) for r in refs] == [(treaty, [article])]
