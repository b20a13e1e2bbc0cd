"""The cheaper reading of the words around references written alike
(``grammar/written_alike``, ``languages/evidence.tell``, ``languages/name_words``,
``languages/interface_labels``) gives what the plain reading gave, on the development texts
and the tests' real texts: each shortcut is checked against the rule it stands for."""

from __future__ import annotations

import re
from functools import cache
from itertools import compress
from pathlib import Path

import pytest

from eurefs.grammar import written_alike
from eurefs.languages import dated_statutes, evidence, interface_labels, name_words

_DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def _texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(_DATA.glob("corpus*/docs/*.txt")))


def test_tell_answers_alike_with_its_memo_kept_or_emptied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """tell() keeps each token's answer (``evidence._TOLD``, at most TOLD_TOKENS of them):
    the same language for the stretches of real texts whether the memo holds their tokens,
    starts again along the way or is emptied before each."""
    samples = [t[i : i + 160] for t in _texts() for i in range(0, len(t), 331)]
    assert len(samples) > 1000
    evidence._TOLD.clear()
    kept = [evidence.tell(s, True, True) for s in samples]
    monkeypatch.setattr(evidence, "TOLD_TOKENS", 50)
    restarted = [evidence.tell(s, True, True) for s in samples]
    emptied = []
    for sample in samples:
        evidence._TOLD.clear()
        emptied.append(evidence.tell(sample, True, True))
    assert kept == restarted == emptied
    assert sum(lang is not None for lang in kept) > len(samples) // 2


def test_a_sample_with_a_statute_token_holds_a_statute_word() -> None:
    """tell() looks for the statutes' tokens (``EEG``, ``(EEG``) only in a sample that holds
    one of their words (``dated_statutes.words``): every token holds one."""
    words = dated_statutes.words()
    table = dated_statutes.table(evidence._LEAD, evidence.HALF)
    assert words and table
    assert all(any(word in token for word in words) for token in table)
    assert evidence.tell("renewable energy sources (EEG 2012)") == "de"


def _all_named_loop(tokens: list[str], langs: list[str | None], before_case: bool) -> bool:
    """``name_words.all_named`` as first written: each word that told, in turn."""
    last = len(tokens) - 1
    parties: set[int] | None = None
    for i in compress(range(len(langs)), langs):
        token = tokens[i]
        if name_words._named(token, tokens, i, last):
            continue
        if parties is None:
            if not (
                name_words.small(token)
                and before_case
                and name_words._in_case_bracket(tokens, last)
            ):
                return False
            parties = name_words.party_words(tokens, before_case)
        if i not in parties:
            return False
    return True


def test_all_named_answers_as_each_word_read_in_turn() -> None:
    named = 0
    samples = [
        *(t[i : i + 140] for t in _texts() for i in range(0, len(t), 97)),
        "Cassa di Risparmio di Firenze",
        "— Association générale de l’industrie du médicament (AGIM) ASBL (",
        "dell'Economia e delle Finanze",
        "v Autorita Garante della Concorrenza e del Mercato",
        "",
    ]
    for sample in samples:
        tokens = sample.split()
        langs: list[str | None] = list(map(evidence._TOLD.__getitem__, tokens))
        for before_case in (False, True):
            expected = _all_named_loop(tokens, langs, before_case)
            assert name_words.all_named(tokens, langs, before_case) == expected, sample
            named += expected
    assert named > 10


def _windows(step: int = 97) -> list[str]:
    """140 characters before every ``step``-th character of the texts, read as ``decide``
    reads them (its start moved to the start of the word it cuts)."""
    return [
        written_alike._window(t, max(0, i - written_alike.WORDS_BEFORE), i)
        for t in _texts()
        for i in range(1, len(t), step)
    ]


_LAST_BLANK = re.compile(r"(?s:.*)\s")


def test_a_window_starts_after_the_last_blank_as_the_search_found_it() -> None:
    checked = 0
    for text in (*_texts(), "x" * 50 + " ab", "\u2003abc\u00a0de\x1cfg", "ab"):
        for start in range(1, len(text), 13):
            if text[start - 1].isspace():
                continue
            lo = max(0, start - written_alike.LEAD_IN)
            cut = _LAST_BLANK.search(text, lo, start)
            expected = text[cut.end() if cut else lo : start + 5]
            assert written_alike._window(text, start, start + 5) == expected
            checked += 1
    assert checked > 10_000


def _labels_dropped(window: str) -> str:
    """``interface_labels.drop`` as first written: every label line, wherever it stands (and
    every list of language codes, searched for everywhere)."""
    window = interface_labels._LANGUAGE_CODES.sub(" ", window)
    pattern, firsts = interface_labels._labels()
    if pattern is None or not any(first in window for first in firsts):
        return window
    return pattern.sub(" ", window)


@pytest.mark.parametrize(
    "window",
    [
        "Language of document : ",  # (a text's start: one line, the label all of it)
        " \tECLI identifier: ",
        "ECLI identifier:",
        "The language of document : ",
        "Court reports – general – 'Information on unpublished decisions' section\n\nECLI ",
        "Sag C-439/19.\n\n    Court reports – general\n\n    ECLI identifier: ",
        "ECLI identifier: ECLI:EU:C:2020:1054, ",
        "Language of document",
        "\tLanguage of document\t:\t",
    ],
)
def test_a_label_line_is_dropped_as_before(window: str) -> None:
    assert interface_labels.drop(window) == _labels_dropped(window)


def test_the_windows_of_real_texts_lose_their_labels_as_before() -> None:
    windows = _windows()
    assert len(windows) > 4_000
    assert [interface_labels.drop(w) for w in windows] == [_labels_dropped(w) for w in windows]
