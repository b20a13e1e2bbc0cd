"""Estonian forms read in the Court's texts (the record ``eurefs/languages/et.py``)."""

from __future__ import annotations

import eurefs


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
