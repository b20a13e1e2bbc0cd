"""Lithuanian article words in the dative and instrumental after a treaty's abbreviation
(the record ``eurefs/languages/lt.py``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        # AG Sharpston in Martens (C-359/13, curia.europa.eu, Lithuanian)
        (
            "Teisingumo Teismas konstatavo, kad Nyderlanduose numatyta taisyklė prieštarauja "
            "SESV 45 straipsniui ir Reglamento (EEB) Nr. 1612/68 7 straipsnio 2 daliai",
            ["45"],
        ),
        # AG Kokott in Commission v Austria (C-75/11, curia.europa.eu, Lithuanian)
        (
            "Komisija mano, kad tokia transporto lengvatų suteikimo sąlyga yra diskriminacinė "
            "ir nesuderinama su SESV 18, 20 ir 21 straipsniais ir Direktyvos 2004/38",
            ["18", "20", "21"],
        ),
    ],
)
def test_a_treaty_article_in_the_dative_or_instrumental(text: str, articles: list[str]) -> None:
    """Before, both were nothing."""
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.treaty, r.articles) for r in refs] == [("TFEU", articles)]
