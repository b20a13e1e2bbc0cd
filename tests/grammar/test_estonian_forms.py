"""Estonian forms read in the Court's texts (the record ``eurefs/languages/et.py``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_one_treaty_article


def test_the_partitive_of_maarus_in_an_acts_title() -> None:
    """The Estonian opinion of AG Bot in Rahman (C-83/11, curia.europa.eu) cites
    Directive 2004/38 with its title. Before, ``määrust (EMÜ) nr 1612/68`` (the partitive
    after ``muudetakse``) was nothing."""
    text = (
        "Euroopa Parlamendi ja nõukogu 29. aprilli 2004. aasta direktiivi 2004/38, mis "
        "käsitleb Euroopa Liidu kodanike ja nende pereliikmete õigust liikuda ja elada "
        "vabalt liikmesriikide territooriumil ning millega muudetakse määrust (EMÜ) nr "
        "1612/68 ja tunnistatakse kehtetuks direktiivid 64/221/EMÜ"
    )
    refs = [(r.text, r.celex) for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert ("määrust (EMÜ) nr 1612/68", "31968R1612") in refs


def test_the_plural_case_word_of_joined_cases() -> None:
    """Czop and Punakova (EUR-Lex 62011CJ0147, Estonian): before, ``kohtuasjad`` was no
    case word and the first number was ``en``."""
    text = "Liidetud kohtuasjad C-147/11 ja C-148/11."
    first = next(r for r in eurefs.extract(text) if r.kind == "case")
    assert (first.text, first.lang) == ("C-147/11", "et")


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the comitative plural with a range (reported from an Estonian text kept aside;
        # was nothing)
        ("on EÜ artiklitega 28–30 vastuolus", "EÜ artiklitega 28–30", "EÜ artiklitega 28-30",
         "EC"),
        # the elative (Opinion of AG Bot in C-110/05, EUR-Lex 62005CC0110(01); was nothing)
        ("Itaalia Vabariik on jätnud täitmata EÜ artiklist 28 tulenevad kohustused",
         "EÜ artiklist 28", "EÜ artiklist 28", "EC"),
        # the allative (katripaasmohando.com, on C-542/14 VM Remonts; was nothing)
        ("Läti konkurentsiseaduse sätet, mis vastab ELTL artiklile 101) ja",
         "ELTL artiklile 101", "ELTL artiklile 101", "TFEU"),
    ],
)  # fmt: skip
def test_article_words_in_other_cases(text: str, span: str, normalized: str, treaty: str) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)


# Estonian national writing abbreviates the article, paragraph and point after a treaty
# written first, as after an act (``art``, ``lg``, the point's ``p`` declined after a hyphen:
# ``p-s``, ``p-st``): a Tartu University master's thesis on state aid to firms in
# difficulty (A. Linntam, 2017, as 9dok.net reproduces it; pages corpus). Both were nothing.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Nagu eelpool käsitletud, hõlmavad ELTL art 107 lg 3 p-s c silmas peetud "
         "ühishuvieesmärgid nii heaolu", "ELTL art 107 lg 3 p-s c"),
        ("2.1. ELTL art 107 lg 3 p-st c tulenevad riigiabi eesmärgid ... 29",
         "ELTL art 107 lg 3 p-st c"),
    ],
)  # fmt: skip
def test_abbreviated_article_words_after_the_treaty(text: str, span: str) -> None:
    assert_one_treaty_article(text, span, span, "TFEU")
