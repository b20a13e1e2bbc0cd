"""Years: two-digit act years are 19xx, impossible years give no CELEX, future ones no reference."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from eurefs.grammar import years


def test_two_digit_act_years_are_19xx_and_impossible_ones_give_no_celex() -> None:
    (ref,) = eurefs.extract("Regulation (EEC) No 1/45")
    assert ref.year == 1945
    assert ref.celex is None and ref.celex_candidates == [] and ref.eli is None
    assert ref.cellar_ids == [] and ref.eurlex_url is None
    (ref,) = eurefs.extract("Directive 95/46/EC")
    assert (ref.year, ref.celex) == (1995, "31995L0046")
    (ref,) = eurefs.extract("Regulation (EEC) No 1408/71")
    assert ref.celex == "31971R1408"
    (ref,) = eurefs.extract("http://data.europa.eu/eli/reg/1901/1/oj")
    assert ref.celex is None and ref.celex_candidates == []


FUTURE = (
    "COM(2099) 1 final",
    "Regulation (EU) 2099/1",
    "Directive 2099/1/EU",
    "OJ L 1, 1.1.2099, p. 1",
    "OJ 2099 L 1, p. 1",
    "OJ L, 2099/1689, 12.7.2099",
    "32099R0001",
    "ECLI:EU:C:2099:1",
    "C-1/45",
    "2045/0001(COD)",
    "http://data.europa.eu/eli/reg/2099/1/oj",
    "Commission Recommendation of 6 May 2099",
    "Rahmenbeschluss des Rates vom 26. Juni 2099",
)


@pytest.mark.parametrize("text", FUTURE)
def test_future_years_are_not_references(text: str) -> None:
    assert eurefs.extract(f"See {text}.") == []
    with pytest.raises(eurefs.ParseError):
        eurefs.parse(text)


@pytest.mark.parametrize("text", FUTURE)
def test_the_same_forms_are_references_in_the_past(text: str) -> None:
    past = text.replace("2099", "2019").replace("45", "15")
    assert len(eurefs.extract(f"See {past}.")) == 1, past


def test_the_limit_is_today_plus_a_small_allowance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(years, "today", lambda: dt.date(2020, 6, 1))
    assert eurefs.extract("Regulation (EU) 2020/1") != []
    assert eurefs.extract("Regulation (EU) 2021/1") == []
    assert eurefs.extract("OJ L 1, 20.6.2020, p. 1") != []  # within the allowance
    assert eurefs.extract("OJ L 1, 20.9.2020, p. 1") == []
    monkeypatch.setattr(years, "today", lambda: dt.date(2020, 12, 15))
    assert eurefs.extract("COM(2021) 1 final") != []  # a text dated a little ahead
