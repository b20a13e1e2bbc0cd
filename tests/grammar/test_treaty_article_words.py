from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.treaty_article_words import FORMS, WORD_LANGS


@pytest.mark.parametrize(
    ("lang", "written", "normal"),
    [
        ("es", "Art.", "artículo"),  # a sentence's first word: ``Art. 18 TFUE``
        ("nl", "ART.", "artikel"),  # a heading's capitals: ``ART. 2 VWEU``
        ("bg", "Чл.", "член"),
        ("pt", "art.o", "artigo"),  # the ordinal sign as the view has it (``art.º``)
    ],
)
def test_article_words_as_written_have_their_normal_form(
    lang: str, written: str, normal: str
) -> None:
    assert FORMS[lang][written] == normal
    assert lang in WORD_LANGS[written]


def test_languages_that_write_the_treaty_first_are_left_to_their_own_family() -> None:
    assert "fi" not in FORMS and "hu" not in FORMS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the pinpoint word decides between the languages writing ``Art.`` and ``TFUE``
        ("Art. 101 Abs. 1 AEUV", "de"),
        ("art. 267 din TFUE", "ro"),  # the preposition
        ("artigo 267.º TFUE", "pt"),
    ],
)
def test_the_language_of_an_article(text: str, lang: str) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert ref.lang == lang
