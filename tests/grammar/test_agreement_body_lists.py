"""Lists of an agreement body's decisions written number first after the body
(Hungarian ``a Társulási Tanács 2/76 és 1/80 határozata``): every member is the body's
decision, each its own span, the body in each normal form, no CELEX."""

from __future__ import annotations

import pytest

import eurefs
from tests.grammar.body_decisions import acts


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        # (UNCONFIRMED wordings: the number-first order of Hungarian titles, in a list)
        ("a Társulási Tanács 2/76 és 1/80 határozata szerint", "Társulási Tanács",
         [("2/76", "Társulási Tanács 2/76 határozat", 1976, "2"),
          ("1/80 határozata", "Társulási Tanács 1/80 határozat", 1980, "1")]),
        ("az EU–Korea Kereskedelmi Bizottság 1/2014, 2/2014 és 3/2016 határozata",
         "EU–Korea Kereskedelmi Bizottság",
         [("1/2014", "EU-Korea Kereskedelmi Bizottság 1/2014 határozat", 2014, "1"),
          ("2/2014", "EU-Korea Kereskedelmi Bizottság 2/2014 határozat", 2014, "2"),
          ("3/2016 határozata", "EU-Korea Kereskedelmi Bizottság 3/2016 határozat", 2016,
           "3")]),
        ("az EGT-Vegyesbizottság 12/2019 és 13/2019 határozata", "EGT-Vegyesbizottság",
         [("12/2019", "EGT-Vegyesbizottság 12/2019 határozat", 2019, "12"),
          ("13/2019 határozata", "EGT-Vegyesbizottság 13/2019 határozat", 2019, "13")]),
    ],
)  # fmt: skip
def test_every_member_of_a_number_first_list_is_the_bodys(
    text: str, body: str, members: list[tuple[str, str, int, str]]
) -> None:
    found = acts(text)
    assert [(r.text, r.normalized, r.year, r.number) for r in found] == members
    for r in found:
        assert text[r.start : r.end] == r.text
        assert (r.lang, r.act_type, r.author) == ("hu", "decision", body.replace("–", "-"))
        assert r.celex is None and r.celex_candidates == [] and r.eurlex_url is None
        parsed = eurefs.parse(r.normalized)
        assert parsed is not None and parsed.celex is None


@pytest.mark.parametrize(
    "text",
    [
        # an EU institution before the list: no body, the earlier number is no decision
        "a Bizottság 2/76 és 1/80 határozata",
        # a number with its EU domain is an EU act
        "a Társulási Tanács 2/76 és 2010/427/EU határozata",
    ],
)
def test_no_body_no_earlier_member(text: str) -> None:
    found = acts(text)
    assert len(found) == 1 and found[0].text.endswith("határozata")
    assert "2/76" not in [r.text for r in found]


@pytest.mark.parametrize(
    ("text", "year", "number"),
    [
        # a body's decision is numbered number first, with no ``No`` in Hungarian
        ("az EGT-Vegyesbizottság 12/2019 határozata", 2019, "12"),
        ("az EGT-Vegyesbizottság 123/2019 határozata", 2019, "123"),
        ("a Társulási Tanács 1/80 határozata", 1980, "1"),
        ("az 1/80 társulási tanácsi határozat", 1980, "1"),
    ],
)
def test_a_body_decision_written_number_first_is_number_then_year(
    text: str, year: int, number: str
) -> None:
    (ref,) = acts(text)
    assert (ref.year, ref.number, ref.number_first, ref.celex) == (year, number, True, None)
