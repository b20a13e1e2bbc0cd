"""The labels EUR-Lex and CURIA set in the language of their interface around a document's
header tell no language of the references near them (``languages/interface_labels``): a
Czech Opinion's ECLI under CURIA's English ``Language of document :`` is Czech."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _langs(text: str) -> list[tuple[str, str]]:
    return extracted(text, "text", "lang", short_forms=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CURIA, the Opinion in C-154/21 (doclang=CS) through the English interface: was en
        ("Language of document : ECLI:EU:C:2022:452\n\nSTANOVISKO GENERÁLNÍHO ADVOKÁTA\n\n"
         "GIOVANNIHO PITRUZZELLY\n\npřednesené dne 9. června 2022(1)\n\nVěc C‑154/21\n\nRW\n\n"
         "proti\n\nÖsterreichische Post AG",
         [("ECLI:EU:C:2022:452", "cs"), ("C‑154/21", "cs")]),
        # ... the judgment in C-272/19 (doclang=PL): was en
        ("Language of document : ECLI:EU:C:2020:535\n\nWYROK TRYBUNAŁU (trzecia izba)\n\n"
         "z dnia 9 lipca 2020 r.(*)",
         [("ECLI:EU:C:2020:535", "pl")]),
        # EUR-Lex, the Opinion in C-439/19 (62019CC0439, DA): was en ('decisions'' tied 'Sag')
        ("    Sag C-439/19.\n\n    Court reports – general – 'Information on unpublished "
         "decisions' section\n\n    ECLI identifier: ECLI:EU:C:2020:1054\n\n     FORSLAG TIL "
         "AFGØRELSE FRA GENERALADVOKAT",
         [("C-439/19", "da"), ("ECLI:EU:C:2020:1054", "da")]),
        # EUR-Lex, the Opinion in C-768/21 (62021CC0768, SL): was en
        ("Sklepni predlogi generalnega pravobranilca Pikamäe, predstavljeni 11. aprila 2024.\n\n\n"
         "Court reports – general – 'Information on unpublished decisions' section\n\n"
         "ECLI identifier: ECLI:EU:C:2024:291\n\nZačasna izdaja\n\nSKLEPNI PREDLOGI GENERALNEGA "
         "PRAVOBRANILCA",
         [("ECLI:EU:C:2024:291", "sl")]),
    ],
)  # fmt: skip
def test_a_portal_label_tells_no_language(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English page's words around the ECLI stay English (BAILII's header of the
        # order in C-515/16, a French text: its 'Cite as:' line is BAILII's)
        ("URL: http://www.bailii.org/eu/cases/EUECJ/2017/C51516_CO.html\nCite as: "
         "ECLI:EU:C:2017:217, EU:C:2017:217, [2017] EUECJ C-515/16_CO",
         [("ECLI:EU:C:2017:217", "en"), ("EU:C:2017:217", "en"), ("C-515/16", "en")]),
        # the label inside a line of prose is no label line: its words count
        ("The language of document : ECLI:EU:C:2020:559",
         [("ECLI:EU:C:2020:559", "en")]),
        # EUR-Lex's Slovak heading of C-393/08 (62008CJ0393): Slovak already
        ("Vnútroštátna právna úprava o otváracích hodinách a zatvorení lekární - Oslobodenie - "
         "Rozhodovacia právomoc príslušných orgánov.\nVec C-393/08.\n\nEuropean Court Reports "
         "2010 I-06337\n\nECLI identifier: ECLI:EU:C:2010:388",
         [("C-393/08", "sk"), ("ECLI:EU:C:2010:388", "sk")]),
    ],
)  # fmt: skip
def test_a_tag_that_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Language of document :", "Court reports – general\n\nECLI identifier:", "ECLI identifier"],
)
def test_no_reference(text: str) -> None:
    assert _langs(text) == []


# EUR-Lex's page of Delegated Regulation (EU) 2023/330 in Romanian under the English
# interface (32023R0330, RO; pages corpus): the CELEX and the ELI were English (the header's
# 'This document is ...', 'Legal status of the document'), the ELI then Croatian (the 'HR'
# of the list of languages the act is published in)
_EURLEX_RO = (
    "This document is an excerpt from the EUR-Lex website\n\nDocument 32023R0330\n\n"
    "    Regulamentul delegat (UE) 2023/330 al Comisiei din 22 noiembrie 2022 de modificare "
    "și corectare a Regulamentului delegat (UE) 2022/126\n\n    C/2022/8280\n\n"
    "    JO L 44, 14.2.2023, p. 1–7 (BG, ES, CS, DA, DE, ET, EL, EN, FR, GA, HR, IT, LV, LT, "
    "HU, MT, NL, PL, PT, RO, SK, SL, FI, SV)\n\n    Legal status of the document In force\n\n"
    "    ELI: http://data.europa.eu/eli/reg_del/2023/330/oj\n\n    14.2.2023   \n\n    RO\n\n"
    "    Jurnalul Oficial al Uniunii Europene\n\n    L 44/1"
)


def test_eurlex_page_header_tells_no_language() -> None:
    langs = dict(_langs(_EURLEX_RO))
    assert langs["32023R0330"] == "ro"
    assert langs["http://data.europa.eu/eli/reg_del/2023/330/oj"] == "ro"
