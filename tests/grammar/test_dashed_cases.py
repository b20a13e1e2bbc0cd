"""Case numbers of the Court written with a dash for the slash (grammar/dashed_cases): the
old ones, and from 1989 those with the Court of Justice's letter."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _cases(text: str) -> list[tuple[str, str, list[str]]]:
    return extracted(text, "text", "normalized", "cellar_ids", kinds="case")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # EUR-Lex 61962CC0026, the Spanish title of Roemer's opinion in Van Gend en Loos
        (
            "NV Algemene Transport- en Expeditie Onderneming van Gend & Loos contra "
            "Administración fiscal holandesa.\nPetición de decisión prejudicial: "
            "Tariefcommissie - Países Bajos.\nAsunto 26-62.\n\nEdición especial inglesa",
            ("26-62", "asunto 26/62"),
        ),
        # cvce.eu, the Court's English judgment in Van Gend en Loos (Reports of Cases 1963)
        (
            "Judgment of the Court, Van Gend & Loos, Case 26-62 (5 February 1963)",
            ("26-62", "Case 26/62"),
        ),
        # EUR-Lex titles of the old judgments in the other languages, as the Spanish one
        ("Demande de décision préjudicielle: Giudice conciliatore di Milano. Affaire 6-64.",
         ("6-64", "affaire 6/64")),
        ("Domanda di pronuncia pregiudiziale: Giudice conciliatore di Milano - Italia. Causa 6-64.",
         ("6-64", "causa 6/64")),
        ("CASE 6-64", ("6-64", "Case 6/64")),
    ],
)  # fmt: skip
def test_dashed_number_after_case_word(text: str, found: tuple[str, str]) -> None:
    span, normalized = found
    number = normalized.split()[-1]
    assert _cases(text) == [(span, normalized, [f"case:{number}"])]


@pytest.mark.parametrize(
    "text",
    [
        "Case 10-60 minutes",  # a count: a word in small letters after it
        "Case 12-34/56",  # no number of a case
        "Case 6-94",  # a year of the letters: C-6/94 would be written
        "Case 6-50",  # before the Court
        "pages 26-62 of the report",  # no case word
        "EURLex case 26-62",  # a case word in small letters, no year of its time near
    ],
)
def test_dashed_number_left(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    ("cited", "span", "normalized"),
    [
        ("Case 26-62 Van Gend en Loos. ", "26-62", "Case 26/62"),
        # the court letter's anchor shares the search of the letter ``C``
        ("Voir l'affaire C-6-90, Francovich. ", "C-6-90", "C-6/90"),
    ],
)
def test_dashed_number_in_a_long_text(cited: str, span: str, normalized: str) -> None:
    """In a long text the anchors share the search of their first letter (anchor_scan)."""
    filler = "The Commission adopted the decision in OJ C 12, 1.1.2000, p. 3. " * 1200
    text = filler + cited + filler
    assert [(r.text, r.normalized) for r in eurefs.extract(text, kinds="case")] == [
        (span, normalized)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Lagrange's opinion in Da Costa (13 March 1963, as juricaf.org copies it): the
        # number in running text, the judgment's year after it
        ("Comme vous le savez, les trois affaires 28, 29 et 30-62 sur lesquelles nous avons "
         "aujourd'hui à nous expliquer se présentent exactement dans les mêmes conditions que "
         "l'affaire 26-62 qui a donné lieu à votre arrêt du 5 février 1963.",
         ("26-62", "affaire 26/62")),
        # the French citation style with the date before (the session's brief)
        ("Voir arrêt du 15 juillet 1964, Costa/E.N.E.L., aff. 6-64, Rec. p. 1141.",
         ("6-64", "affaire 6/64")),
        # EUR-Lex's Portuguese summary of Costa (LEGISSUM l14548): a case word whose first
        # letter no anchor searches for, the Reports' year after it
        ("Acórdão do Tribunal de 15 de julho de 1964, Flaminio Costa contra E.N.E.L., "
         "Processo 6-64 (Edição especial portuguesa 1964 00585).", ("6-64", "processo 6/64")),
    ],
)  # fmt: skip
def test_dashed_number_near_a_year_of_its_time(text: str, found: tuple[str, str]) -> None:
    span, normalized = found
    number = normalized.split()[-1]
    assert _cases(text) == [(span, normalized, [f"case:{number}"])]


@pytest.mark.parametrize(
    "text",
    [
        "aff. 6-64",  # no year of its time near
        "case 26-62 of 1950",  # a year before the case's
        "the affaire 26-62 of the 1990 report",  # a year after its time
        "showcase 26-62 in 1963",  # no case word: the end of another word
    ],
)
def test_dashed_number_in_small_letters_left(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # aff. is French's only: English writes it for affidavit (fr.py's sources)
        "The order of 1965 was aff. 6-64 by the appellate court.",
        "In its judgment of 5 February 1963 in aff. 26-62, the Court held.",
        "Urteil vom 15. Juli 1964, aff. 6-64, Costa",
    ],
)
def test_dashed_number_after_aff_in_other_words_left(text: str) -> None:
    assert _cases(text) == []


def test_dashed_number_near_a_year_in_a_long_text() -> None:
    """The year's anchor shares the search of the years' anchors (anchor_scan)."""
    filler = "The Commission adopted the decision in OJ C 12, 1.1.2000, p. 3. " * 1200
    text = (
        filler + "Dans son arrêt du 5 février 1963, aff. 26-62, la Cour a dit pour droit que "
        "le traité produit des effets directs. " + filler
    )
    assert [(r.text, r.normalized) for r in eurefs.extract(text, kinds="case")] == [
        ("26-62", "affaire 26/62")
    ]


def test_lettered_dashed_number_after_a_case_word() -> None:
    """LawLex's French copy of the judgment in Francovich (app.livv.eu; pages corpus), the
    case word in small letters: was nothing."""
    text = (
        "la pretura di Vicenza (dans l'affaire C-6-90) et la pretura di Bassano del Grappa "
        "(dans l'affaire C-9-90) ont posé, en vertu de l'article 177 du traité CEE"
    )
    assert _cases(text) == [
        ("C-6-90", "C-6/90", ["case:C-6/90"]),
        ("C-9-90", "C-9/90", ["case:C-9/90"]),
    ]
    (ref,) = eurefs.extract("dans l'affaire C-6-90", kinds="case")
    assert (ref.court, ref.number, ref.year, ref.lang) == ("C", 6, 1990, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "C-6-90",  # no case word
        "produit réf. C-6-90 en stock",
        "le char T-34-85",  # another letter, no case word
        "Case T-34-85",  # the General Court's letter: UNCONFIRMED in a text read
        "dans l'affaire C-6-88",  # a year before the letters
        "dans l'affaire C-6-49",  # a year to come
        "dans l'affaire C-6-90-12",  # no number of a case
    ],
)
def test_lettered_dashed_number_left(text: str) -> None:
    assert _cases(text) == []
