"""Romanian treaty articles linked by the genitive's article ``al``, the treaty declined
after it (``Art. 47 al CDFUE``, ``Articolul 47 al Cartei ...``, ``Art. 249 al Tratatului
CE``): the record's ``treaty_prepositions`` and the Charter's genitive and abbreviation."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted

# muhaz.org, the ACTIONES handbook on judicial interaction techniques (Romanian), on the
# right to an effective remedy, quoting the Court's judgment in E.ON Földgáz Trade (pages corpus)
ACTIONES = (
    "Dreptul la căile de atac eficiente este definit în mod explicit în Art. 47 al CDFUE,"
    " care prevede faptul că: [...] După cum rezultă din această formulare, Art. 47 al CDFUE"
    " nu își limitează domeniul de aplicare la o interpretare îngustă a dreptului la căile de"
    " atac eficiente. [...] în care CJUE a afirmat faptul că „Articolul 5 al Regulamentului"
    " Nr. 1775/2005, coroborat cu Anexa la regulamentul respectiv, și Articolul 47 al Cartei"
    " Drepturilor Fundamentale a Uniunii Europene trebuie să se interpreteze în sensul că"
    " exclud legislația națională"
)
CHARTER = "articolul 47 din Carta drepturilor fundamentale"


def _articles(text: str) -> list[tuple[str, str, str | None, str]]:
    return extracted(text, "text", "normalized", "treaty", "lang", kinds="treaty_article")


def test_the_charter_after_al_abbreviated_and_in_the_genitive() -> None:
    assert _articles(ACTIONES) == [
        ("Art. 47 al CDFUE", CHARTER, "CFR", "ro"),
        ("Art. 47 al CDFUE", CHARTER, "CFR", "ro"),
        (
            "Articolul 47 al Cartei Drepturilor Fundamentale a Uniunii Europene",
            CHARTER,
            "CFR",
            "ro",
        ),
    ]
    # the act before it keeps its own pinpoint
    act = eurefs.extract(ACTIONES, kinds="legal_act")[0]
    assert (act.text, act.pinpoint, act.celex) == (  # type: ignore[union-attr]
        "Regulamentului Nr. 1775/2005",
        "Articolul 5",
        "32005R1775",
    )


def test_the_ec_treaty_after_al() -> None:
    # a Romanian course on EU institutional law, ro.scribd.com (pages corpus; the record's
    # source of the link al before an act)
    assert _articles("Art. 249 al Tratatului CE") == [
        ("Art. 249 al Tratatului CE", "articolul 249 CE", "EC", "ro")
    ]


def test_cdfue_after_din_is_romanian() -> None:
    # (was French, the abbreviation the French record's alone)
    assert _articles("Art. 47 din CDFUE") == [("Art. 47 din CDFUE", CHARTER, "CFR", "ro")]


@pytest.mark.parametrize(
    "text",
    [
        # al is no Spanish link between an article and a treaty
        "conforme al artículo 6 al TUE",
        "el artículo 267 al TFUE se refiere",
        # Italian ranges: al before the last number
        "dall'articolo 101 al 106 TFUE",
        # other instruments after al
        "articolul 8 al Convenției europene a drepturilor omului",
        "articolul 47 al Cartei sociale europene",
        # the Spanish notes' Carta DFUE, UNCONFIRMED in Romanian
        "articolul 47 din Carta DFUE",
    ],
)
def test_no_treaty_article(text: str) -> None:
    assert _articles(text) == []
