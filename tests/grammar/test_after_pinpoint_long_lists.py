"""A long list of articles, each with its subdivisions, written after the act (the Court's
Latvian keyword lines): read to its end, not cut inside an item after the sixth."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the summary of the judgment in T-424/13 Jinan Meide Casting, ECLI:EU:T:2016:378,
        # curia.europa.eu, Latvian: was cut to '..., 19. panta'
        ("Tiesības uz aizstāvību – Vienlīdzīga attieksme – Atpakaļejoša spēka aizlieguma "
         "princips – Regulas (EK) Nr. 1225/2009 2. panta 7.–11. punkts, 3. panta 1.–3. punkts, "
         "6. panta 7. punkts, 19. panta 1. un 5. punkts un 20. panta 2. un 4. punkts\n\n"
         "Kopsavilkums – Vispārējās tiesas (astotā palāta) 2016. gada 30. jūnija spriedums",
         "2. panta 7.-11. punkts, 3. panta 1.-3. punkts, 6. panta 7. punkts, 19. panta 1. un "
         "5. punkts un 20. panta 2. un 4. punkts"),
        # the same summary's shorter ones (as before)
        ("(Eiropas Parlamenta un Padomes Regulas Nr. 1168/2012 1. panta 1. punkta a) "
         "apakšpunkts un 2. pants; Padomes Regulas Nr. 1225/2009 2. panta 7. punkta c) "
         "apakšpunkta otrā daļa)", "1. panta 1. punkta a) apakšpunkts un 2. pants"),
    ],
)  # fmt: skip
def test_the_whole_list(text: str, pinpoint: str) -> None:
    assert eurefs.extract(text)[0].pinpoint == pinpoint
