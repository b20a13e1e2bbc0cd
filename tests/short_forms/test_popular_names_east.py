"""Popular names read in Greek, Hungarian, Swedish, Czech and Slovak texts in the twenty-sixth
session's audit (the sources in eurefs/data/popular_names.json): the GDPR's Greek name without
'Γενικός', its Czech and Slovak instrumental and locative, Brussels I bis' Hungarian, Swedish
and Czech names; and the names left out."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kokkinoslawfirm.com on C-453/21 (was none)
        ("Το άρθρο 38 του Κανονισμού για την Προστασία Δεδομένων δεν αντιτίθεται σε εθνική "
         "ρύθμιση.", ("Κανονισμού για την Προστασία Δεδομένων", "32016R0679", "άρθρο 38")),
        # the Kúria's order Gfv.VI.30.279/2021/13 (was none)
        ("2. A Brüsszel Ia. rendelet 7. cikk 2. pontjának alkalmazása körében van-e "
         "jelentősége annak a ténynek?",
         ("Brüsszel Ia. rendelet", "32012R1215", "7. cikk 2. pontjának")),
        # a public document (find_string id 68974954557), a thesis (5dok.org) (was none)
        ("Det följer av Bryssel Ia-förordningen artikel 18, och gäller oavsett vad villkoren "
         "säger.", ("Bryssel Ia-förordningen", "32012R1215", None)),
        ("huruvida denna jurisdiktionsregel ska ersätta eller komplettera Bryssel "
         "Ia-förordningens jurisdiktionsregler", ("Bryssel Ia-förordningens", "32012R1215", None)),
        # the GDPR's Czech and Slovak instrumental and locative (privacy pages in public
        # repositories, find_string ids 1339733254, 63469855640, 45313561245, 42532811696;
        # cs.wikipedia.org 'Osobní údaj') (was none)
        ("Tato stránka popisuje zpracování osobních údajů v souladu s obecným nařízením o "
         "ochraně osobních údajů.", ("obecným nařízením o ochraně osobních údajů", "32016R0679",
                                     None)),
        ("další práva stanovená v zákoně o ochraně osobních údajů a po nabytí účinnosti též v "
         "obecném nařízení o ochraně osobních údajů",
         ("obecném nařízení o ochraně osobních údajů", "32016R0679", None)),
        ("Ak sa Zhotoviteľ domnieva, že spracúvanie osobných údajov je v rozpore so "
         "všeobecným nariadením o ochrane údajov, má právo podať sťažnosť.",
         ("všeobecným nariadením o ochrane údajov", "32016R0679", None)),
        ("môže sa použiť ako metóda profilovania, ako je tento pojem definovaný vo všeobecnom "
         "nariadení o ochrane údajov.", ("všeobecnom nariadení o ochrane údajov", "32016R0679",
                                         None)),
        # Brussels I bis in Czech, its ordinal with a dot as Czech writes it (czechmobility.info's
        # glossary after cs.wikipedia; pages corpus) (was none)
        ("Kromě toho nařízení Brusel I. bis odstranilo také některé další nedostatky "
         "předcházejícího nařízení Brusel I., a to zejména v oblasti efektivity dohod",
         ("nařízení Brusel I. bis", "32012R1215", None)),
        # cs.wikipedia, 'Nařízení Brusel I bis'; is.muni.cz, Kyselovská, Rozehnalová 2014
        ("Podle nařízení Brusel I bis už nemusí mít žádná ze stran prorogační dohody bydliště",
         ("nařízení Brusel I bis", "32012R1215", None)),
        ("Rozhodování Soudního dvora EU ve věcech příslušnosti : analýza rozhodnutí dle "
         "nařízení Brusel Ibis. 1. vyd.", ("nařízení Brusel Ibis", "32012R1215", None)),
    ],
)  # fmt: skip
def test_names_read_in_real_texts(text: str, expected: tuple[str, str, str | None]) -> None:
    assert _names(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Brussels I (Regulation (EC) No 44/2001) is not the recast
        "A Brüsszel I. rendelet 5. cikke szerint.",
        "Enligt Bryssel I-förordningen artikel 5.",
        "K revizi nařízení Brusel I bylo Komisí Evropské unie přistoupeno",  # (akhsp.cz)
        # the Greek words in small letters start other titles
        "ο κανονισμός για την προστασία δεδομένων των θεσμικών οργάνων",
    ],
)
def test_names_left_out(text: str) -> None:
    assert _names(text) == []
