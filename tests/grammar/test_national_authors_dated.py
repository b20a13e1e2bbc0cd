"""A national author before a dated form's date, the type word after the date: no EU act
(``eurefs/grammar/authors_before.qualified``: the records' ``national_authors_before``, the
date of their ``dated_forms_before`` between). The Latvian Public Utilities Commission
numbers its board's decisions N/N within a year, and the Latvian gazette cites them by
author and date: ``lēmumā Nr. 1/12`` was an EU decision numbered 1 of 2012. The EU's
institutions before a date keep their acts."""

from __future__ import annotations

import pytest

import eurefs

# The regulator's board decision No 1/15 of 25 August 2010 amending its decision No 1/12
# (likumi.lv/ta/id/215929; pages corpus)
SPRK = (
    "Grozījums Sabiedrisko pakalpojumu regulēšanas komisijas 2010.gada 14.jūlija lēmumā"
    ' Nr. 1/12 "Noteikumi par tarifus veidojošo izmaksu pamatojumu"'
)


def _acts(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.celex) for r in eurefs.extract(text, kinds="legal_act")]


def test_a_regulators_dated_decision_is_no_eu_act() -> None:
    assert _acts(SPRK) == []


def test_the_same_with_blanks_after_the_dots() -> None:
    text = SPRK.replace("2010.gada 14.jūlija", "2010. gada 14. jūlija")
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Commission and the Council before their acts' dates (EUR-Lex's Latvian)
        (
            "Komisijas 2010. gada 14. jūlija Lēmums 2010/390/ES",
            [("Lēmums 2010/390/ES", "32010D0390")],
        ),
        (
            "Padomes 1993. gada 23. novembra Direktīvā 93/104/EK",
            [("Direktīvā 93/104/EK", "31993L0104")],
        ),
        # (without the domain, as before)
        (
            "Komisijas 2008. gada 23. aprīļa Regulā Nr. 353/2008",
            [("Regulā Nr. 353/2008", "32008R0353")],
        ),
        (
            "Eiropas Parlamenta un Padomes 2013. gada 22. oktobra Lēmums Nr. 1082/2013/ES",
            [("Lēmums Nr. 1082/2013/ES", "32013D1082")],
        ),
    ],
)
def test_the_eu_institutions_before_a_date_keep_their_acts(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _acts(text) == expected
