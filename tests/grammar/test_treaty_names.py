"""Long names of the Treaties that start another treaty's longer name."""

from __future__ import annotations

import pytest

from eurefs.grammar.treaty_names import goes_on
from tests.support.treaty_articles import assert_one_treaty_article

_EC_FR = "traité instituant la Communauté européenne"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" de l'énergie atomique", True),
        (" DE L'ENERGIE ATOMIQUE", True),  # capitals, no accent
        (" de l’Énergie atomique", True),  # the other apostrophe
        (" du charbon et de l'acier", True),
        (", et notamment son", False),
        (" du 25 mars 1957", False),  # the first word alone is not enough
        ("", False),
        (" ", False),
    ],
)
def test_the_ec_treatys_name_going_on_as_euratoms_or_the_ecscs(after: str, expected: bool) -> None:
    text = _EC_FR + after
    assert goes_on(_EC_FR, text, len(_EC_FR)) is expected


def test_a_longer_name_of_the_same_treaty_is_no_other_treaty() -> None:
    name = "Charter of Fundamental Rights"
    text = name + " of the Union"
    assert not goes_on(name, text, len(name))


def test_a_name_no_longer_name_starts() -> None:
    name = "Treaty on European Union"
    text = name + " of the Union"
    assert not goes_on(name, text, len(name))


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the name shortened with the Union's abbreviation (each was nothing, or the
        # span stopped before 'de la UE'): the brief's forms, and 'la Carta de Derechos
        # Fundamentales de la UE (CDF)' (economiasimple.net, es), 'la Charte des droits
        # fondamentaux de l’UE' (mtrlegal.com, fr)
        ("el artículo 267 del Tratado de Funcionamiento de la UE, y",
         "artículo 267 del Tratado de Funcionamiento de la UE", "artículo 267 TFUE", "TFEU"),
        ("el artículo 47 de la Carta de los Derechos Fundamentales de la UE, y",
         "artículo 47 de la Carta de los Derechos Fundamentales de la UE",
         "artículo 47 CDFUE", "CFR"),
        ("el artículo 47 de la Carta de Derechos Fundamentales de la UE (CDF)",
         "artículo 47 de la Carta de Derechos Fundamentales de la UE", "artículo 47 CDFUE",
         "CFR"),
        ("l’article 47 de la Charte des droits fondamentaux de l’UE, qui",
         "article 47 de la Charte des droits fondamentaux de l’UE", "article 47 CDFUE", "CFR"),
    ],
)  # fmt: skip
def test_names_shortened_with_the_unions_abbreviation(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)
