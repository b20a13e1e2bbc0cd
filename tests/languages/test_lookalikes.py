"""Latin letters typed for Cyrillic or Greek capitals in a domain, and Cyrillic ones in a
Latin word (``eurefs/languages/_lookalikes.py``, the Bulgarian and Greek records' domains and
the Bulgarian COM)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.languages._lookalikes import GREEK_TWINS, cyrillic_spellings, spellings


@pytest.mark.parametrize(
    ("text", "span", "celex"),
    [
        # exlege.bg, its index of EU acts by article (pages corpus): Latin E and O in
        # the domain, whole or in part
        ("чл. 5 Директива 1999/37/EO - препратки от право на ЕС", "Директива 1999/37/EO",
         "31999L0037"),
        ("чл. 4 Директива 2004/27/EО - препратки от право на ЕС", "Директива 2004/27/EО",
         "32004L0027"),
        ("чл. 1 Регламент (ЕC) № 913/2010 - препратки от право на ЕС",
         "Регламент (ЕC) № 913/2010", "32010R0913"),
    ],
)  # fmt: skip
def test_a_domain_typed_with_latin_letters(text: str, span: str, celex: str) -> None:
    """Before, the mixed domain ended no number and the act was missed."""
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (ref.text, ref.celex, ref.lang) == (span, celex, "bg")
    assert ref.domain in ("ЕО", "ЕС")  # the Cyrillic domain


def test_the_spellings_of_a_domain() -> None:
    assert sorted(spellings("ЕО")) == sorted(["EO", "ЕO", "EО"])
    assert spellings("Евратом") == []
    assert len(spellings("ЕИО")) == 3  # И has no Latin twin


def test_an_english_number_keeps_its_language() -> None:
    (ref,) = eurefs.extract("Directive 2003/88/EC")
    assert (ref.lang, ref.domain) == ("en", "EC")


def test_the_cyrillic_spellings_of_a_latin_word() -> None:
    assert sorted(cyrillic_spellings("COM")) == sorted(
        ["СОМ", "COМ", "CОM", "CОМ", "СOM", "СOМ", "СОM"]
    )  # every mix but the Latin word
    assert cyrillic_spellings("SWD") == []  # no Cyrillic twin


# The Article 29 Working Party's Opinion 5/2000 (WP 33) in Greek, as docplayer.gr 775256
# copies it (pages corpus): the second domain typed with a Latin E and a Greek K.
_WP33 = (
    "Η οµάδα εργασίας συστάθηκε µε βάση το άρθρο 29 της οδηγίας 95/46/ΕΚ. Αποτελεί "
    "ανεξάρτητο συµβουλευτικό φορέα της ΕΕ για θέµατα προστασίας των δεδοµένων και της "
    "ιδιωτικής ζωής. Η αποστολή της καθορίζεται στο άρθρο 30 της οδηγίας 95/46/ΕΚ και στο "
    "άρθρο 14 της οδηγίας 97/66/E\u039a."
)


def test_a_greek_domain_typed_with_latin_letters() -> None:
    """Before, ``97/66/EΚ`` (Latin E) ended no number: the directive and its pinpoint were
    missed."""
    refs = [r for r in eurefs.extract(_WP33) if r.kind == "legal_act"]
    last = refs[-1]
    assert (last.text, last.celex, last.lang, last.pinpoint) == (
        "οδηγίας 97/66/E\u039a",
        "31997L0066",
        "el",
        "άρθρο 14",
    )
    assert (last.domain, last.normalized) == ("ΕΚ", "οδηγία 97/66/ΕΚ")  # the Greek domain


def test_another_languages_domain_keeps_its_letters() -> None:
    """Latvian writes ``EK`` in Latin letters: its normal form is not the Greek ``ΕΚ``."""
    (ref,) = eurefs.extract("Direktīva 2003/88/EK")
    assert (ref.lang, ref.domain, ref.normalized) == ("lv", "EK", "Direktīva 2003/88/EK")


def test_the_greek_spellings_of_a_domain() -> None:
    assert sorted(spellings("ΕΚ", GREEK_TWINS)) == sorted(["EK", "ΕK", "EΚ"])
    assert spellings("Ευρατόμ", GREEK_TWINS) == []
