"""Act numbers after the type, author and date, the Court's Italian style until the 2010s
(``grammar/dated_act_numbers``)."""

from __future__ import annotations

import pytest

import eurefs


# Opinion of Advocate General Poiares Maduro of 12 March 2008 in C-54/07, Feryn (EUR-Lex,
# pages corpus): 'sull’interpretazione della direttiva del Consiglio 29 giugno 2000,
# 2000/43/CE, che attua il principio della parità di trattamento'; the regulation in the
# same style, with its domain after the type word and its number marker.
@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex"),
    [
        ("sull’interpretazione della direttiva del Consiglio 29 giugno 2000, 2000/43/CE, che "
         "attua il principio", "2000/43/CE", "direttiva 2000/43/CE", "32000L0043"),
        ("il regolamento (CE) del Consiglio 22 dicembre 2000, n. 44/2001, concernente la "
         "competenza", "n. 44/2001", "regolamento (CE) n. 44/2001", "32001R0044"),
        ("la direttiva del Parlamento europeo e del Consiglio 24 ottobre 1995, 95/46/CE, "
         "relativa alla tutela", "95/46/CE", "direttiva 95/46/CE", "31995L0046"),
        ("il regolamento (CEE) del Consiglio 14 giugno 1971, n. 1408/71, relativo",
         "n. 1408/71", "regolamento (CEE) n. 1408/71", "31971R1408"),
    ],
)  # fmt: skip
def test_a_number_after_the_date(text: str, span: str, normalized: str, celex: str) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.celex, ref.lang) == (
        "legal_act", span, normalized, celex, "it")  # fmt: skip
    assert eurefs.parse(normalized).celex == celex


@pytest.mark.parametrize(
    "text",
    [
        # a national body's act: its author is no EU institution's phrase alone
        "del regolamento del Consiglio comunale 12 maggio 2010, n. 5/2010",
        # a number of another year than the date's
        "la direttiva del Consiglio 27 novembre 2000, 2005/78/CE",
        # no author: a national act's number and date
        "decreto legislativo 9 luglio 2003, n. 215/2003",
    ],
)
def test_no_number_after_another_date(text: str) -> None:
    assert [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"] == []


# A summary of the Court's judgment in C-375/05 (ambientediritto.it, its page on the case;
# pages corpus): a regulation's number without its year, which the date gives (both were
# nothing)
GEISLER = (
    "L'art. 4 a, terzo trattino, sub ii), del regolamento (CEE) del Consiglio 27 giugno 1968, "
    "n. 805, relativo all'organizzazione comune dei mercati nel settore delle carni bovine, "
    "come modificato dal regolamento (CE) del Consiglio 18 novembre 1996, n. 2222, dev'essere "
    "interpretato nel senso che"
)


def test_a_regulations_number_without_its_year() -> None:
    refs = [r for r in eurefs.extract(GEISLER, short_forms=False) if r.kind == "legal_act"]
    assert [(r.text, r.normalized, r.celex) for r in refs] == [
        ("n. 805", "regolamento (CEE) n. 805/68", "31968R0805"),
        ("n. 2222", "regolamento (CE) n. 2222/96", "31996R2222"),
    ]
    assert eurefs.parse("regolamento (CE) n. 2222/96").celex == "31996R2222"


@pytest.mark.parametrize(
    "text",
    [
        # December: the number's year may be the next (Regulation (EC) No 44/2001)
        "il regolamento (CE) del Consiglio 22 dicembre 2000, n. 44, concernente",
        # the other types are numbered year first
        "la direttiva del Consiglio 21 maggio 1992, n. 43, relativa",
        # a national body's act
        "del regolamento del Consiglio comunale 12 maggio 2010, n. 5, relativo",
        "decreto legislativo 9 luglio 2003, n. 215, recante",
    ],
)
def test_no_number_without_its_year_elsewhere(text: str) -> None:
    assert [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"] == []
