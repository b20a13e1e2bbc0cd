"""The GDPR's Danish and Swedish names in the genitive, before the article they cite
(``databeskyttelsesforordningens artikel 6``, ``dataskyddsförordningens artikel 13``), as
privacy notices write them; the sources are in eurefs/data/popular_names.json.  The
pinpoint after the name is not read (Danish and Swedish write pinpoints before an act)."""

from __future__ import annotations

import pytest

import eurefs


def _names(text: str) -> list[tuple[str, str | None]]:
    found = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    return [(r.text, r.celex) for r in found if r.how == "popular_name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Danish privacy notices and a processing agreement in public repositories (found
        # with find_string); each was nothing
        ("Vores behandling sker på baggrund af interesseafvejningsreglen i "
         "databeskyttelsesforordningens artikel 6, stk. 1, litra f, med det formål at hjælpe.",
         [("databeskyttelsesforordningens", "32016R0679")]),
        ("indgås dette udkast til databehandleraftale efter databeskyttelsesforordningens "
         "artikel 28.", [("databeskyttelsesforordningens", "32016R0679")]),
        # Swedish texts in public repositories
        ("AK1A:s fullständiga redovisning av personuppgiftsbehandlingen enligt "
         "dataskyddsförordningens artikel 13: vilka uppgifter vi samlar in",
         [("dataskyddsförordningens", "32016R0679")]),
        ("enligt den allmänna dataskyddsförordningens artikel 6",
         [("dataskyddsförordningens", "32016R0679")]),
    ],
)  # fmt: skip
def test_the_genitive_names_the_gdpr(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected

