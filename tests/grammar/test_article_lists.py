"""Article designations of a list, a range kept as one (``eurefs/grammar/article_lists.py``)."""

from __future__ import annotations

import re

import pytest

import eurefs
from eurefs.grammar.article_lists import designations
from eurefs.languages import LANGUAGES

_SPLIT = re.compile(r"[-–][ ]?|[ ]?,[ ]|[ ](?:and|to|or)[ ]")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("101, 102 and 106(2)", ["101", "102", "106(2)"]),
        ("101 to 106", ["101-106"]),
        ("101–106", ["101-106"]),
        ("81, 101 to 106 and 108", ["81", "101-106", "108"]),
        ("101 or 102", ["101", "102"]),
        ("101", ["101"]),
    ],
)
def test_designations(text: str, items: list[str]) -> None:
    assert designations(text, _SPLIT, "en") == items


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("Articles 101 to 106 TFEU", ["101-106"]),
        ("Articles 101–106 TFEU", ["101-106"]),
        ("Articles 81, 101 to 106 and 108 TFEU", ["81", "101-106", "108"]),
        ("articles 101 à 106 TFUE", ["101-106"]),
        ("Artikel 101 bis 106 AEUV", ["101-106"]),
        ("artikelen 101 tot en met 106 VWEU", ["101-106"]),
        ("artículos 101 a 106 TFUE", ["101-106"]),
        ("EUMSZ 101–106. cikk", ["101-106"]),
        ("SEUT 101–106 artikla", ["101-106"]),
        ("101. do 106. člen PDEU", ["101-106"]),
        ("101.–106. člen PDEU", ["101-106"]),
        # not ranges
        ("Articles 101 and 102 TFEU", ["101", "102"]),
        ("Article 101(1) and (3) TFEU", ["101(1)", "101(3)"]),
    ],
)
def test_a_range_of_treaty_articles_is_one_designation(text: str, articles: list[str]) -> None:
    """Before, ``Articles 101 to 106`` gave ``['101', '106']``: as if only the two ends
    were cited."""
    (ref,) = eurefs.extract(text)
    assert ref.articles == articles
    assert eurefs.parse(ref.normalized).articles == articles


def test_range_words_are_conjunctions_of_their_record() -> None:
    for lg in LANGUAGES:
        assert set(lg.article_range_words) <= set(lg.article_conjunctions), lg.code


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        # EP report A7-0096/2010 (Czech), citations (the article before, with its own word
        # and paragraph, is the same treaty's: 'Article 272(10) and Articles 274, 275 and 276
        # of the EC Treaty'; it was left out)
        (
            "s ohledem na čl. 272 odst. 10 a články 274, 275 a 276 Smlouvy o ES a čl. 314 "
            "odst. 10 a články 317, 318 a 319 Smlouvy o fungování Evropské unie",
            [["272", "274", "275", "276"], ["314", "317", "318", "319"]],
        ),
        ("články 274, 276 a 279 Smlouvy o ES", [["274", "276", "279"]]),
        ("článkov 107 a 110 ZFEÚ", [["107", "110"]]),
        # where ``a`` does join a range
        ("artículos 276 a 279 TFUE", [["276-279"]]),
        ("artigos 101.° a 106.° TFUE", [["101.º-106.º"]]),
    ],
)
def test_a_range_word_of_one_language_is_a_list_word_in_another(
    text: str, articles: list[list[str]]
) -> None:
    """Before, the range words of every language joined ranges in all: Czech and Slovak
    ``a`` (and) read as Spanish and Portuguese ``a`` (to), ``články 274, 276 a 279``
    gave ``['274', '276-279']``, articles 277 and 278 cited with them."""
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [r.articles for r in refs] == articles


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # law-course notes (en.py's sources): a singular abbreviation before a list
        ("under art. 101 and 102 TFEU the", "art. 101 and 102 TFEU", "Articles 101 and 102 TFEU"),
        ("Art. 101-106 TFEU", "Art. 101-106 TFEU", "Articles 101-106 TFEU"),
        # one article, whatever its word: its paragraphs are no list of articles
        (
            "Article 101(1) and (3) TFEU",
            "Article 101(1) and (3) TFEU",
            "Article 101(1) and (3) TFEU",
        ),
        (
            "Articles 101(1) to (3) TFEU",
            "Articles 101(1) to (3) TFEU",
            "Article 101(1) to (3) TFEU",
        ),
        # Italian legal writing (it.py's sources: 'negli artt. 40 e 42 GDPR'): art. and artt.
        ("ai sensi degli art. 101 e 102 TFUE", "art. 101 e 102 TFUE", "articoli 101 e 102 TFUE"),
        ("gli artt. 101 e 102 TFUE", "artt. 101 e 102 TFUE", "articoli 101 e 102 TFUE"),
        ("les art. 101 et 102 TFUE", "art. 101 et 102 TFUE", "articles 101 et 102 TFUE"),
        ("článek 101 a 102 SFEU", "článek 101 a 102 SFEU", "články 101 a 102 SFEU"),
        # no pair in the record: German writes one word for both, Danish lists take the
        # singular (Regulation (EC) No 1/2003: 'traktatens artikel 81 og 82')
        ("Art. 101 und 102 AEUV", "Art. 101 und 102 AEUV", "Artikel 101 und 102 AEUV"),
        ("artikel 101 og 102 TEUF", "artikel 101 og 102 TEUF", "artikel 101 og 102 TEUF"),
    ],
)
def test_a_list_takes_the_plural_article_word(text: str, span: str, normalized: str) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.text, ref.normalized) == (span, normalized)
    # the normal form reads back as itself
    assert eurefs.parse(normalized).normalized == normalized


