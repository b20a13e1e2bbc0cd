"""The mention log keeps, of mentions of one work in a row, only the latest
(``eurefs/short_forms/anaphors.py``: ``log_mention``; inlined in ``short_forms/walk.py``):
an anaphor reads the latest mention of its type and the one of another work before it,
which is then the one before, whether the text is walked whole or fed as a stream."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

import eurefs
import eurefs.short_forms as short_forms
from eurefs.short_forms import with_short_forms
from eurefs.short_forms.anaphors import Mention, MentionLog
from eurefs.short_forms.common import detect_language
from eurefs.short_forms.incremental import ShortFormStream
from tests.support.spies import spy

DATA = Path(__file__).resolve().parents[1] / "data"
# CJEU, C-590/22 (the development corpus): `that regulation` 48 times, the GDPR cited
# again and again in a row, other regulations between
D02 = DATA / "corpus" / "docs" / "D02-cjeu-c-590-22.txt"


def _runs_merged(by_type: dict[str, list[Mention]]) -> None:
    for seen in by_type.values():
        for before, after in pairwise(seen):
            assert after[1] > before[1]  # (spans never overlap: ends grow)
            assert after[3] is None or after[3] != before[3], (before, after)


def test_a_walk_logs_the_latest_mention_of_a_run(monkeypatch: pytest.MonkeyPatch) -> None:
    text = D02.read_text(encoding="utf-8")
    walk = spy(monkeypatch, short_forms, "walk")
    found = [r for r in eurefs.extract(text) if r.kind == "short_form" and r.how == "anaphor"]
    logs: list[MentionLog] = [args[-1] for args in walk.calls]
    assert len(found) >= 48 and len(logs) == 1
    assert 0 < len(logs[0].by_type["regulation"]) < len(found)
    _runs_merged(logs[0].by_type)


def test_a_stream_logs_the_latest_mention_of_a_run() -> None:
    text = D02.read_text(encoding="utf-8")
    refs = eurefs.extract(text, short_forms=False)
    stream = ShortFormStream(text, detect_language(text, list(refs)))
    out: list[eurefs.Reference] = []
    for known in range(500, len(text) + 500, 500):
        chunk = [r for r in refs if known - 500 <= r.start < known]
        out.extend(stream.feed(chunk, min(known, len(text))))  # type: ignore[arg-type]
        _runs_merged(stream.log.by_type)
    assert out == with_short_forms(text, refs)
