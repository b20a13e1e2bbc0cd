"""Which stretches of a text hint at no language of a set (``eurefs.languages.hint_free``)."""

from __future__ import annotations

import pytest

from eurefs.languages import hint_free
from eurefs.languages.hint_free import HintFree


def test_words_after_a_reference_are_told_once_for_each_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a text dense with acts read alike ('Uredba 2016/679' a line, repeated) asked the same
    # words after each of them again: told once, the answer kept for the same text
    read: list[str] = []
    hints = HintFree._hints

    def counted(self: HintFree, word: str, table: dict[str, frozenset[str]]) -> bool:
        read.append(word)
        return hints(self, word, table)

    monkeypatch.setattr(HintFree, "_hints", counted)
    free = HintFree("Uredba 2016/679\n" * 4, {"sl"})
    after = "\nUredba 2016/679\nUredba 2016/679\n"
    assert [free.words_free(after) for _ in range(5)] == [free.words_free(after)] * 5
    once = len(read)
    read.clear()
    assert HintFree("", {"sl"}).words_free(after) == free.words_free(after)
    assert once == len(read) > 0


@pytest.mark.parametrize(
    ("after", "langs", "free"),
    [
        ("of the Regulation", {"en"}, False),
        ("of the Regulation", {"fr", "de"}, True),
        ("du règlement", {"fr"}, False),
        ("2016/679", {"en"}, True),
    ],
)
def test_the_answer_kept_is_the_answer_read(after: str, langs: set[str], free: bool) -> None:
    # the same answers asked again, once more after the kept ones are forgotten
    told = HintFree("", langs)
    assert told.words_free(after) is free
    assert told.words_free(after) is free
    for n in range(hint_free._AFTER_KEPT + 1):
        told.words_free(f"{n} more")
    assert told.words_free(after) is free
