"""National authors right after an act's number in Slovenian (the genitive, as Croatian),
Maltese (the article glued to the name: ``tal-``) and Irish (the genitive article ``an``,
``na``): no EU act (``eurefs/grammar/national_acts.py``; the records'
``national_author_links``, ``eu_author_words`` and ``national_author_words``).  The EU
institutions in the same place keep the act EU."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # Slovenian: the government, a municipality, ministries, national councils
        # (were 32003R0001, or a decision without CELEX)
        "Uredba št. 1/2003 Vlade Republike Slovenije",
        "v skladu z Uredbo št. 1/2003 Vlade Republike Slovenije se določi",
        "Uredba št. 1/2003 vlade",
        "Uredba št. 1/2003 ministrstva za finance",
        "Uredba št. 1/2003 Mestne občine Ljubljana",
        "Uredba št. 1/2003 Občinskega sveta Mestne občine Ljubljana",
        "Uredba št. 1/2003 Sveta Mestne občine Ljubljana",
        "Uredba št. 1/2003 Sodnega sveta",
        "Sklep št. 1/2010 Vlade Republike Slovenije",
        # Maltese: the Government, a minister, a local council, the Central Bank of Malta
        "Regolament Nru 1/2003 tal-Gvern",
        "Regolament Nru 1/2003 tal-Ministru għall-Finanzi",
        "Regolament Nru 1/2003 tal-Kunsill Lokali",
        "Regolament Nru 1/2003 tal-Bank Ċentrali ta' Malta",
        "Regolament Nru 1/2003 tad-Dipartiment għall-Gvern Lokali",
        # Irish: the Government, a minister, a county council
        "Rialachán Uimh. 1/2003 an Rialtais",
        "Rialachán Uimh. 1/2003 an Aire Airgeadais",
        "Rialachán Uimh. 1/2003 na Comhairle Contae",
    ],
)
def test_a_national_author_after_the_number_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("Uredba št. 1/2003 Sveta", "32003R0001"),
        ("Uredba Sveta (ES) št. 1/2003", "32003R0001"),
        ("Uredba (ES) št. 1/2003 Sveta", "32003R0001"),
        ("Uredba št. 1/2003 Sveta z dne 16. decembra 2002", "32003R0001"),
        ("Uredba št. 1/2003 Sveta Evropske unije", "32003R0001"),
        ("Uredba št. 1/2003 Evropskega parlamenta in Sveta", "32003R0001"),
        ("Uredba št. 1/2003 Komisije", "32003R0001"),
        ("Uredba št. 1/2003 Komisije Evropskih skupnosti", "32003R0001"),
        ("Uredba Komisije (EU) št. 1/2010", "32010R0001"),
        ("Uredba št. 1/2003 UL L 1, 4.1.2003, str. 1", "32003R0001"),
        ("v skladu z Uredbo št. 1/2003 se določi", "32003R0001"),
        ("Regolament Nru 1/2003 tal-Kunsill", "32003R0001"),
        ("Regolament Nru 1/2003 tal-Kunsill tas-16 ta' Diċembru 2002", "32003R0001"),
        ("Regolament (KE) Nru 1/2003 tal-Kunsill", "32003R0001"),
        ("Regolament Nru 1/2003 tal-Kummissjoni", "32003R0001"),
        ("Regolament Nru 1/2003 tal-Parlament Ewropew u tal-Kunsill", "32003R0001"),
        ("Regolament Nru 1/2003 tal-Bank Ċentrali Ewropew", "32003R0001"),
        ("Rialachán Uimh. 1/2003 ón gComhairle", "32003R0001"),
        ("Rialachán (CE) Uimh. 1/2003 ón gComhairle", "32003R0001"),
        ("Rialachán Uimh. 1/2003 na Comhairle", "32003R0001"),
        ("Rialachán Uimh. 1/2003 na Comhairle an 16 Nollaig 2002", "32003R0001"),
        ("Rialachán Uimh. 1/2003 an Choimisiúin", "32003R0001"),
        ("Rialachán Uimh. 1/2003 an Choimisiúin Eorpaigh", "32003R0001"),
        ("Rialachán Uimh. 1/2003 ó Pharlaimint na hEorpa agus ón gComhairle", "32003R0001"),
        ("Rialachán Uimh. 1/2003 an Bhainc Ceannais Eorpaigh", "32003R0001"),
    ],
)
def test_an_eu_author_after_the_number_keeps_the_celex(text: str, celex: str) -> None:
    assert [c for _, c in _acts(text)] == [celex]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uredba št. 1/2010 Vlade Republike Slovenije in Uredba št. 1/2003 Sveta",
            [("Uredba št. 1/2003", "32003R0001")],
        ),
        (
            "Regolament Nru 1/2010 tal-Gvern u Regolament Nru 1/2003 tal-Kunsill",
            [("Regolament Nru 1/2003", "32003R0001")],
        ),
        (
            "Rialachán Uimh. 1/2010 an Rialtais agus Rialachán Uimh. 1/2003 ón gComhairle",
            [("Rialachán Uimh. 1/2003", "32003R0001")],
        ),
    ],
)
def test_the_eu_act_beside_a_national_one_keeps_its_celex(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Sklep št. 1/2010 Skupnega odbora EGP", "Deċiżjoni Nru 1/2010 tal-Kumitat Konġunt taż-ŻEE"],
)
def test_an_agreement_bodys_decision_stays_one(text: str) -> None:
    assert _acts(text) == [(text, None)]
