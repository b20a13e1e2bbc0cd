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
        "the EEC Treaty, Art. 177",  # no bracket
    ],
)
def test_no_treaty_named_first_in_brackets(text: str) -> None:
    assert _articles(text) == []


# The keywords of the judgment of 22 September 1988 in 272/86, Commission v Greece, in
# Dutch, with the blank inside each bracket of older EUR-Lex texts (btwjurisprudentie.nl;
# pages corpus): each was nothing.  Then the mixed-case line of the later summaries in
# German, Danish and Swedish, as the Italian line above (UNCONFIRMED in a text read).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bewijslast rustend op Commissie\n\n( EEG-Verdrag, artikel 169 )\n\nLid-Staten",
         [("EEG-Verdrag, artikel 169", "artikel 169 EEG", "EEC", ["169"], "nl")]),
        ("Medewerking aan onderzoek en procedure in rechte inzake niet-nakoming door "
         "Lid-Staat\n\n( EEG-Verdrag, artikelen 5, 155, 164 en 169 )\n\nSamenvatting",
         [("EEG-Verdrag, artikelen 5, 155, 164 en 169", "artikelen 5, 155, 164 en 169 EEG",
           "EEC", ["5", "155", "164", "169"], "nl")]),
        ("Vorabentscheidung - Zuständigkeit des Gerichtshofes\n(EWG-Vertrag, Art. 177)\n",
         [("EWG-Vertrag, Art. 177", "Artikel 177 EWG", "EEC", ["177"], "de")]),
        ("Præjudicielle spørgsmål - Domstolens kompetence\n(EØF-traktaten, art. 177)\n",
         [("EØF-traktaten, art. 177", "artikel 177 EØF", "EEC", ["177"], "da")]),
        ("Förhandsavgörande - Domstolens behörighet\n(EEG-fördraget, artikel 177)\n",
         [("EEG-fördraget, artikel 177", "artikel 177 EEG-fördraget", "EEC", ["177"], "sv")]),
    ],
)  # fmt: skip
def test_treaty_named_first_in_brackets_set_apart(
    text: str, found: list[tuple[str, ...]]
) -> None:
    assert _articles(text) == found


# The keyword lines of the older summaries in capitals, a blank inside the bracket and
# before the comma: EUR-Lex 61978CJ0093 (its English keywords, on EUR-Lex's Czech summary
# page) and 61977CJ0106 (Simmenthal, Dutch); the Italian and Spanish in the same setting.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1 . REFERENCES FOR A PRELIMINARY RULING - RESPECTIVE POWERS OF THE COURT AND OF THE "
         "NATIONAL COURTS - DIVISION BY THE TREATY - MANDATORY NATURE\n\n"
         "( EEC TREATY , ARTICLE 177 )\n\n2 . EEC - ADMISSION OF NEW MEMBER STATES",
         ("EEC TREATY , ARTICLE 177", "Article 177 EEC", "EEC", ["177"], "en")),
        ("1 . PREJUDICIELE VRAGEN - VERWIJZING NAAR HET HOF\n\n( EEG-VERDRAG , ARTIKEL 177 )\n",
         ("EEG-VERDRAG , ARTIKEL 177", "artikel 177 EEG", "EEC", ["177"], "nl")),
        ("1 . QUESTIONI PREGIUDIZIALI - COMPETENZA DELLA CORTE\n\n( TRATTATO CEE , ARTICOLO 177 )",
         ("TRATTATO CEE , ARTICOLO 177", "articolo 177 CEE", "EEC", ["177"], "it")),
        ("1 . CUESTIONES PREJUDICIALES\n\n( TRATADO CEE , ARTÍCULO 177 )",
         ("TRATADO CEE , ARTÍCULO 177", "artículo 177 CEE", "EEC", ["177"], "es")),
    ],
)  # fmt: skip
def test_treaty_named_first_in_capitals(text: str, found: tuple[str, ...]) -> None:
    assert _articles(text) == [found]


# ... and the article word abbreviated with a blank before its dot, as the English, French
# and Italian lines write it: EUR-Lex 61980CJ0244 (Foglia v Novello, English keywords),
# 61977CJ0106 (Simmenthal, French, as eu.vlex.com copies it), 61978CJ0093_SUM (Italian)
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1 . PRELIMINARY QUESTIONS - JURISDICTION OF NATIONAL COURT\n\n( EEC TREATY , ART . 177 )"
         "\n\n2 . PRELIMINARY QUESTIONS", ("EEC TREATY , ART . 177", "Article 177 EEC", "EEC",
                                           ["177"], "en")),
        ("1 . QUESTIONS PREJUDICIELLES - SAISINE DE LA COUR\n\n( TRAITE CEE , ART . 177 )\n",
         ("TRAITE CEE , ART . 177", "article 177 CEE", "EEC", ["177"], "fr")),
        ("1 . QUESTIONI PREGIUDIZIALI - COMPETENZA RISPETTIVA DELLA CORTE E DEI GIUDICI NAZIONALI"
         "\n\n( TRATTATO CEE , ART . 177 )\n", ("TRATTATO CEE , ART . 177", "articolo 177 CEE",
                                               "EEC", ["177"], "it")),
    ],
)  # fmt: skip
def test_spaced_article_abbreviation_in_capitals(text: str, found: tuple[str, ...]) -> None:
    assert _articles(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "(ce, art. 5)",  # a name in small letters is compared as written
    ],
)
def test_no_treaty_named_first_in_capitals(text: str) -> None:
    assert _articles(text) == []


# The line goes on after the article with a subdivision the list does not read (in
# capitals, a blank before the comma): the article is the treaty's, its subdivision left
# out.  CILFIT's keywords, EUR-Lex 61981CJ0283 (English as on EUR-Lex's Croatian summary
# page; French); 'first para.' as the session's brief reported it from a real text.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1 . PRELIMINARY QUESTIONS - REFERENCE TO THE COURT - QUESTIONS OF INTERPRETATION - "
         "OBLIGATION TO REFER A MATTER TO THE COURT - PURPOSE - SCOPE - CRITERIA\n"
         "( EEC TREATY , ART . 177 , THIRD PARAGRAPH )\n2 . PRELIMINARY QUESTIONS",
         ("EEC TREATY , ART . 177", "Article 177 EEC", "EEC", ["177"], "en")),
        ("1 . QUESTIONS PREJUDICIELLES - SAISINE DE LA COUR - QUESTIONS D ' INTERPRETATION - "
         "OBLIGATION DE RENVOI - OBJET - PORTEE - CRITERES\n\n( TRAITE CEE , ART . 177 , AL . 3 )",
         ("TRAITE CEE , ART . 177", "article 177 CEE", "EEC", ["177"], "fr")),
        ("(EEC Treaty, Art. 177, first para.)",
         ("EEC Treaty, Art. 177", "Article 177 EEC", "EEC", ["177"], "en")),
    ],
)  # fmt: skip
def test_the_line_goes_on_after_the_article(text: str, found: tuple[str, ...]) -> None:
    assert _articles(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # another act's article after the name: the bracket goes on with more than a part
        "(EEC Treaty, Art. 5 of the Directive, third para.)",
        "(EEC Treaty, Art. 5, third para. of the Directive)",
    ],
)
def test_no_treaty_where_the_line_goes_on_otherwise(text: str) -> None:
    assert _articles(text) == []
