"""Treaty articles each followed by the same treaty again (``Articles 263 TFEU and 268
TFEU``): one list, one span, the treaty once in the normal form."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "lang", "treaty", "articles"),
    [
        ("under Articles 263 TFEU and 268 TFEU, the Court", "Articles 263 TFEU and 268 TFEU",
         "Articles 263 and 268 TFEU", "en", "TFEU", ["263", "268"]),
        ("Article 263(4) TFEU, 268 TFEU and 340 TFEU.",
         "Article 263(4) TFEU, 268 TFEU and 340 TFEU",
         "Articles 263(4), 268 and 340 TFEU", "en", "TFEU", ["263(4)", "268", "340"]),
        ("Articles 101 TFEU and 102 of the TFEU apply", "Articles 101 TFEU and 102 of the TFEU",
         "Articles 101 and 102 TFEU", "en", "TFEU", ["101", "102"]),
        ("Articles 81 EC and 82 EC", "Articles 81 EC and 82 EC", "Articles 81 and 82 EC",
         "en", "EC", ["81", "82"]),
        ("les articles 263 TFUE et 268 TFUE", "articles 263 TFUE et 268 TFUE",
         "articles 263 et 268 TFUE", "fr", "TFEU", ["263", "268"]),
        ("nach Artikel 263 AEUV und 268 AEUV", "Artikel 263 AEUV und 268 AEUV",
         "Artikel 263 und 268 AEUV", "de", "TFEU", ["263", "268"]),
        ("los artículos 263 TFUE y 268 TFUE", "artículos 263 TFUE y 268 TFUE",
         "artículos 263 y 268 TFUE", "es", "TFEU", ["263", "268"]),
        ("gli articoli 263 TFUE e 268 TFUE", "articoli 263 TFUE e 268 TFUE",
         "articoli 263 e 268 TFUE", "it", "TFEU", ["263", "268"]),
        ("os artigos 263.° TFUE e 268.° TFUE", "artigos 263.° TFUE e 268.° TFUE",
         "artigos 263.º e 268.º TFUE", "pt", "TFEU", ["263.º", "268.º"]),
        ("de artikelen 263 VWEU en 268 VWEU", "artikelen 263 VWEU en 268 VWEU",
         "artikelen 263 en 268 VWEU", "nl", "TFEU", ["263", "268"]),
        ("art. 263 TFUE i 268 TFUE", "art. 263 TFUE i 268 TFUE", "art. 263 i 268 TFUE",
         "pl", "TFEU", ["263", "268"]),
        ("članka 263. UFEU-a i 268. UFEU-a", "članka 263. UFEU-a i 268. UFEU-a",
         "članci 263. i 268. UFEU", "hr", "TFEU", ["263.", "268."]),
        ("άρθρα 263 ΣΛΕΕ και 268 ΣΛΕΕ", "άρθρα 263 ΣΛΕΕ και 268 ΣΛΕΕ",
         "άρθρα 263 και 268 ΣΛΕΕ", "el", "TFEU", ["263", "268"]),
        ("членове 263 ДФЕС и 268 ДФЕС", "членове 263 ДФЕС и 268 ДФЕС",
         "членове 263 и 268 ДФЕС", "bg", "TFEU", ["263", "268"]),
        ("l-Artikoli 263 tat-TFUE u 268 tat-TFUE", "Artikoli 263 tat-TFUE u 268 tat-TFUE",
         "Artikoli 263 u 268 TFUE", "mt", "TFEU", ["263", "268"]),
        # a footnote call glued to the last treaty is left out
        ("Artikel 101 AEUV und 102 AEUV1 sowie", "Artikel 101 AEUV und 102 AEUV",
         "Artikel 101 und 102 AEUV", "de", "TFEU", ["101", "102"]),
    ],
)  # fmt: skip
def test_articles_each_followed_by_the_same_treaty_are_one_list(
    text: str, span: str, normalized: str, lang: str, treaty: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, text[ref.start : ref.end]) == (span, span)
    assert (ref.normalized, ref.lang, ref.treaty, ref.articles, ref.celex) == (
        normalized, lang, treaty, articles, None)  # fmt: skip
    # (the language of a short normal form may be read otherwise: Polish ``art. 263 i 268``)
    again = eurefs.parse(ref.normalized)
    assert (again.treaty, again.articles) == (treaty, articles)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # another treaty after the second number: a reference of its own (was none)
        ("Articles 263 TFEU and 6 TEU", ["Articles 263 TFEU", "6 TEU"]),
        # a number followed by another word than the treaty first written
        ("Article 7 TEU and 27 EU Member States", ["Article 7 TEU"]),
        ("Article 101 TFEU and 2 of Regulation (EU) No 1/2003", ["Article 101 TFEU"]),
        # each article with its own word stays its own reference
        ("Article 263 TFEU and Article 268 TFEU", ["Article 263 TFEU", "Article 268 TFEU"]),
    ],
)
def test_a_number_not_followed_by_the_same_treaty_does_not_join(
    text: str, spans: list[str]
) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "treaty_article"] == spans


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # a list whose items name different treaties: a reference for each treaty, the
        # second from its number (the second was nothing); the normal form with the
        # singular article word
        ("Articles 6 TEU and 263 TFEU.",
         [("Articles 6 TEU", "Article 6 TEU", "TEU", ["6"]),
          ("263 TFEU", "Article 263 TFEU", "TFEU", ["263"])]),
        ("les articles 6 TUE et 263 TFUE,",
         [("articles 6 TUE", "article 6 TUE", "TEU", ["6"]),
          ("263 TFUE", "article 263 TFUE", "TFEU", ["263"])]),
        ("die Artikel 6 EUV und 263 AEUV",
         [("Artikel 6 EUV", "Artikel 6 EUV", "TEU", ["6"]),
          ("263 AEUV", "Artikel 263 AEUV", "TFEU", ["263"])]),
        ("articles 6 TUE et 263, quatrième alinéa, TFUE",
         [("articles 6 TUE", "article 6 TUE", "TEU", ["6"]),
          ("263, quatrième alinéa, TFUE", "article 263, quatrième alinéa TFUE", "TFEU",
           ["263"])]),
        # the same treaty repeated first, then another
        ("Articles 6 TEU, 7 TEU and 263(4) TFEU",
         [("Articles 6 TEU, 7 TEU", "Articles 6, 7 TEU", "TEU", ["6", "7"]),
          ("263(4) TFEU", "Article 263(4) TFEU", "TFEU", ["263(4)"])]),
    ],
)  # fmt: skip
def test_a_list_of_articles_of_different_treaties(
    text: str, refs: list[tuple[str, str, str, list[str]]]
) -> None:
    got = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.text, r.normalized, r.treaty, r.articles) for r in got] == refs
    for r in got:
        assert text[r.start : r.end] == r.text
        again = eurefs.parse(r.normalized)
        assert (again.normalized, again.treaty, again.articles) == (
            r.normalized,
            r.treaty,
            r.articles,
        )


@pytest.mark.parametrize(
    "text",
    [
        # a count before a noun after the abbreviation is no article of that treaty
        "Article 7 TEU and 12 EC Member States",
        "Article 7 TEU, 27 EC Member States",
        # a footnote call glued to the second abbreviation
        "Article 6 TEU and 263 TFEU1",
    ],
)
def test_a_number_before_another_treaty_that_is_no_article(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "treaty_article"] == [
        text.split(" and ")[0].split(",")[0]
    ]


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # German 'i.V.m.' (in Verbindung mit) joins two articles of the treaty named after
        # the last, each with its article word, which the normal form keeps after the join
        # (no list reads a bare number there: ``parse`` reads the normal form back)
        ("nach Art. 288 Abs. 2 i.V.m. Art. 291 AEUV", "Art. 288 Abs. 2 i.V.m. Art. 291 AEUV",
         "Artikel 288 Abs. 2 i.V.m. Artikel 291 AEUV", ["288", "291"]),
        ("Artikel 4 in Verbindung mit Artikel 5 EUV", "Artikel 4 in Verbindung mit Artikel 5 EUV",
         "Artikel 4 in Verbindung mit Artikel 5 EUV", ["4", "5"]),
        ("gemäß Art. 101 iVm. Art. 102 AEUV", "Art. 101 iVm. Art. 102 AEUV",
         "Artikel 101 iVm. Artikel 102 AEUV", ["101", "102"]),
        # the join with blanks: its 'V' is no paragraph's Roman number (the articles were
        # one, '267 i.. m. 288')
        ("nach Art. 267 Abs. 3 i. V. m. Art. 288 AEUV", "Art. 267 Abs. 3 i. V. m. Art. 288 AEUV",
         "Artikel 267 Abs. 3 i. V. m. Artikel 288 AEUV", ["267", "288"]),
        ("Art. 267 i. V. m. Art. 288 AEUV", "Art. 267 i. V. m. Art. 288 AEUV",
         "Artikel 267 i. V. m. Artikel 288 AEUV", ["267", "288"]),
    ],
)  # fmt: skip
def test_articles_read_together_are_one_list(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.normalized, list(ref.articles)) == (span, normalized, articles)
    again = eurefs.parse(normalized)
    assert (again.normalized, list(again.articles)) == (normalized, articles)


def test_an_article_with_its_own_treaty_ends_the_join() -> None:
    text = "nach Art. 4 Abs. 3 EUV iVm. Art. 288 Abs. 3 AEUV"
    refs = eurefs.extract(text, kinds="treaty_article")
    assert [r.text for r in refs] == ["Art. 4 Abs. 3 EUV", "Art. 288 Abs. 3 AEUV"]


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # a further article word in the plural with its own list: the European Parliament's
        # legislative resolution on the AI Act, P9_TA(2024)0138 (tests/data/documents/pdf);
        # Article 294(2) was lost ('Articles 16 and 114 ...' alone)
        ("– having regard to Article 294(2) and Articles 16 and 114 of the Treaty on the "
         "Functioning of the European Union, pursuant to which the Commission submitted",
         "Article 294(2) and Articles 16 and 114 of the Treaty on the Functioning of the "
         "European Union", "Articles 294(2) and 16 and 114 TFEU", ["294(2)", "16", "114"]),
        ("Article 294(2) and Articles 16 and 114 TFEU",
         "Article 294(2) and Articles 16 and 114 TFEU", "Articles 294(2) and 16 and 114 TFEU",
         ["294(2)", "16", "114"]),
    ],
)  # fmt: skip
def test_a_further_article_word_with_a_list_of_its_own(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.normalized, list(ref.articles)) == (span, normalized, articles)
    again = eurefs.parse(normalized)
    assert (again.normalized, list(again.articles)) == (normalized, articles)


def test_a_further_list_with_another_treaty_stays_apart() -> None:
    refs = eurefs.extract("Article 4(3) TEU and Articles 101 and 102 TFEU", kinds="treaty_article")
    assert [r.normalized for r in refs] == ["Article 4(3) TEU", "Articles 101 and 102 TFEU"]
