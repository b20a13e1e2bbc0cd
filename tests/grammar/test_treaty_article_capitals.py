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


@pytest.mark.parametrize(
    ("text", "span", "normalized", "lang", "articles"),
    [
        # the legislation of a headnote set in capitals (a Relação de Coimbra judgment, case
        # 569/21.6T8PBLA.C1, dgsi.pt): article, pinpoint, list and link words in capitals,
        # written as the record has them in the normal form (was nothing)
        ("Legislação Nacional: ARTIGOS 2.º, 4.º N.ºS 1 E 3, 5.º E 19.º, N.º 1, §2 DO TUE.",
         "ARTIGOS 2.º, 4.º N.ºS 1 E 3, 5.º E 19.º, N.º 1, §2 DO TUE",
         "artigos 2.º, 4.º n.ºs 1 e 3, 5.º e 19.º, n.º 1, §2 TUE", "pt",
         ["2.º", "4.º", "5.º", "19.º"]),
        ("ARTIGO 267.º DO TFUE", "ARTIGO 267.º DO TFUE", "artigo 267.º TFUE", "pt", ["267.º"]),
        ("ARTIGO 19.º, N.º 1, SEGUNDO PARÁGRAFO, DO TUE",
         "ARTIGO 19.º, N.º 1, SEGUNDO PARÁGRAFO, DO TUE",
         "artigo 19.º, n.º 1, segundo parágrafo TUE", "pt", ["19.º"]),
        ("ARTIGOS 2.º A 5.º DO TUE", "ARTIGOS 2.º A 5.º DO TUE", "artigos 2.º a 5.º TUE", "pt",
         ["2.º-5.º"]),
        # the same in every language, from the records' words
        ("ARTICLES 101 AND 102 OF THE TFEU", "ARTICLES 101 AND 102 OF THE TFEU",
         "Articles 101 and 102 TFEU", "en", ["101", "102"]),
        ("ARTICLE 267, THIRD PARAGRAPH, OF THE TFEU", "ARTICLE 267, THIRD PARAGRAPH, OF THE TFEU",
         "Article 267, third paragraph TFEU", "en", ["267"]),
        ("ARTICOLI 101 E 102 DEL TFUE", "ARTICOLI 101 E 102 DEL TFUE", "articoli 101 e 102 TFUE",
         "it", ["101", "102"]),
        # a point's letter in capitals, written in lower case as the record's words are
        ("ARTICLE 6(1)(A) TFEU", "ARTICLE 6(1)(A) TFEU", "Article 6(1)(a) TFEU", "en",
         ["6(1)(a)"]),
        ("ARTICLES 101(1)(A ) AND (B) TFEU", "ARTICLES 101(1)(A ) AND (B) TFEU",
         "Article 101(1)(a) and (b) TFEU", "en", ["101(1)(a)", "101(1)(b)"]),
        # (Danish ``i``, in: a Roman number's letter, no preposition in capitals, so the
        # paragraph's pattern takes it; the normal form leaves it out, as in lower case)
        ("ARTIKEL 101, STK. 3, I TEUF", "ARTIKEL 101, STK. 3, I TEUF", "artikel 101, stk. 3 TEUF",
         "da", ["101"]),
    ],
)  # fmt: skip
def test_a_citation_set_in_capitals(
    text: str, span: str, normalized: str, lang: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.lang, list(ref.articles)) == (
        span, normalized, lang, articles,
    )  # fmt: skip
    again = eurefs.parse(ref.normalized)
    assert (again.normalized, again.articles) == (normalized, ref.articles)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # a point's capital letter in a citation in lower case: a list's or a footnote's mark
        ("Article 6(1)(A) TFEU", None),
        ("Article 6(1)(a) TFEU", "Article 6(1)(a) TFEU"),
        # a German paragraph's Roman number is no Polish conjunction in capitals
        ("Art. 267 I 1 AEUV", "Artikel 267 I 1 AEUV"),
        ("ART. 101 I AEUV", "Artikel 101 I AEUV"),
        # a national code's and the constitution's articles in the same headnote
        ("ARTIGO 59 DO C.P.C.", None),
        ("ARTIGO 8.º N.º 4 DA CONSTITUIÇÃO DA REPÚBLICA PORTUGUESA", None),
    ],
)
def test_capitals_keep_other_readings(text: str, normalized: str | None) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [r.normalized for r in refs] == ([normalized] if normalized else [])


@pytest.mark.parametrize(
    ("text", "normalized", "articles"),
    [
        # German articles read together (``article_joins``), the join in capitals: the
        # paragraph's Roman number took the ``I`` of ``I.V.M.`` and the list ended there (was
        # ``ART. 291 AEUV`` alone; in capitals UNCONFIRMED in a text read); the join written as
        # the record does, the article word after it kept, as in lower case (``parse`` reads
        # no bare number after a join)
        ("ART. 288 ABS. 2 I.V.M. ART. 291 AEUV", "Artikel 288 Abs. 2 i.V.m. Artikel 291 AEUV",
         ["288", "291"]),
        ("ART. 267 III I. V. M. ART. 288 AEUV", "Artikel 267 III i. V. m. Artikel 288 AEUV",
         ["267", "288"]),
    ],
)  # fmt: skip
def test_articles_joined_in_capitals(text: str, normalized: str, articles: list[str]) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, list(ref.articles)) == (text, normalized, articles)
    again = eurefs.parse(normalized)
    assert (again.normalized, list(again.articles)) == (normalized, articles)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # the h Irish glues to the article word after le, in a heading in capitals written as
        # a capital too (EUR-Lex summary LEGISSUM:l14550, Irish: 'CAD IS AIDHM LE HAIRTEAGAIL
        # 258, 259 AGUS 260 DEN CFAE?'; was nothing): left out of the span, as in lower case
        ("CAD IS AIDHM LE HAIRTEAGAIL 258, 259 AGUS 260 DEN CFAE?",
         "AIRTEAGAIL 258, 259 AGUS 260 DEN CFAE", "Airteagail 258, 259 agus 260 CFAE",
         ["258", "259", "260"]),
        ("LE HAIRTEAGAL 114 CFAE", "AIRTEAGAL 114 CFAE", "Airteagal 114 CFAE", ["114"]),
        # the small h before capitals, as Irish writes it, as before
        ("LE hAIRTEAGAL 114 CFAE", "AIRTEAGAL 114 CFAE", "Airteagal 114 CFAE", ["114"]),
    ],
)  # fmt: skip
def test_a_glued_letter_in_capitals(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, list(ref.articles)) == (span, normalized, articles)
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        # a capital glued to a word not in capitals, or to another language's article word
        "le HAirteagal 114 CFAE",
        "HARTICLE 5 TFEU",
        "HARTIKEL 5 AEUV",
        # no word starts with the letter: another word's end
        "THAIRTEAGAL 114 CFAE",
    ],
)
def test_no_glued_capital_elsewhere(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []
