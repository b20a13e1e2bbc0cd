"""The GDPR's popular names in Maltese, Slovenian, Estonian, Latvian and Irish read in
real texts (the sources in eurefs/data/popular_names.json), and a name after an article
joined by a hyphen (Maltese ``il-GDPR``: ``short_forms/name_forms.after_joined_article``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # COM(2018) 43 final in Maltese (EUR-Lex 52018DC0043)
        ("il-pakkett ta' riforma, li jinkludi r-Regolament Ġenerali dwar il-Protezzjoni tad-Data"
         " li jissostitwixxi d-Direttiva", "Regolament Ġenerali dwar il-Protezzjoni tad-Data"),
        # its title ('tar-')
        ("gwida tal-Kummissjoni dwar l-applikazzjoni diretta tar-Regolament Ġenerali dwar"
         " il-Protezzjoni tad-Data mill-25 ta’ Mejju 2018",
         "Regolament Ġenerali dwar il-Protezzjoni tad-Data"),
        # the Opinion of AG Bobek in C-645/19 (Slovenian)
        ("Ali je s Splošno uredbo o varstvu podatkov nadzornemu organu dovoljeno, da začne"
         " postopek?", "Splošno uredbo o varstvu podatkov"),
        # VSRS IV Ips 2/2021 with the Slovenian acronym of AG Pikamäe's Opinion in C-768/21
        ("Pravila (6. člen SUVP) so se začela uporabljati 25. 5. 2018.", "SUVP"),
        # et.wikipedia.org, 'Andmekaitse: õigus teada, kes sinu andmeid on vaadanud'
        ("Määrus on isikuandmete kaitse üldmäärus, kus on sätestatud regulatsioonid.",
         "isikuandmete kaitse üldmäärus"),
        # the European Parliament's resolution of 25 March 2021 (TA-9-2021-0111, Latvian)
        ("– ņemot vērā Vispārīgās datu aizsardzības regulas īstenošanu divus gadus,",
         "Vispārīgās datu aizsardzības regulas"),
        ("– ņemot vērā vadlīnijas, ko EDAK pieņēmusi saskaņā ar VDAR 70. pantu,", "VDAR"),
        # the Irish acronym, as the Opinion of AG Pitruzzella in C-460/20 defines it
        ("Is é an RGCS an bunús dlí.", "RGCS"),
        # the EDPB's Irish page on its legal framework (edpb.europa.eu, legal-framework_ga;
        # pages corpus): the Union's name inside the GDPR's (was nothing)
        ("Tá an leagan comhdhlúite de Rialachán Ginearálta an Aontais Eorpaigh maidir le"
         " Cosaint Sonraí ar fáil anseo.",
         "Rialachán Ginearálta an Aontais Eorpaigh maidir le Cosaint Sonraí"),
    ],
)  # fmt: skip
def test_the_gdprs_name(text: str, name: str) -> None:
    assert _names(text) == [(name, "32016R0679")]


@pytest.mark.parametrize(
    "text",
    [
        "Din hija l-anti-GDPR kampanja.",  # a hyphen after no article
        "Il-Kummissjoni tapplika l-GDPRX mill-2018.",  # no name
        "the EU-GDPR and the non-GDPR rules",  # not a joined article
    ],
)
def test_no_name_after_another_hyphen(text: str) -> None:
    assert _names(text) == []
