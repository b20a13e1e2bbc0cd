"""``scan_type_words`` keeps what a tail's hit is under the characters it was read from and
answers a hit written alike from there: the words are those every hit read in full gives
(``_word_at`` at each hit), in every language, wherever a type word stands (after a
hyphen, inside a word, with an ending, as the last word of a multi-word form, joined to the
word after it, at the text's start and end)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms import type_words
from eurefs.short_forms.type_words import TypeWord, scan_type_words
from tests.support.spies import spy

_DATA = Path(__file__).parents[1] / "data"


def _read_in_full(text: str, lang: str) -> list[TypeWord]:
    """The type words of ``text``, each hit read by ``_word_at`` (nothing kept)."""
    found: list[TypeWord] = []
    for stem, members in type_words._tail_groups(lang):
        at = text.find(stem)
        while at >= 0:
            word, _ = type_words._word_at(text, at, members, lang)
            if word is not None:
                found.append(word)
            at = text.find(stem, at + len(stem))
    found += type_words._abbreviated(text, lang)
    found.sort()
    return found


def _written_around(lang: str, seed: int) -> str:
    """The language's type words (and the multi-word forms and joins of its record) after
    and before the characters that tell a type word from none, in random order."""
    record = BY_CODE[lang]
    forms = [w for written in record.act_types.values() for w in written]
    forms += [w for pair in record.type_word_joins.values() for w in pair[:1]]
    rng = random.Random(seed)
    before = [" ", "-", "(", "\n", "x", "_", "’", "2", "", "  ", "l-", "tad-", "Covid-19-"]
    after = ["", "s", "en", "es", "-", "_", "x", "ssss", "sssss", "'s", "e", ",", " (EU)"]
    return "".join(rng.choice(before) + rng.choice(forms) + rng.choice(after) for _ in range(4000))


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_the_words_every_hit_read_in_full_gives(lang: str) -> None:
    texts = [_written_around(lang, seed) for seed in (1, 2)]
    texts += [t[:n] for t in texts[:1] for n in (1, 2, 3, 12, 30)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(_DATA.glob(f"corpus-{lang}/docs/*"))]
    for text in texts:
        assert scan_type_words(text, lang) == _read_in_full(text, lang)


def test_a_text_writes_a_type_word_in_few_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """(What makes keeping the answers pay: on a development text, most hits are answered
    from what an earlier hit written alike read.)"""
    text = (_DATA / "corpus" / "docs").glob("*.txt")
    doc = max(text, key=lambda p: p.stat().st_size).read_text(encoding="utf-8")
    read = spy(monkeypatch, type_words, "_word_at")
    found = scan_type_words(doc, "en")
    assert len(found) > 40
    assert read.count < len(found) / 2
