"""Dutch popular names read in national texts (the sources in
eurefs/data/popular_names.json): the Habitats and Return Directives' Dutch names and the
Services Directive's in small letters, as Dutch legal writing writes them; each with its
capital at a sentence's start too."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import popular_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a case note's title (SEW 2015): the Services Directive in small letters
        ("ABRvS (201208190/1/A3: zaak C-341/14 (Harmsen): dienstenrichtlijn en zuiver "
         "interne situaties)", [("dienstenrichtlijn", "32006L0123", None)]),
        ("Een passende beoordeling als bedoeld in artikel 6, derde lid, van de "
         "Habitatrichtlijn is nodig.",
         [("Habitatrichtlijn", "31992L0043", "artikel 6, derde lid")]),
        ("De bepalingen van artikel 6 van de habitatrichtlijn gelden ook hier.",
         [("habitatrichtlijn", "31992L0043", "artikel 6")]),
        ("De bewaring moet voldoen aan artikel 15 van de Terugkeerrichtlijn.",
         [("Terugkeerrichtlijn", "32008L0115", "artikel 15")]),
        # the Council of State's advice on the Court's judgment of 8 April 2014 (raadvanstate.nl;
        # pages corpus): the Data Retention Directive's name alone
        ("De dataretentierichtlijn is in Nederland geïmplementeerd in de Wet bewaarplicht "
         "telecommunicatiegegevens.", [("dataretentierichtlijn", "32006L0024", None)]),
    ],
)  # fmt: skip
def test_dutch_names_are_mentions(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert popular_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a longer word that starts with a name is no mention
        "De habitatrichtlijngebieden worden aangewezen.",
        # the Birds Directive's Dutch name is left out (Directive 79/409/EEC, codified as
        # Directive 2009/147/EC: which one, the name alone does not say)
        "Artikel 4 van de Vogelrichtlijn.",
        # 'gegevensbeschermingsrichtlijn' is left out: it names the Swiss rules too ('in
        # overeenstemming met de Zwitserse gegevensbeschermingsrichtlijn', find_string)
        "Gegevensbescherming volgens de Zwitserse gegevensbeschermingsrichtlijn.",
    ],
)
def test_no_name_no_mention(text: str) -> None:
    assert popular_names(text) == []
