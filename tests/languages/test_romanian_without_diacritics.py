"""Romanian typed without its diacritics (ă, â, î, ș, ț), as national pages and public
texts write EU citations: the forms the Romanian record (``eurefs/languages/ro.py``)
lists beside the written ones; normal forms keep the diacritics."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normal", "celex"),
    [
        # public repositories found with find_string (a NIS2 note, a guarantee notice, a
        # data-transfer script's docstring)
        ("Regulamentul de punere in aplicare (UE) 2024/2690 detaliaza pentru entitatile",
         "Regulamentul de punere in aplicare (UE) 2024/2690",
         "Regulamentul de punere în aplicare (UE) 2024/2690", "32024R2690"),
        ("Designul e cel din anexa I la Regulamentul de punere in aplicare (UE) 2025/1960.",
         "Regulamentul de punere in aplicare (UE) 2025/1960",
         "Regulamentul de punere în aplicare (UE) 2025/1960", "32025R1960"),
        ("Ingerarea Deciziei de punere in aplicare (UE) 2021/914 (clauzele contractuale",
         "Deciziei de punere in aplicare (UE) 2021/914",
         "Decizia de punere în aplicare (UE) 2021/914", "32021D0914"),
        # the joint action and common position words as the Maastricht Treaty's Romanian
        # text writes them without diacritics (euroavocatura.ro), before a number
        ("in temeiul Actiunii comune 98/733/JAI a Consiliului", "Actiunii comune 98/733/JAI",
         "Acțiunea comună 98/733/JAI", "31998F0733"),
        ("Pozitia comuna 2003/468/PESC a Consiliului", "Pozitia comuna 2003/468/PESC",
         "Poziția comună 2003/468/PESC", "32003E0468"),
    ],
)  # fmt: skip
def test_acts(text: str, span: str, normal: str, celex: str) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, ref.normalized, ref.celex, ref.lang) == (span, normal, celex, "ro")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "treaty"),
    [
        # APA Ilfov's privacy notice (a public repository found with find_string)
        ("un drept fundamental al omului, prevazut in art. 8 alin. (1) din Carta drepturilor"
         " fundamentale a Uniunii Europene si art. 16 alin. (1) din Tratatul privind"
         " functionarea Uniunii Europene.",
         "art. 16 alin. (1) din Tratatul privind functionarea Uniunii Europene", "TFEU"),
        # the Maastricht Treaty as euroavocatura.ro reproduces it (pages corpus)
        ("voturile membrilor sunt ponderate in conformitate cu articolul 148 alineatul (2) din"
         " tratatul de instituire a Comunitatii Europene si hotararile se adopta",
         "articolul 148 alineatul (2) din tratatul de instituire a Comunitatii Europene", "EC"),
        ("potrivit art. 6 din Tratatul privind Uniunea Europeana (1992)",
         "art. 6 din Tratatul privind Uniunea Europeana", "TEU"),
    ],
)  # fmt: skip
def test_treaty_names(text: str, span: str, treaty: str) -> None:
    ref = eurefs.extract(text, kinds="treaty_article")[-1]
    assert (ref.text, ref.treaty, ref.lang) == (span, treaty, "ro")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # no act number after the words: the Treaty's own prose (euroavocatura.ro)
        "Consiliul stabileste o pozitie comuna. La adoptarea actiunii comune si in orice stadiu.",
        # no treaty name after the preposition
        "articolul 148 alineatul (2) din tratatul de pace si hotararile se adopta",
    ],
)
def test_no_reference(text: str) -> None:
    assert eurefs.extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "articolul 31 din Tratatul de instituire a Comunitatii Europene a Energiei Atomice",
        "articolul 65 din Tratatul de instituire a Comunitatii Europene a Carbunelui si Otelului",
    ],
)
def test_the_ec_treaty_name_going_on_as_another_treaty_is_none(text: str) -> None:
    # the EC Treaty's name without diacritics starts the Euratom and ECSC Treaties' names
    # (grammar/treaty_names.goes_on compares them without accents): a miss, never the EC
    assert [r.treaty for r in eurefs.extract(text, kinds="treaty_article")] == []  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # a ruling of the Court as a Iași law firm's page reproduces it (iasiavocati.ro)
        (
            "trebuie considerata abuziva in sensul articolelor 3 si 4 din Directiva 93/13.",
            "Directiva 93/13",
            "articolelor 3 si 4",
        ),
        ("art. 3 si 4 din Directiva 93/13", "Directiva 93/13", "art. 3 si 4"),
        (
            "potrivit art. 6 alin. (1) lit. a) si b) din Regulamentul (UE) 2016/679",
            "Regulamentul (UE) 2016/679",
            "art. 6 alin. (1) lit. a) si b)",
        ),
    ],
)
def test_si_without_its_diacritic_joins_a_pinpoint(text: str, span: str, pinpoint: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.pinpoint) == (span, pinpoint)
