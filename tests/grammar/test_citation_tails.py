"""Words before a type word that end the citation before it (grammar/citation_tails)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.citation_tails import ends_a_citation
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kinds="legal_act")


@pytest.mark.parametrize(
    "lines",
    [
        ["Decision No 1/80 of the Association Council", "Decision No 3/80 of the Association "
         "Council", "Decision No 2/76 of the Association Council"],
        ["Beschluss Nr. 1/80 des Assoziationsrates", "Beschluss Nr. 3/80 des Assoziationsrates"],
        ["Decision No 1/2014 of the EU-Chile Association Council",
         "Decision No 2/2014 of the EU-Chile Association Council"],
    ],
)  # fmt: skip
def test_a_list_of_body_decisions_one_a_line_keeps_each_its_own_body(lines: list[str]) -> None:
    """Before, the body ending a line was read as the next decision's, before its type
    word: the next took it into its span and the selection dropped one of the two."""
    for sep in ("\n", "\n\n", " "):
        assert _acts(sep.join(lines)) == [(line, None) for line in lines], sep


def test_an_institution_ending_an_author_phrase_is_not_the_next_acts_author() -> None:
    text = (
        "Decision No 768/2008/EC of the European Parliament and of the Council\n"
        "Decision No 1386/2013/EU"
    )
    assert _acts(text) == [
        ("Decision No 768/2008/EC", "32008D0768"),
        ("Decision No 1386/2013/EU", "32013D1386"),
    ]
    (second,) = [r for r in eurefs.extract(text) if r.celex == "32013D1386"]
    assert second.author is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no act number before ``of the``: the institution is the act's author
        ("pursuant to Article 5 of the Council Decision 2005/681/JHA",
         "Council Decision 2005/681/JHA"),
        ("Regulation (EU) 2016/679 and the Council Decision 2005/681/JHA",
         "Council Decision 2005/681/JHA"),
        ("as amended by the EEC-Turkey Association Council Decision No 1/80",
         "EEC-Turkey Association Council Decision No 1/80"),
    ],
)  # fmt: skip
def test_an_author_or_body_before_the_type_word_is_kept_elsewhere(text: str, span: str) -> None:
    assert _acts(text)[-1][0] == span


@pytest.mark.parametrize(
    ("before", "ends"),
    [
        ("Decision No 1/80 of the Association ", True),
        ("Directive 2008/98/EC of the European Parliament and of the ", True),
        ("Verordnung (EU) 2016/679 des ", True),
        ("Article 5 of the ", False),
        ("Regulation (EU) 2016/679 and the ", False),
        ("Decision No 1/80 of the Association Council. The ", False),
    ],
)
def test_ends_a_citation(before: str, ends: bool) -> None:
    assert ends_a_citation(before, len(before)) is ends
