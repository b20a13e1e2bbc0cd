"""The EC Treaty as numbered before the Treaty of Amsterdam (``grammar/treaty_eras``).

The Court's note on the citation of articles of the Treaties (curia.europa.eu,
content/juris/noteinfo.htm, English and German; pages corpus): since 1 May 1999 'Article
234 EC' is the article of the Treaty as it stands after that date, 'Article 85 of the EC
Treaty' refers to Article 85 of that Treaty before it, first cited with its new number in a
bracket, 'Article 85 of the EC Treaty (now Article 81 EC)'.  The article before the bracket
was read 'Article 85 EC', treaty EC: by that convention another article (Article 85 EC is
the Commission's power to investigate infringements of Articles 81 and 82 EC).
"""

from __future__ import annotations

import pytest

import eurefs
from eurefs.chunked import iter_extract
from tests.support.extracted import extracted


def _articles(text: str) -> list[tuple[str, str, str]]:
    return extracted(
        text, "text", "normalized", "treaty", kinds="treaty_article", short_forms=False
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # everything2.com, 'Preliminary reference' (pages corpus)
        ("The procedure was laid out in Article 177 of the EC Treaty (now Article 234 EC).",
         [("Article 177 of the EC Treaty", "Article 177 EEC", "EEC"),
          ("Article 234 EC", "Article 234 EC", "EC")]),
        # the Court's note, English: unamended, and amended by Amsterdam
        ("'Article 85 of the EC Treaty (now Article 81 EC)', where the article has not been "
         "amended by the Treaty of Amsterdam; 'Article 51 of the EC Treaty (now, after "
         "amendment, Article 42 EC)'",
         [("Article 85 of the EC Treaty", "Article 85 EEC", "EEC"),
          ("Article 81 EC", "Article 81 EC", "EC"),
          ("Article 51 of the EC Treaty", "Article 51 EEC", "EEC"),
          ("Article 42 EC", "Article 42 EC", "EC")]),
        # a paragraph quoted in the ngarneau/link_prediction_contrastive data set (its viewer
        # on a Hugging Face mirror, pages corpus): paragraph 301 of the Court's judgment in
        # Kadi and Al Barakaat (C-402/05 P and C-415/05 P) on former Article 234, now 307 EC
        ("Admittedly, the Court has previously recognised that Article 234 of the EC Treaty "
         "(now, after amendment, Article 307 EC) could, if the conditions for application have "
         "been satisfied, allow derogations even from primary law",
         [("Article 234 of the EC Treaty", "Article 234 EEC", "EEC"),
          ("Article 307 EC", "Article 307 EC", "EC")]),
        # the Court's note, German
        ('Dieser Zusatz lautet: "Artikel 85 EG-Vertrag (jetzt Artikel 81 EG)"',
         [("Artikel 85 EG-Vertrag", "Artikel 85 EWG", "EEC"),
          ("Artikel 81 EG", "Artikel 81 EG", "EC")]),
        # the Court's judgment in C-453/99 Courage v Crehan in five more languages (the
        # records' treaty_now_words; pages corpus): the article before the bracket was EC.
        # EUR-Lex 61999CJ0453, French, as eu.vlex.com copies it
        ("Article 85 du traité CE (devenu article 81 CE) - Contrat d'achat exclusif de bière",
         [("Article 85 du traité CE", "article 85 CEE", "EEC"),
          ("article 81 CE", "article 81 CE", "EC")]),
        # curia.europa.eu, IT
        ("domanda vertente sull'interpretazione dell'art. 85 del Trattato CE (divenuto art. "
         "81 CE) e di altre disposizioni di diritto comunitario,",
         [("art. 85 del Trattato CE", "articolo 85 CEE", "EEC"),
          ("art. 81 CE", "articolo 81 CE", "EC")]),
        # (an aside: the Court of First Instance in T-131/99 Shaw and Falla, curia, IT)
        ("Esenzione individuale - Art. 85, n. 3, del Trattato CE (divenuto, in seguito a "
         "modifica, art. 81, n. 3, CE)",
         [("Art. 85, n. 3, del Trattato CE", "articolo 85, n. 3 CEE", "EEC"),
          ("art. 81, n. 3, CE", "articolo 81, n. 3 CE", "EC")]),
        # the ECR's Spanish page I-6314, as pdfslide.tips copies it
        ("una decisión prejudicial sobre la interpretación del artículo 85 del Tratado CE "
         "(actualmente artículo 81 CE) y de otras disposiciones del Derecho comunitario,",
         [("artículo 85 del Tratado CE", "artículo 85 CEE", "EEC"),
          ("artículo 81 CE", "artículo 81 CE", "EC")]),
        # curia.europa.eu, NL
        ("om een prejudiciële beslissing over de uitlegging van artikel 85 EG-Verdrag (thans "
         "artikel 81 EG) en andere bepalingen van gemeenschapsrecht,",
         [("artikel 85 EG-Verdrag", "artikel 85 EEG", "EEC"),
          ("artikel 81 EG", "artikel 81 EG", "EC")]),
        # EUR-Lex 61999CJ0453, Portuguese
        ("Artigo 85.º do Tratado CE (actual artigo 81.º CE) - Contrato de compra exclusiva",
         [("Artigo 85.º do Tratado CE", "artigo 85.º CEE", "EEC"),
          ("artigo 81.º CE", "artigo 81.º CE", "EC")]),
    ],
)  # fmt: skip
def test_an_article_given_its_number_after_amsterdam_is_numbered_as_before(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _articles(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the bracket gives the TFEU's number: the article is the EC Treaty's after 1999
        # (a wiki page on the Bosman ruling in a public repository, found with find_string)
        "was prohibited by Article 39(1) of the EC Treaty (now Article 45 (1) of the Treaty "
        "on the functioning of the European Union).",
        "See Article 141 EC (now 157 TFEU).",  # (tests/grammar/test_renumbered_articles)
        # no word of the records for the number after Amsterdam
        "Article 85 of the EC Treaty (see Article 81 EC)",
    ],
)
def test_other_brackets_keep_the_ec_treaty(text: str) -> None:
    first = _articles(text)[0]
    assert first[2] == "EC", first


