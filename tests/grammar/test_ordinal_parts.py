"""Subdivisions written with ordinal words (``eurefs.grammar.ordinal_parts``): a list of
ordinals with a plural noun (``first and third subparagraphs``) and the ordinal after
its noun (Spanish ``párrafo primero``), after treaty articles and in pinpoints before acts.
Such a subdivision once lost the whole treaty article, not just its pinpoint."""

from __future__ import annotations

import re

import pytest

import eurefs
from eurefs.grammar import ordinal_parts
from eurefs.languages import BY_CODE
from tests.support.repeats import unbounded_repeats
from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the shape of 'Article 13(2), first and third subparagraphs' (DORA mapping table,
        # GitHub) after a treaty article; the third subparagraph of Article 88(2) EC is
        # cited in the summary of C-110/02 (EUR-Lex 62002CJ0110_SUM)
        ("Article 107(1), first and third subparagraphs, TFEU applies.",
         "Article 107(1), first and third subparagraphs, TFEU",
         "Article 107(1), first and third subparagraphs TFEU", "TFEU"),
        ("under Article 88(2), first and third subparagraphs, of the EC Treaty, the Council",
         "Article 88(2), first and third subparagraphs, of the EC Treaty",
         "Article 88(2), first and third subparagraphs EC", "EC"),
        ("Article 88(2), first, second and third subparagraphs, EC",
         "Article 88(2), first, second and third subparagraphs, EC",
         "Article 88(2), first, second and third subparagraphs EC", "EC"),
        # French: 'paragraphe 2, premier et deuxième alinéas' (DORA, Article 26(4), FR)
        ("l'article 107, paragraphe 1, premier et troisième alinéas, TFUE s'applique",
         "article 107, paragraphe 1, premier et troisième alinéas, TFUE",
         "article 107, paragraphe 1, premier et troisième alinéas TFUE", "TFEU"),
        # Italian: 'paragrafo 2, primo e secondo comma' (DORA, Article 26(4), IT)
        ("ai sensi dell'articolo 108, paragrafo 2, primo e terzo comma, TFUE",
         "articolo 108, paragrafo 2, primo e terzo comma, TFUE",
         "articolo 108, paragrafo 2, primo e terzo comma TFUE", "TFEU"),
        ("o artigo 88.º, n.º 2, primeiro e terceiro parágrafos, CE",
         "artigo 88.º, n.º 2, primeiro e terceiro parágrafos, CE",
         "artigo 88.º, n.º 2, primeiro e terceiro parágrafos CE", "EC"),
        ("artikel 88, lid 2, eerste en derde alinea, EG",
         "artikel 88, lid 2, eerste en derde alinea, EG",
         "artikel 88, lid 2, eerste en derde alinea EG", "EC"),
        # Spanish writes the ordinal after its noun: 'Art. 288, párrafo primero, TFUE' and
        # 'Art. 263, párrafo primero, TFUE' (a quiz on EU law, GitHub; here in a sentence,
        # lower-case: 'Art.' is no Spanish article word of the record)
        ("Según el art. 288, párrafo primero, TFUE: cinco actos.",
         "art. 288, párrafo primero, TFUE", "artículo 288, párrafo primero TFUE", "TFEU"),
        ("véase el art. 263, párrafo primero, TFUE.", "art. 263, párrafo primero, TFUE",
         "artículo 263, párrafo primero TFUE", "TFEU"),
        ("el artículo 107, apartado 1, párrafo primero, TFUE se aplica",
         "artículo 107, apartado 1, párrafo primero, TFUE",
         "artículo 107, apartado 1, párrafo primero TFUE", "TFEU"),
        ("el artículo 108, apartado 2, párrafos primero y tercero, TFUE",
         "artículo 108, apartado 2, párrafos primero y tercero, TFUE",
         "artículo 108, apartado 2, párrafos primero y tercero TFUE", "TFEU"),
        # Irish, the ordinal with its article (the European Parliament's decision of
        # 24 November 2020 on a member of the ECB's Executive Board, TA-9-2020-11-24_GA)
        ("–  ag féachaint d’Airteagal 283(2), an dara fomhír, den Chonradh ar Fheidhmiú an "
         "Aontais Eorpaigh, ar dá bhun",
         "Airteagal 283(2), an dara fomhír, den Chonradh ar Fheidhmiú an Aontais Eorpaigh",
         "Airteagal 283(2), an dara fomhír CFAE", "TFEU"),
    ],
)  # fmt: skip
def test_ordinal_subdivisions_after_a_treaty_article(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)


