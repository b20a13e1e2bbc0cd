"""'The same' act as an anaphor in Hungarian (``Ugyanezen irányelv``), as Slovak and
Bulgarian have it (``test_same_act_anaphors_sk_bg.py``): the determiners of
``eurefs.languages.hu``."""

from __future__ import annotations

import eurefs

# The judgment in C-154/15, C-307/15 and C-308/15 Gutiérrez Naranjo, points 3 to 5, as
# civilkontroll.com reproduces it (pages corpus), shortened.
_NARANJO = (
    "3        A 93/13 irányelv második preambulumbekezdése szerint:\n"
    "„[…] a fogyasztók hatékonyabb védelme a tisztességtelen feltételekre vonatkozó egységes "
    "jogszabályok elfogadásával érhető el […]”\n\n"
    "4        Ugyanezen irányelv tizenkettedik preambulumbekezdése kimondja:\n"
)


def test_hungarian_the_same_directive() -> None:
    """Before, nothing."""
    found = [r for r in eurefs.extract(_NARANJO) if r.kind == "short_form"]
    assert [(r.text, r.celex, r.how) for r in found] == [  # type: ignore[attr-defined]
        ("Ugyanezen irányelv", "31993L0013", "anaphor")
    ]
