"""A treaty named first in the square bracket of a summary's list of provisions, whose points
close with a bracket alone (``grammar/treaty_brackets``)."""

from __future__ import annotations

import eurefs

# The summary of the judgment in C-468/10 and C-469/10 ASNEF (EUR-Lex, SK,
# ECLI:EU:C:2011:777; pages corpus).
_ASNEF = (
    "2.        Aproximácia právnych predpisov – Ochrana fyzických osôb pri spracovaní "
    "osobných údajov – Smernica 95/46 – Podmienky zákonnosti spracovania osobných údajov\n\n"
    "[Charta základných práv Európskej únie, články 7 a 8; smernica Európskeho parlamentu a "
    "Rady 95/46, článok 5 a článok 7 písm. f)]\n\n"
    "3.        Aproximácia právnych predpisov"
)


def test_the_charter_first_in_a_square_bracket() -> None:
    """Before, only the directive: the Charter's name was looked for after a round bracket."""
    refs = eurefs.extract(_ASNEF)
    (art,) = [r for r in refs if r.kind == "treaty_article"]
    assert (art.text, art.treaty, art.lang) == (  # type: ignore[attr-defined]
        "Charta základných práv Európskej únie, články 7 a 8",
        "CFR",
        "sk",
    )
    acts = [(r.celex, r.pinpoint) for r in refs if r.kind == "legal_act"]
    assert acts == [("31995L0046", None), ("31995L0046", "článok 5 a článok 7 písm. f)")]


# The same summary, point 5: the Charter's list goes on with the article word again (EUR-Lex,
# SK, ECLI:EU:C:2011:777; pages corpus).
_ASNEF_5 = (
    "5.        Základné práva – Rešpektovanie súkromného života – Ochrana osobných údajov – "
    "Obmedzenia prípustné na základe Charty základných práv Európskej únie\n\n"
    "(Charta základných práv Európskej únie, články 7, 8 a článok 52 ods. 1)\n\n"
    "6.        Akty inštitúcií"
)


def test_the_charter_first_its_articles_chained() -> None:
    """Before, nothing: the bracket was looked for right after ``články 7, 8``, where the list
    goes on with ``a článok 52 ods. 1`` instead."""
    (art,) = eurefs.extract(_ASNEF_5, kinds=["treaty_article"])
    assert (art.text, art.treaty, list(art.articles)) == (  # type: ignore[attr-defined]
        "Charta základných práv Európskej únie, články 7, 8 a článok 52 ods. 1",
        "CFR",
        ["7", "8", "52"],
    )
