"""French ``règlement`` typed without its accent (``Reglement (UE) 2016/679``), as notices,
contracts and notes write EU citations; before a number with no domain only in French words
(``bare_needs_words``: ``Reglement`` is a German and Dutch word too)."""

from __future__ import annotations

import pytest

import eurefs

# public repositories (find_string 'REGLEMENT (UE) 2016/679', 'REGLEMENT (CE) N'): a firm's
# general terms, a subcontracting contract, a tachograph tool's report, a driver tool's page
REAL = [
    (
        "Conformement au Reglement (UE) 2016/679 (RGPD) et a la loi Informatique et Libertes,"
        " le client dispose d'un droit d'acces, de rectification, d'effacement et d'opposition",
        "Reglement (UE) 2016/679",
        "règlement (UE) 2016/679",
        "32016R0679",
        None,
    ),
    (
        "L Editeur agit en qualite de sous-traitant au sens de l article 28 du reglement (UE)"
        " 2016/679.",
        "reglement (UE) 2016/679",
        "règlement (UE) 2016/679",
        "32016R0679",
        "article 28",
    ),
    (
        "Entre parentheses : part de l'interruption comprise dans les 24 heures suivant le"
        " debut de la periode (reglement (CE) no 561/2006, art. 8 §2). Mesures indicatives,"
        " sans appreciation de conformite.",
        "reglement (CE) no 561/2006",
        "règlement (CE) no 561/2006",
        "32006R0561",
        "art. 8 §2",
    ),
    (
        "Conforme au Reglement (CE) n 561/2006 relatif aux temps de conduite et de repos",
        "Reglement (CE) n 561/2006",
        "règlement (CE) no 561/2006",
        "32006R0561",
        None,
    ),
]


@pytest.mark.parametrize(("text", "span", "normalized", "celex", "pinpoint"), REAL)
def test_unaccented(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    refs = eurefs.extract(text, kinds="legal_act")
    assert [(r.text, r.normalized, r.celex, r.pinpoint, r.lang) for r in refs] == [  # type: ignore[union-attr]
        (span, normalized, celex, pinpoint, "fr")
    ]


def test_in_capitals() -> None:
    ref = eurefs.parse("REGLEMENT (UE) 2016/679")
    assert (ref.normalized, ref.celex) == ("règlement (UE) 2016/679", "32016R0679")


@pytest.mark.parametrize(
    "text",
    [
        # a Swiss municipality's Reglement, a Dutch reglement: no domain, no French words
        "Das Reglement 2016/3 der Gemeinde Zug gilt ab sofort.",
        "het Reglement 2016/3 van de gemeente is vastgesteld",
        # no number
        "le reglement interieur du 3 mai 2016",
    ],
)
def test_no_act(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act") == []
