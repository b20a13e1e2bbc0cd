"""The cheaper reading of the words around references written alike
(``grammar/written_alike``, ``languages/evidence.tell``, ``languages/name_words``,
``languages/interface_labels``) gives what the plain reading gave, on the development texts
and the tests' real texts: each shortcut is checked against the rule it stands for."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from eurefs.languages import dated_statutes, evidence

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
