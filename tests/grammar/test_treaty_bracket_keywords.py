"""The keyword lines of the Court's judgments name the treaty first in brackets, a comma
before the article; its summaries list the provisions in one bracket apart by semicolons,
a treaty among them named first the same way (grammar/treaty_brackets.bracket_lead):
``(Art. 16, lid 2, VWEU; Handvest van de grondrechten van de Europese Unie, art. 8, lid 3;
richtlijn 95/46 ...)``."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _articles(text: str) -> list[tuple[str, str, str, list[str], str]]:
    return extracted(
        text,
        "text",
        "normalized",
        "treaty",
        "articles",
        "lang",
        kinds="treaty_article",
        short_forms=False,
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # EUR-Lex 61996CJ0314_SUM, the Italian summary's keyword line (pages corpus); the
        # EC Treaty named first in a keyword bracket is the Treaty before Amsterdam, its
        # numbers the EEC Treaty's (grammar/treaty_eras: was 'articolo 177 CE')
        ("Causa pendente dinanzi al giudice a quo divenuta priva di oggetto - Non luogo a "
         "statuire\n(Trattato CE, art. 177)\nSia dal dettato sia dal sistema",
         ("Trattato CE, art. 177", "articolo 177 CEE", "EEC", ["177"], "it")),
        # the same line in the Court's other languages
        ("Questions préjudicielles - Compétence de la Cour - Non-lieu à statuer\n"
         "(Traité CE, art. 177)\n",
         ("Traité CE, art. 177", "article 177 CEE", "EEC", ["177"], "fr")),
        ("Preliminary rulings - Jurisdiction of the Court\n(EEC Treaty, Arts 85 and 86)\n",
         ("EEC Treaty, Arts 85 and 86", "Articles 85 and 86 EEC", "EEC", ["85", "86"], "en")),
        ("Cuestiones prejudiciales - Competencia del Tribunal\n(Tratado CE, art. 177)\n",
         ("Tratado CE, art. 177", "artículo 177 CEE", "EEC", ["177"], "es")),
        ("Questões prejudiciais - Competência do Tribunal de Justiça\n(Tratado CE, artigo 177.°)\n",
         ("Tratado CE, artigo 177.°", "artigo 177.º CEE", "EEC", ["177.º"], "pt")),
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
def test_treaty_named_first_in_brackets_set_apart(text: str, found: list[tuple[str, ...]]) -> None:
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


# The summary of the Court's judgment in Schrems, C-362/14, in Dutch (curia.europa.eu;
# pages corpus): the provisions a keyword rests on listed in one bracket apart by
# semicolons, the Charter named first, its article after a comma and before the next
# semicolon; it was nothing. The same list in English and German as the Court writes its
# summaries in every language (the English '(EEC Treaty, Arts 48 and 51; Council Regulation
# No 1408/71, Art. 73)' as comma_pinpoints reads the regulation's).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("(Art. 16, lid 2, VWEU; Handvest van de grondrechten van de Europese Unie, art. 8, "
         "lid 3; richtlijn 95/46 van het Europees Parlement en de Raad, tweeënzestigste "
         "overweging en art. 28, lid 1)",
         [("Art. 16, lid 2, VWEU", "artikel 16, lid 2 VWEU", "TFEU", ["16"], "nl"),
          ("Handvest van de grondrechten van de Europese Unie, art. 8, lid 3",
           "artikel 8, lid 3 Handvest", "CFR", ["8"], "nl")]),
        ("(EEC Treaty, Arts 48 and 51; Council Regulation No 1408/71, Art. 73)",
         [("EEC Treaty, Arts 48 and 51", "Articles 48 and 51 EEC", "EEC", ["48", "51"],
           "en")]),
        ("(Art. 16(2) TFEU; Charter of Fundamental Rights of the European Union, Art. 8(3); "
         "European Parliament and Council Directive 95/46, Art. 28(1))",
         [("Art. 16(2) TFEU", "Article 16(2) TFEU", "TFEU", ["16(2)"], "en"),
          ("Charter of Fundamental Rights of the European Union, Art. 8(3)",
           "Article 8(3) CFR", "CFR", ["8(3)"], "en")]),
        ("(Art. 16 Abs. 2 AEUV; Charta der Grundrechte der Europäischen Union, Art. 8 Abs. 3; "
         "Richtlinie 95/46)",
         [("Art. 16 Abs. 2 AEUV", "Artikel 16 Abs. 2 AEUV", "TFEU", ["16"], "de"),
          ("Charta der Grundrechte der Europäischen Union, Art. 8 Abs. 3",
           "Artikel 8 Abs. 3 GRCh", "CFR", ["8"], "de")]),
    ],
)  # fmt: skip
def test_a_treaty_among_the_provisions_of_a_summary(
    text: str, found: list[tuple[str, ...]]
) -> None:
    assert _articles(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # no open bracket: prose about the Charter
        "The Charter of Fundamental Rights of the European Union, Article 47; and more.",
        "see the Charter of Fundamental Rights of the European Union, Article 47; and (Art. 6)",
        # the bracket closed before the semicolon
        "(see above) Charter of Fundamental Rights of the European Union, Art. 8(3); then",
    ],
)
def test_no_treaty_before_a_semicolon_outside_a_bracket(text: str) -> None:
    assert [a for a in _articles(text) if a[2] == "CFR"] == []
