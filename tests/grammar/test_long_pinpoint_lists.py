"""A pinpoint's list of seven articles and more before its act: ranges and an article's
paragraphs counted as members (``grammar/pinpoint_numbers.list_of``)."""

from __future__ import annotations

import eurefs

# The Commission's application in C-241/11 Commission v Czech Republic, as the Official
# Journal's notice words it (EUR-Lex 62011CN0241, MT; pages corpus), shortened.
_C_241_11 = (
    "tikkonstata li, billi ma adottatx il-liġijiet, ir-regolamenti u d-dispożizzjonijiet "
    "amministrattivi neċessarji sabiex tikkonforma ruħha mal-Artikoli 8, 9, 13, 15 sa 18 u "
    "20(2) sa (4) tad-Direttiva 2003/41/KE tal-Parlament Ewropew u tal-Kunsill, tat-3 ta’ "
    "Ġunju 2003, dwar l-attivitajiet u s-superviżjoni ta’ istituzzjonijiet"
)


def test_seven_members_before_the_act() -> None:
    """Before, the act had no pinpoint: a list of more than six members was not read."""
    (act,) = eurefs.extract(_C_241_11, kinds=["legal_act"])
    assert (act.celex, act.pinpoint) == (  # type: ignore[attr-defined]
        "32003L0041",
        "Artikoli 8, 9, 13, 15 sa 18 u 20(2) sa (4)",
    )
