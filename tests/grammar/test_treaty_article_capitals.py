"""Article words written in lower case in a record, capitalised as a sentence's first
word or by habit (Spanish ``el Art. 18 TFUE``, Bulgarian ``Чл. 267 ДФЕС``): the same
language and normal form as the lower-case word."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "lang", "treaty"),
    [
        ("El Tribunal interpreta el Art. 18 TFUE de conformidad con la jurisprudencia.",
         "Art. 18 TFUE", "artículo 18 TFUE", "es", "TFEU"),
        ("La Cour interprète l'Art. 18 TFUE.", "Art. 18 TFUE", "article 18 TFUE", "fr", "TFEU"),
        ("Il giudice applica l'Art. 267 TFUE e la direttiva.", "Art. 267 TFUE",
         "articolo 267 TFUE", "it", "TFEU"),
        ("Art. 101 VWEU is van toepassing.", "Art. 101 VWEU", "artikel 101 VWEU", "nl", "TFEU"),
        ("Art. 101 EF finder anvendelse.", "Art. 101 EF", "artikel 101 EF", "da", "EC"),
        ("Чл. 267 ДФЕС", "Чл. 267 ДФЕС", "член 267 ДФЕС", "bg", "TFEU"),
        ("Čl. 267 SFEU", "Čl. 267 SFEU", "čl. 267 SFEU", "cs", "TFEU"),
        # Polish writes ``art.``: capitalised with no other hint it stays Polish, as before
        ("Art. 18 TFUE", "Art. 18 TFUE", "art. 18 TFUE", "pl", "TFEU"),
        ("Zgodnie z Art. 18 TFUE", "Art. 18 TFUE", "art. 18 TFUE", "pl", "TFEU"),
        # words of records written capitalised keep their language
        ("Art. 18 AEUV", "Art. 18 AEUV", "Artikel 18 AEUV", "de", "TFEU"),
        ("Art. 18 TFEU", "Art. 18 TFEU", "Article 18 TFEU", "en", "TFEU"),
        # an abbreviation in a heading's capitals (was nothing); full words were read
        ("ART. 2 VWEU", "ART. 2 VWEU", "artikel 2 VWEU", "nl", "TFEU"),
        ("ART. 101 AEUV", "ART. 101 AEUV", "Artikel 101 AEUV", "de", "TFEU"),
        ("ARTICLE 2 TFEU", "ARTICLE 2 TFEU", "Article 2 TFEU", "en", "TFEU"),
    ],
)  # fmt: skip
def test_a_capitalised_article_word_keeps_its_language(
    text: str, span: str, normalized: str, lang: str, treaty: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, text[ref.start : ref.end], ref.normalized) == (span, span, normalized)
    assert (ref.lang, ref.treaty, ref.celex) == (lang, treaty, None)
    again = eurefs.parse(ref.normalized)
    assert (again.treaty, again.articles) == (treaty, ref.articles)


@pytest.mark.parametrize(
    "text",
    [
        "Čl. 267 TFUE",  # a Czech word before an abbreviation Czech does not use
        "Чл. 267 TFEU",
        "Art. 5 of the contract",  # no treaty
        "ART. 5 DEFINITIONS",
        "ČL. 267 TFUE",
    ],
)
def test_a_capitalised_word_needs_a_treaty_of_its_language(text: str) -> None:
    assert [r.kind for r in eurefs.extract(text)] == []
