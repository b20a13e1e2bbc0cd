"""An alias in brackets without quotation marks that starts, after its article, with a word
in small letters of the record's ``alias_adjectives``: ``(the basic Regulation)``, as the
anti-dumping regulations define the acts they cite (``short_forms/alias_words.short_title``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# the citations of Council Regulation (EC) No 1659/2005 (magnesia bricks, EUR-Lex
# 32005R1659), footnote calls included
MAGNESIA = (
    "Having regard to Council Regulation (EC) No 384/96 of 22 December 1995 on protection "
    "against dumped imports from countries not members of the European Community (1) (the "
    "basic Regulation), and in particular Article 9 thereof,\n"
    "Whereas:\n(1) On 13 April 2005, the Commission imposed, by Regulation (EC) No 552/2005 "
    "(2) (the provisional Regulation), a provisional anti-dumping duty on imports. Under "
    "Article 11(2) of the basic Regulation the measures expire; recital 5 of the provisional "
    "Regulation is confirmed."
)


def _short_forms(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return extracted(text, "text", "how", "celex", "pinpoint", kinds="short_form")


def test_anti_dumping_aliases() -> None:
    assert _short_forms(MAGNESIA) == [
        ("thereof", "anaphor", "31996R0384", "Article 9"),
        ("basic Regulation", "defined_term", "31996R0384", "Article 11(2)"),
        ("provisional Regulation", "defined_term", "32005R0552", "recital 5"),
    ]


def test_after_a_title_and_the_definitive_regulation() -> None:
    text = (
        "Council Regulation (EU) 2016/1036 of 8 June 2016 on protection against dumped "
        "imports from countries not members of the European Union (the basic Regulation). "
        "By Regulation (EU) No 1238/2013 (the definitive Regulation) duties were imposed. "
        "Under Article 11(2) of the basic Regulation and Article 1 of the definitive "
        "Regulation ..."
    )
    assert _short_forms(text) == [
        ("basic Regulation", "defined_term", "32016R1036", "Article 11(2)"),
        ("definitive Regulation", "defined_term", "32013R1238", "Article 1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no article before the word in small letters
        "Regulation (EU) 2016/1036 (basic Regulation) applies. Article 2 of the basic "
        "Regulation applies.",
        # a word in small letters the record does not list
        "Regulation (EU) 2016/1036 (the relevant Regulation) applies. Article 2 of the "
        "relevant Regulation applies.",
        # no citation before the bracket
        "The Commission then adopted its proposal (the basic Regulation) in 2015. Article 2 "
        "of the basic Regulation applies.",
        # after a list of acts: which one is not said
        "Regulation (EC) No 1225/2009 and Regulation (EU) 2016/1036 (the basic Regulation) "
        "apply. Article 2 of the basic Regulation applies.",
    ],
)
def test_no_alias(text: str) -> None:
    assert [s for s in _short_forms(text) if s[1] == "defined_term"] == []
