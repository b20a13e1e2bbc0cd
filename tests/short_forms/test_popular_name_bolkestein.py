"""The Services Directive 2006/123/EC by the name Italian writing gives it, after the
Commissioner who proposed it (``direttiva Bolkestein``; ``data/popular_names.json``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# scuderimottaeavvocati.it, on the TAR Lecce's order of 11 May 2022 referring C-348/22
# (pages corpus)
LECCE = (
    "L’AGCM ha prima reso parere ex art. 21 bis della L. 287/1990, con cui, nell’evidenziare"
    " l’illegittimità di tale delibera, ha asserito che la normativa nazionale di proroga delle"
    " concessioni risultava in contrasto con la direttiva 2006/123/CE (direttiva Bolkestein),"
    " con conseguente obbligo di disapplicazione da parte di tutti gli organi dello Stato, sia"
    " giurisdizionali che amministrativi.\n"
    "Stante il mancato adeguamento dell’amministrazione, l’AGCM, nel 2021, ha ritenuto di"
    " impugnare i deliberati comunali dinanzi al Tar Lecce, censurandoli per “violazione e"
    " falsa applicazione dell’art. 12 della Direttiva Bolkestein; violazione di principi di"
    " libertà di stabilimento"
)
# diritto.it, 'L’annosa questione delle concessioni balneari marittime' (pages corpus)
DIRITTO = (
    "Si tratta, quindi, di una materia controversa, posta al centro di numerosi tentativi di"
    " riforma volti a liberalizzare il settore e allineare le norme italiane a quelle europee,"
    " come la cd. Direttiva Bolkestein."
)


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form")


def test_the_name_with_its_article_after_the_directive_cited() -> None:
    assert _names(LECCE) == [("Direttiva Bolkestein", "32006L0123", "art. 12")]


def test_the_name_alone() -> None:
    assert _names(DIRITTO) == [("Direttiva Bolkestein", "32006L0123", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Frits Bolkestein, commissario europeo, presentò la proposta nel 2004.",
        # the name is Italian's alone
        "the Bolkestein proposal of 2004",
    ],
)
def test_no_name(text: str) -> None:
    assert _names(text) == []
