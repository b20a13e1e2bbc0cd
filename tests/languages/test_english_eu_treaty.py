"""The Treaty on European Union by its English short name after an article (``Article 50 of
the EU treaty``), as the press writes it, also with a capital (``Article 7 of the EU
Treaty``): the English record (``eurefs.languages.en``), as the other records read
``EU-Vertrag``, ``EU-Verdrag``, ``EU-traktaten``."""

from __future__ import annotations

import eurefs

# News reports on Brexit in public repositories (find_string 'Article 50 of the EU
# Treaty': ids 43988318367, of December 2018 on the Advocate General's opinion in Wightman,
# C-621/18, and 43018895819, of March 2019), one sentence of each.
_NEWS = (
    "In a statement, the ECJ said Mr Campos Sanchez-Bordona's opinion is that if a country"
    " decides to leave the EU, it should also have the power to change its mind during the"
    " two-year exit process specified in Article 50 of the EU treaty.\n\n"
    "However, the decision is not unilateral and any extension of Article 50 of the EU"
    " treaty - which allows members to leave the bloc - must be approved unanimously by all"
    " 27 remaining states."
)


def _articles(text: str) -> list[tuple[str, str, str]]:
    return [
        (a.text, a.treaty, a.normalized)  # type: ignore[attr-defined]
        for a in eurefs.extract(text, kinds=["treaty_article"])
    ]


def test_eu_treaty_in_the_press() -> None:
    """Before, nothing."""
    assert _articles(_NEWS) == [
        ("Article 50 of the EU treaty", "TEU", "Article 50 TEU"),
        ("Article 50 of the EU treaty", "TEU", "Article 50 TEU"),
    ]


# A briefing on enlargement in a public repository (find_string 'of the EU Treaty': id
# 71317158218), one sentence.
_BRIEFING = (
    "The move is designed to work around Article 7 of the EU Treaty, which requires"
    " unanimity to sanction member states — the provision that left Brussels effectively"
    " deadlocked for years when dealing with Hungary and Poland."
)


def test_eu_treaty_capitalised() -> None:
    """Before, nothing."""
    assert _articles(_BRIEFING) == [("Article 7 of the EU Treaty", "TEU", "Article 7 TEU")]
