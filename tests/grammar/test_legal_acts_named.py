"""A regulation's name in private international law between its type word and its number
(``eurefs/grammar/legal_act_numbers.py``, ``NAMED``): ``Règlement Bruxelles I n° 44/2001``."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# R. Jafferali, "Le règlement Bruxelles I dans la jurisprudence des cours suprêmes
# (2010-2012)", R.D.C.-T.B.H. 2013/5 (rdc-tbh.be; pages corpus)
_RDC = (
    "Si le nouveau Règlement Bruxelles Ibis n° 1215/2012 comporte certaines innovations "
    "importantes, la plupart de ses dispositions sont cependant directement empruntées à "
    "l'actuel Règlement Bruxelles I n° 44/2001. A cet égard, la jurisprudence"
)


def _acts(text: str) -> list[tuple[str, str | None, str]]:
    return extracted(text, "text", "celex", "normalized", kinds="legal_act")


def test_the_name_between_type_word_and_number() -> None:
    # each was no act: the first a popular name's short form without its number, the second
    # nothing (``Bruxelles I`` is no name of the names file: the recast is called so too)
    assert _acts(_RDC) == [
        ("Règlement Bruxelles Ibis n° 1215/2012", "32012R1215", "règlement no 1215/2012"),
        ("Règlement Bruxelles I n° 44/2001", "32001R0044", "règlement no 44/2001"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no number marker: the number alone does not tell its numbering here
        "l'actuel Règlement Bruxelles I 44/2001.",
        # no number at all: the name alone is no act of this family
        "l'actuel Règlement Bruxelles I du 22 décembre 2000",
        # a capital word without a roman number is no such name
        "le Règlement Intérieur n° 1/2019 du comité",
    ],
)
def test_no_act_without_the_name_and_a_number_marker(text: str) -> None:
    assert _acts(text) == []
