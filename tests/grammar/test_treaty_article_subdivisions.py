"""Treaty articles with subdivisions as Croatian and Swedish write them: ordinal numbers
and declined words (``članka 8. stavka 1. Povelje``, ``Članak 267. treći stavak UFEU-a``),
the abbreviation declined after the article (``UFEU-a``), paragraphs after a dot
(``artikel 4.3 i EU-fördraget``, ``Artikel 88.2 första och tredje styckena EG``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        # key words of CURIA judgments (Croatian, C-516/22, C-144/23 opinion, C-69/14 opinion)
        ("– Članak 4. stavak 3. UEU‑a – Lojalna suradnja",
         "Članak 4. stavak 3. UEU‑a", "članak 4. stavak 3. UEU", "TEU", ["4."]),
        ("– Članak 351. prvi stavak UFEU‑a – Međunarodna", "Članak 351. prvi stavak UFEU‑a",
         "članak 351. prvi stavak UFEU", "TFEU", ["351."]),
        ("– Članak 267. treći stavak UFEU‑a – Obveza", "Članak 267. treći stavak UFEU‑a",
         "članak 267. treći stavak UFEU", "TFEU", ["267."]),
        ("– Članak 108. stavak 3. UFEU‑a – Obustava", "Članak 108. stavak 3. UFEU‑a",
         "članak 108. stavak 3. UFEU", "TFEU", ["108."]),
        ("Sud je presudio da se članak 110. UFEU‑a protivi tome", "članak 110. UFEU‑a",
         "članak 110. UFEU", "TFEU", ["110."]),
        ("u smislu članka 267. trećeg stavka UFEU-a. Sud", "članka 267. trećeg stavka UFEU-a",
         "članak 267. trećeg stavka UFEU", "TFEU", ["267."]),
        # declined subdivision words before the Charter's name
        ("u skladu s člankom 8. stavkom 1. Povelje Europske unije o temeljnim pravima i",
         "člankom 8. stavkom 1. Povelje Europske unije o temeljnim pravima",
         "članak 8. stavkom 1. Povelje o temeljnim pravima", "CFR", ["8."]),
        ("na temelju članka 8. stavka 1. Povelje Europske unije o temeljnim pravima i",
         "članka 8. stavka 1. Povelje Europske unije o temeljnim pravima",
         "članak 8. stavka 1. Povelje o temeljnim pravima", "CFR", ["8."]),
        # a list of ordinals (European Parliament resolution P9_TA(2023)0406)
        ("uzimajući u obzir članke 258., 267. i 344. Ugovora o funkcioniranju Europske unije "
         "(UFEU),",
         "članke 258., 267. i 344. Ugovora o funkcioniranju Europske unije (UFEU)",
         "članci 258., 267. i 344. UFEU", "TFEU", ["258.", "267.", "344."]),
        # Swedish (EUR-Lex summary of T-171/02; EP resolution P9_TA(2023)0406)
        ("Statligt stöd (Artikel 88.3 EG)", "Artikel 88.3 EG", "Artikel 88.3 EG", "EC",
         ["88.3"]),
        ("enligt artikel 107.3 c i EUF-fördraget ska", "artikel 107.3 c i EUF-fördraget",
         "artikel 107.3 c EUF-fördraget", "TFEU", ["107.3 c"]),
        ("samt artikel 4.3 i EU-fördraget", "artikel 4.3 i EU-fördraget",
         "artikel 4.3 EU-fördraget", "TEU", ["4.3"]),
        ("enligt artikel 8.1 i Europeiska unionens stadga om de grundläggande rättigheterna",
         "artikel 8.1 i Europeiska unionens stadga om de grundläggande rättigheterna",
         "artikel 8.1 i stadgan om de grundläggande rättigheterna", "CFR", ["8.1"]),
    ],
)  # fmt: skip
def test_subdivisions_as_the_language_writes_them(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    assert assert_one_treaty_article(text, span, normalized, treaty).articles == articles


def test_swedish_paragraphs_of_the_first_and_third_subparagraphs() -> None:
    text = "av företag i svårigheter (Artikel 88.2 första och tredje styckena EG; rådets"
    (ref,) = eurefs.extract(text, kinds="treaty_article", short_forms=False)
    assert ref.text == "Artikel 88.2 första och tredje styckena EG"
    assert ref.articles == ["88.2"]
    # alone, 'Artikel' is German, Swedish, Danish or Dutch: the words of the list tell
    (alone,) = eurefs.extract(ref.text, kinds="treaty_article", short_forms=False)
    assert (alone.lang, alone.normalized) == ("sv", ref.normalized)


@pytest.mark.parametrize(
    "text",
    [
        # the ordinal dot of a number that is no subdivision, and a sentence end
        "članak 3. 2019. UFEU",
        "Članak 2. stavak 3. ove Uredbe. UFEU-a se primjenjuje",
        "Dana 5. ožujka 2019. članak 5. Uredbe; 2. UFEU je",
        # an abbreviation with another case ending is another word
        "članak 110. UFEU-ovski",
        # a date after the article word, then no treaty
        "artikel 5.12.2019 i EU-fördraget",
    ],
)  # fmt: skip
def test_no_treaty_article_across_other_words(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text, short_forms=False)]


def test_the_enacting_formula_keeps_its_bare_article_without_the_dot() -> None:
    # the development text's formula ends 'članak 113.,': the span stays 'članak 113'
    text = (
        "uzimajući u obzir Ugovor o funkcioniranju Europske unije, a posebno njegov "
        "članak 113.,\nuzimajući u obzir prijedlog"
    )
    (ref,) = eurefs.extract(text, kinds="treaty_article", short_forms=False)
    assert (ref.text, ref.normalized) == ("članak 113", "članak 113 UFEU")


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # Dutch national texts number a paragraph with an ordinal before ``lid`` (the
        # record's ordinal_nouns): 'artikel 19, derde lid, van het Verdrag' was nothing
        ("artikel 19, derde lid, van het Verdrag betreffende de Europese Unie",
         "artikel 19, derde lid, van het Verdrag betreffende de Europese Unie",
         "artikel 19, derde lid VEU", "TEU"),
        ("artikel 267, derde lid, VWEU", "artikel 267, derde lid, VWEU",
         "artikel 267, derde lid VWEU", "TFEU"),
        ("artikel 81, eerste en derde lid, EG", "artikel 81, eerste en derde lid, EG",
         "artikel 81, eerste en derde lid EG", "EC"),
        # the same with numbers, unchanged (European Parliament resolution quoted on
        # wordscope.be; ensie.nl 'Loyaliteitsbeginsel'; staatssteunwijzer.nl)
        ("dat in artikel 4, lid 3, van het Verdrag betreffende de Europese Unie het",
         "artikel 4, lid 3, van het Verdrag betreffende de Europese Unie",
         "artikel 4, lid 3 VEU", "TEU"),
        ("in artikel 13 lid 1 van het Verdrag betreffende de Europese Unie (VEU). Elk",
         "artikel 13 lid 1 van het Verdrag betreffende de Europese Unie (VEU)",
         "artikel 13 lid 1 VEU", "TEU"),
        ("staan in artikel 107 leden 2 en 3 VWEU.", "artikel 107 leden 2 en 3 VWEU",
         "artikel 107 leden 2 en 3 VWEU", "TFEU"),
    ],
)  # fmt: skip
def test_dutch_paragraphs_numbered_by_ordinals(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # key words of the Portuguese judgment C-516/22 on curia.europa.eu (ECLI:EU:C:2024:231),
        # the ordinal sign typed as a degree sign after 'n.': each was nothing
        ("— Artigo 4.°, n.° 3, TUE — Cooperação leal", "Artigo 4.°, n.° 3, TUE",
         "artigo 4.º, n.º 3 TUE", "TEU"),
        ("— Artigo 108, n.° 3, do TFUE — Suspensão", "Artigo 108, n.° 3, do TFUE",
         "artigo 108, n.º 3 TFUE", "TFEU"),
        ("o artigo 4.°, n.°s 2 e 3, TUE", "artigo 4.°, n.°s 2 e 3, TUE",
         "artigo 4.º, n.ºs 2 e 3 TUE", "TEU"),
        # the same judgment, unchanged
        ("— Artigo 351.°, primeiro parágrafo, TFUE — Convenção",
         "Artigo 351.°, primeiro parágrafo, TFUE", "artigo 351.º, primeiro parágrafo TFUE",
         "TFEU"),
    ],
)  # fmt: skip
def test_portuguese_numbers_with_a_degree_sign(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # a list whose articles carry paragraphs (a Relação de Coimbra judgment, case
        # 569/21.6T8PBLA.C1, dgsi.pt, its legislation in lower case): after paragraph numbers
        # without the ordinal sign, a number with it is the next article (was nothing)
        ("os artigos 2.º, 4.º, n.ºs 1 e 3, 5.º e 19.º, n.º 1, § 2, do TUE.",
         "artigos 2.º, 4.º, n.ºs 1 e 3, 5.º e 19.º, n.º 1, § 2, do TUE",
         "artigos 2.º, 4.º, n.ºs 1 e 3, 5.º e 19.º, n.º 1, § 2 TUE", ["2.º", "4.º", "5.º", "19.º"]),
        # as the judgment sets it: no comma before the paragraphs, the sign glued
        ("artigos 2.º, 4.º n.ºs 1 e 3, 5.º e 19.º, n.º 1, §2 do TUE.",
         "artigos 2.º, 4.º n.ºs 1 e 3, 5.º e 19.º, n.º 1, §2 do TUE",
         "artigos 2.º, 4.º n.ºs 1 e 3, 5.º e 19.º, n.º 1, §2 TUE", ["2.º", "4.º", "5.º", "19.º"]),
        ("artigos 4.º, n.º 3, 5.º e 19.º TUE", "artigos 4.º, n.º 3, 5.º e 19.º TUE",
         "artigos 4.º, n.º 3, 5.º e 19.º TUE", ["4.º", "5.º", "19.º"]),
        # unchanged: paragraphs written with the sign stay paragraphs; an ordinal pinpoint
        ("artigo 10.º, parágrafos 3.º e 4.º, do TUE", "artigo 10.º, parágrafos 3.º e 4.º, do TUE",
         "artigo 10.º, parágrafos 3.º e 4.º TUE", ["10.º"]),
        ("artigo 19.º, n.º 1, segundo parágrafo, do TUE",
         "artigo 19.º, n.º 1, segundo parágrafo, do TUE",
         "artigo 19.º, n.º 1, segundo parágrafo TUE", ["19.º"]),
        ("artigo 4.º, n.ºs 2 e 3, TUE", "artigo 4.º, n.ºs 2 e 3, TUE",
         "artigo 4.º, n.ºs 2 e 3 TUE", ["4.º"]),
    ],
)  # fmt: skip
def test_portuguese_articles_after_paragraph_numbers(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    assert_one_treaty_article(text, span, normalized, "TEU")
    (ref,) = eurefs.extract(text, short_forms=False)
    assert list(ref.articles) == articles
