"""Croatian ``toč.`` (točka) among the abbreviated subdivisions of a pinpoint before the act
(the Croatian record's ``pinpoints.words``)."""

from __future__ import annotations

import pytest

import eurefs

# A Croatian law firm's list of the Court's decisions on intellectual property
# (ingbiro.com, sudskeodluke; pages corpus).
_INGBIRO = (
    "Opoziv prava koja proizlaze iz žiga Unije – Istek petogodišnjeg razdoblja\n"
    "Čl. 51. st. 1. toč. (a) Uredbe Vijeća (EZ) br. 207/2009 od 26. veljače 2009. o žigu "
    "Europske unije (SL 2009., L 78, str. 1.) (SL, posebno izdanje na hrvatskom jeziku, "
    "poglavlje 17., svezak 1., str. 226.) i čl. 58. st. 1. toč. (a) Uredbe (EU) 2017/1001 "
    "Europskog parlamenta i Vijeća od 14. lipnja 2017. o žigu Europske unije (SL 2017., L 154, "
    "str. 1.)."
)


@pytest.mark.parametrize(
    ("celex", "pinpoint"),
    [("32009R0207", "Čl. 51. st. 1. toč. (a)"), ("32017R1001", "čl. 58. st. 1. toč. (a)")],
)
def test_the_point_abbreviated(celex: str, pinpoint: str) -> None:
    """Before, no pinpoint: ``toč.`` ended it."""
    (ref,) = [r for r in eurefs.extract(_INGBIRO) if r.kind == "legal_act" and r.celex == celex]
    assert (ref.pinpoint, ref.lang) == (pinpoint, "hr")
