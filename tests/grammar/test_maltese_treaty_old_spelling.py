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


# the explanation of Article 8 of the Charter (OJ C 303/17), Maltese, as fra.europa.eu gives it
# (fra.europa.eu/mt/eu-charter/article/8-il-protezzjoni-tad-data-personali; pages corpus): the
# EC Treaty named 'Trattat KE', as the record's EEC Treaty 'Trattat KEE'; the first article
# was nothing
EXPLANATION = (
    "L-Artikolu 286 tat-Trattat KE huwa issa ssostitwit bl-Artikolu 16 tat-Trattat dwar"
    " il-Funzjonament ta' l-Unjoni Ewropea u l-Artikolu 39 tat-Trattat dwar l-Unjoni Ewropea."
)


def test_the_ec_treaty_by_its_abbreviated_name() -> None:
    found = [
        (r.text, r.normalized, r.treaty)
        for r in eurefs.extract(EXPLANATION)
        if isinstance(r, eurefs.TreatyArticleRef)
    ]
    assert found == [
        ("Artikolu 286 tat-Trattat KE", "Artikolu 286 KE", "EC"),
        ("Artikolu 16 tat-Trattat dwar il-Funzjonament ta' l-Unjoni Ewropea", "Artikolu 16 TFUE",
         "TFEU"),
        ("Artikolu 39 tat-Trattat dwar l-Unjoni Ewropea", "Artikolu 39 TUE", "TEU"),
    ]  # fmt: skip
