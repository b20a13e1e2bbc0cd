"""A treaty's abbreviation that the language's own legal writing also gives a national
instrument (``Treaty.national_abbreviations``): Spanish ``CE``, the EC Treaty in the
Court's texts of 1999 to 2009 and the Constitución Española in Spanish legal writing, is
no treaty near the Constitution's or its court's name (``national_marks``), nor with no
word of the Union's writing near (``union_marks``); nor is Portuguese ``CE``, also the
Código da Estrada and the Código das Expropriações, near the code's name, nor Italian
``TUE``, also the Testo Unico Edilizia, near the act's name."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar import treaty_after_articles
from tests.support.extracted import extracted


def _articles(text: str) -> list[str]:
    return extracted(text, "text", kind="treaty_article")


@pytest.mark.parametrize(
    "text",
    [
        # M. Hernández Ramos, 'Apuntes sobre la tutela jurisdiccional de los derechos
        # fundamentales en el ordenamiento jurídico constitucional español' (derecho.unam.mx,
        # as es.slideshare.net reproduces it): each was a treaty article of the EC Treaty
        "La Constitución Española de 1978 establece en su articulado un arsenal de medios de "
        "protección de los derechos de los ciudadanos. En este apartado ha de señalarse la "
        "vinculación de todos los poderes públicos y ciudadanos a la Constitución y a los "
        "derechos en ella sancionados (artículos 9.1, 9.2, 53.1, 53.3 CE); el artículo 168 CE "
        "exige el cumplimiento de un procedimiento muy agravado.",
        # wikiderecho.net, on the recurso de amparo
        "El artículo 53.2 de la Constitución Española (CE) señala que los derechos reconocidos "
        "en los artículos 14 a 29 CE son protegibles mediante recurso de amparo ante el "
        "Tribunal Constitucional (TC).",
        # A. González Alonso's thesis on Article 24.1 (portalcientifico.unav.edu): the court
        # named, the Constitution not
        "Un atento lector de la jurisprudencia de nuestro Tribunal Constitucional puede "
        "comprobar cómo la reparación del derecho se sitúa entonces extramuros del art. 24.1 "
        "CE, esto es, de la tutela judicial.",
        # the mark after the citation (uninotas.net: a heading, then its text)
        "Fundamentos y Alcance del Artículo 24 CE\nEl Artículo 24 de la Constitución Española "
        "(CE) se refiere de forma específica al derecho a la tutela judicial efectiva.",
        # derechoconstitucional.es: the court's judgment abbreviated
        "La STC 102/1984 contiene algunas consideraciones sobre el artículo 24 CE.",
        # the court's remedy, its name out of reach (the judgment in the amparo of Òmnium
        # Cultural, hj.tribunalconstitucional.es/fr/Resolucion/Show/27942, pages corpus, its
        # heading left out): each was a treaty article of the EC Treaty
        "En el recurso de amparo núm. 4011-2020, promovido por la asociación Òmnium "
        "Cultural, contra el auto de 19 de junio de 2020, el procurador interpuso recurso de "
        "amparo por vulneración de sus derechos fundamentales a la legalidad sancionadora "
        "(art. 25.1 CE), en relación con el art. 9.3 CE; a la tutela judicial efectiva (art. "
        "24.1 CE), por falta de motivación.",
        # its statute (A. de la Oliva Santos, document-andresdelaoliva.blogspot.com)
        "La reforma de la LOTC por la LO 6/2007 alteró el recurso previsto para el art. 24 CE.",
        # Portuguese: an appeal against a speeding fine (a template in a public repository)
        "a prática da contraordenação p. e p. pelo artigo 24.º do Código da Estrada (CE), "
        "relativa a alegado excesso de velocidade. 1. O arguido é titular do veículo, nos "
        "termos do artigo 162.º, n.º 1 do CE. 2. Uma infração ao disposto no artigo 24.º do CE.",
    ],
)
def test_the_constitution_near_is_no_treaty(text: str) -> None:
    assert _articles(text) == []


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # the Court's Spanish writing, no national mark near: the EC Treaty still
        ("El Tribunal de Justicia interpretó el artículo 234 CE en la sentencia Cilfit.",
         "artículo 234 CE", "artículo 234 CE"),
        # the treaty's other abbreviations are not the Constitution's, whatever is near
        ("El artículo 24 de la Constitución Española y el artículo 234 TCE.",
         "artículo 234 TCE", "artículo 234 CE"),
        ("El Tribunal Constitucional citó el artículo 81 del Tratado CE.",
         "artículo 81 del Tratado CE", "artículo 81 CE"),
        ("En el recurso de amparo se invoca el artículo 234 TCE.",
         "artículo 234 TCE", "artículo 234 CE"),
        # a remedy of another court (the Tribunal Supremo's casación) is no mark
        ("En el recurso de casación el Tribunal Supremo planteó al Tribunal de Justicia el "
         "artículo 234 CE.", "artículo 234 CE", "artículo 234 CE"),
        # the EU treaties keep theirs beside the Constitution
        ("El artículo 24 de la Constitución Española y el artículo 267 TFUE.",
         "artículo 267 TFUE", "artículo 267 TFUE"),
    ],
)  # fmt: skip
def test_the_treaty_stays_where_nothing_national_is_near(
    text: str, span: str, normalized: str
) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.text, r.normalized, r.lang) for r in refs] == [(span, normalized, "es")]


def test_the_constitution_named_without_its_adjective_is_a_mark() -> None:
    # a history of Spain's accession that also cites the EU Treaty
    # (upohistoriaeconomica.blogspot.com, 2019; pages corpus): 'art. 13.2 CE' was an EC
    # Treaty article; the TEU's article stays
    text = (
        "aunque aún no se había materializado ningún artículo 2 del TUE, concretando tales "
        "valores.\n\nPara que esta adhesión pudiera realizarse era necesario reformar la "
        "Constitución, era objeto imprescindible el artículo 93CE [...] Si tuviera disposiciones "
        "incompatibles el Tratado con ella, sería precisa la reforma previa de la CE (como "
        "sucedió con lamodificación del art. 13.2 CE con la firma del T. de Maastricht)."
    )
    assert _articles(text) == ["artículo 2 del TUE"]


@pytest.mark.parametrize(
    "stop",
    [
        # the Constitutional Treaty as Spanish writing names it ('Dictamen del Consejo de
        # Estado relativo al Tratado por el que se establece la Constitución Europea',
        # pdfslide.es; pages corpus), another state's (UNCONFIRMED forms)
        "Tratado por el que se establece la Constitución Europea",
        "conforme a la Constitución italiana",
        "la Constitución de la República Portuguesa",
    ],
)
def test_another_constitution_is_no_mark(stop: str) -> None:
    text = f"{stop}. El Tribunal de Justicia interpretó el artículo 234 CE."
    assert _articles(text) == ["artículo 234 CE"]


def test_the_portuguese_expropriation_code_is_no_treaty() -> None:
    # the Tribunal Constitucional's judgment in case 556/10 quoting a district court
    # (pgdlisboa.pt; pages corpus): Portuguese writing abbreviates the Código das
    # Expropriações CE; each was an EC Treaty article ('artigos 26.º/12 CE')
    text = (
        "foi proferida decisão arbitral que classificou a parcela expropriada como “solo apto "
        "para construção”, e determinou que a sua avaliação se faria com aplicação do disposto "
        "no n.º 12 do artigo 26º do Código das Expropriações. [...] Aí se disse:\n“O normativo "
        "ajustado ao caso concreto, como ponto de partida da determinação do valor do solo, é o "
        "art. 26.º/12, do CE\n(…)\nAplicando, assim, o critério plasmado no art. 26/12, do CE, "
        "importa, antes de mais, definir o seu alcance."
    )
    assert _articles(text) == []


def test_the_italian_building_act_is_no_treaty() -> None:
    # Italian building law abbreviates its consolidated act (Testo Unico Edilizia) TUE
    # (lavoripubblici.it, on demolition orders, 2025; pages corpus): the act's article 31
    # was the TEU's; the TEU itself stays where the act is not named
    text = (
        "Nel sistema italiano, l’ordinanza di demolizione prevista dall’art. 31 del d.P.R. n. "
        "380/2001 (Testo Unico Edilizia o TUE) è configurata come una misura vincolata, diretta "
        "al ripristino dell’ordine urbanistico violato.\n\nArt. 27 vs art. 31 TUE: due regimi "
        "diversi\n\nIl Testo Unico Edilizia distingue chiaramente tra due logiche repressive."
    )
    assert _articles(text) == []
    assert _articles("l'articolo 6 TUE e l'articolo 267 TFUE") == [
        "articolo 6 TUE",
        "articolo 267 TFUE",
    ]


def test_a_mark_past_the_reach_tells_nothing() -> None:
    # (the reach is under the margin a chunk of iter_extract is scanned with)
    far = "Constitución Española. " + "x " * treaty_after_articles.NATIONAL_REACH
    assert _articles(far + "El Tribunal de Justicia interpretó el artículo 234 CE.") == [
        "artículo 234 CE"
    ]
    gap = "x " * treaty_after_articles.NATIONAL_REACH
    cited = "El Tribunal de Justicia interpretó el artículo 234 CE. "
    assert _articles(cited + gap + "Constitución Española.") == ["artículo 234 CE"]


def test_no_other_language_reads_the_marks() -> None:
    # Portuguese CE is the EC Treaty whatever Spanish words stand near, and the reverse
    refs = eurefs.extract("Tribunal Constitucional: nos termos do artigo 234.º CE, o tribunal.")
    assert [(r.text, r.lang) for r in refs if r.kind == "treaty_article"] == [
        ("artigo 234.º CE", "pt")
    ]
    refs = eurefs.extract(
        "Código da Estrada. El Tribunal de Justicia interpretó el artículo 234 CE."
    )
    assert [(r.text, r.lang) for r in refs if r.kind == "treaty_article"] == [
        ("artículo 234 CE", "es")
    ]


def test_the_portuguese_treaty_stays_where_the_code_is_not_near() -> None:
    refs = eurefs.extract("nos termos do artigo 234.º CE, o órgão jurisdicional nacional.")
    assert [(r.text, r.normalized) for r in refs if r.kind == "treaty_article"] == [
        ("artigo 234.º CE", "artigo 234.º CE")
    ]


def test_marks_are_found_once_a_text_as_a_search_near_each_citation_would() -> None:
    # the marks' places are searched once a text (a text dense with 'artículo 24 CE' made
    # a search of 6,000 characters at each citation): the answer is the windowed search's
    reach = treaty_after_articles.NATIONAL_REACH
    key = ("CE", "es")
    marks = treaty_after_articles._NATIONAL[key]
    gap = "x " * (reach // 3)
    texts = [
        gap + "Constitución Española" + gap + "STC 12/2001" + gap * 4 + "Tribunal Constitucional",
        "nada " * reach,
        "la Constitución Española. " + gap * 2,
    ]
    for _ in range(2):  # texts asked about in turn: no place kept from another text
        for text in texts:
            for at in range(0, len(text), 97):
                windowed = marks.search(text, max(0, at - reach), at + reach) is not None
                near = treaty_after_articles._national_near(key, marks, text, at)
                assert near == windowed, (texts.index(text), at)


def test_each_text_of_a_dense_run_keeps_its_own_answer() -> None:
    # the same citations, a mark in one text and not in the other, extracted in turn
    near = "Tribunal de Justicia. Constitución Española. " + "el artículo 24 CE. " * 50
    far = "Tribunal de Justicia. " + "el artículo 24 CE. " * 50
    for _ in range(2):
        assert _articles(near) == []
        assert len(_articles(far)) == 50


@pytest.mark.parametrize(
    ("text", "normalized", "lang"),
    [
        # a Spanish text: Spanish, by the ending of a word before it, where 'del' ties Spanish
        # and Italian ('la vulneración del derecho a la tutela judicial efectiva',
        # castillocalvin.com; pages corpus): 'Vulneración del art. 24.1 CE.' was Italian,
        # 'articolo 24.1 CE' (the Constitution's article, now no treaty's:
        # test_no_word_of_the_union_near_reads_no_treaty); the same with the TFEU's
        ("Vulneración del art. 267 TFUE.", "artículo 267 TFUE", "es"),
        ("Motivo primero: infracción del art. 267 TFUE", "artículo 267 TFUE", "es"),
        # (what must stay)
        ("la violazione dell'art. 234 CE", "articolo 234 CE", "it"),
        ("la violation de l'art. 234 CE", "article 234 CE", "fr"),
    ],
)
def test_a_spanish_word_s_ending_keeps_a_citation_spanish(
    text: str, normalized: str, lang: str
) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.normalized, r.lang) for r in refs] == [(normalized, lang)]


@pytest.mark.parametrize(
    "text",
    [
        # 'art.' and CE are written alike in French, Italian, Spanish and Portuguese: with no
        # word of one near, the words made it French (or Italian), whose CE has no national
        # marks, and the Spanish Constitution's 'STC' and 'Tribunal Constitucional' near did
        # not count (the marks as derechoconstitucional.es and wikiderecho.net write them:
        # 'La STC 102/1984', 'ante el Tribunal Constitucional (TC)'; pages corpus): each was
        # a treaty article of the EC Treaty
        "(STC 102/1984; art. 24.1 CE)",
        "Tribunal Constitucional (art. 24 CE)",
        "La STC 102/1984 contiene algunas consideraciones (Art. 24 CE).",
    ],
)
def test_a_mark_acts_on_every_language_writing_the_citation_alike(text: str) -> None:
    assert _articles(text) == []


def test_a_word_of_one_language_alone_keeps_its_treaty_beside_another_s_marks() -> None:
    # 'article' is French (and English), no Spanish: the Spanish marks do not act on it
    refs = eurefs.extract("Constitución Española. la violation de l'article 234 CE")
    assert [(r.text, r.lang) for r in refs if r.kind == "treaty_article"] == [
        ("article 234 CE", "fr")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a course on the Constitution's Title I for civil-service examinations
        # (academiabigbang.com, 'Curso de Bloque Constitucional para Oposiciones (II)'; pages
        # corpus): no national mark near, each was an EC Treaty article
        "Título I “De los Derechos y Deberes Fundamentales” (Arts. 10-55)\n"
        "  2. Derecho a la inviolabilidad del domicilio (Art. 18.2 CE)\n"
        "  3. Derecho al secreto de las comunicaciones (Art. 18.3 CE)\n"
        "  • Libertad de expresión y derecho a la información (Art. 20 CE)",
        # a course on the autonomous communities' powers (derechouned.com; pages corpus)
        "A) Las materias sobre las que pueden asumir competencias las Comunidades Autónomas\n\n"
        "El art. 148.1 CE dispone que las Comunidades Autónomas podrán asumir competencias "
        "en las siguientes materias:",
        # the State's exclusive powers (vademecumlegal.es; pages corpus)
        "Para conocer las materias que son competencia exclusiva del Estado debemos acudir al "
        "art. 149 de la CE, el cual nos ofrece un amplio listado que contiene dichas "
        "competencias.",
        # (castillocalvin.com's wording, the Constitution's right to effective judicial
        # protection)
        "Vulneración del art. 24.1 CE.",
    ],
)
def test_no_word_of_the_union_near_reads_no_treaty(text: str) -> None:
    assert _articles(text) == []


def test_a_word_of_the_union_near_keeps_the_treaty() -> None:
    # the judgment in C-453/99 Courage v Crehan, the ECR's Spanish page I-6314 (as
    # pdfslide.tips copies it; pages corpus): the Court's EC Treaty of 1999 to 2009
    text = (
        "una decisión prejudicial sobre la interpretación del artículo 85 del Tratado CE "
        "(actualmente artículo 81 CE)"
    )
    assert _articles(text)[-1:] == ["artículo 81 CE"]
    # given alone, as parse reads the normal form back
    assert _articles("artículo 234 CE") == ["artículo 234 CE"]
    assert eurefs.parse("artículo 234 CE").treaty == "EC"


def test_no_word_of_the_union_near_is_told_before_the_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a heading (uninotas.net, 'La Tutela Judicial Efectiva en España: Fundamentos y Alcance
    # del Artículo 24 CE'; pages corpus): 'Artículo' is Spanish alone, and Spanish asks for
    # a word of the Union's near, so the citation is no treaty's before its language is read
    # (a text dense with such citations paid for the reading at each: 'dense es CE
    # articles' in benchmarks/extract_benchmark.py)
    from eurefs.grammar import treaty_articles

    def unread(*args: object, **kwargs: object) -> str | None:
        raise AssertionError("the language was read")

    monkeypatch.setattr(treaty_articles, "_language", unread)
    heading = "La Tutela Judicial Efectiva en España: Fundamentos y Alcance del Artículo 24 CE"
    assert _articles(heading) == []
    # with a word of the Union's near, the language is read
    with pytest.raises(AssertionError, match="the language was read"):
        _articles("El Tribunal de Justicia interpreta el artículo 81 CE.")


@pytest.mark.parametrize(
    "text",
    [
        # the Tribunal Constitucional's judgment in the amparo of Òmnium Cultural
        # (hj.tribunalconstitucional.es/fr/Resolucion/Show/27942; pages corpus): 'art.' is
        # written alike by French, Italian, Spanish, Portuguese and Romanian, and the court's
        # remedy ('recurso de amparo') is near each citation
        "En el recurso de amparo núm. 4011-2020, promovido por la asociación Òmnium "
        "Cultural, contra el auto de 19 de junio de 2020, el procurador interpuso recurso de "
        "amparo por vulneración de sus derechos fundamentales a la legalidad sancionadora "
        "(art. 25.1 CE), en relación con el art. 9.3 CE; a la tutela judicial efectiva (art. "
        "24.1 CE), por falta de motivación.",
        # Italian building law's consolidated act named near (lavoripubblici.it, on demolition
        # orders, 2025; pages corpus)
        "l’ordinanza di demolizione prevista dall’art. 31 del d.P.R. n. 380/2001 (Testo Unico "
        "Edilizia o TUE) è configurata come una misura vincolata.\n\nArt. 27 vs art. 31 TUE: "
        "due regimi diversi",
    ],
)
def test_a_national_mark_near_is_told_before_the_language(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # a mark acts on every language writing the citation alike (above), so the citation is
    # no treaty's whatever its words make its language: a text dense with such citations
    # near the marks paid for the reading at each ('dense es CE articles near STC' and
    # 'dense it TUE articles near the building act' in benchmarks/extract_benchmark.py)
    from eurefs.grammar import treaty_articles

    def unread(*args: object, **kwargs: object) -> str | None:
        raise AssertionError("the language was read")

    monkeypatch.setattr(treaty_articles, "_language", unread)
    assert _articles(text) == []
    # with no mark near, the language is read
    with pytest.raises(AssertionError, match="the language was read"):
        _articles("El Tribunal de Justicia interpreta el art. 81 CE.")
