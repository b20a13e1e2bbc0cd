"""The year's mark between an act's number and its author (``grammar/national_acts``,
the record's ``year_suffixes``).

Bulgarian writes the year's mark ``г.`` after a year, also after a number N/YYYY, and
names the author after it: ``Постановление № 347 от 29 декември 2025 г. на Министерския
съвет`` (a decree of the Council of Ministers as a public repository's notes cite it,
find_string 'г. на Министерския съвет'), ``адм. дело № 6127/2024 г.`` (the Supreme
Administrative Court's judgment 8781/2024, exlege.bg/act/63496; pages corpus).  The
author after the mark was not read: ``Решение № 123/2010 г. на Министерския съвет`` was an
EU decision (no CELEX), where ``Решение № 123/2010 на Министерския съвет`` is none.  The
decisions below are built from those forms (UNCONFIRMED with an N/YYYY decision number in a
text read).
"""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        "съгласно Решение № 123/2010 г. на Министерския съвет",
        "с Решение № 5057/2013 г. на Върховния административен съд е прието",
        "Решение № 2/2010 г. на Управителния съвет на Българската народна банка",
    ],
)
def test_a_national_author_after_the_year_mark_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


def test_an_eu_author_after_the_year_mark_keeps_the_celex() -> None:
    assert _acts("Регламент № 1/2003 г. на Съвета") == [("Регламент № 1/2003", "32003R0001")]
    assert _acts("Регламент (ЕО) № 1/2003 г. на Комисията") == [
        ("Регламент (ЕО) № 1/2003", "32003R0001")
    ]
