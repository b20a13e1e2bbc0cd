"""A one-letter preposition before the treaty is no point of the pinpoint list
(``eurefs/grammar/treaty_articles.py``): Danish ``artikel 107, stk. 1, i traktaten ...``
is paragraph 1 *in* the TFEU, normalised as the Court writes it (``artikel 107, stk. 1,
TEUF``), not a point (i)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # EUR-Lex 52016XC0719(05), the Commission notice on the notion of State aid, its
        # title (was 'artikel 107, stk. 1, i TEUF', a point (i) in the normal form)
        ("Kommissionens meddelelse om begrebet statsstøtte i artikel 107, stk. 1, i traktaten "
         "om Den Europæiske Unions funktionsmåde",
         "artikel 107, stk. 1, i traktaten om Den Europæiske Unions funktionsmåde",
         "artikel 107, stk. 1 TEUF", "TFEU"),
        # UNCONFIRMED: the same after the abbreviation (the Court writes 'artikel 107, stk.
        # 1, TEUF', ECLI:EU:C:2024:153, point 2: the same normal form)
        ("artikel 19, stk. 3, litra b), i TEU", "artikel 19, stk. 3, litra b), i TEU",
         "artikel 19, stk. 3, litra b) TEU", "TEU"),
        ("artikel 107, stk. 1, TEUF", "artikel 107, stk. 1, TEUF", "artikel 107, stk. 1 TEUF",
         "TFEU"),
        # UNCONFIRMED: a letter point before a comma stays a point
        ("artikel 6, stk. 1, litra h, i, j og k, TEUF",
         "artikel 6, stk. 1, litra h, i, j og k, TEUF",
         "artikel 6, stk. 1, litra h, i, j og k TEUF", "TFEU"),
    ],
)  # fmt: skip
def test_a_one_letter_preposition_is_no_point(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        # the preposition says the language: Romanian 'din' (was Polish, whose 'art.' is
        # its normal form and won the tie): the Romanian courts' model request for a
        # preliminary ruling (ro.scribd.com 414764922), its numbers filled in
        ("privesc interpretarea art. 267 din TFUE şi art. 5 din Regulamentul",
         "art. 267 din TFUE", "ro"),
        # (the juridice.ro note of 23.11.2015, already Romanian by its words)
        ("sesizarea CJUE, conform art. 267 din TFUE, pentru pronunțarea", "art. 267 din TFUE",
         "ro"),
        ("l’art. 267 du TFUE", "art. 267 du TFUE", "fr"),
        ("dell'art. 267 del TFUE", "art. 267 del TFUE", "it"),
        ("Zgodnie z art. 267 TFUE sąd", "art. 267 TFUE", "pl"),
    ],
)  # fmt: skip
def test_the_preposition_tells_the_language(text: str, span: str, lang: str) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.lang) == (span, lang)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the TFEU's name without the article, as Bulgarian writers have it (the Bulgarian
        # 'European Law Review', evropeiskipravenpregled.eu, pages corpus): were nothing
        ("при условията на чл. 267 от Договора за функциониране на Европейския съюз (ДФЕС",
         "чл. 267 от Договора за функциониране на Европейския съюз", "член 267 ДФЕС", "TFEU"),
        ("съгласно член 267 от Договора за функционирането на Европейския съюз",
         "член 267 от Договора за функционирането на Европейския съюз", "член 267 ДФЕС",
         "TFEU"),
        # ... and the TEU's (A. Arabadjiev in the same review): was nothing
        ("по опростената процедура, предвидена в член 48, параграф 6 от Договора за "
         "Европейски съюз (ДЕС), и да се стигне",
         "член 48, параграф 6 от Договора за Европейски съюз (ДЕС)", "член 48, параграф 6 ДЕС",
         "TEU"),
        # the genitive preposition 'на' (a Bulgarian course on EU law, obuch.info): was
        # nothing
        ("в текста на чл. 249 на ДЕО – сега чл. 288 на ДФЕС.", "чл. 288 на ДФЕС",
         "член 288 ДФЕС", "TFEU"),
    ],
)  # fmt: skip
def test_bulgarian_treaty_names_and_prepositions(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.text == span]
    assert [(r.normalized, r.treaty) for r in refs] == [(normalized, treaty)]
    again = eurefs.parse(normalized)
    assert (again.normalized, again.treaty) == (normalized, treaty)


@pytest.mark.parametrize(
    "text",
    [
        # national acts and other treaties after the same preposition (UNCONFIRMED forms)
        "чл. 5 на Закона за защита на личните данни",
        "член 3 на Конвенцията за защита на правата на човека",
    ],
)
def test_bulgarian_na_before_a_national_act_gives_no_treaty_article(text: str) -> None:
    assert eurefs.extract(text, short_forms=False) == []


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # 'ал.' (алинея), as Bulgarian courts and writers number a paragraph: 'член 267,
        # ал. 3 Договора за функциониране на Европейския съюз (ДФЕС)' (the Bulgarian
        # European Law Review), 'Чл. 288, ал. 4' (obuch.info); the forms with the
        # abbreviation UNCONFIRMED: were nothing
        ("в изпълнение на член 267, ал. 3 ДФЕС", "член 267, ал. 3 ДФЕС", "член 267, ал. 3 ДФЕС"),
        ("Чл. 288, ал. 4 ДФЕС", "Чл. 288, ал. 4 ДФЕС", "член 288, ал. 4 ДФЕС"),
    ],
)
def test_bulgarian_al_is_a_paragraph(text: str, span: str, normalized: str) -> None:
    assert_one_treaty_article(text, span, normalized, "TFEU")


def test_bulgarian_al_before_an_act_is_its_pinpoint() -> None:
    refs = eurefs.extract("чл. 6, ал. 1 от Регламент (ЕС) 2016/679", short_forms=False)
    assert [(r.text, r.pinpoint, r.celex) for r in refs] == [
        ("Регламент (ЕС) 2016/679", "чл. 6, ал. 1", "32016R0679")
    ]
    assert eurefs.extract("чл. 5, ал. 1 от Закона за защита на личните данни") == []
