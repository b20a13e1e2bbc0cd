"""What ends no pinpoint, told by its last three characters (``grammar/pinpoint_tails``):
a word and a blank (``the provisions of``, ``the infringement of``) answered by a set
lookup before ``pinpoint_edges.ends_as_pinpoint`` walks back over the text, and before
the short forms' ``ends_as_part`` asks for an ordinal subdivision's word too.  The answers
are those of the walk at every word end of the development texts, in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from eurefs.grammar import ordinal_parts, pinpoint_edges, pinpoint_tails
from eurefs.languages import BY_CODE
from eurefs.short_forms import pinpoints

DATA = Path(__file__).parents[1] / "data"
TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted((*DATA.glob("corpus/docs/*.txt"), *DATA.glob("corpus-fr-de/docs/*.txt")))
]


def _word_ends(text: str) -> list[int]:
    return [i + 1 for i, c in enumerate(text) if c == " " and i > 1]


def _answers(test: object, monkeypatch: pytest.MonkeyPatch, plain: bool) -> list[bool]:
    if not plain:
        monkeypatch.setattr(pinpoint_edges, "PLAIN_ENDS", frozenset())
    answers = [test(text, end) for text in TEXTS for end in _word_ends(text)]  # type: ignore[operator]
    monkeypatch.undo()
    return answers


def test_the_set_answers_as_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    # the Court's judgment in C-590/22 (development corpus, D02) and the other texts: every
    # word end, told by the set where it holds the end, else walked back over
    test = pinpoint_edges.ends_as_pinpoint
    fast, walked = _answers(test, monkeypatch, True), _answers(test, monkeypatch, False)
    assert fast == walked
    assert sum(walked) > 100  # (numbers, brackets, roman numerals and letters end some)


def test_the_common_words_are_in_the_set() -> None:
    for text in ("the provisions ", "the infringement ", "that article ", "Regulation ", "In "):
        assert text[-3:] in pinpoint_tails.PLAIN_ENDS, text
    for text in ("Chapter III ", "point a ", "Article 15 bis ", "Art. 44 ff ", "Anhang IIa "):
        assert text[-3:] not in pinpoint_tails.PLAIN_ENDS, text
        assert pinpoint_edges.ends_as_pinpoint(text, len(text)), text


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_ends_as_part_answers_as_without_the_set(lang: str) -> None:
    # the ordinal subdivisions' words (``terzo periodo, di``, ``second subparagraph of``)
    # are left out of the set ends_as_part asks first
    ends_as_part = pinpoints._ends_as_part(lang)
    walked = pinpoint_edges.ends_as_pinpoint
    words = tuple(sorted(set(ordinal_parts.last_words(BY_CODE[lang]))))
    for text in TEXTS:
        for end in _word_ends(text):
            expected = walked(text, end) or pinpoint_edges.ends_in_word(text, end, words)
            assert ends_as_part(text, end) == expected, (lang, text[end - 40 : end])
    for word in (w for w in words if w.replace("-", "").isalpha()):  # (not ``párr.``)
        text = f"the {word} "
        assert ends_as_part(text, len(text)), (lang, word)
