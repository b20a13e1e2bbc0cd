"""The keyword lines of the Court's judgments name the treaty first in brackets, a comma
before the article (grammar/treaty_names.bracket_lead)."""

from __future__ import annotations

import pytest

import eurefs


def _articles(text: str) -> list[tuple[str, str, str, list[str], str]]:
    return [
        (r.text, r.normalized, r.treaty, r.articles, r.lang)
        for r in eurefs.extract(text, kinds="treaty_article", short_forms=False)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # EUR-Lex 61996CJ0314_SUM, the Italian summary's keyword line (pages corpus)
        ("Causa pendente dinanzi al giudice a quo divenuta priva di oggetto - Non luogo a "
         "statuire\n(Trattato CE, art. 177)\nSia dal dettato sia dal sistema",
         ("Trattato CE, art. 177", "articolo 177 CE", "EC", ["177"], "it")),
        # the same line in the Court's other languages
        ("Questions préjudicielles - Compétence de la Cour - Non-lieu à statuer\n"
         "(Traité CE, art. 177)\n", ("Traité CE, art. 177", "article 177 CE", "EC", ["177"], "fr")),
        ("Preliminary rulings - Jurisdiction of the Court\n(EEC Treaty, Arts 85 and 86)\n",
         ("EEC Treaty, Arts 85 and 86", "Articles 85 and 86 EEC", "EEC", ["85", "86"], "en")),
        ("Cuestiones prejudiciales - Competencia del Tribunal\n(Tratado CE, art. 177)\n",
         ("Tratado CE, art. 177", "artículo 177 CE", "EC", ["177"], "es")),
        ("Questões prejudiciais - Competência do Tribunal de Justiça\n(Tratado CE, artigo 177.°)\n",
         ("Tratado CE, artigo 177.°", "artigo 177.º CE", "EC", ["177.º"], "pt")),
    ],
)  # fmt: skip
def test_treaty_named_first_in_brackets(text: str, found: tuple[str, ...]) -> None:
    assert _articles(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "(Regulation No 17, Art. 4)",  # no treaty
        "(EEC Treaty, Art. 177, first para.)",  # the bracket goes on: left unread
        "the EEC Treaty, Art. 177",  # no bracket
    ],
)
def test_no_treaty_named_first_in_brackets(text: str) -> None:
    assert _articles(text) == []