@pytest.mark.parametrize(
    ("text", "act", "pinpoint"),
    [
        ("the first and third subparagraphs of Article 5 of Regulation (EU) 2016/679 apply",
         "Regulation (EU) 2016/679", "the first and third subparagraphs of Article 5"),
        ("Article 13(2), first and third subparagraphs, of Regulation (EU) 2022/2554",
         "Regulation (EU) 2022/2554", "Article 13(2), first and third subparagraphs"),
        ("l'article 26, paragraphe 2, premier et deuxième alinéas, du règlement (UE) 2022/2554",
         "règlement (UE) 2022/2554", "article 26, paragraphe 2, premier et deuxième alinéas"),
        ("el artículo 5, apartado 1, párrafos primero y tercero, del Reglamento (UE) 2016/679",
         "Reglamento (UE) 2016/679", "artículo 5, apartado 1, párrafos primero y tercero"),
        # languages that decline the act and have no link word: the pinpoint may end in its
        # ordinal subdivision (the forms of the records' ordinals, Polish as ISG 3.2.3)
        ("art. 6 ust. 1 akapit pierwszy i drugi rozporządzenia (UE) 2016/679",
         "rozporządzenia (UE) 2016/679", "art. 6 ust. 1 akapit pierwszy i drugi"),
        ("Airteagal 6(1), an chéad fhomhír, de Rialachán (AE) 2016/679",
         "Rialachán (AE) 2016/679", "Airteagal 6(1), an chéad fhomhír"),
        ("čl. 5 odst. 1 první pododstavec nařízení (EU) 2016/679", "nařízení (EU) 2016/679",
         "čl. 5 odst. 1 první pododstavec"),
        ("članka 6. stavka 1. prvog podstavka Uredbe (EU) 2016/679", "Uredbe (EU) 2016/679",
         "članka 6. stavka 1. prvog podstavka"),
    ],
)  # fmt: skip
def test_ordinal_subdivisions_in_a_pinpoint_before_an_act(
    text: str, act: str, pinpoint: str
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.text, ref.pinpoint) == (act, pinpoint)


def test_the_pattern_reads_lists_and_the_order_of_the_language() -> None:
    es = re.compile(ordinal_parts.of_language(BY_CODE["es"]) or "(?!)")
    en = re.compile(ordinal_parts.of_language(BY_CODE["en"]) or "(?!)")
    assert es.fullmatch("párrafos primero, segundo y tercero")
    assert es.fullmatch("primer párrafo")
    assert en.fullmatch("first, second and last subparagraphs")
    assert not en.fullmatch("subparagraph first")  # English writes the ordinal first
    assert not en.fullmatch("first and")
    assert ordinal_parts.pattern([], ["noun"], ["and"]) is None