# judicialis.de's copy of the Court's judgment of 11 December 1973 in Case 122/73 (the page
# of 122-73; pages corpus): its list of provisions writes the EC Treaty's abbreviation of
# the 1990s, EGV, for the EEC Treaty's articles; read 'Artikel 177 EG', treaty EC
JUDICIALIS_1973 = (
    "Gericht: Europäischer Gerichtshof\nUrteil verkündet am 11.12.1973\nAktenzeichen: 122-73\n"
    "Rechtsgebiete: EGV\n\n\nVorschriften:\n\nEGV Art. 93 Abs. 3\nEGV Art. 177\n"
    "EGV Art. 92 Abs. 1\n"
)


def test_a_text_dated_before_amsterdam_numbers_the_ec_treaty_as_before() -> None:
    assert [(n, t) for _, n, t in _articles(JUDICIALIS_1973)] == [
        ("Artikel 93 Abs. 3 EWG", "EEC"),
        ("Artikel 177 EWG", "EEC"),
        ("Artikel 92 Abs. 1 EWG", "EEC"),
    ]
    assert list(iter_extract(JUDICIALIS_1973, chunk_size=40)) == eurefs.extract(JUDICIALIS_1973)


def test_an_opinion_of_1996_numbers_the_ec_treaty_as_before() -> None:
    # the Opinion of AG Lenz in Viho v Commission, C-73/95 P, as a copy of EUR-Lex's
    # 61995CC0073 on dev.webstranky.net lays it out (pages corpus): Article 85(1) of the EC
    # Treaty of 1996 is the EEC Treaty's Article 85(1), Article 81(1) EC from 1999
    text = (
        "OPINION OF ADVOCATE GENERAL LENZ\ndelivered on 25 April 1996 ( *1 )\nA — Facts\n1. |\n"
        "These proceedings concern the appeal by Viho Europe BV (hereinafter ‘the appellant’) "
        "against the judgment of the Court of First Instance of 12 January 1995 in Case "
        "T-102/92. ( 1 ) This case will give the Court of Justice an opportunity to expand upon "
        "its case-law concerning the applicability of the competition rules — in particular "
        "Article 85(1) of the EC Treaty — to agreements or concerted practices by undertakings "
        "within a group of companies. |\n"
    )
    assert _articles(text) == [("Article 85(1) of the EC Treaty", "Article 85(1) EEC", "EEC")]


def test_a_text_dated_after_amsterdam_keeps_the_ec_treaty() -> None:
    # the Court's judgment of 11 March 2010 in CELF, C-1/09, as CURIA publishes it in
    # French (pages corpus)
    text = (
        "ARRÊT DE LA COUR (quatrième chambre)\n\n11 mars 2010 (*)\n\n«Aides d’État – "
        "Article 88, paragraphe 3, CE – Aides illégales déclarées compatibles avec le marché "
        "commun»\n\nayant pour objet une demande de décision préjudicielle au titre de "
        "l’article 234 CE, introduite par le Conseil d’État (France)"
    )
    assert [t for _, _, t in _articles(text)] == ["EC", "EC"]


def test_a_text_dated_before_amsterdam_in_the_courts_later_form_keeps_the_ec_treaty() -> None:
    # the Court's press release No 74/98 of 2 December 1998 (curia.europa.eu, English;
    # pages corpus) announces the citation to come: its 'Article 2 of the EC Treaty' is the
    # Treaty as renumbered, told by 'Article 2 EC' beside it
    text = (
        "Press and Information Division\n\n\n2 December 1998\n\nIn the wake of the renumbering "
        "of the Treaties prescribed by the Amsterdam Treaty the Court of Justice has opted for "
        "a uniform system for citing provisions of the Treaties.\n\nThus, as from the entry "
        "into force of the Amsterdam Treaty, references to provisions of the Treaties will "
        "comprise an arabic numeral for each article, followed by two letters to indicate the "
        'Treaty, for example "Article 2 EC" (Article 2 of the EC Treaty).\n'
    )
    assert [(n, t) for _, n, t in _articles(text)] == [
        ("Article 2 EC", "EC"),
        ("Article 2 EC", "EC"),
    ]


def test_a_list_of_articles_with_commas_is_not_a_keyword_lines_treaty_first() -> None:
    # the Latvian summary of Sbarigia, C-393/08, of 1 July 2010 (EUR-Lex
    # 62008CJ0393_SUM, LV; pages corpus): its keyword line's bracket gives three articles
    # of the EC Treaty as renumbered, a comma after the first; read as '(Traité CE, art.
    # 177)', the Treaty named first, they were the EEC Treaty's ('EEKL 10., 81. un 82.')
    text = (
        "3. Konkurence – Kopienu tiesību normas – Dalībvalstu pienākumi\n\n"
        "(EKL 10., 81. un 82. pants)\n\nSummary\n\n1. Tikai valsts tiesa, kura izskata strīdu"
    )
    assert _articles(text) == [("EKL 10., 81. un 82. pants", "EKL 10., 81. un 82. pants", "EC")]
