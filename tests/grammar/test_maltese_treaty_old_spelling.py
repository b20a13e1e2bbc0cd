"""The TFEU's Maltese name in the spelling before the 2008 reform (``ta' l-Unjoni``), as
EUR-Lex's Maltese titles of 2007-2009 write it (the Maltese record's ``treaties``)."""

from __future__ import annotations

import eurefs

# Council Decision 2009/857/EC, its title on EUR-Lex (32009D0857, Maltese; pages corpus): the
# second article was nothing
TITLE = (
    "2009/857/KE: Deċiżjoni tal-Kunsill tat- 13 ta' Diċembru 2007 dwar l-implimentazzjoni ta'"
    " l-Artikolu 9 C(4) tat-Trattat dwar l-Unjoni Ewropea u l-Artikolu 205(2) tat-Trattat dwar"
    " il-Funzjonament ta' l-Unjoni Ewropea bejn l- 1 ta' Novembru 2014 u l- 31 ta' Marzu 2017"
)


def test_the_tfeu_spelt_before_the_reform() -> None:
    found = [
        (r.text, r.normalized, r.treaty)
        for r in eurefs.extract(TITLE)
        if r.kind == "treaty_article"
    ]
    assert found[-1] == (
        "Artikolu 205(2) tat-Trattat dwar il-Funzjonament ta' l-Unjoni Ewropea",
        "Artikolu 205(2) TFUE",
        "TFEU",
    )
    assert eurefs.parse("Artikolu 205(2) TFUE").treaty == "TFEU"  # type: ignore[union-attr]
