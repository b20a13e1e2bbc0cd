"""A national act's number followed by its national series is no EU act
(``eurefs/grammar/legal_acts.py``, the records' ``national_series``): Czech ``nařízení
č. 351/2013 Sb.`` is a government regulation in the Collection of Laws."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # a Czech debt-calculation application's interest choices (GitHub, find_string)
        "Úrok z prodlení podle nařízení č. 351/2013 Sb.",
        "Poplatek z prodlení podle nařízení č. 142/1994 Sb. (účinnost od 01.07.2013 do 31.12.2013)",
        "podľa nariadenia č. 391/2006 Z. z. o minimálnych bezpečnostných požiadavkách",
        # the Collection of Laws in English ('Government Decree No. 272 / 2011 Coll.',
        # ceskezakony.cz/en/zakon/272-2011, which repeals government regulation 148/2006
        # Sb.); with the EU type word UNCONFIRMED in a text read
        "the Regulation No. 148/2006 Coll. was repealed",
        "Regulation No. 148 / 2006 Coll., on the protection of health",
    ],
)
def test_a_national_series_after_the_number_is_no_eu_act(text: str) -> None:
    """Before, Regulation No 351/2013 (32013R0351), No 142/1994, No 391/2006, 148/2006."""
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nařízení č. 305/2011 a nařízení (EU) č. 305/2011",
         [("nařízení č. 305/2011", "32011R0305"), ("nařízení (EU) č. 305/2011", "32011R0305")]),
        ("nařízení č. 1/2003 Sbírky rozhodnutí", [("nařízení č. 1/2003", "32003R0001")]),
        ("Regulation No 1/2003 Collectively", [("Regulation No 1/2003", "32003R0001")]),
    ],
)  # fmt: skip
def test_the_eu_act_without_the_series_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _acts(text) == expected


def test_the_series_after_the_last_number_of_a_list_names_them_all() -> None:
    # UNCONFIRMED list (the single act's form is real, above): were 32013R0001, 32013R0002
    assert _acts("podle nařízení č. 1/2013 a 2/2013 Sb.") == []
