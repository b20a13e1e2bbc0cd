"""Words national and Court texts write in full: Spanish ``número`` before an act's
number, Slovenian ``združeni`` (the nominative dual) before joined cases."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        ("El Reglamento (CE) número 1907/2006 del Parlamento Europeo y del Consejo", "32006R1907"),
        ("el Reglamento (UE) número 1215/2012 del Parlamento Europeo y del Consejo", "32012R1215"),
    ],
)
def test_spanish_numero_before_the_number(text: str, celex: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.lang, ref.celex) == ("legal_act", "es", celex)
    assert ref.text.startswith("Reglamento (") and ref.text.endswith(celex[-4:] + "/" + celex[1:5])


def test_a_national_regulation_numbered_with_numero_stays_out() -> None:
    # a national act: number first, its date without a year (BOE's writing)
    assert eurefs.extract("el Reglamento número 1/2005, de 15 de septiembre") == []


def test_slovenian_joined_cases_heading() -> None:
    refs = eurefs.extract("Združeni zadevi C-524/21 in C-525/21")
    assert [(r.text, r.joined, r.lang) for r in refs] == [
        ("C-524/21", True, "sl"),
        ("C-525/21", True, "sl"),
    ]


def test_the_united_nations_make_no_case() -> None:
    assert eurefs.extract("Združeni narodi so 12/2003 sprejeli") == []
