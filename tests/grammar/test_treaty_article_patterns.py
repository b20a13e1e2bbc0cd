"""The lists of ``eurefs/grammar/treaty_article_patterns.py``: a further article after a list
of paragraphs, without its article word, where no paragraph has its number; the normal
forms of further articles written with their article word, read back by ``parse``."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_treaty_article_reads


def _one(text: str) -> eurefs.Reference:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    return ref


def _reads_back(ref: eurefs.Reference) -> None:
    again = eurefs.parse(ref.normalized)
    assert (again.normalized, again.treaty, again.articles) == (
        ref.normalized,
        ref.treaty,
        ref.articles,
    )


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # a number no paragraph has (Article 294 TFEU has the most, 15) after a list of
        # paragraphs and a conjunction: the next article, its word left out
        ("nach Artikel 288 Abs. 2 und 291 AEUV", "Artikel 288 Abs. 2 und 291 AEUV",
         "Artikel 288 Abs. 2 und 291 AEUV", ["288", "291"]),
        ("Art. 101 Abs. 1 und 102 AEUV", "Art. 101 Abs. 1 und 102 AEUV",
         "Artikel 101 Abs. 1 und 102 AEUV", ["101", "102"]),
        ("Art 101 Abs 1 oder 102 AEUV", "Art 101 Abs 1 oder 102 AEUV",
         "Artikel 101 Abs 1 oder 102 AEUV", ["101", "102"]),
        ("Art. 288 Abs. 2 und 291 Abs. 1 AEUV", "Art. 288 Abs. 2 und 291 Abs. 1 AEUV",
         "Artikel 288 Abs. 2 und 291 Abs. 1 AEUV", ["288", "291"]),
        ("Art. 20 Abs. 2 lit. a und 21 AEUV", "Art. 20 Abs. 2 lit. a und 21 AEUV",
         "Artikel 20 Abs. 2 lit. a und 21 AEUV", ["20", "21"]),
        ("art. 101 ust. 1 i 102 TFUE", "art. 101 ust. 1 i 102 TFUE",
         "art. 101 ust. 1 i 102 TFUE", ["101", "102"]),
        ("čl. 101 odst. 1 a 102 SFEU", "čl. 101 odst. 1 a 102 SFEU",
         "čl. 101 odst. 1 a 102 SFEU", ["101", "102"]),
        ("Art. 52 Abs. 1 und 53 GRCh", "Art. 52 Abs. 1 und 53 GRCh",
         "Artikel 52 Abs. 1 und 53 GRCh", ["52", "53"]),
    ],
)  # fmt: skip
def test_an_article_after_a_list_of_paragraphs(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    assert_treaty_article_reads(text, span, normalized, articles)


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        # numbers a paragraph may have stay paragraphs (Article 4(1) and (2) TEU)
        ("Art. 4 Abs. 1 und 2 EUV", ["4"]),
        ("Art. 101 Abs. 1 und 3 AEUV", ["101"]),
        ("Art. 294 Abs. 7 bis 15 AEUV", ["294"]),
        ("art. 4 ust. 2 i 3 TUE", ["4"]),
        ("Art. 267 Abs. 1 lit. a und b AEUV", ["267"]),
        # an article a paragraph's number could be: not told apart, the paragraph kept
        ("Art. 4 Abs. 3 und 13 EUV", ["4"]),
    ],
)
def test_numbers_a_paragraph_may_have_stay_paragraphs(text: str, articles: list[str]) -> None:
    ref = _one(text)
    assert (ref.text, list(ref.articles)) == (text, articles)
    _reads_back(ref)


def test_a_count_after_a_list_of_paragraphs_is_no_article() -> None:
    # no treaty right after the number: no further article
    text = "Art. 50 Abs. 2 EUV und 27 Mitgliedstaaten"
    assert [(r.text, r.articles) for r in eurefs.extract(text, kinds="treaty_article")] == [
        ("Art. 50 Abs. 2 EUV", ["50"])
    ]
    assert eurefs.extract("Art. 50 Abs. 2 und 27 Mitgliedstaaten", kinds="treaty_article") == []


@pytest.mark.parametrize(
    ("text", "normalized", "articles"),
    [
        # the article word after a list of paragraphs that would read the number as theirs
        ("Art. 4 Abs. 3 und Art. 13 EUV", "Artikel 4 Abs. 3 und Artikel 13 EUV", ["4", "13"]),
        ("Art. 4 Abs. 3, Art. 13 EUV", "Artikel 4 Abs. 3, Artikel 13 EUV", ["4", "13"]),
        ("art. 4 ust. 3 i art. 13 TUE", "art. 4 ust. 3 i art. 13 TUE", ["4", "13"]),
        ("AEUV Art. 4 Abs. 3 und Art. 13;", "Artikel 4 Abs. 3 und Artikel 13 AEUV", ["4", "13"]),
        # left out where the list reads the same without it
        ("Art. 101 Abs. 1 und Art. 102 AEUV", "Artikel 101 Abs. 1 und 102 AEUV",
         ["101", "102"]),
        ("articles 43, paragraphe 2, et article 114 TFUE", "articles 43, paragraphe 2, et 114 TFUE",
         ["43", "114"]),
        ("Article 42, Article 43(2) and Article 349 TFEU", "Articles 42, 43(2) and 349 TFEU",
         ["42", "43(2)", "349"]),
    ],
)  # fmt: skip
def test_the_article_word_kept_where_the_list_needs_it(
    text: str, normalized: str, articles: list[str]
) -> None:
    ref = _one(text)
    assert (ref.normalized, list(ref.articles)) == (normalized, articles)
    _reads_back(ref)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # Spanish paragraphs after a dot, in a list ('art. 101.1 TFUE', derechouned.com;
        # 'art. 87.1 TCE -actual art. 107.1', an article on state aid, openaire.eu): the
        # conjunction after the paragraph is no point's letter (was nothing)
        ("los artículos 101.1 y 102 TFUE prohíben", "artículos 101.1 y 102 TFUE",
         "artículos 101.1 y 102 TFUE", ["101.1", "102"]),
        ("los arts. 101.1 y 102 TFUE", "arts. 101.1 y 102 TFUE", "artículos 101.1 y 102 TFUE",
         ["101.1", "102"]),
        ("artículos 101.1 y 102.1 TFUE", "artículos 101.1 y 102.1 TFUE",
         "artículos 101.1 y 102.1 TFUE", ["101.1", "102.1"]),
        ("artículos 107.1 y 108.3 TFUE", "artículos 107.1 y 108.3 TFUE",
         "artículos 107.1 y 108.3 TFUE", ["107.1", "108.3"]),
        ("artículos 101.1, 101.3 o 102 TFUE", "artículos 101.1, 101.3 o 102 TFUE",
         "artículos 101.1, 101.3 o 102 TFUE", ["101.1", "101.3", "102"]),
        # a Swedish point's letter after the paragraph stays one (not before a number)
        ("artiklarna 107.3 c och 108 i EUF-fördraget", "artiklarna 107.3 c och 108 i EUF-fördraget",
         "artiklarna 107.3 c och 108 EUF-fördraget", ["107.3 c", "108"]),
    ],
)  # fmt: skip
def test_a_list_of_paragraphs_after_a_dot(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    assert_treaty_article_reads(text, span, normalized, articles)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # prose numbers after the treaty, decimals without an article word: not the list's
        ("los artículos 101 y 102 TFUE en 2019 y 2020", ["artículos 101 y 102 TFUE"]),
        ("el artículo 101.1 TFUE y 2.5 millones de euros", ["artículo 101.1 TFUE"]),
        ("un 1.5 y 102 TFUE", []),
    ],
)
def test_numbers_after_a_spanish_list_are_not_its_articles(text: str, spans: list[str]) -> None:
    assert [r.text for r in eurefs.extract(text, kinds="treaty_article")] == spans
