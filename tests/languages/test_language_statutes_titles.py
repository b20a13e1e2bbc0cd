"""Language tags of references written alike (``C-405/16 P``) where the evidence is thin: a
German statute's abbreviation before its year (German ``dated_statutes``: ``EEG 2012``, not
the Dutch EEC), the heading word ``Titel`` of four languages, the word the end of the
window after a reference cuts (``grammar/written_alike._after``) and the asterisks of
emphasis (``**EuGH``).  Real sentences, and those that must keep their tags."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.written_alike import WORDS_AFTER, _after
from eurefs.languages.evidence import share_table, tell
from tests.support.extracted import extracted


def _langs(text: str) -> list[tuple[str, str]]:
    return extracted(text, "text", "lang", short_forms=False)


#: A note in a public repository on German energy law (find_string 'C-405/16 P'):
#: ``- **EuGH 28.03.2019, C-405/16 P (PreussenElektra-Nachfolge / EEG 2012)**: EEG-Umlage
#: stellt keine staatliche Beihilfe i.S.v. Art. 107 AEUV dar (in Vorlaeufer-Konstellation)``
NOTE = (
    "- **EuGH 28.03.2019, C-405/16 P (PreussenElektra-Nachfolge / EEG 2012)**: EEG-Umlage "
    "stellt keine staatliche Beihilfe i.S.v. Art. 107 AEUV dar (in Vorlaeufer-Konstellation)"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole line: English, from ``Be`` (the first letters of ``Beihilfe``, where the
        # window after the case number ended) and ``**EuGH`` not read through its asterisks
        (NOTE, [("C-405/16 P", "de"), ("Art. 107 AEUV", "de")]),
        # its case number and bracket alone (a table cell): was Dutch, by the EEC's EEG
        ("C-405/16 P (PreussenElektra-Nachfolge / EEG 2012)", [("C-405/16 P", "de")]),
        # another note in a public repository (the same search): '- **EuGH, Urteil vom
        # 28.03.2019 – C-405/16 P, Deutschland/Kommission, EEG 2012:** Die Kommission ...';
        # without the court's name and the date's words: was Dutch
        ("28.03.2019 – C-405/16 P, Deutschland/Kommission, EEG 2012", [("C-405/16 P", "de")]),
        # Danish: the foreign ministry's list of the Court's cases, the column 'Titel og kort
        # sagsresumé' (eu.dk, Europaudvalget 2023-24 bilag 571 and bilag 440; pages corpus):
        # were German (Titel was German alone)
        ("Sagsnr.\nC-521/21\nTitel og kort sagsresumé\nRzecznik Praw Obywatelskich (RoL)\n"
         "Emne:\nDomstolenes uafhængighed.", [("C-521/21", "da")]),
    ],
)  # fmt: skip
def test_a_wrong_tag_fixed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch keeps the EEC's EEG: a number, not a year, after it (EUR-Lex's titles)
        ("Verordening (EEG) nr. 1408/71 van de Raad, C-405/16 P",
         [("Verordening (EEG) nr. 1408/71", "nl"), ("C-405/16 P", "nl")]),
        ("EEG, C-405/16 P", [("C-405/16 P", "nl")]),
        # English: the judgment's summary on curia.europa.eu names the statute too
        ("(Appeal — State aid — Aid granted by certain provisions of the amended German law "
         "concerning renewable energy sources (EEG 2012) — Aid supporting renewable "
         "electricity) (Case C-405/16 P)", [("C-405/16 P", "en")]),
        # the list's heading before the case number: Danish by its words before too
        ("Liste over sager, hvor der nedsat procesdelegation:\nSagsnr.\nC-607/21\nTitel og "
         "kort sagsresumé\nÉtat belge\nEmne:", [("C-607/21", "da")]),
        # German with Titel: still German (its other words)
        ("Titel V der Richtlinie 2006/48/EG", [("Richtlinie 2006/48/EG", "de")]),
    ],
)  # fmt: skip
def test_a_tag_that_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _langs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the statute's prose: no reference (curia T-47/15, the Bundestag's PE 6-3000-042/19)
        "(BGBl. 2011 I S. 1634, im Folgenden: EEG 2012)",
        "Das Urteil des Europäischen Gerichtshofs zum EEG 2012",
        "2.1. Titel\n\nEn retsakts fulde titel består af:",
    ],
)
def test_no_reference(text: str) -> None:
    assert eurefs.extract(text) == []


def test_titel_tells_none_of_its_languages() -> None:
    assert {code for code, _ in share_table()["titel"]} == {"da", "de", "nl", "sv"}
    assert tell("Titel") is None


def test_emphasis_asterisks_are_read_through() -> None:
    assert tell("- **EuGH 28.03.2019, ") == "de"


def test_the_statute_needs_its_year() -> None:
    assert tell("EEG 2012,") == "de"
    assert tell("(EEG 2017)") == "de"
    assert tell("EEG 1408/71") == "nl"  # (a number, no year)
    assert tell("EEG") == "nl"
    # half a word: the words of the text outweigh it
    assert tell("renewable energy sources (EEG 2012) and the") == "en"


def test_the_window_after_ends_at_a_word() -> None:
    text = "x" + " Beihilfe" * 20
    window = _after(text, 1)
    assert len(window) < WORDS_AFTER and window.split()[-1] == "Beihilfe"
    assert _after("x abc", 1) == " abc"  # (the text's end: nothing cut)
    assert _after("x " + "a" * 100, 1) == " "  # (a word longer than the window: none)