def test_a_long_run_of_ordinals_stays_linear() -> None:
    # a list of ordinals repeated without bound is read on to the end of a run of them
    # from each ordinal where no noun follows ('first, first, ...'): quadratic. The
    # patterns hold no unbounded repeat (read from re's parse tree, not timed: a timing
    # flakes on a loaded machine); '{0,5}' made '*' fails here
    langs = list(BY_CODE.values())
    made = [ordinal_parts.of_language(lg) for lg in langs]
    made += [ordinal_parts.of_languages(langs), ordinal_parts.numbered(langs)]
    patterns = [p for p in made if p]  # (none where the ordinals go elsewhere: Finnish)
    assert len(patterns) > 15
    assert [unbounded_repeats(p) for p in patterns] == [0] * len(patterns)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "lang"),
    [
        # Danish: 'første afsnit' is how Article 108(2) TFEU itself names its first
        # subparagraph ('i dette stykkes første afsnit', EUR-Lex 12016E108, DA)
        ("efter artikel 88, stk. 2, første afsnit, EF gælder",
         "artikel 88, stk. 2, første afsnit, EF",
         "artikel 88, stk. 2, første afsnit EF", "da"),
        ("artikel 108, stk. 2, første og tredje afsnit, TEUF",
         "artikel 108, stk. 2, første og tredje afsnit, TEUF",
         "artikel 108, stk. 2, første og tredje afsnit TEUF", "da"),
        # Czech, no comma ('První pododstavec se použije', AI Act, CS)
        ("podle článku 108 odst. 2 první pododstavec SFEU",
         "článku 108 odst. 2 první pododstavec SFEU",
         "článek 108 odst. 2 první pododstavec SFEU", "cs"),
        ("čl. 88 odst. 2 první a třetí pododstavec ES",
         "čl. 88 odst. 2 první a třetí pododstavec ES",
         "čl. 88 odst. 2 první a třetí pododstavec ES", "cs"),
        # Swedish: 'Artikel 88.2 första och tredje styckena EG' (EUR-Lex summary of T-171/02),
        # a list of three
        ("enligt artikel 88.2 första, andra och tredje styckena EG",
         "artikel 88.2 första, andra och tredje styckena EG",
         "artikel 88.2 första, andra och tredje styckena EG-fördraget", "sv"),
        # Polish writes the ordinal after the noun, a list too
        ("art. 108 ust. 2 akapit pierwszy i trzeci TFUE",
         "art. 108 ust. 2 akapit pierwszy i trzeci TFUE",
         "art. 108 ust. 2 akapit pierwszy i trzeci TFUE", "pl"),
        # Slovak and Croatian decline ordinals and nouns ('Članak 351. prvi stavak UFEU‑a',
        # CURIA key words of C-516/22); a list of two
        ("článok 108 ods. 2 prvý a tretí pododsek ZFEÚ",
         "článok 108 ods. 2 prvý a tretí pododsek ZFEÚ",
         "článok 108 ods. 2 prvý a tretí pododsek ZFEÚ", "sk"),
        ("Članak 108. stavak 2. prvi i treći podstavak UFEU-a",
         "Članak 108. stavak 2. prvi i treći podstavak UFEU-a",
         "članak 108. stavak 2. prvi i treći podstavak UFEU", "hr"),
        ("articolul 108 alineatul (2) primul și al treilea paragraf TFUE",
         "articolul 108 alineatul (2) primul și al treilea paragraf TFUE",
         "articolul 108 alineatul (2) primul și al treilea paragraf TFUE", "ro"),
    ],
)  # fmt: skip
def test_ordinal_subdivisions_in_more_languages(
    text: str, span: str, normalized: str, lang: str
) -> None:
    _read_back(text, span, normalized, lang)


def _read_back(text: str, span: str, normalized: str, lang: str) -> tuple[list[str], list[str]]:
    """The one treaty article of ``text`` has that span, normal form and language, and its
    normal form parses back to itself: its articles, and those of the parsed normal form."""
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.lang) == (
        "treaty_article", span, normalized, lang,
    )  # fmt: skip
    again = eurefs.parse(normalized)
    assert again.normalized == normalized
    return ref.articles, again.articles  # type: ignore[union-attr]


def test_english_sub_paragraph_with_a_hyphen() -> None:
    # 'in the light of the first sub-paragraph of Article 6(3) AI Act' (Commission
    # guidelines on high-risk AI systems as published on GitHub): the pinpoint was 'Article 6(3)'
    text = "in the light of the first sub-paragraph of Article 6(3) AI Act that the system"
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.pinpoint) == ("AI Act", "the first sub-paragraph of Article 6(3)")
    (art,) = eurefs.extract("Article 93(2), first sub-paragraph, of the EEC Treaty")
    assert (art.kind, art.treaty) == ("treaty_article", "EEC")


