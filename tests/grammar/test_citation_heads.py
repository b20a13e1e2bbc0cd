"""The next act's type word right after a number is no national author in the genitive
(``eurefs/grammar/citation_heads.py``, read by ``national_acts.authored_at``).

Croatian, Slovenian, Slovak, Czech and Polish may name a national author in the genitive
right after the number, with no link (``Uredba ... Vlade Republike Hrvatske``), so any
capitalised word there was read as one: of two acts cited one after the other by their
bare number, every act but the last was dropped as a national act.  The bare number
after the type word is real (the EDPB's Slovak and Czech titles: ``podľa nariadenia
2016/679``, ``podle nařízení 2016/679``; pages corpus); two such acts in a row, one a
line as lists and tables of acts set them, are built from the rules (no text read)."""

from __future__ import annotations

import pytest

from eurefs.grammar.citation_heads import starts_a_citation
from tests.support.extracted import extracted


def _celexes(text: str) -> list[str | None]:
    return [celex for _, celex in extracted(text, "text", "celex", kind="legal_act")]


@pytest.mark.parametrize(
    "text",
    [
        "Uredba 2016/679\nUredba 2017/1001\n",  # Croatian (each was lost but the last)
        "Uredba 2016/679 Uredba 2017/1001",
        "Uredbe 2016/679 Uredbe 2017/1001",
        "Uredbo 2016/679\nUredbo 2017/1001\n",  # Slovenian
        "Nariadenie 2016/679\nNariadenie 2017/1001\n",  # Slovak
        "Nařízení 2016/679\nNařízení 2017/1001\n",  # Czech
        "Rozporządzenie 2016/679\nRozporządzenie 2017/1001\n",  # Polish
        "Uredba 2016/679\nDirektiva 2017/1001\n",  # another type word
        "Uredba 2016/679\nRegulation 2017/1001\n",  # another language's
    ],
)
def test_the_next_acts_type_word_is_no_author(text: str) -> None:
    second = "32017L1001" if "Direktiva" in text else "32017R1001"
    assert _celexes(text) == ["32016R0679", second]


def test_a_subtype_before_the_next_type_word_is_no_author() -> None:
    assert _celexes("Uredba 2016/679\nProvedbena uredba (EU) 2019/947\n") == [
        "32016R0679",
        "32019R0947",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Uredba 2016/679 Vlade Republike Hrvatske",
        "Uredba 2016/679 Vlade Republike Hrvatske\nUredba 2017/1001 Vlade\n",
        "Nariadenie 2016/679 vlády\nNariadenie 2017/1001 vlády\n",
    ],
)
def test_a_national_author_still_makes_no_eu_act(text: str) -> None:
    assert _celexes(text) == []


@pytest.mark.parametrize(
    ("words", "starts"),
    [
        ("Uredba 2017/1001", True),
        ("Provedbena uredba (EU)", True),
        ("Wspólne stanowisko Rady", True),  # a type word of two words, read whole
        ("Wspólnego Komitetu", False),  # its first word alone: a joint committee's name
        ("Εκτελεστικής Επιτροπής", False),  # a subtype's word alone: an executive committee
        ("Vlade Republike Hrvatske", False),
    ],
)
def test_the_words_that_start_a_citation(words: str, starts: bool) -> None:
    assert starts_a_citation(words, 0) is starts
