"""grammar/base: a reference's language from the text further back when the words
next to it tell nothing (Context.language)."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import base
from eurefs.languages.evidence import WIDER_WORDS, pick
from tests.support.spies import spy

# The keywords of a Slovenian Opinion (AG Szpunar in C-312/24, EUR-Lex 62024CC0312):
# a list of nouns, no frequent word near the second act.  Croatian writes both acts
# the same way (Uredba (EU), Direktiva (EU)).
HEADING = (
    "„ Predhodno odločanje – Varstvo posameznikov pri obdelavi osebnih podatkov na "
    "kazenskem področju – Direktiva (EU) 2016/680 – Obdelava podatkov, zbranih med "
    "kazensko preiskavo – Uredba (EU) 2016/679 – Zakonitost obdelave “"
)


def test_a_heading_list_takes_the_language_of_the_words_further_back() -> None:
    refs = eurefs.extract(HEADING, short_forms=False)
    assert [(r.text, r.lang, r.celex) for r in refs] == [
        ("Direktiva (EU) 2016/680", "sl", "32016L0680"),
        ("Uredba (EU) 2016/679", "sl", "32016R0679"),
    ]


def test_the_words_next_to_a_reference_still_come_first() -> None:
    # a Croatian frequent word right before the act decides, whatever is further back
    assert pick({"hr", "sl"}, "koji", wider=lambda: "pri " * 20) == "hr"
    # nothing near: the wider text decides; nothing there either: the registry order
    assert pick({"hr", "sl"}, "Obdelava", wider=lambda: "pri obdelavi") == "sl"
    assert pick({"hr", "sl"}, "Obdelava", wider=lambda: "koji su") == "hr"
    assert pick({"hr", "sl"}, "Obdelava", wider=lambda: "") == pick({"hr", "sl"}, "Obdelava")


def test_only_the_last_words_of_the_wider_text_count() -> None:
    # a Slovenian word WIDER_WORDS words back is too far: the registry order decides
    far = "pri " + "xx " * WIDER_WORDS
    assert pick({"hr", "sl"}, "Obdelava", wider=lambda: far) == "hr"
    assert pick({"hr", "sl"}, "Obdelava", wider=lambda: far[3:] + "pri") == "sl"


def test_a_reference_one_language_writes_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # English alone writes 'Article' and 'EU': its language, whatever the words near
    # (a text dense with such citations read them at each: 'Article 6 EU ' repeated)
    text = "Article 6 EU, " * 100
    with monkeypatch.context() as patched:
        read = spy(patched, base, "pick")
        refs = eurefs.extract(text, short_forms=False)
    assert read.count == 0  # (fails without: 32, then told unread)
    assert len(refs) == 100
    assert {(r.normalized, r.lang) for r in refs} == {("Article 6 EU", "en")}
