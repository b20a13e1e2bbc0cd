"""Numbers of articles inserted later."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.inserted_articles import GLUED_LETTER, foreign_suffix
from eurefs.languages import BY_CODE


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("fr", "article 106 bis", False),
        ("nl", "artikel 5 ter", True),  # Dutch ``ter`` is a preposition
        ("de", "Artikel 5 bis 7", False),  # a range's word
        ("de", "Artikel 5 bis Artikel 7", False),
        ("de", "Artikel 5 bis", True),
    ],
)
def test_a_word_after_a_number_of_another_language_only(
    code: str, text: str, expected: bool
) -> None:
    assert foreign_suffix(BY_CODE[code], text) is expected


@pytest.mark.parametrize(
    ("after", "expected"), [(".a,", True), ("-A ", True), (".,", False), (", ", False)]
)
def test_a_letter_glued_after_a_number(after: str, expected: bool) -> None:
    assert (GLUED_LETTER.match(after) is not None) is expected


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # COM(2021) 435 final, explanatory memorandum (EUR-Lex 52021PC0435, Polish), with the
        # directive's number where the memorandum names it by its alias ('dyrektywy VAT')
        ("odstępstwo od art. 168 i 168a dyrektywy 2006/112/WE w celu wyłączenia",
         "art. 168 i 168a"),
        ("odstępstwo od art. 168a dyrektywy 2006/112/WE", "art. 168a"),
        # COM(2021) 626 final (EUR-Lex 52021PC0626, Slovak), likewise
        ("V článkoch 168 a 168a smernice 2006/112/ES sa stanovuje", "článkoch 168 a 168a"),
        ("čl. 168a směrnice 2006/112/ES", "čl. 168a"),
    ],
)  # fmt: skip
def test_an_inserted_article_ends_a_pinpoint_without_a_link_word(text: str, pinpoint: str) -> None:
    """Before, the letter glued to the last number hid the pinpoint: no link word, and no
    number, bracket or ordinal right before the act."""
    (ref,) = eurefs.extract(text)
    assert (ref.celex, ref.pinpoint) == ("32006L0112", pinpoint)


def test_a_letter_after_a_blank_is_no_inserted_article() -> None:
    # Slovak ``a`` ("and") before the act: the number before it is no pinpoint of its own
    (ref,) = eurefs.extract("podľa bodu 5 a smernice 2006/112/ES")
    assert ref.pinpoint is None


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # the EC Treaty's citation in Directive 94/22/EC (French, EUR-Lex 31994L0022 as
        # admi.net reproduces it): 'et notamment son article 57 paragraphe 2 ... et ses
        # articles 66 et 100 A'; was 'article 100 CE', another article
        ("vu le traité instituant la Communauté européenne, et notamment son article 100 A,",
         "article 100 A", "article 100 A CE", ("100 A",)),
        ("l'article 189 B du traité CE", "article 189 B du traité CE", "article 189 B CE",
         ("189 B",)),
        ("l'article 100 A, paragraphe 4, du traité CE", "article 100 A, paragraphe 4, du traité CE",
         "article 100 A, paragraphe 4 CE", ("100 A",)),
        ("articoli 100 A e 130 S del trattato CE", "articoli 100 A e 130 S del trattato CE",
         "articoli 100 A e 130 S CE", ("100 A", "130 S")),
        ("under Article 8 A of the EC Treaty", "Article 8 A of the EC Treaty", "Article 8 A EC",
         ("8 A",)),
        # ... not a roman paragraph after German models, which stays a paragraph
        ("Art. 101 I AEUV", "Art. 101 I AEUV", "Artikel 101 I AEUV", ("101",)),
    ],
)  # fmt: skip
def test_an_inserted_articles_capital_apart(
    text: str, span: str, normalized: str, articles: tuple[str, ...]
) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.normalized, tuple(ref.articles)) == (span, normalized, articles)


@pytest.mark.parametrize(
    "text",
    [
        # the first letter of a sentence after a heading's number is none
        "TFEU Article 5 A Member State may",
        # the Swiss federal administration's 'art. 100 A et 130 S Traité CEE' (JAAC 55.5,
        # vpb.admin.ch): the treaty's word capitalised after the letter is not read; never
        # the articles without their letters
        "les bases juridiques de l'harmonisation du droit: art. 100 A et 130 S Traité CEE",
    ],
)
def test_a_capital_apart_is_never_dropped(text: str) -> None:
    assert [r.normalized for r in eurefs.extract(text)] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "articles"),
    [
        # German writing sets the letter apart in small letters, as French sets the capital:
        # a seminar paper of 1999 on Directive 98/43/EC (grin.com 101805), Hailbronner, 'Der
        # nationale Alleingang nach Art. 100 a Abs. 4' (1989, dokumen.pub); pages corpus;
        # were nothing
        ("4.2.1. Art. 100 a EGV", "Art. 100 a EGV", "Artikel 100 a EG", ("100 a",)),
        ("Der nationale Alleingang nach Art. 100 a Abs. 4 EWGV", "Art. 100 a Abs. 4 EWGV",
         "Artikel 100 a Abs. 4 EWG", ("100 a",)),
        ("nach Art 130 s Abs 1 EGV", "Art 130 s Abs 1 EGV", "Artikel 130 s Abs 1 EG",
         ("130 s",)),
        ("nach Art. 100 a i.V.m. Art. 5 EGV", "Art. 100 a i.V.m. Art. 5 EGV",
         "Artikel 100 a i.V.m. Artikel 5 EG", ("100 a", "5")),
    ],
)  # fmt: skip
def test_an_inserted_articles_small_letter_apart(
    text: str, span: str, normalized: str, articles: tuple[str, ...]
) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.text, ref.normalized, tuple(ref.articles)) == (span, normalized, articles)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        # 'f' is "and the one following" (Epiney: 'Art 25 ff EGV'): never Article 81f, nor 81
        ("Art 81 f EG gilt", []),
        # a word another language also writes after the letter: Danish 'i' is "in", 'EU'
        # every language's, so the article stays Danish article 8
        ("artikel 8 i EU's charter om grundlæggende rettigheder",
         ["artikel 8 i chartret om grundlæggende rettigheder"]),
        # Czech, Slovak 'a' is "and"
        ("podľa článku 5 a článku 6 ZFEÚ", ["články 5 a 6 ZFEÚ"]),
        # a language that writes no small letter apart: never the article without it
        ("artikel 5 a EGV", []),
        # the first word of a sentence after a heading's number
        ("TFEU Article 5 a Member State may", []),
    ],
)  # fmt: skip
def test_a_small_letter_apart_elsewhere(text: str, normalized: list[str]) -> None:
    assert [r.normalized for r in eurefs.extract(text, kinds="treaty_article")] == normalized


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the Opinion of AG Fennelly in C-376/98 Germany v Parliament and Council (EUR-Lex
        # 61998CC0376, Dutch; pages corpus), its heading as the judgment's (ECLI:EU:C:2000:544,
        # curia.europa.eu): the capital's vowel before a word in capitals was taken for a
        # conjunction's (Czech 'ČLÁNKY 5 A ČLÁNEK 6'), and the article was nothing; the
        # bracket gives its number after Amsterdam (the Dutch record's treaty_now_words), so
        # it is the EC Treaty as numbered before, the EEC Treaty's numbering (treaty_eras)
        ("Richtlijn 98/43/EG - Reclame en sponsoring voor tabaksproducten - Rechtsgrondslag - "
         "Artikel 100 A EG-Verdrag (thans, na wijziging, artikel 95 EG).",
         "Artikel 100 A EG-Verdrag", "artikel 100 A EEG", "EEC"),
        # (the treaty's abbreviation alone after it: 'Bescherming van persoonsgegevens', a
        # Dutch factsheet on EU data protection law, 5dok.net; pages corpus)
        ("Richtlijn 95/46/EG betreffende de bescherming van natuurlijke personen in verband met "
         "de verwerking van persoonsgegevens en betreffende het vrije verkeer van die gegevens1, "
         "die is vastgesteld op grondslag van artikel 100 A EG, vormde in dit opzicht",
         "artikel 100 A EG", "artikel 100 A EG", "EC"),
    ],
)  # fmt: skip
def test_a_capital_vowel_apart_before_the_treaty_abbreviation(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article" and "100" in r.text]
    assert (ref.text, ref.normalized, ref.treaty) == (span, normalized, treaty)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # as before: a conjunction in capitals before a word in capitals, and a sentence's 'A'
        "ČLÁNKY 5 A ČLÁNEK 6",
        "Article 5 A Member State shall",
        # (Spanish in capitals: 'Y ES' is "and it is"; Czech 'ES' is none of the abbreviations)
        "ARTÍCULO 5 Y ES NECESARIO",
    ],
)
def test_a_vowel_apart_before_other_capitals_is_no_letter(text: str) -> None:
    assert all(" A" not in r.text and " Y" not in r.text for r in eurefs.extract(text))
