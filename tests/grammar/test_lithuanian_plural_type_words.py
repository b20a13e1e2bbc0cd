"""The Lithuanian accusative plural of 'direktyva' before a list of directives, as the title of
the Unfair Commercial Practices Directive names those it amends (``direktyvas 97/7/EB,
98/27/EB bei 2002/65/EB``): the list was not read at all."""

from __future__ import annotations

import eurefs

# The order in C-13/15 Cdiscount, paragraph 1 (EUR-Lex 62015CO0013, LT; pages corpus), which
# quotes the title of Directive 2005/29/EC.
_CDISCOUNT = (
    "Prašymas priimti prejudicinį sprendimą pateiktas dėl 2005 m. gegužės 11 d. Europos "
    "Parlamento ir Tarybos direktyvos 2005/29/EB dėl nesąžiningos įmonių komercinės veiklos "
    "vartotojų atžvilgiu vidaus rinkoje ir iš dalies keičiančios Tarybos direktyvą 84/450/EEB, "
    "Europos Parlamento ir Tarybos direktyvas 97/7/EB, 98/27/EB bei 2002/65/EB ir Europos "
    "Parlamento ir Tarybos reglamentą (EB) Nr. 2006/2004 („Nesąžiningos komercinės veiklos "
    "direktyva“) (OL L 149, p. 22) aiškinimo."
)


def test_the_directives_after_the_accusative_plural() -> None:
    acts = [(r.text, r.celex) for r in eurefs.extract(_CDISCOUNT, kinds=["legal_act"])]
    assert acts == [
        ("Europos Parlamento ir Tarybos direktyvos 2005/29/EB", "32005L0029"),
        ("Tarybos direktyvą 84/450/EEB", "31984L0450"),
        ("Europos Parlamento ir Tarybos direktyvas 97/7/EB", "31997L0007"),
        ("98/27/EB", "31998L0027"),
        ("2002/65/EB", "32002L0065"),
        ("Europos Parlamento ir Tarybos reglamentą (EB) Nr. 2006/2004", "32004R2006"),
    ]
