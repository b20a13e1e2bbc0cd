"""European Case Law Identifiers (``eurefs.grammar.ecli``): the ordinal whole or nothing."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "ecli"),
    [
        # Czech courts' identifiers as jurilogie.cz prints the decisions: five parts (was cut
        # to 'ECLI:CZ:NS:2021:25.CDO.2850.2020', another identifier), a sheet number after a
        # colon (was 'ECLI:CZ:NSS:2017:7.AFS.166')
        ("Zdroj dat je dostupný na http://www.nsoud.cz\nECLI:CZ:NS:2021:25.CDO.2850.2020.1\n"
         "sp. zn. 25 Cdo 2850/2020-187 USNESENÍ", "ECLI:CZ:NS:2021:25.CDO.2850.2020.1"),
        ("ECLI:CZ:NSS:2017:7.AFS.166.2017:19 sp. zn. 7 Afs 166/2017 - 19 ROZSUDEK",
         "ECLI:CZ:NSS:2017:7.AFS.166.2017:19"),
        # the Court's ordinal is a number: a footnote call or a word after the full stop is
        # the text's (was 'ECLI:EU:C:2014:317.12', 'ECLI:EU:C:2014:317.The')
        ("Google Spain, ECLI:EU:C:2014:317.12 Ibid.", "ECLI:EU:C:2014:317"),
        ("Google Spain, EU:C:2014:317.12 Ibid.", "ECLI:EU:C:2014:317"),
        ("Google Spain, ECLI:EU:C:2014:317.The Court", "ECLI:EU:C:2014:317"),
        ("See ECLI:EU:C:2014:317.", "ECLI:EU:C:2014:317"),
        ("ECLI:NL:HR:2019:1234.", "ECLI:NL:HR:2019:1234"),
    ],
)  # fmt: skip
def test_the_whole_ordinal(text: str, ecli: str) -> None:
    (ref,) = eurefs.extract(text, kinds="ecli")
    assert ref.normalized == ecli
    assert text[ref.start : ref.end] == ref.text


@pytest.mark.parametrize(
    "text",
    [
        "ECLI:EU:C:2014:317:12",  # no ordinal of the Court
        "ECLI:CZ:US:2017:1.US.1234.16.1.2.3.4",  # more parts than read: none, not a part
    ],
)
def test_no_part_of_an_ordinal(text: str) -> None:
    assert eurefs.extract(text, kinds="ecli") == []
