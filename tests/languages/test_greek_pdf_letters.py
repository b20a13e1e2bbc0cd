"""Greek as PDFs and headings write it: the micro sign for mu (``textview.CLEAN_TABLE``)
and the author in capitals between the type word and the number (the Greek record's
``author_phrases``)."""

from __future__ import annotations

import eurefs

# The Official Journal's Greek text of Regulation (EC) No 1782/2003 as docplayer.gr
# (126746) copies it from the PDF, every mu the micro sign U+00B5 (pages corpus).
_MICRO = (
    "Επίση\u00b5η Εφη\u00b5ερίδα της Ευρωπαϊκής Ένωσης. (Πράξεις για την ισχύ των οποίων "
    "απαιτείται δη\u00b5οσίευση) ΚΑΝΟΝΙΣΜΟΣ (ΕΚ) αριθ. 1782/2003 ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ της 29ης "
    "Σεπτε\u00b5βρίου 2003 για τη θέσπιση κοινών κανόνων [...] και για την τροποποίηση των "
    "κανονισ\u00b5ών (ΕΟΚ) αριθ. 2019/93, (ΕΚ) αριθ. 1452/2001, (ΕΚ) αριθ. 1453/2001, (ΕΚ) "
    "αριθ. 1454/2001, (ΕΚ) αριθ. 1868/94, (ΕΚ) αριθ. 1251/1999, (ΕΚ) αριθ. 1254/1999, (ΕΚ) "
    "αριθ. 1673/2000, (ΕΟΚ) αριθ. 2358/71 και (ΕΚ) αριθ. 2529/2001"
)


def test_a_type_word_with_the_micro_sign_for_mu() -> None:
    """Before, the list after ``κανονισµών`` (with the micro sign) was not read: one
    regulation of eleven."""
    refs = [r for r in eurefs.extract(_MICRO) if r.kind == "legal_act"]
    assert [r.celex for r in refs] == [
        "32003R1782", "31993R2019", "32001R1452", "32001R1453", "32001R1454", "31994R1868",
        "31999R1251", "31999R1254", "32000R1673", "31971R2358", "32001R2529",
    ]  # fmt: skip
    assert refs[1].text == "κανονισ\u00b5ών (ΕΟΚ) αριθ. 2019/93"  # the text as written
    assert refs[1].normalized == "κανονισμός (ΕΟΚ) αριθ. 2019/93"
    assert {r.lang for r in refs} == {"el"}


def test_the_author_in_capitals_before_the_number() -> None:
    """Before, nothing: the accented ``του Συμβουλίου`` was the only author phrase there
    (the directive's heading on taxheaven.gr, circular 15692; pages corpus)."""
    text = "ΟΔΗΓΙΑ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ 89/391/ΕΟΚ της 12ης Ιουνίου 1989"
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.celex, ref.lang) == ("89/391/ΕΟΚ", "31989L0391", "el")
