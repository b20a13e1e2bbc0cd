"""Forms of the Court's Maltese: the EU Treaty as numbered before Lisbon (``Artikolu 6 UE``),
the older spelling of its definitions' intro (``aktar ’il quddiem``), points numbered with
Maltese letters (``(ċ)``), and a several-word alias used after a glued article
(``tad-Direttiva fuq il-protezzjoni tad-data``)."""

from __future__ import annotations

import pytest

import eurefs

# the Opinion of AG Kokott in C-73/07 Satamedia, point 1, ECLI:EU:C:2008:266, curia.europa.eu, MT
SATAMEDIA = (
    "Meta nħarġet id-Direttiva 95/46/KE tal-Parlament Ewropew u tal-Kunsill, tal-24 ta’ Ottubru "
    "1995, dwar il-protezzjoni ta’ individwi fir-rigward tal-ipproċessar ta’ data personali u "
    "dwar il-moviment liberu ta’ dik id-data (2) (aktar ’il quddiem id-“Direttiva fuq il-"
    "protezzjoni tad-data”) il-leġiżlatur kien konxju tal-possibbiltà ta’ kunflitt bejn dawn "
    "iż-żewġ drittijiet fundamentali"
)


def test_the_former_eu_treaty() -> None:
    # the summary of the judgment in C-28/08 P Bavarian Lager, EUR-Lex 62008CJ0028, MT
    text = (
        "1.        Komunitajiet Ewropej — Istituzzjonijiet — Dritt ta’ aċċess pubbliku għal "
        "dokumenti — Regolament Nru 1049/2001\n\n(Artikolu 6 UE, Regolamenti tal-Parlament "
        "Ewropew u tal-Kunsill Nru 45/2001 u Nru 1049/2001, Artikolu 4(1)(b))"
    )
    arts = [(r.text, r.treaty) for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert arts == [("Artikolu 6 UE", "EU")]


@pytest.mark.parametrize(
    "text",
    [
        # 'UE' before a word is prose (the Union), as in the other languages
        "l-Artikolu 6 UE dwar il-protezzjoni",
        "il-liġi tal-UE u l-Istati Membri",
    ],
)
def test_ue_in_prose(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


def test_the_older_intro_and_the_glued_use() -> None:
    # the definition is no reference; its use after the glued article 'tad-' is the act's
    # (the alias's use as that Opinion's point 2 starts it, 'L-Artikolu 2(a), (b) u (ċ)
    # tad-Direttiv…', the page's excerpt cut there; completed with the alias defined)
    use = "L-Artikolu 2(a), (b) u (ċ) tad-Direttiva fuq il-protezzjoni tad-data jipprovdi:"
    text = SATAMEDIA + ".\n\n2.        " + use
    refs = [(r.kind, r.text, r.celex, r.pinpoint) for r in eurefs.extract(text)]
    assert refs == [
        ("legal_act", "Direttiva 95/46/KE", "31995L0046", None),
        ("short_form", "Direttiva fuq il-protezzjoni tad-data", "31995L0046",
         "Artikolu 2(a), (b) u (ċ)"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        ("L-Artikolu 2(a), (b) u (ċ) tad-Direttiva 95/46/KE", "Artikolu 2(a), (b) u (ċ)"),
        ("l-Artikolu 6(1)(ċ) tar-Regolament (UE) 2016/679", "Artikolu 6(1)(ċ)"),
    ],
)
def test_points_in_maltese_letters(text: str, pinpoint: str) -> None:
    assert eurefs.extract(text)[0].pinpoint == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # the alias's words glued to another word than an article: no use
        SATAMEDIA + ". Il-kontro-Direttiva fuq il-protezzjoni tad-data",
    ],
)
def test_no_use_glued_to_another_word(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "short_form"] == []
