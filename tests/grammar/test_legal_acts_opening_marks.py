"""An institution right after an opening bracket or quotation mark is in the act's span
(``eurefs/grammar/legal_acts.py``, ``legal_acts_dated.py``: ``OPENING_MARKS``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kinds="legal_act")


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # the summary of the judgment in C-484/08 Caja de Ahorros (EUR-Lex, English)
        ("(Council Directive 93/13, Arts 4(2) and 8)", "Council Directive 93/13", "31993L0013"),
        # the summary of the judgment in C-162/09 Lassal (EUR-Lex 62009CJ0162, Latvian)
        (
            "(Eiropas Parlamenta un Padomes Direktīvas 2004/38 16. panta 1. un 4. punkts)",
            "Eiropas Parlamenta un Padomes Direktīvas 2004/38",
            "32004L0038",
        ),
        # the same in Lithuanian and Estonian, and a heading in quotation marks
        (
            "(Europos Parlamento ir Tarybos direktyvos 2004/38/EB 16 straipsnio 1 dalis)",
            "Europos Parlamento ir Tarybos direktyvos 2004/38/EB",
            "32004L0038",
        ),
        (
            "(Euroopa Parlamendi ja nõukogu määrus (EL) 2016/679)",
            "Euroopa Parlamendi ja nõukogu määrus (EL) 2016/679",
            "32016R0679",
        ),
        ("«Komisijas Regula (ES) 2016/679»", "Komisijas Regula (ES) 2016/679", "32016R0679"),
        (
            "“Commission Regulation (EU) 2016/679”",
            "Commission Regulation (EU) 2016/679",
            "32016R0679",
        ),
    ],
)
def test_institution_after_an_opening_mark(text: str, span: str, celex: str) -> None:
    assert _acts(text)[0] == (span, celex)


def test_dated_act_after_an_opening_mark() -> None:
    """An act cited by date with its institution first: nothing before, as the type word
    alone (``Directive of 5 April 1993``) may be a national act's."""
    refs = eurefs.extract(
        "(Council Directive of 5 April 1993 on unfair terms in consumer contracts)",
        kinds="legal_act",
    )
    assert [(r.text, r.normalized) for r in refs] == [
        ("Council Directive of 5 April 1993", "Council Directive of 5 April 1993")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "(Regulation (EU) 2016/679)",  # no institution: the span as before
        "(Commissioner Regulation (EU) 2016/679)",  # a word that is no institution
        "(Directive of 5 April 1993 on unfair terms)",  # by date, no institution: nothing
    ],
)
def test_nothing_else_after_an_opening_mark(text: str) -> None:
    spans = [r.text for r in eurefs.extract(text, kinds="legal_act")]
    assert spans == ([] if "April" in text else ["Regulation (EU) 2016/679"])
