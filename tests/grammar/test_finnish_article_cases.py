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


def test_the_abbreviation_joined_to_the_word_for_treaty() -> None:
    """The title of every list of state aid decisions in the Finnish Official Journal (OJ C
    81 of 20 March 2013, EUR-Lex OJ:C:2013:081:FULL; pages corpus): ``SEUT-sopimuksen``, as
    ``EY-sopimuksen`` was read. Before, nothing."""
    text = (
        "2013/C 081/02\n\nSEUT-sopimuksen 107 ja 108 artiklan mukaisen valtiontuen "
        "hyväksyminen – Tapaukset, joita komissio ei vastusta ( 1 )"
    )
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty, ref.articles) == (
        "SEUT-sopimuksen 107 ja 108 artiklan", "SEUT 107 ja 108 artiklan", "TFEU",
        ["107", "108"],
    )  # fmt: skip
    assert eurefs.parse(ref.normalized).articles == ["107", "108"]
