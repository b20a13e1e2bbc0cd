"""Treaty articles named before the treaty word, in enacting formulas (``... thereof``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_one_treaty_article

_TFEU = "Having regard to the Treaty on the Functioning of the European Union, and in particular "


@pytest.mark.parametrize(
    ("articles", "span", "normalized", "numbers"),
    [
        ("Article 42, Article 43(2) and Article 349 thereof,",
         "Article 42, Article 43(2) and Article 349", "Articles 42, 43(2) and 349 TFEU",
         ["42", "43(2)", "349"]),
        ("Articles 53(1), 62 and 114\nthereof,", "Articles 53(1), 62 and 114",
         "Articles 53(1), 62 and 114 TFEU", ["53(1)", "62", "114"]),
        ("Article 114 thereof,", "Article 114", "Article 114 TFEU", ["114"]),
        ("Article 43(2)\nand Article 349\nthereof,", "Article 43(2)\nand Article 349",
         "Articles 43(2) and 349 TFEU", ["43(2)", "349"]),
    ],
)  # fmt: skip
def test_articles_of_the_enacting_formula(
    articles: str, span: str, normalized: str, numbers: list[str]
) -> None:
    text = _TFEU + articles
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty) == (
        "treaty_article", span, normalized, "TFEU")  # fmt: skip
    assert ref.articles == numbers
    assert text[ref.start : ref.end] == span
    again = eurefs.parse(ref.normalized)
    assert (again.treaty, again.articles) == (ref.treaty, ref.articles)


@pytest.mark.parametrize(
    "text",
    [
        # articles of an act, not of a treaty: no enacting formula names a treaty
        "comply with Article 5, Article 6(1) and Article 9(1) and (2) thereof.",
        "Having regard to Regulation (EU) 2016/679, and in particular Article 42, "
        "Article 43(2) and Article 349 thereof,",
    ],
)
def test_articles_of_other_acts_stay_out(text: str) -> None:
    # (``Article 42 ... thereof`` may be a short form pointing into the act: not a treaty)
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text)]


def test_repeated_article_words_before_the_treaty_are_one_list() -> None:
    refs = eurefs.extract("under Article 101 and Article 102 TFEU")
    assert [(r.text, r.normalized) for r in refs] == [
        ("Article 101 and Article 102 TFEU", "Articles 101 and 102 TFEU")
    ]


def test_an_article_of_another_act_does_not_join_the_list() -> None:
    refs = eurefs.extract("Article 5 of Directive 2000/60/EC and Article 102 TFEU")
    assert [r.text for r in refs if r.kind == "treaty_article"] == ["Article 102 TFEU"]
    # repeated article words with no treaty after them and no formula: no treaty article
    refs = eurefs.extract("see Article 3 and Article 4 of Regulation (EU) 2016/679")
    assert "treaty_article" not in [r.kind for r in refs]


def test_irish_list_repeating_the_article_word_with_the_elided_preposition() -> None:
    # EP text P8_TA(2019)0411 (tests/data/corpus-ga G01)
    for apostrophe in "’'":
        text = (
            f"–  ag féachaint d{apostrophe}Airteagal 294(2) agus d{apostrophe}Airteagal 81(2) "
            "den Chonradh ar Fheidhmiú an Aontais Eorpaigh, ar dá mbun"
        )
        refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
        assert [(r.text, r.normalized, r.articles) for r in refs] == [
            (text[18:-12], "Airteagal 294(2) agus 81(2) CFAE", ["294(2)", "81(2)"])
        ]


def test_portuguese_list_repeating_o_artigo_with_a_pinpoint() -> None:
    # Regulation (EU) No 1144/2014 as its PDF reads (tests/data/corpus-pt P03)
    text = (
        "Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente "
        "o artigo 42. o e o artigo 43. o, n. o 2, Tendo em conta a proposta"
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.text, r.normalized, r.articles) for r in refs] == [
        (
            "artigo 42. o e o artigo 43. o, n. o 2",
            "artigos 42.º e 43.º, n.º 2 TFUE",
            ["42.º", "43.º"],
        )
    ]
    # a word before the article word is not enough without the formula or a treaty
    text = "o artigo 42. o e o artigo 43. o, n. o 2, do Regulamento (UE) n. o 1308/2013"
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text)]


def test_irish_enacting_formula() -> None:
    text = (
        "Ag féachaint don Chonradh ar Fheidhmiú an Aontais Eorpaigh, "
        "agus go háirithe Airteagal 295 de,"
    )
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.text, r.normalized, r.lang) for r in refs] == [
        ("Airteagal 295", "Airteagal 295 CFAE", "ga")
    ]
    # ``de`` after an article of an act is no enacting formula
    assert not [
        r
        for r in eurefs.extract("Féach Airteagal 5 de Rialachán (AE) 2016/679.")
        if r.kind == "treaty_article"
    ]


@pytest.mark.parametrize("odd", ["\u0130", "\u03a3", "\u03a3\u0130"])
def test_enacting_formula_with_letters_that_lower_case_changes(odd: str) -> None:
    # 'İ' lower-cases to two characters, a final 'Σ' depends on what precedes it: the
    # lead before the article is still read where the formula expects it
    text = _TFEU.replace("Union,", f"Union ({odd}),") + "Article 114 thereof,"
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [r.normalized for r in refs] == ["Article 114 TFEU"]


def test_languages_without_a_word_after_the_article_still_read_treaty_articles() -> None:
    """With no loaded language writing ``thereof`` (``EUREFS_LANGUAGES=fr``), the pattern
    keeps its ``after`` group (never matching): a treaty article is read, no IndexError."""
    import os
    import subprocess
    import sys

    script = (
        "import eurefs; print([(r.kind, r.text) for r in "
        'eurefs.extract("conformément à l\'article 267 TFUE")])'
    )
    env = {**os.environ, "EUREFS_LANGUAGES": "fr"}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[('treaty_article', 'article 267 TFUE')]"


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # tests/data/corpus-pt P02 (OJ L 84, 2014): a PDF sets the ordinal sign apart
        (
            "Tendo em conta o Tratado sobre o Funcionamento da União Europeia, "
            "nomeadamente o artigo 325. o, Tendo em conta a proposta da Comissão Europeia,",
            "artigo 325. o",
            "artigo 325.º TFUE",
            ["325.º"],
        ),
        ("nos termos do artigo 101.º, n.º 1, do TFUE", "artigo 101.º, n.º 1, do TFUE",
         "artigo 101.º, n.º 1 TFUE", ["101.º"]),
        ("nos termos do artigo 101.°, n.º 1, do TFUE", "artigo 101.°, n.º 1, do TFUE",
         "artigo 101.º, n.º 1 TFUE", ["101.º"]),
    ],
)  # fmt: skip
def test_the_ordinal_sign_after_an_article_number_is_written_as_such(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert ref.text == span
    assert ref.normalized == normalized
    assert ref.articles == articles
    assert eurefs.parse(ref.normalized).normalized == normalized


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        (
            "Article 47 of the Charter of Fundamental Rights of the European Union.",
            "Article 47 of the Charter of Fundamental Rights of the European Union",
            "Article 47 CFR",
        ),
        (
            "Articles 7 and 8 of the Charter of Fundamental Rights apply",
            "Articles 7 and 8 of the Charter of Fundamental Rights",
            "Articles 7 and 8 CFR",
        ),
        (
            "l'article 47 de la Charte des droits fondamentaux de l’Union européenne",
            "article 47 de la Charte des droits fondamentaux de l’Union européenne",
            "article 47 CDFUE",
        ),
        ("Art. 47 GRCh", "Art. 47 GRCh", "Artikel 47 GRCh"),
        (
            "Artikel 47 der Charta der Grundrechte der Europäischen Union",
            "Artikel 47 der Charta der Grundrechte der Europäischen Union",
            "Artikel 47 GRCh",
        ),
        (
            "l'articolo 47 della Carta dei diritti fondamentali dell'Unione europea",
            "articolo 47 della Carta dei diritti fondamentali dell'Unione europea",
            "articolo 47 CDFUE",
        ),
        (
            "el artículo 47 de la Carta de los Derechos Fundamentales de la Unión Europea",
            "artículo 47 de la Carta de los Derechos Fundamentales de la Unión Europea",
            "artículo 47 CDFUE",
        ),
        (
            "o artigo 47.º da Carta dos Direitos Fundamentais da União Europeia",
            "artigo 47.º da Carta dos Direitos Fundamentais da União Europeia",
            "artigo 47.º CDFUE",
        ),
        # the long name holds the abbreviation ``Handvest``: the long name wins
        (
            "artikel 47 van het Handvest van de grondrechten van de Europese Unie",
            "artikel 47 van het Handvest van de grondrechten van de Europese Unie",
            "artikel 47 Handvest",
        ),
    ],
)
def test_articles_of_the_charter_of_fundamental_rights(
    text: str, span: str, normalized: str
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized) == ("treaty_article", span, normalized)
    assert ref.treaty == "CFR" and ref.celex is None  # several versions: no CELEX, as a Treaty
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        "Article 8 of the Charter",  # which charter the text alone cannot say
        "Article 51 of the Charter of the United Nations",
        "Article 24 of the European Social Charter",
    ],
)
def test_a_charter_not_named_as_the_eu_charter_is_no_reference(text: str) -> None:
    assert eurefs.extract(text, short_forms=False) == []


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # GDPR recital 1 in Polish, Slovak and Romanian (EUR-Lex 32016R0679, as reproduced)
        ("Art. 8 ust. 1 Karty praw podstawowych Unii Europejskiej (zwanej dalej",
         "Art. 8 ust. 1 Karty praw podstawowych Unii Europejskiej", "art. 8 ust. 1 KPP"),
        ("Naruszenie prawa (Art. 47 KPP)", "Art. 47 KPP", "art. 47 KPP"),
        ("čl. 47 Listiny základních práv EU, právo", "čl. 47 Listiny základních práv EU",
         "čl. 47 Listiny základních práv EU"),
        ("čl. 47 Listiny základních práv Evropské unie",
         "čl. 47 Listiny základních práv Evropské unie", "čl. 47 Listiny základních práv EU"),
        ("V článku 8 ods. 1 Charty základných práv Európskej únie a",
         "článku 8 ods. 1 Charty základných práv Európskej únie",
         "článok 8 ods. 1 Charty základných práv"),
        ("i članka 42. Povelje Europske unije o temeljnim pravima ovime",
         "članka 42. Povelje Europske unije o temeljnim pravima",
         "članak 42. Povelje o temeljnim pravima"),
        ("Articolul 8 alineatul (1) din Carta drepturilor fundamentale a Uniunii Europene "
         "(„carta”)",
         "Articolul 8 alineatul (1) din Carta drepturilor fundamentale a Uniunii Europene",
         "articolul 8 alineatul (1) din Carta drepturilor fundamentale"),
        ("articolului 48 din Carta Drepturilor Fundamentale a Uniunii Europene",
         "articolului 48 din Carta Drepturilor Fundamentale a Uniunii Europene",
         "articolul 48 din Carta drepturilor fundamentale"),
        ("и от чл. 47 от Хартата на основните права на Европейския съюз.",
         "чл. 47 от Хартата на основните права на Европейския съюз",
         "член 47 от Хартата на основните права"),
        ("άρθρο 47 του Χάρτη των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης",
         "άρθρο 47 του Χάρτη των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης",
         "άρθρο 47 του Χάρτη των Θεμελιωδών Δικαιωμάτων"),
        ("άρθρο 8 του Χάρτη Θεμελιωδών Δικαιωμάτων της ΕΕ",
         "άρθρο 8 του Χάρτη Θεμελιωδών Δικαιωμάτων της ΕΕ",
         "άρθρο 8 του Χάρτη των Θεμελιωδών Δικαιωμάτων"),
        ("(art. 8 i Den Europæiske Unions charter om grundlæggende rettigheder)",
         "art. 8 i Den Europæiske Unions charter om grundlæggende rettigheder",
         "artikel 8 i chartret om grundlæggende rettigheder"),
        ("artikel 8 i EU's charter om grundlæggende rettigheder",
         "artikel 8 i EU's charter om grundlæggende rettigheder",
         "artikel 8 i chartret om grundlæggende rettigheder"),
        ("och artikel 42 i Europeiska unionens stadga om de grundläggande rättigheterna begär",
         "artikel 42 i Europeiska unionens stadga om de grundläggande rättigheterna",
         "artikel 42 i stadgan om de grundläggande rättigheterna"),
        ("Člen 8(1) Listine Evropske unije o temeljnih pravicah",
         "Člen 8(1) Listine Evropske unije o temeljnih pravicah",
         "člen 8(1) Listine o temeljnih pravicah"),
        # the preposition joined by a hyphen, as before TFUE (``tat-TFUE``)
        ("l-Artikolu 47 tal-Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea",
         "Artikolu 47 tal-Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea",
         "Artikolu 47 tal-Karta tad-Drittijiet Fundamentali"),
        ("Airteagal 47 de Chairt um Chearta Bunúsacha an Aontais Eorpaigh",
         "Airteagal 47 de Chairt um Chearta Bunúsacha an Aontais Eorpaigh",
         "Airteagal 47 de Chairt um Chearta Bunúsacha"),
    ],
)  # fmt: skip
def test_articles_of_the_charter_in_the_other_number_first_languages(
    text: str, span: str, normalized: str
) -> None:
    assert assert_one_treaty_article(text, span, normalized, "CFR").celex is None


@pytest.mark.parametrize(
    "text",
    [
        "čl. 36 odst. 1 Listiny základních práv a svobod",  # the Czech national charter
        "čl. 1 Listiny základných práv a slobôd",  # the Slovak one
        "art. 24 Europejskiej Karty Społecznej",  # the European Social Charter
        "članak 24. Europske socijalne povelje",
        "articolul 24 din Carta socială europeană",
        "чл. 24 от Европейската социална харта",
        "artikel 24 i Europeiska sociala stadgan",
        "l-Artikolu 24 tal-Karta Soċjali Ewropea",
        # the charter alone: which one the text alone cannot say
        "článku 47 Charty", "articolul 47 din Carta", "Artikel 8 i stadgan", "čl. 47 Listiny",
        # the name without an article
        "Karty praw podstawowych Unii Europejskiej", "v Listině základních práv EU",
    ],
)  # fmt: skip
def test_another_charter_or_no_article_is_no_charter_article(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


# French acts write the pinpoint between commas before the treaty's long name, and the
# Charter in lower case (Commission Decision (EU) 2021/2243, recital 1, EUR-Lex 32021D2243)
@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("par l'article 16, paragraphe 1, du traité sur le fonctionnement de l'Union européenne.",
         "article 16, paragraphe 1, du traité sur le fonctionnement de l'Union européenne",
         "article 16, paragraphe 1 TFUE"),
        ("par l'article 8, paragraphe 1, de la charte des droits fondamentaux de l'Union "
         "européenne et", "article 8, paragraphe 1, de la charte des droits fondamentaux de "
         "l'Union européenne", "article 8, paragraphe 1 CDFUE"),
        ("l'article 8 de la charte des droits fondamentaux de l'Union européenne",
         "article 8 de la charte des droits fondamentaux de l'Union européenne", "article 8 CDFUE"),
    ],
)  # fmt: skip
def test_a_long_treaty_name_after_a_pinpoint_or_in_lower_case(
    text: str, span: str, normalized: str
) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.text, ref.normalized) == ("treaty_article", span, normalized)


def test_a_long_name_after_a_comma_needs_its_preposition() -> None:
    """``Article 6, Treaty on European Union`` may be a list: no treaty article."""
    assert eurefs.extract("See Article 6, Treaty on European Union and others.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the recital numbered ``(1)`` on the next line is not a paragraph of the article
        ("uwzględniając Traktat ustanawiający Wspólnotę Europejską, w szczególności jego "
         "art. 100,\n(1) Dyrektywa Rady 68/414/EWG", "art. 100"),
        ("vu le traité instituant la Communauté européenne, et notamment son article 100,\n"
         "(1) La directive 68/414/CEE du Conseil", "article 100"),
        ("gestützt auf den Vertrag zur Gründung der Europäischen Gemeinschaft, insbesondere "
         "auf Artikel 100,\n(1) Die Richtlinie 68/414/EWG des Rates", "Artikel 100"),
    ],
)  # fmt: skip
def test_a_bracketed_number_after_a_bare_article_is_not_its_paragraph(text: str, span: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.articles) == (span, ["100"])


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # (each with its article's number: not a designation of its own)
        ("Article 101(1) and (3) TFEU", ["101(1)", "101(3)"]),
        ("Article 4(1), (2) and (3) TFEU", ["4(1)", "4(2)", "4(3)"]),
        # points of the article before, then another article
        ("Article 6(1)(a), (b) and (c) and 7 TEU", ["6(1)(a)", "6(1)(b)", "6(1)(c)", "7"]),
        ("Article 6(1)(a) and (b) TEU", ["6(1)(a)", "6(1)(b)"]),
    ],
)
def test_paragraphs_and_points_after_an_item_with_its_own(text: str, numbers: list[str]) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.articles) == (text, numbers)
    assert eurefs.parse(ref.normalized).articles == numbers


def _list_texts() -> list[str]:
    """The development texts and lists of articles chained in several ways."""
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted(data.glob("corpus*/docs/*.txt"))]
    return [
        *texts,
        _TFEU + "Article 42, Article 43(2) and Article 349 thereof,",
        "Articles 101 – Article 102 TFEU; Article 5 ,Article 6 TEU; Art. 3 und Art. 4 AEUV",
        "l'article 5 et l'article 6 du traité; artikel 5 en artikel 6 VWEU; член 5 и член 6",
    ]


def test_the_cheap_test_before_further_articles_misses_none() -> None:
    # ``article_lists.may_go_on`` turns away the ends of lists no further article follows
    # (``Article 6 of the GDPR``); wherever ``CHAIN`` matches, it lets the list through
    from eurefs.grammar import treaty_article_patterns, treaty_articles
    from eurefs.grammar.article_lists import may_go_on
    from eurefs.textview import TextView

    texts = _list_texts()
    chained = turned_away = 0
    for text in texts:
        view = TextView(text).view
        for m in treaty_articles.PATTERN.finditer(view):
            end = m.end("list")
            if treaty_article_patterns.CHAIN.match(view, end) is not None:
                assert may_go_on(view, end), view[m.start() : end + 30]
                chained += 1
            else:
                turned_away += not may_go_on(view, end)
    assert chained >= 5 and turned_away > 200


def test_the_further_articles_look_ahead_is_what_chain_matches() -> None:
    # the pattern's group ``more`` (a look-ahead at the list's end, with no treaty there)
    # is set exactly where ``CHAIN`` matches, so the builder asks ``CHAIN`` only then;
    # in a window that ends before the text, the builder asks as before
    from eurefs.grammar import treaty_article_patterns, treaty_articles
    from eurefs.grammar.base import Context
    from eurefs.textview import TextView

    texts = _list_texts()
    ahead = behind = 0
    for text in texts:
        view = TextView(text).view
        for m in treaty_articles.PATTERN.finditer(view):
            if any(m.group("abbr", "long", "short", "after")):
                assert m.group("more") is None
                continue
            chain = treaty_article_patterns.CHAIN.match(view, m.end("list"))
            assert (m.group("more") is not None) == (chain is not None), view[m.start() :][:80]
            ahead += chain is not None
            behind += chain is None
    assert ahead >= 5 and behind > 200
    # a window cut right after the first article: the look-ahead sees no further article,
    # the builder still finds it (as ``CHAIN`` on the whole text does)
    text = "Article 5 and Article 6 TFEU"
    m = treaty_articles.PATTERN.match(text, 0, len("Article 5 and"))
    assert m is not None and m.group("more") is None
    refs = treaty_articles.build(m, Context(text, ""))
    assert [r.text for r in refs] == ["Article 5 and Article 6 TFEU"]


def test_the_possessive_repeats_match_as_greedy_ones() -> None:
    # everything after the list's items and pinpoints may match nothing, so the repeats
    # written possessive match what greedy ones do, on every development text
    import re

    from eurefs.grammar import treaty_articles
    from eurefs.textview import TextView

    source = treaty_articles.PATTERN.pattern
    assert source.count("{0,20}+") == 1 and source.count("){1,4}+") == 1
    greedy = re.compile(source.replace("{0,20}+", "{0,20}").replace("){1,4}+", "){1,4}"))
    listed = 0
    for text in _list_texts():
        view = TextView(text).view
        found = [(m.span(), m.regs) for m in treaty_articles.PATTERN.finditer(view)]
        assert found == [(m.span(), m.regs) for m in greedy.finditer(view)]
        listed += len(found)
    assert listed > 400


def test_a_list_nothing_names_is_turned_away_as_the_whole_builder_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``_unled`` reads the match's ``lastgroup`` (the list's group closed last: no treaty
    # nor further article after it) and what stands before it; it turns away only lists
    # the rest of the builder turns away, most of the lists of the development texts
    from eurefs.grammar import treaty_articles
    from eurefs.grammar.base import Context
    from eurefs.textview import TextView

    unled = 0
    for text in _list_texts():
        view = TextView(text).view
        ctx = Context(view, "")
        for m in treaty_articles.PATTERN.finditer(view):
            tail = any(g is not None for g in m.group("abbr", "long", "short", "after", "more"))
            assert (m.lastgroup == "list") is not tail, view[m.start() :][:80]
            if treaty_articles._unled(m, ctx):
                unled += 1
                with monkeypatch.context() as whole:  # the builder without the test
                    whole.setattr(treaty_articles, "_unled", lambda m, ctx: False)
                    assert treaty_articles.build(m, ctx) == (), view[m.start() :][:80]
    assert unled > 100
    for text, unled_here in [
        ("Article 5 of Regulation (EU) 2016/679", True),
        ("Article 5 TFEU", False),
        ("Article 5 and Article 6 TFEU", False),
        ("and in particular Article 114 thereof", False),
        ("et notamment son article 53, paragraphe 1,", False),
        ("(EEC Treaty, Art. 177)", False),
        ("TFEU art 101", False),
    ]:
        start = min(i for w in ("Article", "article", "Art.", "art ") if (i := text.find(w)) >= 0)
        m = treaty_articles.PATTERN.match(text, start)
        assert m is not None and treaty_articles._unled(m, Context(text, "")) is unled_here, text
    # a window cut before a further article: the builder asks on (``more`` was cut)
    text = "Article 5 and Article 6 TFEU"
    m = treaty_articles.PATTERN.match(text, 0, len("Article 5 and"))
    assert m is not None and not treaty_articles._unled(m, Context(text, ""))


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # Irish puts an h before the article word after le (with) and go (to) (Regulation
        # (EU) 2023/1615, EUR-Lex 32023R1615, 'i gcomhréir le hAirteagal 27(6) de
        # Rialachán'): each was nothing; the h stays out of the span, as an elided d’ does
        ("i gcomhréir le hAirteagal 114 CFAE", "Airteagal 114 CFAE", "Airteagal 114 CFAE",
         ["114"]),
        ("i gcomhréir le hAirteagal 5 den Chonradh ar an Aontas Eorpach,",
         "Airteagal 5 den Chonradh ar an Aontas Eorpach", "Airteagal 5 CAE", ["5"]),
        ("le hAirteagail 101 agus 102 CFAE", "Airteagail 101 agus 102 CFAE",
         "Airteagail 101 agus 102 CFAE", ["101", "102"]),
        # Maltese ranges with sa (to) (Opinion of AG Sharpston in C-95/14, EUR-Lex
        # 62014CC0095: 'Artikoli 34 TFUE sa 36 TFUE'; was the first article alone)
        ("Artikoli 34 TFUE sa 36 TFUE – Miżuri", "Artikoli 34 TFUE sa 36 TFUE",
         "Artikoli 34 sa 36 TFUE", ["34-36"]),
        ("l-Artikoli 101 sa 106 TFUE", "Artikoli 101 sa 106 TFUE", "Artikoli 101 sa 106 TFUE",
         ["101-106"]),
    ],
)  # fmt: skip
def test_irish_h_before_the_article_word_and_maltese_ranges(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.articles) == (span, normalized, articles)
    assert eurefs.parse(normalized).articles == articles


@pytest.mark.parametrize(
    "text",
    [
        "l-Artikolu 5 sa 31 ta’ Diċembru 2020",  # sa is also 'until': no treaty, no article
        "hAirteagal 5 agus hAirteagal 6",  # no treaty named
        # a letter glued to another language's article word: no article word
        "hArticle 5 TFEU",
        "blahAirteagal 5 CFAE",
    ],
)
def test_no_treaty_article_without_a_treaty(text: str) -> None:
    assert [r.kind for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # an abbreviated article word glued to its number, as web pages and lecture notes
        # write it (pages corpus: Tovey's lecture notes ``[ex.Art.234 EC / Art.177 EEC]``,
        # ``Art.19 TEU1``; German and Italian commentary)
        ("under Art.234 EC", "Art.234 EC", "Article 234 EC"),
        ("Art.101(1) TFEU", "Art.101(1) TFEU", "Article 101(1) TFEU"),
        ("Art.101 and Art.102 TFEU", "Art.101 and Art.102 TFEU", "Articles 101 and 102 TFEU"),
        ("nach Art.267 AEUV vorgelegt", "Art.267 AEUV", "Artikel 267 AEUV"),
        ("ai sensi dell’art.267 TFUE", "art.267 TFUE", "articolo 267 TFUE"),
        # and a pinpoint word glued to its number or letter, set apart in the normal form
        (
            "gemäß Art.101 Abs.1 lit.a AEUV",
            "Art.101 Abs.1 lit.a AEUV",
            "Artikel 101 Abs. 1 lit. a AEUV",
        ),
        # (a one-letter article's dot stays: the old EU Treaty's ``K.3``)
        ("Article K.3 TEU", "Article K.3 TEU", "Article K.3 TEU"),
    ],
)
def test_an_article_word_glued_to_its_number(text: str, span: str, normalized: str) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.normalized) == (span, normalized)
    assert eurefs.parse(normalized).normalized == normalized


def test_an_article_word_glued_to_a_number_still_needs_its_treaty() -> None:
    assert eurefs.extract("Art.1 of the contract and Art.2 thereof", kinds="treaty_article") == []


def test_the_conjunction_between_the_numbers_tells_the_language() -> None:
    """``i`` joins numbers in Polish; Italian ``i`` is an article.  The European
    Parliament's fact sheet on competition policy (Polish, europarl.europa.eu/factsheets/pl,
    sheet 82): 'art. 37, 106 i 345 TFUE w odniesieniu do przedsiębiorstw publicznych'
    was read as Italian ``articolo 37, 106 i 345 TFUE``."""
    text = "art. 37, 106 i 345 TFUE w odniesieniu do przedsiębiorstw publicznych"
    assert [(r.normalized, r.lang) for r in eurefs.extract(text)] == [
        ("art. 37, 106 i 345 TFUE", "pl")
    ]
    assert [r.lang for r in eurefs.extract("gli art. 101 e 102 TFUE")] == ["it"]


def test_the_conjunction_before_a_further_article_word_tells_the_language() -> None:
    """The conjunction before a further article written with its word tells the language as
    one between two numbers does: a heading of an Italian thesis on Articles 101 and 102
    TFEU (123dok.org, 'Analisi art. 102 e art. 101 TFUE'; pages corpus) was read as Polish,
    ``art. 102 e 101 TFUE``, for want of other words."""
    text = "II.4.1. Analisi Art.102 e Art.101 TFUE"
    assert [(r.text, r.normalized, r.lang) for r in eurefs.extract(text)] == [
        ("Art.102 e Art.101 TFUE", "articoli 102 e 101 TFUE", "it")
    ]
    # (Polish ``i`` still Polish; a constructed check of the same reading)
    assert [r.lang for r in eurefs.extract("art. 102 i art. 101 TFUE")] == ["pl"]
