"""The Treaties' older official Greek names (``Συνθήκη περί ιδρύσεως της Ευρωπαϊκής
Οικονομικής Κοινότητος``), the article word with a capital without its accent (``Αρθρο``)
and the colon after the enacting formula's intro of older acts (``Έχοντας υπόψη: τη``):
the Greek record (``eurefs.languages.el``)."""

from __future__ import annotations

from tests.support.extracted import extracted

# A Cypriot statute's preamble (the law amending the state-aid control laws 2001 to 2003,
# Ε.Ε. Παρ. Ι(Ι), Αρ. 3851, 30/4/2004, as docplayer.gr reproduces it; pages corpus),
# shortened.
_CYPRUS = (
    "Για σκοπούς εφαρμογής των Άρθρων 87 και 88 της Συνθήκης περί Ιδρύσεως της Ευρωπαϊκής "
    "Κοινότητας και των ακόλουθων πράξεων της Ευρωπαϊκής Κοινότητας: (α) του Κανονισμού (ΕΚ) "
    "αριθ. 994/98 του Συμβουλίου της 7ης Μαΐου 1998 για την εφαρμογή των Αρθρων 92 και 93 "
    "της Συνθήκης ΕΚ σε ορισμένες κατηγορίες οριζόντιων ενισχύσεων (β) του Κανονισμού (ΕΚ) "
    "αριθ. 659/1999 του Συμβουλίου της 22ας Μαρτίου 1999 για τη θέσπιση λεπτομερών κανόνων "
    "εφαρμογής του Αρθρου 93 της Συνθήκης ΕΚ"
)

# Council Regulation (EEC) No 900/75 (EUR-Lex 31975R0900, EL; pages corpus), shortened.
_R900_75 = (
    "ΤΟ ΣΥΜΒΟΥΛΙΟ ΤΩΝ ΕΥΡΩΠΑΪΚΩΝ ΚΟΙΝΟΤΗΤΩΝ, Έχοντας υπόψη: τη συνθήκη περί ιδρύσεως της "
    "Ευρωπαϊκής Οικονομικής Κοινότητος, και ιδίως το άρθρο 113, τη σύσταση της Επιτροπής,"
)


def _articles(text: str) -> list[tuple[str, str]]:
    return extracted(text, "text", "treaty", kinds=["treaty_article"])


def test_the_older_name_and_the_capital_without_its_accent() -> None:
    """Before, none of the three."""
    assert _articles(_CYPRUS) == [
        ("Άρθρων 87 και 88 της Συνθήκης περί Ιδρύσεως της Ευρωπαϊκής Κοινότητας", "EC"),
        ("Αρθρων 92 και 93 της Συνθήκης ΕΚ", "EC"),
        ("Αρθρου 93 της Συνθήκης ΕΚ", "EC"),
    ]


def test_the_enacting_formula_of_an_older_act() -> None:
    """Before, nothing: neither the colon nor the EEC Treaty's long name was read."""
    assert _articles(_R900_75) == [("άρθρο 113", "EEC")]


def test_the_euratom_treaty_so_named_is_not_the_ec_treaty() -> None:
    text = "το άρθρο 31 της Συνθήκης περί ιδρύσεως της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας"
    assert [t for _, t in _articles(text)] == ["EAEC"]
    # (written otherwise than the record has it: nothing, not the EC Treaty)
    assert _articles(text.replace("Ενέργειας", "Ενεργείας")) == []


def test_the_eec_treaty_by_its_name() -> None:
    text = (
        "κατ' εφαρμογή του άρθρου 177 της Συνθήκης περί ιδρύσεως της Ευρωπαϊκής Οικονομικής "
        "Κοινότητος"
    )
    assert [t for _, t in _articles(text)] == ["EEC"]
