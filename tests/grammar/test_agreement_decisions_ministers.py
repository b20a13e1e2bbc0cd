"""A Council of Ministers is an agreement body's only with its parties
(``languages/*.agreement_bodies``: the ACP-EC Council of Ministers).

States and other unions name their governments so: the West African Economic and
Monetary Union's ``Règlement n° 01/2008/CM/UEMOA`` and ``Décision N° 06/2019/CM/UEMOA``
are the acts of ``LE CONSEIL DES MINISTRES DE L'UNION ECONOMIQUE ET MONETAIRE OUEST
AFRICAINE`` (juriafrica.com, its official texts; pages corpus), which a Togolese guide
cites as ``règlements et directives du Conseil des Ministres de l'UEMOA (n° 02/2005, n°
06/2002, ...)`` (a public repository, find_string); Portugal's ``Resolução do Conselho de
Ministros n.º 131/2021`` (same search); Poland's ``Rada Ministrów`` (rcl.gov.pl, the
government's legislative procedure; pages corpus).  A decision numbered N/YYYY before
such a council was an EU agreement body's decision (author ``Conseil des Ministres``, the
span cut before ``de l'UEMOA``); the ACP-EC Council of Ministers is always named with its
parties (``Decyzja nr 1/2006 Rady Ministrów AKP–WE``, OJ L 247, 2006; ``Sklep Sveta
ministrov AKP–ES št. 6/2005``, EUR-Lex 22006D0111).  The decisions below are built from
those names (UNCONFIRMED with a decision's number N/YYYY right before the council in a
text read).
"""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _decisions(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "author", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        "la décision n° 06/2010 du Conseil des Ministres de l'UEMOA",
        "Decyzja nr 12/2010 Rady Ministrów z dnia 5 marca 2010 r.",
        "a Decisão n.º 12/2010 do Conselho de Ministros, de 25 de fevereiro",
        "la decisione n. 12/2010 del Consiglio dei ministri",
        "Decizia nr. 12/1975 a Consiliului de Miniștri",
    ],
)
def test_a_council_of_ministers_without_parties_is_no_agreement_body(text: str) -> None:
    assert _decisions(text) == []


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Decyzja nr 1/2006 Rady Ministrów AKP–WE", "Rady Ministrów AKP-WE"),
        ("la décision n° 1/2006 du Conseil des ministres ACP-CE", "Conseil des ministres ACP-CE"),
        ("a Decisão n.º 1/2006 do Conselho de Ministros ACP-CE", "Conselho de Ministros ACP-CE"),
        (
            "la decisione n. 1/2006 del Consiglio dei ministri ACP-CE",
            "Consiglio dei ministri ACP-CE",
        ),
        ("Decizia nr. 1/2006 a Consiliului de Miniștri ACP-CE", "Consiliului de Miniștri ACP-CE"),
        ("rozhodnutí č. 1/2006 Rady ministrů AKT-ES", "Rady ministrů AKT-ES"),
        ("rozhodnutie č. 1/2006 Rady ministrov AKT – ES", "Rady ministrov AKT - ES"),
        ("Sklep št. 1/2006 Sveta ministrov AKP-ES", "Sveta ministrov AKP-ES"),
    ],
)
def test_the_acp_council_of_ministers_keeps_its_decisions(text: str, author: str) -> None:
    assert [a for _, a in _decisions(text)] == [author]


@pytest.mark.parametrize(
    "text",
    [
        "rozhodnutí č. 12/2010 Rady ministrů",
        "rozhodnutie č. 12/2010 Rady ministrov",
        "Sklep št. 12/2010 Sveta ministrov",
    ],
)
def test_a_council_of_ministers_without_parties_is_no_author(text: str) -> None:
    # (the decision stays, as any decision N/YYYY without domain: no CELEX, no author)
    assert [a for _, a in _decisions(text)] == [None]
