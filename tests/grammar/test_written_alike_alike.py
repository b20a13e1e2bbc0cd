"""The cheaper reading of the words around references written alike
(``grammar/written_alike``, ``languages/evidence.tell``, ``languages/name_words``,
``languages/interface_labels``) gives what the plain reading gave, on the development texts
and the tests' real texts: each shortcut is checked against the rule it stands for."""

from __future__ import annotations

from functools import cache
from itertools import compress
from pathlib import Path

import pytest

from eurefs.languages import dated_statutes, evidence, name_words

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
