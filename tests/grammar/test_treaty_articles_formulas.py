"""Enacting formulas of older acts in the records' words: Dutch 'Gelet op het Verdrag ...,
inzonderheid op artikel 100', the Greek EC Treaty named in the accusative."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # Dutch acts before 2009 cite the treaty with 'Gelet op' and 'inzonderheid op' /
        # 'en met name op' (Directive 2006/67/EC, EUR-Lex 32006L0067; Regulation (EC) No
        # 717/2008, EUR-Lex 32008R0717, nl): both were nothing
        ("Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, inzonderheid op "
         "artikel 100,", "artikel 100", "artikel 100 EG", "EC"),
        ("Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, en met name op "
         "artikel 133,", "artikel 133", "artikel 133 EG", "EC"),
        # the later formula, unchanged (Regulation (EU) 2024/823, nl)
        ("Gezien het Verdrag betreffende de werking van de Europese Unie, en met name artikel "
         "207, lid 2,", "artikel 207, lid 2", "artikel 207, lid 2 VWEU", "TFEU"),
        # the Greek formula names the EC Treaty in the accusative (was nothing)
        ("Έχοντας υπόψη τη συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας, και ιδίως το "
         "άρθρο 95,", "άρθρο 95", "άρθρο 95 ΕΚ", "EC"),
        ("Έχοντας υπόψη τη Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας, "
         "και ιδίως το άρθρο 31,", "άρθρο 31",
         "άρθρο 31 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενέργειας",
         "EAEC"),
    ],
)  # fmt: skip
def test_enacting_formulas_of_older_acts(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty) == (span, normalized, treaty)


@pytest.mark.parametrize(
    "text",
    [
        # an act cited after the treaty: the lead is the act's (Regulation (EC) No 345/2008, nl)
        "Gelet op het Verdrag tot oprichting van de Europese Gemeenschap,\nGelet op Verordening "
        "(EEG) nr. 2092/91 van de Raad van 24 juni 1991 (1), en met name op artikel 11, lid 4,",
        # the Euratom Treaty's name written otherwise: never the EC Treaty
        "Έχοντας υπόψη τη Συνθήκη για την ίδρυση της Ευρωπαϊκής Κοινότητας Ατομικής Ενεργείας, "
        "και ιδίως το άρθρο 31,",
    ],
)
def test_no_treaty_article_of_an_older_formula(text: str) -> None:
    assert [r.text for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # Maltese glues the record's preposition (tat-, tal-) to a treaty's long name, as to
        # its abbreviation ('tat-TFUE'); the names as the Maltese OJ C 202 (2016) titles
        # them: each was nothing
        ("l-Artikolu 95 tat-Trattat dwar il-Funzjonament tal-Unjoni Ewropea",
         "Artikolu 95 tat-Trattat dwar il-Funzjonament tal-Unjoni Ewropea",
         "Artikolu 95 TFUE", "TFEU"),
        ("l-Artikolu 6 tat-Trattat dwar l-Unjoni Ewropea",
         "Artikolu 6 tat-Trattat dwar l-Unjoni Ewropea", "Artikolu 6 TUE", "TEU"),
        ("l-Artikolu 95 tat-Trattat li jistabbilixxi l-Komunità Ewropea,",
         "Artikolu 95 tat-Trattat li jistabbilixxi l-Komunità Ewropea", "Artikolu 95 KE", "EC"),
    ],
)  # fmt: skip
def test_maltese_long_names_after_a_glued_preposition(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty) == (span, normalized, treaty)


def test_a_maltese_euratom_name_written_otherwise_is_never_the_ec_treaty() -> None:
    text = "l-Artikolu 95 tat-Trattat li jistabbilixxi l-Komunità Ewropea tal-Enerġija Atomica"
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the Maltese formula glues the article to the treaty's name and refers back to it
        # after the article (Proposal COM(2010) 49, EUR-Lex 52010PC0049, 'u b'mod partikulari
        # l-Artikolu 207(2) tiegħu'; the Style Guide's 'Wara li kkonsidrat it‑Trattat ...'
        # with its non-breaking hyphens): each was nothing
        ("Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b'mod "
         "partikulari l-Artikolu 207(2) tiegħu,", "Artikolu 207(2)", "Artikolu 207(2) TFUE",
         "TFEU"),
        ("Wara li kkonsidrat it‑Trattat dwar il‑Funzjonament tal‑Unjoni Ewropea, u b’mod "
         "partikolari l‑Artikolu 114 tiegħu,", "Artikolu 114", "Artikolu 114 TFUE", "TFEU"),
        ("Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b’mod "
         "partikolari l-Artikoli 42 u 43(2) tiegħu,", "Artikoli 42 u 43(2)",
         "Artikoli 42 u 43(2) TFUE", "TFEU"),
        # the article t- after the verb's final vowel, the EC Treaty
        ("Wara li kkunsidra t-Trattat li jistabbilixxi l-Komunità Ewropea, u b’mod partikolari "
         "l-Artikolu 95 tiegħu,", "Artikolu 95", "Artikolu 95 KE", "EC"),
    ],
)  # fmt: skip
def test_maltese_enacting_formula(text: str, span: str, normalized: str, treaty: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty, ref.lang) == (span, normalized, treaty, "mt")


def test_a_maltese_formula_citing_an_act_names_no_treaty() -> None:
    text = (
        "Wara li kkunsidraw ir-Regolament (UE) Nru 1308/2013 tal-Parlament Ewropew u "
        "tal-Kunsill, u b’mod partikolari l-Artikolu 5 tiegħu,"
    )
    # no treaty's article: the act's, which 'tiegħu' ('thereof') names with it
    refs = eurefs.extract(text)
    assert [r.kind for r in refs] == ["legal_act", "short_form"]
    assert (refs[1].text, refs[1].celex, refs[1].pinpoint) == ("tiegħu", "32013R1308", "Artikolu 5")


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # Regulation (EU) No 1144/2014 (EUR-Lex 32014R1144, fr): each article with its own
        # 'son' (was 'article 42' alone, 'article 43, paragraphe 2' lost)
        ("vu le traité sur le fonctionnement de l’Union européenne, et notamment son article 42 "
         "et son article 43, paragraphe 2,", "article 42 et son article 43, paragraphe 2",
         "articles 42 et 43, paragraphe 2 TFUE", ["42", "43"]),
        ("vu le traité sur le fonctionnement de l'Union européenne, et notamment son article 42, "
         "premier alinéa, et son article 43, paragraphe 2,",
         "article 42, premier alinéa, et son article 43, paragraphe 2",
         "articles 42, premier alinéa, et 43, paragraphe 2 TFUE", ["42", "43"]),
        # the same in Italian, Spanish and Greek (each was the first article alone)
        ("visto il trattato sul funzionamento dell'Unione europea, in particolare l'articolo 42 e "
         "l'articolo 43, paragrafo 2,", "articolo 42 e l'articolo 43, paragrafo 2",
         "articoli 42 e 43, paragrafo 2 TFUE", ["42", "43"]),
        ("Visto el Tratado de Funcionamiento de la Unión Europea, y en particular su artículo 42 "
         "y su artículo 43, apartado 2,", "artículo 42 y su artículo 43, apartado 2",
         "artículos 42 y 43, apartado 2 TFUE", ["42", "43"]),
        ("Έχοντας υπόψη τη Συνθήκη για τη λειτουργία της Ευρωπαϊκής Ένωσης, και ιδίως το άρθρο "
         "42 και το άρθρο 43 παράγραφος 2,", "άρθρο 42 και το άρθρο 43 παράγραφος 2",
         "άρθρα 42 και 43 παράγραφος 2 ΣΛΕΕ", ["42", "43"]),
        # articles after a pinpoint in one list (was ['43'] over the span of both)
        ("Vu le traité sur le fonctionnement de l'Union européenne, et notamment ses articles "
         "43, paragraphe 2, et 114,", "articles 43, paragraphe 2, et 114",
         "articles 43, paragraphe 2, et 114 TFUE", ["43", "114"]),
        ("med beaktande av fördraget om Europeiska unionens funktionssätt, särskilt artiklarna "
         "42 första stycket och 43.2,", "artiklarna 42 första stycket och 43.2",
         "artiklarna 42 första stycket och 43.2 EUF-fördraget", ["42", "43.2"]),
        # Maltese repeats the article l- (was 'Artikolu 43(2)' alone)
        ("Wara li kkunsidraw it-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b'mod "
         "partikolari l-Artikolu 42 u l-Artikolu 43(2) tiegħu,", "Artikolu 42 u l-Artikolu 43(2)",
         "Artikoli 42 u 43(2) TFUE", ["42", "43(2)"]),
        # Slovak writes the treaty's possessive after the lead (was nothing)
        ("so zreteľom na Zmluvu o fungovaní Európskej únie, a najmä na jej článok 16,",
         "článok 16", "článok 16 ZFEÚ", ["16"]),
        ("so zreteľom na Zmluvu o fungovaní Európskej únie, a najmä na jej článok 42 prvý odsek "
         "a článok 43 ods. 2,", "článok 42 prvý odsek a článok 43 ods. 2",
         "články 42 prvý odsek a 43 ods. 2 ZFEÚ", ["42", "43"]),
    ],
)  # fmt: skip
def test_lists_in_enacting_formulas(
    text: str, span: str, normalized: str, articles: list[str]
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty, ref.articles) == (
        span, normalized, "TFEU", articles)  # fmt: skip
    assert text[ref.start : ref.end] == span
    again = eurefs.parse(normalized)
    assert (again.normalized, again.articles) == (normalized, articles)


@pytest.mark.parametrize(
    ("text", "span", "articles"),
    [
        # a list of paragraphs has no comma before its conjunction: one article
        ("l'article 101, paragraphes 1 et 3, TFUE", "article 101, paragraphes 1 et 3, TFUE",
         ["101"]),
        ("nos termos do artigo 4.º, n.os 2 e 3, do TUE", "artigo 4.º, n.os 2 e 3, do TUE",
         ["4.º"]),
        # a comma and a conjunction after the pinpoint: the next article
        ("artigos 101.º, n.º 1, e 102.º do TFUE", "artigos 101.º, n.º 1, e 102.º do TFUE",
         ["101.º", "102.º"]),
        ("los artículos 101, apartado 1, y 102 TFUE", "artículos 101, apartado 1, y 102 TFUE",
         ["101", "102"]),
        # a repeated article word without the formula and without a treaty: nothing new
        ("l'article 5 et l'article 6 du règlement", None, None),
    ],
)  # fmt: skip
def test_articles_after_a_pinpoint(text: str, span: str | None, articles: list[str]) -> None:
    refs = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.text, r.articles) for r in refs] == ([(span, articles)] if span else [])