def test_german_unterabs_in_a_pinpoint() -> None:
    # 'Art. 6 Abs. 1 Unterabs. 1 lit. b DS-GVO' (a German privacy notice, GitHub): the
    # abbreviation lost the whole pinpoint
    (ref,) = eurefs.extract("nach Art. 6 Abs. 1 Unterabs. 1 der Verordnung (EU) 2016/679")
    assert ref.pinpoint == "Art. 6 Abs. 1 Unterabs. 1"
    (art,) = eurefs.extract("Art. 108 Abs. 2 Unterabs. 1 AEUV", short_forms=False)
    assert art.text == "Art. 108 Abs. 2 Unterabs. 1 AEUV"


@pytest.mark.parametrize(
    ("text", "span", "normalized", "lang"),
    [
        # Italian national writing: the ordinal as a number with its sign, a degree sign or
        # 'º' (the form reported to the project: 'art. 267, 3° comma, TFUE'; was nothing);
        # the normal form writes the sign 'º'
        ("In forza dell'art. 267, 3° comma, TFUE il giudice deve rinviare.",
         "art. 267, 3° comma, TFUE", "articolo 267, 3º comma TFUE", "it"),
        ("In forza dell'art. 267, 3º comma, TFUE il giudice deve rinviare.",
         "art. 267, 3º comma, TFUE", "articolo 267, 3º comma TFUE", "it"),
        ("ai sensi dell'art. 263, 4° comma, del TFUE la ricorrente",
         "art. 263, 4° comma, del TFUE", "articolo 263, 4º comma TFUE", "it"),
        ("l'art. 267, 2° e 3° comma, TFUE", "art. 267, 2° e 3° comma, TFUE",
         "articolo 267, 2º e 3º comma TFUE", "it"),
        # the words, as before
        ("Ai sensi dell'articolo 263, quarto comma, TFUE la ricorrente",
         "articolo 263, quarto comma, TFUE", "articolo 263, quarto comma TFUE", "it"),
        # the other languages that glue the sign (Portuguese writes it after a dot)
        ("el artículo 267, 2º párrafo, del TFUE", "artículo 267, 2º párrafo, del TFUE",
         "artículo 267, 2º párrafo TFUE", "es"),
        ("o artigo 267.º, 3º parágrafo, do TFUE", "artigo 267.º, 3º parágrafo, do TFUE",
         "artigo 267.º, 3.º parágrafo TFUE", "pt"),
        ("o artigo 267.º, 3.º parágrafo, do TFUE", "artigo 267.º, 3.º parágrafo, do TFUE",
         "artigo 267.º, 3.º parágrafo TFUE", "pt"),
    ],
)  # fmt: skip
def test_numbered_ordinals_with_their_sign(
    text: str, span: str, normalized: str, lang: str
) -> None:
    articles, parsed = _read_back(text, span, normalized, lang)
    assert articles == parsed == [span.split(" ")[1].rstrip(",")]


def test_a_numbered_ordinal_needs_its_noun_and_its_sign() -> None:
    # a number with the sign and no noun after it is an article of the list, as before
    (ref,) = eurefs.extract("gli articoli 3° e 4° TFUE", short_forms=False)
    assert (ref.text, ref.articles) == ("articoli 3° e 4° TFUE", ["3", "4"])
    # no sign: a further article, then a word the list does not read (as before: nothing)
    assert eurefs.extract("l'art. 267, 3 comma, TFUE", short_forms=False) == []
    # a language that glues no sign reads no numbered ordinal
    en = re.compile(ordinal_parts.of_language(BY_CODE["en"]) or "(?!)")
    it = re.compile(ordinal_parts.of_language(BY_CODE["it"]) or "(?!)")
    assert it.fullmatch("3o comma") and it.fullmatch("3° e 4° comma")
    assert not it.fullmatch("3 comma") and not it.fullmatch("100° comma")
    assert not en.fullmatch("3o subparagraph")


def test_a_numbered_ordinal_in_a_pinpoint_before_an_act() -> None:
    (act,) = eurefs.extract("ai sensi dell'art. 6, 1° comma, del regolamento (UE) 2016/679 il")
    assert (act.text, act.pinpoint) == ("regolamento (UE) 2016/679", "art. 6, 1° comma")
