"""An ECLI after the label ``ECLI:``, as Slovenia's case-law database heads a decision
(``ECLI:ECLI:SI:VSRS:2020:VIII.IPS.7.2020``): the identifier from the second ``ECLI``; the
doubled prefix was nothing."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Supreme Court's judgment VIII Ips 7/2020 as sodnapraksa.si heads it (pages corpus)
        ("VSRS Sodba VIII Ips 7/2020\n\nSodišče:Vrhovno sodišče\nOddelek:Delovno-socialni"
         " oddelek\nECLI:ECLI:SI:VSRS:2020:VIII.IPS.7.2020\nEvidenčna številka:VS00035062",
         "ECLI:SI:VSRS:2020:VIII.IPS.7.2020"),
        # the Administrative Court's judgment IV U 163/2017 (sodisce.si; pages corpus)
        ("Sodišče:Upravno sodišče\nOddelek:Upravni oddelek\nECLI:ECLI:SI:UPRS:2019:IV.U.163.2017.15"
         "\nEvidenčna številka:UP00036856", "ECLI:SI:UPRS:2019:IV.U.163.2017.15"),
    ],
)  # fmt: skip
def test_the_identifier_after_its_label(text: str, expected: str) -> None:
    refs = eurefs.extract(text, kinds="ecli")
    assert [(r.text, r.normalized) for r in refs] == [(expected, expected)]
