"""An act's number before the title that cites it by date, as EUR-Lex titles decisions and
recommendations numbered year first (``grammar/leading_numbers``).

Real titles as Harvard Dataverse's copy of EUR-Lex lists them (doi:10.7910/DVN/0EGYWY;
pages corpus): the number was nothing, the dated citation after it a reference without
CELEX.
"""

from __future__ import annotations

import eurefs

TEXTILES = (
    "Name: 93/97/EEC: Council Decision of 9 February 1993 on the conclusion of the Protocol "
    "maintaining in force the Arrangement regarding international trade in textiles (MFA)\n"
    " Type: Decision"
)
OIL_SEEDS = (
    "Name: 94/87/EC: Council Decision of 20 December 1993 concerning the conclusion of "
    "Agreements in the form of Agreed Minutes on certain oil seeds between the European "
    "Community and Argentina, Brazil, Canada, Poland, Sweden and Uruguay"
)


def _acts(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (r.text, r.celex, r.normalized)  # type: ignore[attr-defined]
        for r in eurefs.extract(text)
        if r.kind == "legal_act"
    ]


def test_the_number_before_a_dated_title() -> None:
    assert _acts(TEXTILES) == [("93/97/EEC", "31993D0097", "Decision 93/97/EEC")]
    # (the date's year is the one before the number's)
    assert _acts(OIL_SEEDS) == [("94/87/EC", "31994D0087", "Decision 94/87/EC")]


def test_its_normal_form_parses_again() -> None:
    assert eurefs.parse("Decision 93/97/EEC").celex == "31993D0097"


def test_not_after_a_word() -> None:
    # a heading naming two acts: the number is the directive's, the decision its own
    text = "Directive 2000/60/EC: Commission Decision of 5 May 2010 amending"
    assert [a[0] for a in _acts(text)] == [
        "Directive 2000/60/EC",
        "Commission Decision of 5 May 2010",
    ]
    text = "see 93/97/EEC: Council Decision of 9 February 1993 on the conclusion"
    assert _acts(text) == [
        ("Council Decision of 9 February 1993", None, "Council Decision of 9 February 1993")
    ]


def test_only_a_number_with_its_domain_after_it() -> None:
    # (a court's or a body's numbering: no domain)
    text = "Name: 93/97: Council Decision of 9 February 1993 on the conclusion"
    assert [a[1] for a in _acts(text)] == [None]
