"""``definitions.title_like`` searches a gap for a sentence's end only when the gap holds a
sign every such end holds (``definition_words.sentence_end_in``): the gate hides no end."""

from __future__ import annotations

import random
from pathlib import Path

from eurefs.short_forms.definition_words import _SENTENCE_END, sentence_end_in

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_sentence_end_holds_a_sign() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("corpus*/docs/*"))]
    rng = random.Random(35)
    checked = 0
    for text in texts:
        for _ in range(300):
            start = rng.randrange(len(text))
            gap = text[start : start + rng.randrange(1, 700)]
            assert sentence_end_in(gap) == bool(_SENTENCE_END.search(gap)), gap
            checked += 1
    assert checked == 300 * len(texts)
    # and each sign alone, as the pattern's alternatives need it
    for gap in (". A", "; a", "! A", "? A", ": A", "\n\n", "a.\tb"):
        assert sentence_end_in(gap)
    assert not sentence_end_in("of the European Parliament and of the Council of 27 April 2016 on")
