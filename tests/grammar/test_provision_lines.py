"""The provisions an entry of the Polish administrative courts' database lists before an act
(``eurefs/grammar/provision_lines.py``): CBOSA's "Powołane przepisy" (orzeczenia.nsa.gov.pl;
pages corpus)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import provision_lines

# I FSK 516/13, postanowienie NSA z 2014-03-06 (orzeczenia.nsa.gov.pl/doc/DE09E621B9)
_BLOCK = (
    "Treść wyniku\nZawieszono postępowanie\nPowołane przepisy\n"
    "Dz.U.UE.C 2008 nr 115 poz 47 art. 267\n"
    "Wersja Skonsolidowana Traktatu o Funkcjonowaniu Unii Europejskiej\n"
    "Dz.U.UE.L 1977 nr 145 poz 1 art. 2 pkt 1, art. 4 ust. 1 i 2, art. 5 ust. 1 oraz art. 10 "
    "ust. 1 i 2, art. 17 ust. 2 lit. a), art. 18 ust. 1 lit. a) oraz art. 22 ust. 3\n"
    "Szósta Dyrektywa Rady z dnia 17 maja 1977 r. Nr 77/388/EWG w sprawie harmonizacji "
    "ustawodawstw Państw Członkowskich w odniesieniu do podatków obrotowych - wspólny system "
    "podatku od wartości dodanej: ujednolicona podstawa wymiaru podatku\n"
    "Dz.U. 2004 nr 54 poz 535 art. 86 ust. 1 i 2 pkt 1 lit. a)\n"
    "Ustawa z dnia 11 marca 2004 r. o podatku od towarów i usług\nSentencja\n"
)
_PINPOINT = (
    "art. 2 pkt 1, art. 4 ust. 1 i 2, art. 5 ust. 1 oraz art. 10 ust. 1 i 2, art. 17 ust. 2 "
    "lit. a), art. 18 ust. 1 lit. a) oraz art. 22 ust. 3"
)
# I FSK 355/12, wyrok NSA z 2012-07-20 (orzeczenia.nsa.gov.pl/doc/CF63556A26), a flat copy
_FLAT = (
    "Dz.U. 2004 nr 97 poz 970 par 8 ust.1 pkt 6 Rozporządzenie Ministra Finansów z dnia 27 "
    "kwietnia 2004 r. w sprawie wykonania niektórych przepisów ustawy o podatku od towarów i "
    "usług Dz.U.UE.L 2006 nr 347 poz 1 art.9, art.168, art.169, art.178 lit.a) Dyrektywa Rady "
    "z dnia 28 listopada 2006 r. Nr 2006/112/WE w sprawie wspólnego systemu podatku od "
    "wartości dodanej |"
)


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # all the provisions, the ordinal before the act (was none: the line break)
        (_BLOCK, "31977L0388", _PINPOINT),
        # on one line (was none)
        (_FLAT, "32006L0112", "art.9, art.168, art.169, art.178 lit.a)"),
        # a numbered act (was 'art. 18 ust. 1 lit. a)': the list's end only)
        ("Powołane przepisy\nDz.U.UE.L 1977 nr 145 poz 1 art. 17 ust. 2 lit. a), art. 18 ust. 1 "
         "lit. a)\nDyrektywa Rady 77/388/EWG", "31977L0388",
         "art. 17 ust. 2 lit. a), art. 18 ust. 1 lit. a)"),
    ],
)  # fmt: skip
def test_the_provisions_before_the_act_are_its_pinpoint(
    text: str, celex: str, pinpoint: str
) -> None:
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.celex, act.pinpoint) == (celex, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # an act in the title of another entry's act: not its provisions
        "Dz.Urz.UE.L 2016 nr 119 poz 1 art. 6 ust. 1 lit. f\nRozporządzenie Parlamentu "
        "Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób "
        "fizycznych oraz uchylenia dyrektywy 95/46/WE",
        # more than the act's ordinal before it on its line
        "Dz.U.UE.L 1977 nr 145 poz 1 art. 13\nWersja skonsolidowana Dyrektywy Rady 77/388/EWG",
        # no provisions in the entry
        "Dz.U.UE.L 1977 nr 145 poz 1\nDyrektywa Rady 77/388/EWG",
    ],
)
def test_no_provisions_of_another_entry(text: str) -> None:
    acts = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert acts[-1].pinpoint is None


class _Slices(str):
    """A text that records how many characters each slice of it copies."""

    copied: list[int]

    def __getitem__(self, key: int | slice) -> str:  # type: ignore[override]
        if isinstance(key, slice):
            self.copied.append(len(range(*key.indices(len(self)))))
        return str.__getitem__(self, key)


def test_an_entry_is_read_without_copying_the_text_before_it() -> None:
    # a database's list of many entries (``_BLOCK``'s, repeated): each act's entry was
    # matched in a copy of all the text before the act, so reading every act's provisions
    # took time quadratic in the list's length (1.3 MB: 0.30 s of 1.4 s, doubling as
    # the text doubled)
    text = _Slices(_BLOCK * 40)
    text.copied = []
    starts = [r.start for r in eurefs.extract(str(text)) if r.kind == "legal_act"]
    pins = [provision_lines.provisions(text, start, "pl") for start in starts]
    assert pins == [_PINPOINT] * 40
    assert max(text.copied, default=0) <= len(_BLOCK)
