"""Acts cited number first (``grammar/legal_acts_number_first``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # Hungarian: a space instead of the slash before the domain (reported from a
        # Hungarian text kept aside; was nothing)
        ("az Infotv. és a 95/46 EK irányelv 7. cikke szerint", "95/46 EK irányelv",
         "31995L0046"),
        ("a 2016/679 EU rendelet alapján", "2016/679 EU rendelet", "32016R0679"),
        # (the slash, as before)
        ("a 95/46/EK irányelv 29. cikke alapján jött létre", "95/46/EK irányelv", "31995L0046"),
    ],
)  # fmt: skip
def test_the_domain_after_a_space(text: str, span: str, celex: str) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.celex) == (span, celex)
    assert eurefs.parse(act.normalized).celex == celex


@pytest.mark.parametrize(
    "text",
    [
        # a domain in lower case after a space is no domain; a word that is none either
        "a 95/46 ek irányelv",
        "a 95/46 EKX irányelv",
    ],
)
def test_no_domain_after_a_space_unless_written_as_one(text: str) -> None:
    assert [r.text for r in eurefs.extract(text)] == []
