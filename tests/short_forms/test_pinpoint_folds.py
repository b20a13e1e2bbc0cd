"""A pinpoint cited again before back-references is folded once per text
(``short_forms/pinpoints.pinpoint_finder``'s ``folds``): the Court's judgment in C-590/22
writes ``Article\\xa082(1) of the GDPR`` again and again, with a no-break space that
``_folded`` splits and joins (~2 k instructions a pinpoint); the finder's answers are those
of ``_folded`` at each."""

from __future__ import annotations

from pathlib import Path

import pytest

from eurefs.short_forms import pinpoints
from tests.support.spies import spy

DOCS = Path(__file__).parents[1] / "data" / "corpus" / "docs"


def test_a_pinpoint_written_alike_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (DOCS / "D02-cjeu-c-590-22.txt").read_text(encoding="utf-8")
    link = "Article\xa082(1) of the GDPR"
    starts = []
    at = text.find(link)
    while at >= 0:
        starts.append(at + len(link) - len("GDPR"))
        at = text.find(link, at + 1)
    assert len(starts) > 5
    folded = spy(monkeypatch, pinpoints, "_folded")
    find = pinpoints.pinpoint_finder("en")
    assert {find(text, start) for start in starts} == {"Article 82(1)"}
    assert folded.firsts() == ["Article\xa082(1)"]
    # a new text, a new finder: folded again
    assert pinpoints.pinpoint_finder("en")(text, starts[0]) == "Article 82(1)"
    assert folded.count == 2
