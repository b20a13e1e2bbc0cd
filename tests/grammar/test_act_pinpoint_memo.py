"""The pinpoint before an act read once per text where the text writes it again
(``pinpoint_search.region_search``: a memo kept by the family's context).

The European Industrial Hemp Association's position paper (``tests/data/corpus/docs/
D04-eiha-position-paper.txt``, from ``cannactiva-bot/decreto``, ``Position Paper eiha.md``;
see ``tests/data/corpus/SOURCES.md``) writes ``in accordance with Article 10 of Directive
2008/62/EC`` twelve times: each act has its pinpoint, and the pinpoint's pattern (the
costly match of its many optional parts) ran once for them, not twelve times.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import eurefs
from eurefs.grammar import act_pinpoints

_D04 = Path(__file__).parents[1] / "data/corpus/docs/D04-eiha-position-paper.txt"
_CITED = "Article 10 of Directive 2008/62/EC"


class _Counted:
    """A pattern whose ``match`` and ``search`` calls are counted."""

    def __init__(self, pattern: Any) -> None:
        self._pattern, self.calls = pattern, 0
        self.pattern, self.groupindex = pattern.pattern, pattern.groupindex

    def match(self, *args: Any) -> Any:
        self.calls += 1
        return self._pattern.match(*args)

    def search(self, *args: Any) -> Any:
        self.calls += 1
        return self._pattern.search(*args)


def test_a_pinpoint_written_again_is_matched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _D04.read_text(encoding="utf-8")
    written = text.count(_CITED)
    assert written == 12
    english = act_pinpoints.LEAD_PATTERNS["en"]
    body = _Counted(english.body)
    monkeypatch.setitem(act_pinpoints.LEAD_PATTERNS, "en", english._replace(body=body))
    acts = [
        r
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "legal_act" and r.celex == "32008L0062" and r.pinpoint == "Article 10"
    ]
    assert len(acts) == written  # every one has its pinpoint, as without the memo
    # (the other acts' pinpoints are matched too: fewer calls than acts in the whole text)
    assert 0 < body.calls < written
