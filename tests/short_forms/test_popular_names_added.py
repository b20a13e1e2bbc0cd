"""Popular names in Danish, Dutch, Swedish and German read in real texts (the sources in
eurefs/data/popular_names.json): the GDPR's and the Services Directive's."""

from __future__ import annotations

import pytest

import eurefs


def _names(text: str) -> list[tuple[str, str | None]]:
    found = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    return [(r.text, r.celex) for r in found if r.how == "popular_name"]


@pytest.mark.parametrize(
    ("text", "name", "celex"),
    [
        ("Persondatapolitikken er udarbejdet med henvisning til reglerne i "
         "databeskyttelsesforordningen og den danske lov.", "databeskyttelsesforordningen",
         "32016R0679"),
        ("De Dienstenrichtlijn vormt het hart van de interne markt voor diensten.",
         "Dienstenrichtlijn", "32006L0123"),
        ("Syftet med tjänstedirektivet är att stimulera tjänstesektorn.", "tjänstedirektivet",
         "32006L0123"),
        ("Die Dienstleistungsrichtlinie stützt sich auf Artikel 53 AEUV.",
         "Dienstleistungsrichtlinie", "32006L0123"),
    ],
)  # fmt: skip
def test_the_name_is_a_mention(text: str, name: str, celex: str) -> None:
    assert _names(text) == [(name, celex)]


@pytest.mark.parametrize(
    "text",
    [
        # the Danish act supplementing the GDPR, a national law
        "Efter databeskyttelseslovens § 6 er behandlingen lovlig.",
        # the GDPR's own short title in its title (a gloss, not a mention)
        "om ophævelse af direktiv 95/46/EF (generel forordning om databeskyttelse)",
        # another word ending in the name
        "Het voorstel voor een Dienstenrichtlijnwijziging ligt voor.",
    ],
)
def test_no_mention(text: str) -> None:
    assert _names(text) == []
