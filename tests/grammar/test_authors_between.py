"""An author between the type word and the number (the records' ``author_phrases``
written there, ``author_in_span``): Romanian puts the institution in the genitive right
after the articled type word, without the ``al``/``a`` it takes after the number
(``Regulamentul Consiliului (CEE) nr. 1408/71``, ``Directiva Consiliului 79/409/CEE``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str, str | None]]:
    return extracted(text, "text", "lang", "celex", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the label of a Natura 2000 standard data form's table in Romanian (a public
        # repository of the form's code, found with the search tool's find_string)
        (
            "Specii de pasari enumerate in anexa I la Directiva Consiliului 79/409/CEE",
            ("Directiva Consiliului 79/409/CEE", "ro", "31979L0409"),
        ),
        # a Romanian training provider's legal framework list (same search)
        (
            "Directiva Consiliului 89/391/CEE – privind măsuri pentru securitatea și "
            "sănătatea lucrătorilor la locul de muncă",
            ("Directiva Consiliului 89/391/CEE", "ro", "31989L0391"),
        ),
        # UNCONFIRMED in a text read (the form of the issue; Polish and Czech write it so)
        (
            "Regulamentul Consiliului (CEE) nr. 1408/71 privind aplicarea regimurilor",
            ("Regulamentul Consiliului (CEE) nr. 1408/71", "ro", "31971R1408"),
        ),
        (
            "articolul 3 din Regulamentul Comisiei (CE) nr. 1848/2006",
            ("Regulamentul Comisiei (CE) nr. 1848/2006", "ro", "32006R1848"),
        ),
        (
            "Directiva Parlamentului European și a Consiliului 2001/29/CE",
            ("Directiva Parlamentului European și a Consiliului 2001/29/CE", "ro", "32001L0029"),
        ),
    ],
)
def test_romanian_author_before_the_number(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    """Before, nothing was found: the bare genitive was in no record."""
    assert _acts(text) == [expected]


def test_the_author_phrase_after_the_number_is_still_left_out() -> None:
    assert _acts("Regulamentul (CE) nr. 1/2003 al Consiliului") == [
        ("Regulamentul (CE) nr. 1/2003", "ro", "32003R0001")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Romanian national bodies named like the EU's institutions: the Competition
        # Council (Consiliul Concurenței), the securities commission; the name goes on
        # before the number, which is then no EU act's
        "Regulamentul Consiliului Concurenței nr. 5/2013",
        "Regulamentul Comisiei Naționale a Valorilor Mobiliare nr. 1/2006",
        "Regulamentul Băncii Naționale a României nr. 5/2013",
    ],
)
def test_a_national_body_in_the_genitive_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []
