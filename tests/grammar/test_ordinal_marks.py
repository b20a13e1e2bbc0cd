"""Article numbers and pinpoints written with the national ordinal marks: the ordinal sign
glued to a number (``267º``) or typed as a degree sign (``267°``, in the languages whose
record has a ``pinpoints.ordinal_sign``), Portuguese ``art.º``/``artº`` and ``§ 3º``, and Spanish
subdivisions written before the article (``apartado 1 del artículo 6 del``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_treaty_article_reads


def _only(text: str, kind: str) -> eurefs.Reference:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == kind]
    return ref


def _is_the_treaty_article(text: str, span: str, normalized: str, articles: list[str]) -> None:
    """The text's one treaty article has this span, normal form and articles; the span and
    the normal form parse to the same."""
    assert_treaty_article_reads(text, span, normalized, articles)
    parsed = eurefs.parse(span)
    assert (parsed.normalized, parsed.articles) == (normalized, articles)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # each gave nothing: the degree sign stopped the number
        ("ai sensi dell'articolo 267° TFUE, il giudice", "articolo 267° TFUE",
         "articolo 267 TFUE", ["267"]),
        ("ai sensi dell'art. 267° TFUE", "art. 267° TFUE", "articolo 267 TFUE", ["267"]),
        ("conforme al artículo 267° del TFUE", "artículo 267° del TFUE", "artículo 267 TFUE",
         ["267"]),
        ("nos termos do artigo 267° do TFUE", "artigo 267° do TFUE", "artigo 267.º TFUE",
         ["267.º"]),
        ("ai sensi degli articoli 101° e 102° TFUE", "articoli 101° e 102° TFUE",
         "articoli 101 e 102 TFUE", ["101", "102"]),
        # the masculine ordinal sign, as before
        ("ai sensi dell'articolo 267º TFUE", "articolo 267º TFUE", "articolo 267 TFUE", ["267"]),
        # Portuguese national writing: the sign on the article word too, the paragraph sign
        ("O art.º 267.º do TFUE confere", "art.º 267.º do TFUE", "artigo 267.º TFUE",
         ["267.º"]),
        ("o disposto no artº 267º, § 3º, do TFUE, interpretado", "artº 267º, § 3º, do TFUE",
         "artigo 267.º, § 3.º TFUE", ["267.º"]),
        ("a interpretação do artigo 267.º, parágrafo 3.º, do TFUE nesse particular",
         "artigo 267.º, parágrafo 3.º, do TFUE", "artigo 267.º, parágrafo 3.º TFUE", ["267.º"]),
        # the degree sign after a paragraph's number (was nothing); the Italian normal form
        # writes the number alone, as after the article's
        ("ai sensi dell'art. 267, comma 3°, TFUE il giudice", "art. 267, comma 3°, TFUE",
         "articolo 267, comma 3 TFUE", ["267"]),
        ("ai sensi dell'art. 267, comma 3º, TFUE il giudice", "art. 267, comma 3º, TFUE",
         "articolo 267, comma 3 TFUE", ["267"]),
    ],
)  # fmt: skip
def test_ordinal_marks_after_a_treaty_article_number(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    _is_the_treaty_article(text, span, normalized, articles)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # the sign lost after the dot (a superscript dropped with the markup, or in a PDF's
        # extraction): the Portuguese normal form restores it (was ``artigo 81. CE``, ``81.``)
        ("Artigo 101. (ex-artigo 81. TCE)", "artigo 81. TCE", "artigo 81.º CE", ["81.º"]),
        ("nos termos do artigo 267. TFUE, o Tribunal", "artigo 267. TFUE",
         "artigo 267.º TFUE", ["267.º"]),
        ("artigo 267. do Tratado sobre o Funcionamento da União Europeia",
         "artigo 267. do Tratado sobre o Funcionamento da União Europeia",
         "artigo 267.º TFUE", ["267.º"]),
        ("os artigos 101. e 102. do TFUE proíbem", "artigos 101. e 102. do TFUE",
         "artigos 101.º e 102.º TFUE", ["101.º", "102.º"]),
        ("os artigos 101. a 109. do TFUE contêm", "artigos 101. a 109. do TFUE",
         "artigos 101.º a 109.º TFUE", ["101.º-109.º"]),
        ("o artigo 101.º, n.º 1, e 102. TFUE", "artigo 101.º, n.º 1, e 102. TFUE",
         "artigos 101.º, n.º 1, e 102.º TFUE", ["101.º", "102.º"]),
        # a sentence's dot after the treaty is no article's; a decimal keeps its number
        ("nos termos do artigo 267.º TFUE. O Tribunal", "artigo 267.º TFUE",
         "artigo 267.º TFUE", ["267.º"]),
        ("nos termos do artigo 6.1 TUE", "artigo 6.1 TUE", "artigo 6.1 TUE", ["6.1"]),
        ("nos termos do artigo 267 TFUE", "artigo 267 TFUE", "artigo 267 TFUE", ["267"]),
    ],
)  # fmt: skip
def test_a_lost_ordinal_sign_comes_back_in_portuguese(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    _is_the_treaty_article(text, span, normalized, articles)


def test_an_ordinal_dot_stays_where_the_language_writes_one() -> None:
    # Croatian numbers its articles with a dot: nothing is restored
    ref = _only("u skladu s člankom 267. UFEU", "treaty_article")
    assert ref.articles == ["267."]


@pytest.mark.parametrize(
    "text",
    [
        # a language that glues no ordinal sign: a degree sign ends the number
        "under Article 267° TFEU",
        "conformément à l'article 267° TFUE",
        "under Article 5, paragraph 3°, TFEU",
        # a temperature, not an ordinal: no article there
        "conforme al artículo 20°C TFUE",
        "a 20° C según el TFUE",
    ],
)
def test_no_treaty_article_through_a_degree_sign_elsewhere(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # the degree sign typed for the ordinal sign (before: no pinpoint)
        ("conforme al artículo 6° del Reglamento (UE) 2016/679", "artículo 6°"),
        ("conforme al artículo 4° de la Directiva 2000/78/CE", "artículo 4°"),
        ("ai sensi dell'art. 6°, par. 1, del regolamento (UE) 2016/679", "art. 6°, par. 1"),
        ("nos termos do artigo 6° do Regulamento (UE) 2016/679", "artigo 6°"),
        # glued as the view reads it, as before
        ("conforme al artículo 6º del Reglamento (UE) 2016/679", "artículo 6º"),
        ("nos termos do artigo 6.° do Regulamento (UE) 2016/679", "artigo 6.°"),
        # Portuguese art.º, artº and § (before: no pinpoint)
        ("nos termos do art.º 6.º do Regulamento (UE) 2016/679", "art.º 6.º"),
        ("nos termos do n.º 1 do art.º 6.º do Regulamento (UE) 2016/679",
         "n.º 1 do art.º 6.º"),
        ("nos termos do artº 6º, § 1º, do Regulamento (UE) 2016/679", "artº 6º, § 1º"),
        # Spanish subdivisions written first (before: the article alone)
        ("según el apartado 1 del artículo 6 del Reglamento (UE) 2016/679",
         "apartado 1 del artículo 6"),
        ("con arreglo a la letra a) del apartado 1 del artículo 6 del Reglamento (CE) "
         "n.º 1782/2003", "letra a) del apartado 1 del artículo 6"),
        ("con arreglo al párrafo primero del apartado 1 del artículo 6 del Reglamento (CE) "
         "n.º 1782/2003", "párrafo primero del apartado 1 del artículo 6"),
        ("los apartados 1 y 2 del artículo 6 de la Directiva 95/46/CE",
         "apartados 1 y 2 del artículo 6"),
        # the other national styles, unchanged
        ("según el art. 6.1.a) del Reglamento (UE) 2016/679", "art. 6.1.a)"),
        ("ai sensi dell'art. 6, par. 1, lett. a), del regolamento (UE) 2016/679",
         "art. 6, par. 1, lett. a)"),
        ("en vertu de l'article 6, paragraphe 1, point a), du règlement (UE) 2016/679",
         "article 6, paragraphe 1, point a)"),
        ("gemäß Art. 6 Abs. 1 lit. a der Verordnung (EU) 2016/679", "Art. 6 Abs. 1 lit. a"),
    ],
)  # fmt: skip
def test_ordinal_marks_in_a_pinpoint_before_an_act(text: str, pinpoint: str) -> None:
    ref = _only(text, "legal_act")
    assert ref.pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # a temperature glued to its scale is no number of the pinpoint
        ("el artículo 20°C del Reglamento (UE) 2016/679", None),
        ("los artículos 6 y 20° C del Reglamento (UE) 2016/679", None),
        # ... nor one before the article
        ("calentado a 20° C según el artículo 6 del Reglamento (UE) 2016/679", "artículo 6"),
        # a subdivision with no article after it is no lead
        ("el apartado 2 del Reglamento (CE) n.º 1782/2003", None),
        # a degree sign where the language glues no ordinal sign
        ("under Article 6° of Regulation (EU) 2016/679", None),
    ],
)  # fmt: skip
def test_no_pinpoint_through_a_degree_sign_that_is_no_ordinal(
    text: str, pinpoint: str | None
) -> None:
    assert _only(text, "legal_act").pinpoint == pinpoint
