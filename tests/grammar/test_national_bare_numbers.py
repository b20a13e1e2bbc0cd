"""A national act's bare statute-book number after an EU type word is no EU act in a
language whose EU acts numbered number first always have a marker or a domain (the
records' ``national_bare_numbers``, ``eurefs/grammar/national_acts.py``): Finnish
``asetuksessa 234/2009`` is a Government decree."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # Government decree 1271/2014 (finlex.fi/fi/laki/alkup/2014/20141271, pages
        # corpus): the decree it amends as amended by decrees 234/2009 and 336/2013
        "sellaisina kuin ne ovat asetuksessa 234/2009,",
        "2 §:n e kohta, 18 §, 20 §:n 3 momentti ja 22 §:n 2 momentti asetuksessa 234/2009, "
        "25 § osaksi asetuksissa 1084/2006 ja 1061/2013 ja 29 § asetuksessa 336/2013, sekä",
    ],
)
def test_a_bare_number_first_number_is_no_eu_act(text: str) -> None:
    """Before, Regulation No 234/2009 (32009R0234) and No 336/2013 (32013R0336)."""
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Government decree 895/2021 (finlex.fi/fi/laki/alkup/2021/20210895)
        ("komission asetusta (EU) N:o 651/2014;",
         [("komission asetusta (EU) N:o 651/2014", "32014R0651")]),
        # a Tukes slide deck on REACH (docplayer.fi, pages corpus): N:o without domain
        ("Asetus N:o 453/2010 liitteen II muuttamisesta",
         [("Asetus N:o 453/2010", "32010R0453")]),
        # UNCONFIRMED: an EU author before the type word, a number read year first
        ("komission asetuksen 1175/2008 mukaisesti",
         [("komission asetuksen 1175/2008", "32008R1175")]),
        ("asetuksen 2016/679 mukaisesti", [("asetuksen 2016/679", "32016R0679")]),
    ],
)  # fmt: skip
def test_the_eu_act_with_its_marker_domain_or_author_stays(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _acts(text) == expected


def test_only_the_languages_that_say_so() -> None:
    # Swedish cites its statutes (2009:234): a bare number after förordning stays
    assert _acts("förordning 234/2009") == [("förordning 234/2009", "32009R0234")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list member read number first alone is as bare as a first number: before,
        # '1993/2000' 32000R1993, whose normal form 'asetus 1993/2000' is no EU act
        # (the first, a regulation of 1993 written year first, names none either: its
        # number-first reading 31993R0001 a candidate, ``legal_act_numbers._pre_reform``)
        ("asetus 1993/1 ja 1993/2000", [("asetus 1993/1", None)]),
        ("asetus N:o 1/2005 ja 2/2005", [("asetus N:o 1/2005", "32005R0001")]),
        # a member with its own marker or the list's domain stays
        ("asetus N:o 1/2005 ja N:o 2/2005",
         [("asetus N:o 1/2005", "32005R0001"), ("N:o 2/2005", "32005R0002")]),
        ("asetus (EY) N:o 1/2005 ja 2/2005",
         [("asetus (EY) N:o 1/2005", "32005R0001"), ("2/2005", "32005R0002")]),
    ],
)  # fmt: skip
def test_a_bare_list_member_is_no_eu_act(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _acts(text) == expected
    for member in eurefs.extract(text):
        assert eurefs.parse(member.normalized).celex == member.celex
