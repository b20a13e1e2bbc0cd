"""Directive 2000/31/EC as German writing names it, 'die E-Commerce-Richtlinie'.

A German imprint in a public repository (find_string '(2000/31/EG)', id 51871546246): 'Art.
15 E-Commerce-Richtlinie' and 'Art. 5 Abs. 1 der E-Commerce-Richtlinie (2000/31/EG)' gave
nothing (the bare number after the name is not read: grammar/bare_act_numbers does not take
it where every noun has a capital).
"""

from __future__ import annotations

import eurefs

IMPRINT = (
    "Verantwortlich gemäß § 18 Abs. 2 Medienstaatsvertrag (MStV) für "
    "journalistisch-redaktionelle Inhalte sowie gemäß Art. 5 Abs. 1 der "
    "E-Commerce-Richtlinie (2000/31/EG).\n"
    "Wir sind jedoch nicht verpflichtet, übermittelte oder gespeicherte fremde "
    "Informationen zu überwachen oder nach Umständen zu forschen, die auf eine "
    "rechtswidrige Tätigkeit hinweisen (Art. 6:196c Abs. 4 BW, § 7 Abs. 2 TMG, Art. 15 "
    "E-Commerce-Richtlinie)."
)


def test_the_name_alone_and_glossed() -> None:
    found = [
        (r.kind, r.text, r.celex, r.pinpoint)  # type: ignore[attr-defined]
        for r in eurefs.extract(IMPRINT)
    ]
    assert found == [
        ("short_form", "E-Commerce-Richtlinie", "32000L0031", "Art. 5 Abs. 1"),
        ("short_form", "E-Commerce-Richtlinie", "32000L0031", "Art. 15"),
    ]