def test_every_plural_pair_is_of_the_record_article_words() -> None:
    for lg in LANGUAGES:
        assert set(lg.article_plural) <= set(lg.article_words.values()), lg.code


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        # a paragraph, a point, a subpoint listed after its article: each with the article
        ("Article 101(1) and (3) TFEU", ["101(1)", "101(3)"]),
        ("Article 5(1), (2) and (4) TEU", ["5(1)", "5(2)", "5(4)"]),
        ("Article 263 (4) and (5) TFEU", ["263(4)", "263(5)"]),
        ("Article 101(1)(a) and (b) TFEU", ["101(1)(a)", "101(1)(b)"]),
        ("Article 6(1)(a) and (3) TEU", ["6(1)(a)", "6(3)"]),
        ("Article 5(1)(a)(i) and (ii) TFEU", ["5(1)(a)(i)", "5(1)(a)(ii)"]),
        ("Article 5(1)(a)(iv) and (v) TFEU", ["5(1)(a)(iv)", "5(1)(a)(v)"]),
        ("Article 5(1)(h) and (i) TFEU", ["5(1)(h)", "5(1)(i)"]),  # (the point after h)
        ("Article 101(1) to (3) and (5) TFEU", ["101(1)-(3)", "101(5)"]),
        ("Articles 101(1) and (3) and 102 TFEU", ["101(1)", "101(3)", "102"]),
    ],
)
def test_a_subdivision_listed_alone_has_its_article(text: str, articles: list[str]) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.text, ref.articles) == (text, articles)


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        # the form recall47 met in a real Spanish act (its source not kept): Article 106a EAEC
        ("su artículo 106 bis (1) del Tratado Euratom", ["106 bis(1)"]),
        ("l'article 106 bis (1) du traité Euratom", ["106 bis(1)"]),
        ("articolo 87 bis (2) del trattato CE", ["87 bis(2)"]),
        ("artículos 101 bis (1) y (3) del Tratado CE", ["101 bis(1)", "101 bis(3)"]),
        ("Artikel 101 bis 106 AEUV", ["101-106"]),
    ],
)
def test_a_bracket_after_an_inserted_articles_word_is_its_paragraph(
    text: str, articles: list[str]
) -> None:
    """Before, German ``bis`` (a range's word) split ``106 bis (1)`` into ``['106', '(1)']``:
    Article 106 instead of Article 106a, and a bracket read as an article."""
    (ref,) = eurefs.extract(text)
    assert ref.articles == articles
    assert eurefs.parse(ref.normalized).articles == articles
