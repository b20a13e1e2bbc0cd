"""Long names of the Treaties that start another treaty's longer name."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.treaty_names import abbreviation_before, goes_on
from tests.support.treaty_articles import assert_one_treaty_article

_EC_FR = "traité instituant la Communauté européenne"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" de l'énergie atomique", True),
        (" DE L'ENERGIE ATOMIQUE", True),  # capitals, no accent
        (" de l’Énergie atomique", True),  # the other apostrophe
        (" du charbon et de l'acier", True),
        (", et notamment son", False),
        (" du 25 mars 1957", False),  # the first word alone is not enough
        ("", False),
        (" ", False),
    ],
)
def test_the_ec_treatys_name_going_on_as_euratoms_or_the_ecscs(after: str, expected: bool) -> None:
    text = _EC_FR + after
    assert goes_on(_EC_FR, text, len(_EC_FR)) is expected


def test_a_longer_name_of_the_same_treaty_is_no_other_treaty() -> None:
    name = "Charter of Fundamental Rights"
    text = name + " of the Union"
    assert not goes_on(name, text, len(name))


def test_a_name_no_longer_name_starts() -> None:
    name = "Treaty on European Union"
    text = name + " of the Union"
    assert not goes_on(name, text, len(name))


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the name shortened with the Union's abbreviation (each was nothing, or the
        # span stopped before 'de la UE'): the brief's forms, and 'la Carta de Derechos
        # Fundamentales de la UE (CDF)' (economiasimple.net, es), 'la Charte des droits
        # fondamentaux de l’UE' (mtrlegal.com, fr)
        ("el artículo 267 del Tratado de Funcionamiento de la UE, y",
         "artículo 267 del Tratado de Funcionamiento de la UE", "artículo 267 TFUE", "TFEU"),
        ("el artículo 47 de la Carta de los Derechos Fundamentales de la UE, y",
         "artículo 47 de la Carta de los Derechos Fundamentales de la UE",
         "artículo 47 CDFUE", "CFR"),
        ("el artículo 47 de la Carta de Derechos Fundamentales de la UE (CDF)",
         "artículo 47 de la Carta de Derechos Fundamentales de la UE", "artículo 47 CDFUE",
         "CFR"),
        ("l’article 47 de la Charte des droits fondamentaux de l’UE, qui",
         "article 47 de la Charte des droits fondamentaux de l’UE", "article 47 CDFUE", "CFR"),
        # the Treaty's Italian and French names so shortened (each was nothing): the EU's
        # summary 'Il ricorso per inadempimento' (europa.eu, l14550_it; pages corpus), a
        # French text in a public repository (find_string)
        ("Il ricorso per inadempimento si basa sugli articoli da 258 a 260 del trattato sul "
         "funzionamento dell’UE.",
         "articoli da 258 a 260 del trattato sul funzionamento dell’UE",
         "articoli da 258 a 260 TFUE", "TFEU"),
        ("relèvent de la compétence exclusive de l'Union européenne (art. 3 du traité sur le "
         "fonctionnement de l'UE) : ils se décident à la frontière européenne",
         "art. 3 du traité sur le fonctionnement de l'UE", "article 3 TFUE", "TFEU"),
    ],
)  # fmt: skip
def test_names_shortened_with_the_unions_abbreviation(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        # Danish national writing puts the abbreviation first (each was nothing): 'i strid med
        # TEUF artikel 101' (docplayer.dk), 'gøre brug af TEUF art. 267' (jurabibliotek.dk)
        ("i strid med TEUF artikel 101 og konkurrencelovens § 6", "TEUF artikel 101",
         "artikel 101 TEUF", "TFEU", ["101"]),
        ("at gøre brug af TEUF art. 267. Den viser", "TEUF art. 267", "artikel 267 TEUF",
         "TFEU", ["267"]),
        ("TEUF artikler 101 og 102 forbyder", "TEUF artikler 101 og 102",
         "artikler 101 og 102 TEUF", "TFEU", ["101", "102"]),
        ("efter TEU artikel 6, stk. 3, er", "TEU artikel 6, stk. 3", "artikel 6, stk. 3 TEU",
         "TEU", ["6"]),
    ],
)  # fmt: skip
def test_an_abbreviation_before_the_article_word(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty, ref.articles, ref.lang) == (
        "treaty_article", span, normalized, treaty, articles, "da")  # fmt: skip
    assert text[ref.start : ref.end] == span
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        "direktiv 2000/78/EF artikel 2",  # the domain of an act's number
        "XTEUF artikel 2",  # the end of a word
        "TEUF, artikel 2",  # not right before the word
    ],
)
def test_no_abbreviation_before_where_none_stands_alone(text: str) -> None:
    assert abbreviation_before(text, text.index("artikel"), {"da"}) is None


def test_an_abbreviation_before_needs_the_words_language() -> None:
    text = "TEUF Article 101"
    assert abbreviation_before(text, 5, {"en"}) is None
    assert abbreviation_before(text, 5, {"da"}) == (0, "da", "TFEU")


# German norm chains put the abbreviation first, one line a treaty: the 'Rechtsquelle/n' of
# the Federal Administrative Court ('AEUV Art. 20, 45, 78, 267', 'GR-Charta Art. 18';
# BVerwG 1 C 3.14, 19 August 2014, jusmeum.de) and the 'Normenketten' of Bavarian court
# decisions ('AEUV Art. 267'; AG München 231 C 2453/22, gesetze-bayern.de); pages corpus.
# Each was nothing. Without the dots (Austrian writing), 'EUV', 'EG' and 'GRCh' first, and a
# paragraph after the number: UNCONFIRMED in a text read.
@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        ("Normenketten:\nAEUV Art. 267\nBGB § 356", "AEUV Art. 267", "Artikel 267 AEUV",
         "TFEU", ["267"]),
        ("Rechtsquelle/n:\nAEUV Art. 20, 45, 78, 267\nAufenthG § 5 Abs. 1",
         "AEUV Art. 20, 45, 78, 267", "Artikel 20, 45, 78, 267 AEUV", "TFEU",
         ["20", "45", "78", "267"]),
        ("GFK Art. 23, 26\nGR-Charta Art. 18\nIBPR Art. 12", "GR-Charta Art. 18",
         "Artikel 18 GRCh", "CFR", ["18"]),
        ("Rechtsquellen: AEUV Art 267; BGB § 356", "AEUV Art 267", "Artikel 267 AEUV", "TFEU",
         ["267"]),
        ("Normenkette: EUV Art. 4 Abs. 3; BGB § 356", "EUV Art. 4 Abs. 3",
         "Artikel 4 Abs. 3 EUV", "TEU", ["4"]),
        ("Normenkette: EG Art. 234; BGB § 356", "EG Art. 234", "Artikel 234 EG", "EC", ["234"]),
        ("Normenkette: GRCh Art. 47; BGB § 356", "GRCh Art. 47", "Artikel 47 GRCh", "CFR",
         ["47"]),
    ],
)  # fmt: skip
def test_a_german_abbreviation_before_the_article_word(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty, ref.articles, ref.lang) == (
        "treaty_article", span, normalized, treaty, articles, "de")  # fmt: skip
    assert text[ref.start : ref.end] == span
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        "Richtlinie 2004/38/EG Art. 7 regelt",  # the domain of an act's number
        "Verordnung (EG) Art. 5 fehlt",  # in brackets: a domain
        "Calliess/Ruffert, EUV/AEUV Art. 288 Rn. 5",  # a commentary's two treaties
        "im BAEUV Art. 2",  # the end of a word
    ],
)
def test_no_german_abbreviation_before_where_none_stands_alone(text: str) -> None:
    assert [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"] == []


# English footnotes in the OSCOLA style name the treaty before the pinpoint, 'art' without a
# dot (the OSCOLA guides of the University of West London and of Bournemouth University,
# pages corpus: 'EC Treaty (Treaty of Rome, as amended) art 3b', 'art/arts'); 'TFEU art
# 101(1)' is the form the session's brief reported.  Each was nothing.
@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        ("as required by TFEU art 101(1).", "TFEU art 101(1)", "Article 101(1) TFEU", "TFEU",
         ["101(1)"]),
        ("see TEU art 50.", "TEU art 50", "Article 50 TEU", "TEU", ["50"]),
        ("TFEU arts 101 and 102 apply", "TFEU arts 101 and 102", "Articles 101 and 102 TFEU",
         "TFEU", ["101", "102"]),
        # further articles naming no treaty after them, where the citation ends: the
        # abbreviation's too (before: the first alone, 'TFEU art 101(1)')
        ("as required by TFEU art 101(1) and art 102.", "TFEU art 101(1) and art 102",
         "Articles 101(1) and 102 TFEU", "TFEU", ["101(1)", "102"]),
        ("(TFEU art 101(1), art 102 and art 106)", "TFEU art 101(1), art 102 and art 106",
         "Articles 101(1), 102 and 106 TFEU", "TFEU", ["101(1)", "102", "106"]),
    ],
)  # fmt: skip
def test_an_english_abbreviation_before_the_article_word(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.treaty, ref.articles, ref.lang) == (
        "treaty_article", span, normalized, treaty, articles, "en")  # fmt: skip
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        "Directive 2001/29/EC art 5(2) allows",  # the domain of an act's number
        "under the TFEU Article 5 of the Directive",  # a capital: another act's article
    ],
)
def test_no_english_abbreviation_before_where_none_stands_alone(text: str) -> None:
    assert [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the further article may be another act's, where the citation goes on after it
        ("TFEU art 101(1) and art 5 of the Directive", "TFEU art 101(1)"),
        ("TFEU art 101(1) and art 5, Directive 2004/38/EC", "TFEU art 101(1)"),
        ("AEUV Art. 101 und Art. 5 BGB", "AEUV Art. 101"),
        ("TEUF artikel 101 og artikel 5 i direktivet", "TEUF artikel 101"),
    ],
)
def test_a_further_article_is_the_abbreviations_only_where_the_citation_ends(
    text: str, span: str
) -> None:
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"]
    assert [r.text for r in refs] == [span]


# OSCOLA footnotes name the treaty before 'art' (the UWL OSCOLA guide, pages corpus: 'EC
# Treaty (Treaty of Rome, as amended) art 3b'); a further article naming another treaty
# after it is that treaty's alone: 'TFEU art 101 and art 6 TEU' was 'Articles 101 and 6 TEU'.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("(TFEU art 101 and art 6 TEU)",
         [("TFEU art 101", "Article 101 TFEU"), ("art 6 TEU", "Article 6 TEU")]),
        ("TFEU arts 101 and 102 and art 6 TEU",
         [("TFEU arts 101 and 102", "Articles 101 and 102 TFEU"), ("art 6 TEU", "Article 6 TEU")]),
        # a capital: the first may be another act's ('the TFEU Article 5 of the Directive'),
        # so it is left out, but never the TEU's
        ("under the TFEU Article 101 and Article 6 TEU", [("Article 6 TEU", "Article 6 TEU")]),
        # the same treaty after the chain: one list, as before
        ("TFEU art 101 and art 102 TFEU",
         [("art 101 and art 102 TFEU", "Articles 101 and 102 TFEU")]),
    ],
)  # fmt: skip
def test_an_abbreviation_before_the_first_article_is_not_the_next_ones_treaty(
    text: str, found: list[tuple[str, str]]
) -> None:
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.text, r.normalized) for r in refs] == found


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a list's line ends with its treaty where the next article names its own after it
        ("Articles 101 and 102 TFEU\nart 107 TFEU", ["Articles 101 and 102 TFEU", "art 107 TFEU"]),
        ("Article 3 TEU article 5 TFEU", ["Article 3 TEU", "article 5 TFEU"]),
        # ... and leads the next one where it names none (a norm chain, OSCOLA footnotes)
        ("TFEU art 101\nTFEU art 102", ["TFEU art 101", "TFEU art 102"]),
        ("Normenketten:\nGR-Charta Art. 18\nAEUV Art. 267\nBGB § 356",
         ["GR-Charta Art. 18", "AEUV Art. 267"]),
    ],
)  # fmt: skip
def test_an_abbreviation_leads_the_next_article_only_where_it_names_no_treaty(
    text: str, spans: list[str]
) -> None:
    assert [r.text for r in eurefs.extract(text, short_forms=False)] == spans


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the 'Zitierte Gesetze' of the Federal Finance Court's reference XI R 7/16 of
        # 7 February 2018 (urteile-gesetze.de; pages corpus), a norm a line, article first:
        # AEUV ends Art 267 Abs 3, it leads no article of the directive after it
        ("Zitierte Gesetze\nArt 288 S 1 Nr 1 EGRL 112/2006\nArt 315 EGRL 112/2006\n"
         "Art 267 Abs 3 AEUV\nArt 73 EGRL 112/2006\nArt 311 EGRL 112/2006\n",
         [("EGRL 112/2006", "Art 288 S 1 Nr 1"), ("EGRL 112/2006", "Art 315"),
          ("Art 267 Abs 3 AEUV", None), ("EGRL 112/2006", "Art 73"),
          ("EGRL 112/2006", "Art 311")]),
        # two articles of one treaty, a line each, and a national law's section first
        ("Zitierte Gesetze\nArt 101 Abs 1 AEUV\nArt 102 Abs 1 AEUV\n",
         [("Art 101 Abs 1 AEUV", None), ("Art 102 Abs 1 AEUV", None)]),
        ("§ 24 UStG\nArt 267 Abs 3 AEUV\nArt 73 EGRL 112/2006\n",
         [("Art 267 Abs 3 AEUV", None), ("EGRL 112/2006", "Art 73")]),
        # written abbreviation first, the chain leads each article as before
        ("AufenthG § 4\nAEUV Art. 20\nGR-Charta Art. 18\n",
         [("AEUV Art. 20", None), ("GR-Charta Art. 18", None)]),
        # ... also where the next article is followed by another line's abbreviation: the
        # 'Vorschriften' of the Court's judgment in 122/73 as judicialis.de lists them (pages
        # corpus); was 'Art. 93 Abs. 3\nEGV', Article 177 lost
        ("Vorschriften:\n\nEGV Art. 93 Abs. 3\nEGV Art. 177\nEGV Art. 92 Abs. 1\n",
         [("EGV Art. 93 Abs. 3", None), ("EGV Art. 177", None), ("EGV Art. 92 Abs. 1", None)]),
        # the whole 'Rechtsquelle/n' of BVerwG 1 C 3.14 of 19 August 2014 (jusmeum.de; pages
        # corpus): a line break parts a section's 'und 3' from its start, and the Refugee
        # Convention's 'Art. 23, 26' were read as the Charter's ('Art. 23, 26\nGR-Charta')
        # and the directive on the next line took the Charter's 'Art. 18'; the directive's
        # own articles after it, to the line that ends its item (was None:
        # test_norm_chain_line_ends)
        ("Rechtsquelle/n:\nAEUV Art. 20, 45, 78, 267\nAufenthG § 5 Abs. 1 Nr. 1 und Abs. 3, "
         "§ 12 Abs. 2, § 25 Abs. 2\nund 3, § 60 Abs. 2\nGFK Art. 23, 26\nGR-Charta Art. 18\n"
         "Internationaler Pakt über bürgerliche und politische Rechte -\nIBPR Art. 12\n"
         "Richtlinie 2011/95/EU Art. 2 Buchst. d und g, Art. 18, Art. 20\nAbs. 1 und 2, "
         "Art. 29, 33\nTitelzeile:\n",
         [("AEUV Art. 20, 45, 78, 267", None), ("GR-Charta Art. 18", None),
          ("Richtlinie 2011/95/EU",
           "Art. 2 Buchst. d und g, Art. 18, Art. 20 Abs. 1 und 2, Art. 29, 33")]),
    ],
)  # fmt: skip
def test_in_a_chain_written_article_first_an_abbreviation_ends_its_article(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.text, getattr(r, "pinpoint", None)) for r in refs] == found


@pytest.mark.parametrize(
    "text",
    [
        # another body's abbreviation after the shortened name is no Union's
        "l'article 5 du traité sur le fonctionnement de l'UEO",
        # the name alone, with no article, is no treaty article
        "il trattato sul funzionamento dell'UE è entrato in vigore nel 2009",
    ],
)
def test_no_article_of_a_name_shortened_with_the_unions_abbreviation(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


def test_a_romanian_courts_name_of_the_tfeu() -> None:
    """'Tratatul de Funcționare a Uniunii Europene', as the Tribunalul Suceava named the
    TFEU in its questions in C-29/11 Sfichi (quoted by a note on the judgment in C-402/09
    Tatu, ro.scribd.com; pages corpus): the article was nothing. The EC Treaty's name in the
    same sentence stays out (see languages/ro.py's sources)."""
    text = (
        "1.Articolul 110 din Tratatul de Funcţionare a Uniunii Europene ( ex-art. 90 din "
        "Tratatul privind Înfiinţarea Comunităţii Europene) primul paragraf, în temeiul căruia"
    )
    assert [(r.text, r.normalized) for r in eurefs.extract(text, kinds="treaty_article")] == [
        ("Articolul 110 din Tratatul de Funcţionare a Uniunii Europene", "articolul 110 TFUE")
    ]
    # the name alone is no treaty article
    assert eurefs.extract("Tratatul de Funcționare a Uniunii Europene a intrat în vigoare") == []
