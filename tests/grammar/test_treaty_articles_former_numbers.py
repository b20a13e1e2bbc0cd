"""The EC Treaty as the consolidated Treaties' headings name an article's former number
(``Article 258 (ex Article 226 TEC)``): a treaty article of the EC Treaty, in the
abbreviation each language writes there (``eurefs/languages/_treaty_sources.EX_ARTICLES``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # EUR-Lex 12008E258 (fr), the TFEU's heading and first words
        (
            "Article 258 (ex-article 226 TCE) Si la Commission estime qu'un État membre a"
            " manqué à une des obligations",
            "article 226 TCE",
            "article 226 CE",
        ),
        # noticias.juridicas.com, the TFUE (es)
        (
            "Artículo 335. (antiguo artículo 282 TCE) Esta referencia es indicativa.",
            "artículo 282 TCE",
            "artículo 282 CE",
        ),
        # EUR-Lex 12016E026 (pt), '14.o' as the page prints the ordinal sign
        (
            "Artigo 26.o (ex-artigo 14.o TCE) 1. A União adota as medidas",
            "artigo 14.o TCE",
            "artigo 14.º CE",
        ),
        # the TFUE's heading as a public code comment quotes it (it)
        (
            "la nota di corrispondenza «(ex articolo 234 del TCE)»",
            "articolo 234 del TCE",
            "articolo 234 CE",
        ),
        # op.europa.eu, the consolidated TFEU (mt)
        ("Artikolu 310 (ex Artikolu 268 TKE)", "Artikolu 268 TKE", "Artikolu 268 KE"),
        # EUR-Lex 12008E258 (fi): the abbreviation written first, in the genitive
        (
            "258 artikla (aiempi EY-sopimuksen 226 artikla) Jos komissio katsoo",
            "EY-sopimuksen 226 artikla",
            "EY 226 artikla",
        ),
        # EUR-Lex 12016E266 (sv): FEG, the EC Treaty's abbreviation there
        (
            "Artikel 266 (f.d. artikel 233 FEG) Den institution, det organ eller den byrå",
            "artikel 233 FEG",
            "artikel 233 EG-fördraget",
        ),
        # EUR-Lex 12016E101 (ro)
        (
            "Articolul 101 (ex-articolul 81 TCE) (1) Sunt incompatibile cu piața internă",
            "articolul 81 TCE",
            "articolul 81 CE",
        ),
        # competitionrules.eu, glossary 'Decizie preliminară (art. 267 TFUE)' (ro): the
        # indefinite article word after the adjective
        (
            "Articolul 267 (fostul articol 234 din Tratatul CE): Curtea de Justiție a Uniunii",
            "articol 234 din Tratatul CE",
            "articolul 234 CE",
        ),
        # EUR-Lex 12008E101 and 12016E101 (sk)
        (
            "Článok 101 (bývalý článok 81 ZES) 1. Nasledujúce sa zakazuje",
            "článok 81 ZES",
            "článok 81 ES",
        ),
        (
            "Článok 101 (pôvodný článok 81 ZES) 1. Nasledujúce sa zakazuje",
            "článok 81 ZES",
            "článok 81 ES",
        ),
        # EUR-Lex 12016E101 and 12012E267 (et): the treaty first, in the genitive
        (
            "Artikkel 101 (endine EÜ asutamislepingu artikkel 81) 1. Siseturuga on kokkusobimatud",
            "EÜ asutamislepingu artikkel 81",
            "EÜ artikkel 81",
        ),
        (
            "Artikkel 267 (endine EÜ asutamislepingu artikkel 234) Euroopa Liidu Kohus on pädev",
            "EÜ asutamislepingu artikkel 234",
            "EÜ artikkel 234",
        ),
        # EUR-Lex 12008E267 (lt): the treaty first, then 'ex' (former) before the number
        (
            "267 straipsnis (EB sutarties ex 234 straipsnis) Europos Sąjungos Teisingumo Teismo"
            " jurisdikcijai priklauso",
            "EB sutarties ex 234 straipsnis",
            "EB 234 straipsnis",
        ),
        # EUR-Lex 12016E101 (hu): 'korábbi' (former) between the treaty and the number
        (
            "101. cikk (az EKSz. korábbi 81. cikke) (1) A belső piaccal összeegyeztethetetlen",
            "EKSz. korábbi 81. cikke",
            "EKSZ 81. cikk",
        ),
        # EUR-Lex 12016E101 (ga)
        (
            "Airteagal 101 (sean-Airteagal 81 CCE) 1. Toirmisctear na cleachtais seo a leanas",
            "Airteagal 81 CCE",
            "Airteagal 81 CE",
        ),
    ],
)
def test_the_former_number_is_an_ec_treaty_article(text: str, span: str, normalized: str) -> None:
    assert_one_treaty_article(text, span, normalized, "EC")


def test_the_constitutional_treatys_articles_are_not_the_ec_treatys() -> None:
    """French TCE also names the Treaty establishing a Constitution for Europe, whose
    articles are numbered by part."""
    assert (
        eurefs.extract("l'article I-6 TCE et l'article III-365 TCE", kinds="treaty_article") == []
    )


def test_a_former_word_of_another_language_is_no_former_word() -> None:
    """Lithuanian 'ex' is no Hungarian former word, nor Hungarian 'korábbi' Lithuanian."""
    assert eurefs.extract("az EKSz. ex 81. cikke", kinds="treaty_article") == []
    assert eurefs.extract("EB sutarties korábbi 234 straipsnis", kinds="treaty_article") == []


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # lituanistika.lt/content/1786, an article's abstract on the Court's role (pages
        # corpus): was nothing
        (
            "LTETT centriniam vaidmeniui Europos Bendrijos formavime bei EB teisės taikymo ir"
            " pripažinimo valstybėse narėse dinamikai didžiausią įtaką turi EB sutarties 234"
            " (ex. 177) str. nuostatos.",
            "EB sutarties 234 (ex. 177) str.",
            "EB 234 str.",
        ),
        # (the word in full, 'ex' without its dot: UNCONFIRMED in a text read)
        (
            "pagal EB sutarties 234 (ex 177) straipsnį pateiktas prašymas",
            "EB sutarties 234 (ex 177) straipsnį",
            "EB 234 straipsnį",
        ),
    ],
)
def test_the_former_number_in_brackets_after_the_number(
    text: str, span: str, normalized: str
) -> None:
    """The pre-Amsterdam number in brackets between the number and the word: in the span,
    out of the normal form; the article is the one numbered first."""
    assert_one_treaty_article(text, span, normalized, "EC")
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert ref.articles == ["234"]  # type: ignore[union-attr]


def test_a_bracket_of_another_languages_former_word_is_not_read() -> None:
    assert eurefs.extract("EB sutarties 234 (korábbi 177) str.", kinds="treaty_article") == []
