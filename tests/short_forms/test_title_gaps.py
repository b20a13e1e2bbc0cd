"""``definitions.title_like`` searches a gap for a sentence's end only when the gap holds a
sign every such end holds (``definition_words.sentence_end_in``): the gate hides no end;
and a gap asked of twice in a row is read once."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import eurefs
from eurefs.short_forms import definitions
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


def test_a_gap_asked_again_at_once_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Data Governance Act, recital 2 (development corpus D01, from EUR-Lex's XHTML): "In
    # its communication of 19 February 2020 on a European strategy for data (the
    # 'European strategy for data')": _antecedent asks whether the gap after the
    # communication's citation is a title (it is not), then _named_owner asks again of
    # the same gap, the alias being a popular name; the second answer is the first's
    text = (DATA / "corpus" / "docs" / "D01-data-governance-act-recitals.txt").read_text(
        encoding="utf-8"
    )
    read: list[str] = []
    real = definitions.replace_dates
    monkeypatch.setattr(
        definitions, "replace_dates", lambda gap, lang: read.append(gap) or real(gap, lang)
    )
    definitions.title_like.cache_clear()  # (the answer kept from another test's text)
    eurefs.extract(text)
    assert read, "no gap read"
    assert len(read) == len(set(read)), [g for g in read if read.count(g) > 1]
