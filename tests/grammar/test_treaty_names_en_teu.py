"""The Treaty on European Union under the names English writing also gives it: 'the
Treaty on the European Union' and 'the Treaty of European Union' (``en`` record, TEU).

The Commission's answer and the Council's reply to Written Question E-2318/02 (OJ C 155 E,
3.7.2003, p. 11; EUR-Lex 92002E2318, pages corpus) write the Treaty's name so, and the
pinpoints of its Article 34 were nothing there.
"""

from __future__ import annotations

import eurefs

ANSWER = (
    "Answer given by Mr Vitorino on behalf of the Commission\n\n(31 October 2002)\n\n"
    "Article 34(2)(b) of the Treaty on the European Union (TEU) refers to Framework "
    "Decisions as the instrument to be used for the purpose of approximation of the laws "
    "and regulations of the Member States in the areas referred to in Title VI of the TEU."
)
REPLY = (
    "Reply\n(4 March 2003)\n\nArticle 34(2) of the Treaty of European Union does provide no "
    "other criteria for the choice between\ndecisions or framework decisions than the "
    "requirement that framework decisions should serve the purpose\nof approximation of "
    "the laws and regulations of the Member States"
)


def _articles(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.text, r.normalized, r.treaty)  # type: ignore[attr-defined]
        for r in eurefs.extract(text)
        if r.kind == "treaty_article"
    ]


def test_the_treaty_on_the_european_union() -> None:
    # (a text of 2002: the EU Treaty as numbered from Amsterdam, grammar/treaty_eras)
    assert _articles(ANSWER) == [
        (
            "Article 34(2)(b) of the Treaty on the European Union (TEU)",
            "Article 34(2)(b) EU",
            "EU",
        )
    ]


def test_the_treaty_of_european_union() -> None:
    assert _articles(REPLY) == [
        ("Article 34(2) of the Treaty of European Union", "Article 34(2) EU", "EU")
    ]


def test_without_a_date_the_lisbon_teu() -> None:
    body = ANSWER.split("\n\n", 2)[2]
    assert _articles(body) == [
        (
            "Article 34(2)(b) of the Treaty on the European Union (TEU)",
            "Article 34(2)(b) TEU",
            "TEU",
        )
    ]
