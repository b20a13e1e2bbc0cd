"""Whether a treaty's long name goes on as another treaty's (``treaty_names.goes_on``) is
looked up by the name's words without accents: the name as written is folded once, not at
each time it is written.  (Folded at each, with its letters decomposed one by one, it was
~22% of the treaty articles' work in the Irish development texts, which name the TFEU in
full at most articles, repeated to 100,000 characters.)"""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.grammar import treaty_brackets
from tests.support.spies import spy

DATA = Path(__file__).resolve().parents[1] / "data"
# the European Parliament's legislative resolution P8_TA(2019)0411 in Irish (corpus-ga G01):
# the TFEU named in full three times, once before a blank
EP_TA = (DATA / "corpus-ga/docs/G01-ga-ep-ta-8-2019-0411.txt").read_text(encoding="utf-8")
NAME = "Chonradh ar Fheidhmiú an Aontais Eorpaigh"


def test_a_name_written_again_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    folded = spy(monkeypatch, treaty_brackets, "unaccented")
    first = [r.text for r in eurefs.extract(EP_TA) if r.kind == "treaty_article"]
    assert sum(a.endswith(NAME) for a in first) == 3
    folded.clear()  # (the names' table built, the name read once)
    texts = ["".join([EP_TA, "\n" * n]) for n in range(1, 4)]  # (a corpus of three copies)
    articles = [[r.text for r in eurefs.extract(t) if r.kind == "treaty_article"] for t in texts]
    assert articles == [first] * 3
    assert NAME.lower() not in folded.firsts()
