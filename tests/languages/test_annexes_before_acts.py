"""Annexes before the act they are in, as pinpoints, in Slovak and Czech (genitive, no link word),
Slovenian (``k`` and the dative, or the genitive) and Bulgarian (``към``): the records'
``pinpoints.annexes`` and ``pinpoints.annex_links``, as Polish has them
(tests/languages/test_polish_annexes.py).  The texts are the Court's judgment in C-416/10
Križan as CURIA prints it in each language (ELITR/elitr-testset, documents/test-curia-eu);
the pinpoint was nothing."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        ("Príloha I smernice 96/61, nazvaná „Kategórie priemyselných činností uvedených v"
         " článku 1“, odkazuje v bode 5.4 na „skládky odpadov“.", "smernice 96/61", "Príloha I"),
        ("Priloga I k Direktivi 96/61, naslovljena „Vrste industrijskih dejavnosti po členu 1“,"
         " se v točki 5.4 nanaša na", "Direktivi 96/61", "Priloga I"),
        ("В точка 5.4 от приложение I към Директива 96/61, озаглавено „Категории промишлени"
         " дейности, посочени в член 1“, се споменават", "Директива 96/61", "приложение I"),
        # Greek, linked by the genitive article as an article is (test.elitr.el)
        ("Το παράρτημα I της οδηγίας 96/61, το οποίο επιγράφεται «Κατηγορίες βιομηχανικών"
         " δραστηριοτήτων»", "οδηγίας 96/61", "παράρτημα I"),
        # Czech, the same genitive (public repositories, found with find_string; an article of
        # the annex before it is not read: the pinpoint is the annex alone)
        ("Zatřídění se dělá podle dvou kontrolních seznamů: Společného vojenského seznamu EU a"
         " přílohy I nařízení (EU) 2021/821 (dual-use).", "nařízení (EU) 2021/821", "přílohy I"),
        ("odkazem na čl. 2 odst. 3 přílohy I nařízení Komise (EU) č. 651/2014, § 29 stanoví",
         "nařízení Komise (EU) č. 651/2014", "přílohy I"),
        # (other cases: from the languages, UNCONFIRMED in a text read)
        ("podľa prílohy II nariadenia (EÚ) 2016/679", "nariadenia (EÚ) 2016/679", "prílohy II"),
        ("v prilogi II Uredbe (EU) 2016/679", "Uredbe (EU) 2016/679", "prilogi II"),
    ],
)  # fmt: skip
def test_an_annex_before_the_act(text: str, span: str, pinpoint: str) -> None:
    (act,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == (span, pinpoint)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # a link word with no annex before it, a Roman number after another word
        "k Direktivi 96/61",
        "в съответствие с член 5 към Регламент (ЕС) 2016/679",
        "Oddiel I smernice 96/61",
    ],
)
def test_no_annex_pinpoint(text: str) -> None:
    acts = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "legal_act"]
    assert acts and all(a.pinpoint is None for a in acts)  # type: ignore[union-attr]


def test_a_greek_annex_of_the_same_directive() -> None:
    # (test.elitr.el, paragraphs 12 and 13: the pinpoint of the anaphor was nothing)
    text = (
        "Το παράρτημα I της οδηγίας 96/61, το οποίο επιγράφεται «Κατηγορίες», αναφέρει τους"
        " χώρους.\n13\nΤο παράρτημα V της ίδιας οδηγίας, το οποίο επιγράφεται «Συμμετοχή του"
        " κοινού στη λήψη των αποφάσεων», ορίζει μεταξύ άλλων:"
    )
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    assert (ref.text, ref.pinpoint) == ("της ίδιας οδηγίας", "παράρτημα V")  # type: ignore[union-attr]
