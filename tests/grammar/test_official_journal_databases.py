"""The citation of the Official Journal in Polish legal databases
(``eurefs/grammar/official_journal.py``): ``Dz.U.UE.L 2006 nr 347 poz 1``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "series", "issue", "year", "page"),
    [
        # the provisions a judgment of the Polish administrative courts cites (CBOSA,
        # orzeczenia.nsa.gov.pl; reported from a judgment kept aside): Directive 2006/112/EC
        # in OJ L 347, 11.12.2006, p. 1 (was nothing)
        ("Powołane przepisy\nDz.U.UE.L 2006 nr 347 poz 1 art. 168\nDyrektywa Rady",
         "Dz.U.UE.L 2006 nr 347 poz 1", "L", "347", 2006, 1),
        ("Dz.U.UE.C 2006 nr 305 poz 34", "Dz.U.UE.C 2006 nr 305 poz 34", "C", "305", 2006, 34),
        # LEX (sip.lex.pl) on Directive 2006/67/EC (was nothing)
        ("Dzienniki UE\n\nDz.U.UE.L.2006.217.8\n\nAkt utracił moc", "Dz.U.UE.L.2006.217.8",
         "L", "217", 2006, 8),
    ],
)  # fmt: skip
def test_the_polish_databases_form(
    text: str, span: str, series: str, issue: str, year: int, page: int
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "oj"]
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.year, ref.page) == (
        span, "pl", series, issue, year, page,
    )  # fmt: skip
    assert ref.cellar_ids == [f"uriserv:OJ.{series}_.{year}.{issue}.01.{page:04d}.01"]
    again = eurefs.parse(ref.normalized)
    assert (again.series, again.issue, again.year, again.page) == (series, issue, year, page)


@pytest.mark.parametrize(
    "text",
    [
        # the Polish Journal of Laws (national) in the same lists: no series, no OJ
        # (CBOSA, I OSK 385/19 and I OSK 2440/14)
        "Powołane przepisy\nDz.U. 2017 poz 1952 art. 5 ust. 8 i 9\nUstawa z dnia 28 listopada "
        "2003 r. o świadczeniach rodzinnych",
        "Dz.U. 2004 nr 54 poz 535",
        # a year to come is no citation
        "Dz.U.UE.L 2095 nr 1 poz 1",
    ],
)
def test_no_oj_without_a_series_or_with_a_year_to_come(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "oj"] == []
