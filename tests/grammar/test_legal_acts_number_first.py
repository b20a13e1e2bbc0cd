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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the cases a citation puts the type word in (EUR-Lex 32001R2133 in Hungarian):
        # were nothing
        ("a legutóbb az 1666/2000/EK rendelettel módosított, 1992. június 30-i 1766/92/EGK "
         "tanácsi rendeletre", [("1666/2000/EK rendelettel", "32000R1666"),
                                ("1766/92/EGK tanácsi rendeletre", "31992R1766")]),
        ("1995. december 20-i 95/582/EK tanácsi határozatra", [("95/582/EK tanácsi határozatra",
                                                                 "31995D0582")]),
        ("az Európai Parlament és a Tanács 2003/88/EK irányelvének 7. cikke",
         [("Európai Parlament és a Tanács 2003/88/EK irányelvének", "32003L0088")]),
        ("a Bizottság 2011/753/EU határozatával", [("Bizottság 2011/753/EU határozatával",
                                                    "32011D0753")]),
        ("a 2009/299/IB kerethatározattal módosított", [("2009/299/IB kerethatározattal",
                                                          "32009F0299")]),
        # the earlier members of a list, each with its domain (the same act's title): only
        # the last was found
        ("az 1987/94/EK, a 306/96/EK és a 778/1999/EK rendelet hatályon kívül helyezéséről",
         [("1987/94/EK", "31994R1987"), ("306/96/EK", "31996R0306"),
          ("778/1999/EK rendelet", "31999R0778")]),
        ("a 95/46/EK, a 2002/58/EK vagy a 2016/680 irányelv",
         [("95/46/EK", "31995L0046"), ("2002/58/EK", "32002L0058"),
          ("2016/680 irányelv", "32016L0680")]),
        # (a member needs its domain; a case before is no member)
        ("az 1/2003 és a 2016/679 rendelet", [("2016/679 rendelet", "32016R0679")]),
        ("a C-311/18. sz. ügy és a 2016/679 rendelet", [("2016/679 rendelet", "32016R0679")]),
    ],
)  # fmt: skip
def test_cases_of_the_type_word_and_lists(text: str, found: list[tuple[str, str]]) -> None:
    acts = eurefs.extract(text, kinds="legal_act", short_forms=False)
    assert [(a.text, a.celex) for a in acts] == found
    assert all(eurefs.parse(a.normalized).celex == a.celex for a in acts)
