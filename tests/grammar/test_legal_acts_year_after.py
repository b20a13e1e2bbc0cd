"""Regulations cited with their year written out after the number, as Italian legal
writing has them (``Reg. CE n. 44 del 2001``): ``eurefs.grammar.legal_acts_year_after``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "celex", "normalized", "pinpoint"),
    [
        # a consent form of an Italian province (public repository); before: nothing
        ("Autorizzo il trattamento dei dati personali ai sensi degli artt. 13 e 14 del "
         "Regolamento UE n. 679 del 2016", "Regolamento UE n. 679 del 2016", "32016R0679",
         "regolamento (UE) 2016/679", "artt. 13 e 14"),
        # an Italian administration's glossary (public repository)
        ("GDPR General Data Protection Regulation - regolamento UE n. 679 del 2016",
         "regolamento UE n. 679 del 2016", "32016R0679", "regolamento (UE) 2016/679", None),
        # the form the session's brief reported; the number first up to 2014, the year in
        # two figures before 1999 as the OJ numbered them
        ("ai sensi dell'art. 4 del Reg. CE n. 44 del 2001, il giudice",
         "Reg. CE n. 44 del 2001", "32001R0044", "regolamento (CE) n. 44/2001", "art. 4"),
        ("il REGOLAMENTO (CEE) n. 1408 del 1971 si applica", "REGOLAMENTO (CEE) n. 1408 del 1971",
         "31971R1408", "regolamento (CEE) n. 1408/71", None),
        ("Regolamento (UE) n. 1215 del 2012", "Regolamento (UE) n. 1215 del 2012", "32012R1215",
         "regolamento (UE) n. 1215/2012", None),
    ],
)  # fmt: skip
def test_a_regulation_with_its_year_written_out(
    text: str, span: str, celex: str, normalized: str, pinpoint: str | None
) -> None:
    (ref,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (ref.text, ref.celex, ref.normalized, ref.lang) == (span, celex, normalized, "it")  # type: ignore[union-attr]
    assert ref.pinpoint == pinpoint  # type: ignore[union-attr]
    assert text[ref.start : ref.end] == span
    assert eurefs.parse(normalized).celex == celex


@pytest.mark.parametrize(
    "text",
    [
        "ai sensi della legge n. 218 del 1995",  # a national act: no EU domain
        "il Regolamento n. 20 del 2008 dell'ISVAP",
        "Reg. CE n. 1 del 1980",  # no EC acts in 1980 (the EEC's)
        "Reg. UE n. 1 del 2001",  # nor EU acts in 2001
        "Reg. CE n. 0 del 2001",
        "direttiva CE n. 46 del 1995",  # directives are cited by their number as numbered
        "Regulation (EC) No 44 del 2001",  # Italian words only
    ],
)
def test_no_regulation_where_the_words_do_not_make_one(text: str) -> None:
    assert [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"] == []
