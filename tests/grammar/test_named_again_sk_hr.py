"""The Charter named again by its short name in Slovak (``článok 51 ods. 1 charty``),
Croatian (``člankom 21. stavkom 2. Povelje``) and Bulgarian (``член 51 от Хартата``) once
the text has named it in full: ``eurefs/grammar/named_again.py`` with the records'
``short_names``."""

from __future__ import annotations

import pytest

import eurefs

# e-justice.europa.eu, Slovak, part III on the Charter (pages corpus): the Charter named
# in full in the heading (nominative), then an article by the short name in small letters
SK = (
    "Charta základných práv Európskej únie: rozsah pôsobnosti, výklad a účinky. [...] Ako je"
    " vysvetlené v časti II oddiele 2, článok 51 ods. 1 charty poskytuje ochranu pred"
    " porušeniami vyplývajúcim z vnútroštátnych opatrení, ktorými sa vykonáva právo EÚ."
)
# a Croatian paper on the Charter's scope (dokumen.tips, 2021; pages corpus), then
# e-justice.europa.eu, Croatian, part II on the Charter (pages corpus)
HR = (
    "Područje primjene Povelje Europske unije o temeljnim pravima (u daljnjem tekstu:"
    " Povelja) utvrđeno je u njezinu članku 51. [...] Potrebno je napomenuti i da je Sud"
    " Europske unije do sada omogućavao samo građanima Unije pozivanje na pravo da ne budu"
    " diskriminirani na temelju državljanstva unutar područja primjene Ugovora, propisano"
    " člankom 18. UFEU-a, a sada i člankom 21. stavkom 2. Povelje."
)


def _charter(text: str) -> list[tuple[str, str]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized) for r in refs if r.treaty == "CFR"]  # type: ignore[union-attr]


def test_slovak_short_name_after_the_charter_in_full() -> None:
    assert _charter(SK) == [("článok 51 ods. 1 charty", "článok 51 ods. 1 Charty základných práv")]
    assert _charter(SK + " Podľa článku 47 Charty má každý právo na účinný prostriedok nápravy.")[
        -1
    ] == ("článku 47 Charty", "článok 47 Charty základných práv")


def test_croatian_short_name_after_the_charter_in_full() -> None:
    assert _charter(HR) == [
        ("člankom 21. stavkom 2. Povelje", "članak 21. stavkom 2. Povelje o temeljnim pravima")
    ]


@pytest.mark.parametrize(
    "normal",
    [
        "článok 51 ods. 1 Charty základných práv",
        "članak 21. stavkom 2. Povelje o temeljnim pravima",
    ],
)
def test_short_names_read_back(normal: str) -> None:
    assert eurefs.parse(normal).treaty == "CFR"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [SK, HR])
def test_never_before_the_charter_is_named_in_full(text: str) -> None:
    assert _charter(text.split("[...]")[1]) == []


@pytest.mark.parametrize(
    ("named", "other"),
    [
        (SK, " Podľa článku 1 Charty OSN a článku 6 Charty Organizácie Spojených národov."),
        (HR, " Prema članku 1. Povelje Ujedinjenih naroda i članku 2. Povelje UN-a."),
    ],
)
def test_never_another_charter(named: str, other: str) -> None:
    assert _charter(named + other) == _charter(named)


# the Commission's report on the application of the Charter, Bulgarian, as obuch.info
# copies it (pages corpus)
BG = (
    "Адресати на Хартата на основните права на Европейския съюз (Хартата) са на първо"
    " място и най-вече институциите на ЕС. [...] Съгласно посоченото в член 51 от Хартата"
    " държавите членки трябва да вземат под внимание нейните разпоредби."
)


def test_bulgarian_short_name_after_the_charter_in_full() -> None:
    assert _charter(BG) == [("член 51 от Хартата", "член 51 от Хартата на основните права")]
    assert eurefs.parse("член 51 от Хартата на основните права").treaty == "CFR"  # type: ignore[union-attr]
    assert _charter(BG.split("[...]")[1]) == []
    other = " Член 1 от Хартата на ООН и член 2 от Хартата ООН."
    assert _charter(BG + other) == _charter(BG)
