"""EUR-Lex's former header of the acts before 2004 in the languages whose words for the
journal also name national journals (``eurefs/grammar/official_journal.py``): French
``Journal officiel``, German ``Amtsblatt``, Italian ``Gazzetta ufficiale``, Spanish ``Diario
Oficial``, Portuguese ``Jornal Oficial``, Greek ``Επίσημη Εφημερίδα`` are read only in the
header's shape (a number marker, the issue in three figures after the series from 1968, the
date with slashes, the first page in four figures); the Portuguese words also without the
page, the series written, as the Lisbon district prosecutors' database heads an act
(pgdlisboa.pt, Regulation (EC) No 44/2001).

Sources (pages corpus): EUR-Lex 31991L0250 (fr), 31991L0683 (de), 31996L0022 (it),
31996L0096 (es; it as eu.vlex.com reproduces it), 31991L0271 (pt, as dre.pt reproduces it),
31996L0069 (el); the pre-1968 issues of the single series as
``tests/grammar/test_official_journal_single_series.py`` cites them in English, Danish and
Dutch (Regulation No 59, 31962R0059; ECSC decisions of the 1950s)."""

from __future__ import annotations

import datetime as dt

import pytest

import eurefs
from eurefs.models.references import OjRef
from tests.support.extracted import extracted


def _oj(text: str) -> list[OjRef]:
    return extracted(text, kind="oj", short_forms=False)


_SERIES = [
    ("Journal officiel n° L 122 du 17/05/1991 p. 0042 - 0046", "fr", "122", dt.date(1991, 5, 17),
     42, 46),
    ("Amtsblatt Nr. L 376 vom 31/12/1991 S. 0029 - 0037", "de", "376", dt.date(1991, 12, 31),
     29, 37),
    ("Gazzetta ufficiale n. L 125 del 23/05/1996 pag. 0003 - 0009", "it", "125",
     dt.date(1996, 5, 23), 3, 9),
    ("Diario Oficial n° L 046 de 17/02/1997 p. 0001 - 0019", "es", "046", dt.date(1997, 2, 17),
     1, 19),
    ("Jornal Oficial nº L 135 de 30/05/1991 p. 0040 - 0052", "pt", "135", dt.date(1991, 5, 30),
     40, 52),
    ("Επίσημη Εφημερίδα αριθ. L 282 της 01/11/1996 σ. 0064 - 0067", "el", "282",
     dt.date(1996, 11, 1), 64, 67),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "issue", "date", "page", "last"), _SERIES)
def test_header_with_a_series(
    text: str, lang: str, issue: str, date: dt.date, page: int, last: int
) -> None:
    """Before, nothing was found: the words are no abbreviation of the journal."""
    (ref,) = _oj(f"Directive du Conseil\n\n{text}\nédition spéciale finnoise")
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date, ref.page, ref.last_page) == (
        text, lang, "L", issue, date, page, last,
    )  # fmt: skip
    # as the English header (``Official Journal L 122 , 17/05/1991 P. 0042``) gives them
    assert ref.cellar_ids == [f"uriserv:OJ.L_.{date.year}.{int(issue):03d}.01.{page:04d}.01"]
    assert ref.celex is None
    again = eurefs.parse(ref.normalized)
    assert (again.series, again.issue, again.date, again.page) == ("L", issue, date, page)


def test_portuguese_header_without_its_page() -> None:
    """Before, nothing was found: the header's shape had its page."""
    (ref,) = _oj(
        "_____________________\n\nJornal Oficial nº L 012 de 16/01/2001\n"
        "REGULAMENTO (CE) N.º 44/2001 DO CONSELHO, de 22 de Dezembro de 2000"
    )
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date, ref.page) == (
        "Jornal Oficial nº L 012 de 16/01/2001", "pt", "L", "012", dt.date(2001, 1, 16), None,
    )  # fmt: skip
    assert ref.cellar_ids == []  # no page
    again = eurefs.parse(ref.normalized)
    assert (again.series, again.issue, again.date, again.page) == ("L", "012", ref.date, None)


_SINGLE_SERIES = [
    # the single series before 1968 (the examples of the task: Regulation No 59's issue)
    ("Journal officiel n° 058 du 10/07/1962 p. 1655 - 1656", "fr"),
    ("Amtsblatt Nr. 058 vom 10/07/1962 S. 1655 - 1656", "de"),
    ("Gazzetta ufficiale n. 058 del 10/07/1962 pag. 1655 - 1656", "it"),
    ("Diario Oficial n° 058 de 10/07/1962 p. 1655 - 1656", "es"),
]


@pytest.mark.parametrize(("text", "lang"), _SINGLE_SERIES)
def test_header_of_the_single_series(text: str, lang: str) -> None:
    (ref,) = _oj(text)
    assert (ref.text, ref.lang, ref.series, ref.issue, ref.date, ref.page, ref.last_page) == (
        text, lang, None, "058", dt.date(1962, 7, 10), 1655, 1656,
    )  # fmt: skip
    assert ref.cellar_ids == []  # no series: its identifiers are not known


@pytest.mark.parametrize(
    "text",
    [
        # national journals: their names, issues, dates in words or with dots
        "Journal officiel de la République française n° 58 du 10 mars 2000",
        "Journal officiel n° 58 du 10 mars 2000, p. 3712",
        "Journal officiel n° 58 du 10/03/2000 p. 3712",
        "Gazzetta Ufficiale della Repubblica italiana n. 52 del 4 marzo 1994",
        "Gazzetta Ufficiale n. 52 del 04/03/1994 pag. 12",
        "Amtsblatt Nr. 12 vom 15.03.1965, S. 123",
        "Amtsblatt Nr. 012 vom 15/03/1965 S. 123",
        "Bundesgesetzblatt Nr. 058 vom 10/07/1962 S. 1655",
        "Diario Oficial de la Federación n° 058 de 10/07/1962",
        # the header's words without its shape: no marker, no page, a two-digit issue
        "Journal officiel L 122 du 17/05/1991 p. 0042",
        "Amtsblatt Nr. L 376 vom 31/12/1991",
        "Journal officiel n° 58 du 10/07/1962 p. 1655",
        "Gazzetta ufficiale n. L 125 del 23/05/1996",
        # Portuguese without the page: only with the series (the Azores' and Madeira's
        # journals are also Jornal Oficial); the Diário da República never
        "Jornal Oficial nº 012 de 16/01/2001",
        "Jornal Oficial, I Série, n.º 58 de 15/05/2013",
        "Diário da República n.º 012 de 16/01/2001",
        "Diário da República nº L 012 de 16/01/2001",
        "Diário da República, 1.ª série, n.º 12, de 16 de janeiro de 2001",
        # a date that is none, a date to come
        "Journal officiel n° L 122 du 31/02/1991 p. 0042 - 0046",
        "Amtsblatt Nr. 058 vom 10/07/2062 S. 1655 - 1656",
    ],
)
def test_no_header_citation(text: str) -> None:
    assert _oj(text) == []
