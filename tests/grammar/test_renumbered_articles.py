"""An article's number in another numbering in a bracket after a treaty article, without
the article word (grammar/renumbered_articles)."""

from __future__ import annotations

import pytest

import eurefs


def _articles(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.text, r.normalized, r.treaty)
        for r in eurefs.extract(text, kinds="treaty_article", short_forms=False)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the legal basis as the Commission's competition case search labels it (quoted in
        # the README of a public repository that cleans those labels)
        ("Art. 105 TFEU (Ex 85 EC)",
         [("Art. 105 TFEU", "Article 105 TFEU", "TFEU"), ("85 EC", "Article 85 EC", "EC")]),
        # the present number, as the session's brief reported it from a real text
        ("See Article 141 EC (now 157 TFEU).",
         [("Article 141 EC", "Article 141 EC", "EC"), ("157 TFEU", "Article 157 TFEU", "TFEU")]),
        # each note is one article: the singular word
        ("Articles 81 EC (now 101 TFEU)",
         [("Articles 81 EC", "Article 81 EC", "EC"), ("101 TFEU", "Article 101 TFEU", "TFEU")]),
    ],
)  # fmt: skip
def test_the_other_number_in_a_bracket(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _articles(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Article 5 of the Directive (ex 81 EC)",  # no treaty article before the bracket
        "Article 119 (ex 141 EC)",  # nor an article whose treaty the text names
        "Article 81 EC (now 101)",  # no treaty in the bracket
        "Article 81 EC (see 101 TFEU)",  # no word of another numbering
        "Article 81 EC (ex 101 TFEU, as amended)",  # the bracket goes on
    ],
)
def test_no_other_number(text: str) -> None:
    assert [r for r in _articles(text) if not r[0].startswith("Article 81 EC")] == []
