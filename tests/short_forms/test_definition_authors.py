"""The legislator between an act's number and the definition of its alias, as texts
outside the Official Journal write it (the records' ``back_references.authors``): Dutch
national texts' ``van het Europees Parlement en de Raad van de Europese Unie``, ``en van
de Raad`` and ``van de Raad van de Europese Gemeenschappen``, English ``of the European
Parliament and the Council``."""

from __future__ import annotations

import pytest

from tests.support.short_form_mentions import defined_terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Raad van State, uitspraak 202401169/1/A3 (29 May 2024): the alias after the
        # repealed directive of the title; its uses were nothing (a popular name defined
        # for no act told)
        ("een boete opgelegd wegens overtreding van Verordening 2016/679 van het Europees "
         "Parlement en de Raad van de Europese Unie van 27 april 2016 betreffende de "
         "bescherming van natuurlijke personen in verband met de verwerking van "
         "persoonsgegevens en tot intrekking van Richtlijn 95/46/EG (de Algemene Verordening "
         "Gegevensbescherming, hierna: AVG). Zij handelde in strijd met artikel 12, derde "
         "lid, van de AVG.",
         [("AVG", "32016R0679", "artikel 12, derde lid")]),
        # the title of a Dutch act (Besluit beheer autowrakken)
        ("houdende implementatie van richtlijn nr. 2000/53/EG van het Europees Parlement en "
         "de Raad van de Europese Unie van 18 september 2000 betreffende autowrakken (PbEG L "
         "269) (hierna: de richtlijn). Artikel 3 van de richtlijn is omgezet.",
         [("richtlijn", "32000L0053", "Artikel 3")]),
        ("Richtlijn 2013/34/EU van het Europees Parlement en van de Raad van 26 juni 2013 "
         "betreffende de jaarlijkse financiële overzichten (hierna: de richtlijn). Artikel 3 "
         "van de richtlijn.",
         [("richtlijn", "32013L0034", "Artikel 3")]),
        # the Council alone named with the Communities, two acts in a row
        # advice of the Raad van State W11.01.0324 on the Natuurbeschermingswet 1998
        ("wegens het niet implementeren van richtlijn nr.79/409/EEG van de Raad van de "
         "Europese Gemeenschappen van 2 april 1979 inzake het behoud van de vogelstand (PbEG "
         "L 103) (hierna: de Vogelrichtlijn) en richtlijn nr.92/43/EEG van de Raad van de "
         "Europese Gemeenschappen van 21 mei 1992 inzake de instandhouding van de natuurlijke "
         "habitats en de wilde flora en fauna (PbEG L 206) (hierna: de Habitatrichtlijn). "
         "Artikel 6 van de Habitatrichtlijn en artikel 4 van de Vogelrichtlijn.",
         [("Habitatrichtlijn", "31992L0043", "Artikel 6"),
          ("Vogelrichtlijn", "31979L0409", "artikel 4")]),
        ("Regulation (EU) 2017/745 of the European Parliament and the Council of 5 April 2017 "
         "on medical devices (\"the MDR\"). Article 27 of the MDR requires a UDI.",
         [("MDR", "32017R0745", "Article 27")]),
    ],
)  # fmt: skip
def test_legislator_as_written_outside_the_oj(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert defined_terms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the directive carried out by a national act named after it: the alias is the
        # national act's ("het Besluit", a decision's word, no directive)
        "Richtlijn 2000/53/EG van het Europees Parlement en van de Raad is omgezet in het "
        "Besluit beheer autowrakken (hierna: het Besluit). Artikel 3 van het Besluit.",
        # the legislator, then a sentence of something else
        "Directive 2002/49/EC of the European Parliament and the Council applies. Noise "
        'maps are drawn (the "Noise Directive"). The Noise Directive is no act here.',
    ],
)
def test_a_legislator_then_other_words_defines_nothing(text: str) -> None:
    assert defined_terms(text) == []
