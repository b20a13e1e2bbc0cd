"""The date of an act between its citation and the definition of its alias, as Irish and
UK judgments write it: after ``of the``, the day perhaps an ordinal and ``day of``
(``eurefs.languages.en``: ``back_references.title_dates``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _defined(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="defined_term")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # High Court of Ireland, Holohan v An Bord Pleanála [2017] IEHC 268 (bailii.org),
        # then a use of the alias: the definition was not read (the use was nothing)
        ("derogation licences are required pursuant to art.16 of Council Directive "
         "92/43/EEC of the 21 May 1992 on the conservation of natural habitats and of wild "
         "fauna and flora (the \u201chabitats directive\u201d) and the Wildlife Act 1976, "
         "as amended. Article 12 of the habitats directive requires strict protection.",
         [("habitats directive", "31992L0043", "Article 12")]),
        # the ordinal day and 'day of', as the same courts date their orders ('dated the
        # 24th day of June, 1996', McBride v Galway Corporation [1997] IEHC 140)
        ("Council Directive 85/337/EEC of the 27th day of June, 1985 on the assessment of "
         "the effects of certain public and private projects on the environment (\"the EIA "
         "Directive\"). Article 4 of the EIA Directive applies.",
         [("EIA Directive", "31985L0337", "Article 4")]),
        ("Council Directive 85/337/EEC of the 27th June 1985 (\"the Directive\"). Article 2 "
         "of the Directive applies.", [("Directive", "31985L0337", "Article 2")]),
        # without "the": a comma after the month (Metock v MJELR [2008] IEHC 77,
        # bailii.org) and the ordinal day (a privacy clause in a public repository)
        ("Directive 2004/38/EC of the European Parliament and of the Council of 29 April, "
         "2004 on the rights of citizens of the Union (\"the Citizens Directive\"). Article 3 "
         "of the Citizens Directive.", [("Citizens Directive", "32004L0038", "Article 3")]),
        ("Regulation (EU) 2016/679 of the European Parliament and of the Council of 27th "
         "April 2016 on the protection of natural persons (\"the Regulation\"). Article 6 of "
         "the Regulation.", [("Regulation", "32016R0679", "Article 6")]),
    ],
)  # fmt: skip
def test_irish_dates_before_a_definition(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _defined(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a date that starts a sentence of its own is no part of the title
        "Council Directive 92/43/EEC applies. Of the 21 May 1992 meeting nothing is "
        'known (the "X Directive"). The X Directive is another.',
        # the date of something else than the act, after words of no title
        "Council Directive 92/43/EEC was cited in the letter of the 21 May 1992 (the "
        '"letter Directive"). The letter Directive is no act.',
        # nor without "the"
        "Council Directive 92/43/EEC was cited in the letter of 21st May 1992 (the "
        '"letter Directive"). The letter Directive is no act.',
    ],
)
def test_a_date_of_something_else_defines_nothing(text: str) -> None:
    assert _defined(text) == []
