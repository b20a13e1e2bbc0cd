"""A treaty named first among the provisions of a Greek summary, which lists them apart by
the Greek semicolon, the ano teleia (``grammar/treaty_brackets``): a middle dot as the text
writes it (U+00B7) or its own character (U+0387)."""

from __future__ import annotations

import pytest

import eurefs

# The summary of the judgment in T-102/13 Heli-Flight v EASA, point 1 (curia.europa.eu, EL,
# ECLI:EU:T:2014:1064; pages corpus).
_HELI_FLIGHT = (
    "(Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης, άρθρο 41{dot} κανονισμοί του "
    "Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου 1592/2002, άρθρο 41 § 1, και 216/2008, όπως "
    "τροποποιήθηκε με τον κανονισμό 1108/2009, αιτιολογική σκέψη 26 και άρθρα 49 και 50 § 2)"
)


@pytest.mark.parametrize("dot", ["\u00b7", "\u0387"])
def test_the_charter_before_an_ano_teleia(dot: str) -> None:
    """Before, no Charter article: only a semicolon ended a provision of the list."""
    refs = eurefs.extract(_HELI_FLIGHT.format(dot=dot))
    (art,) = [r for r in refs if r.kind == "treaty_article"]
    assert (art.text, art.treaty, list(art.articles)) == (  # type: ignore[attr-defined]
        "Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης, άρθρο 41",
        "CFR",
        ["41"],
    )
    # (the acts as before: the amending regulation takes no pinpoint of the amended one)
    acts = [(r.celex, r.pinpoint) for r in refs if r.kind == "legal_act"]
    assert acts == [("32002R1592", None), ("32009R1108", None)]
