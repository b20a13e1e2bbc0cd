"""Treaty articles as national legal writing abbreviates them (the languages' records,
their ``sources``): the plural ``Artt.``/``artt.``, German ``ff.``, ``f.`` and a paragraph's
roman number (with a sentence's number after it), French ``al.`` (``al2``) and ``§ 1er``,
Croatian ``st.``."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty", "articles"),
    [
        # the plural abbreviation (was nothing in German and Dutch; Italian read it before)
        ("nach Artt. 101, 102 AEUV verboten", "Artt. 101, 102 AEUV", "Artikel 101, 102 AEUV",
         "TFEU", ["101", "102"]),
        ("Artt. 101 und 102 AEUV", "Artt. 101 und 102 AEUV", "Artikel 101 und 102 AEUV",
         "TFEU", ["101", "102"]),
        ("de artt. 101 en 102 VWEU zijn", "artt. 101 en 102 VWEU", "artikelen 101 en 102 VWEU",
         "TFEU", ["101", "102"]),
        ("gli artt. 101 e 102 TFUE vietano", "artt. 101 e 102 TFUE", "articoli 101 e 102 TFUE",
         "TFEU", ["101", "102"]),
        # ``ff.``: in the span, not an article (klartext-jura.de, europarecht-rechtsanwalt.com)
        ("ist in Art. 56 ff. AEUV verankert", "Art. 56 ff. AEUV", "Artikel 56 ff. AEUV", "TFEU",
         ["56"]),
        ("die Artikel 107 ff AEUV", "Artikel 107 ff AEUV", "Artikel 107 ff AEUV", "TFEU", ["107"]),
        # a paragraph's roman number, then a point
        ("sind nach Art. 267 III AEUV verpflichtet", "Art. 267 III AEUV", "Artikel 267 III AEUV",
         "TFEU", ["267"]),
        ("Art. 101 I lit. a AEUV", "Art. 101 I lit. a AEUV", "Artikel 101 I lit. a AEUV", "TFEU",
         ["101"]),
        # ... and a sentence's number after it: Absatz 3 Satz 1 (was nothing)
        ("ist nach Art. 267 III 1 AEUV verpflichtet", "Art. 267 III 1 AEUV",
         "Artikel 267 III 1 AEUV", "TFEU", ["267"]),
        ("Art. 5 II 2 EUV und", "Art. 5 II 2 EUV", "Artikel 5 II 2 EUV", "TEU", ["5"]),
        # ``f.``: and the one following, as ``Rn. 35 f.`` in German commentary (was nothing)
        ("die Art. 101 f. AEUV verbieten", "Art. 101 f. AEUV", "Artikel 101 f. AEUV", "TFEU",
         ["101"]),
        # ``AEU``, the TFEU (the AEU-Vertrag), as a German textbook writes it (Hobe,
        # Europarecht; was nothing), and the treaty's short name after the number
        ("Vorlageberechtigung nach Art. 267 Abs. 2 AEU jedes Gericht", "Art. 267 Abs. 2 AEU",
         "Artikel 267 Abs. 2 AEUV", "TFEU", ["267"]),
        ("die in Art. 256 Abs. 3 AEU vorgesehene Möglichkeit", "Art. 256 Abs. 3 AEU",
         "Artikel 256 Abs. 3 AEUV", "TFEU", ["256"]),
        ("Art. 267 Abs. 1 lit. a und b AEU ist abschließend", "Art. 267 Abs. 1 lit. a und b AEU",
         "Artikel 267 Abs. 1 lit. a und b AEUV", "TFEU", ["267"]),
        ("das Kartellverbot des Art. 101 AEU.", "Art. 101 AEU", "Artikel 101 AEUV", "TFEU",
         ["101"]),
        ("nach Artikel 267 des AEU-Vertrags vorlegen", "Artikel 267 des AEU-Vertrags",
         "Artikel 267 AEUV", "TFEU", ["267"]),
        ("gemäß Art. 267 AEU-Vertrag vorlegen", "Art. 267 AEU-Vertrag", "Artikel 267 AEUV",
         "TFEU", ["267"]),
        # French: alinéa abbreviated, the paragraph sign and its first number ``1er``
        ("l'art. 267, al. 3, TFUE impose", "art. 267, al. 3, TFUE", "article 267, al. 3 TFUE",
         "TFEU", ["267"]),
        ("l'article 101, § 1er, TFUE interdit", "article 101, § 1er, TFUE",
         "article 101, § 1er TFUE", "TFEU", ["101"]),
        # Croatian: stavak abbreviated after čl., the case ending after the treaty in the span
        ("protivno čl. 101. st. 1. UFEU-a i", "čl. 101. st. 1. UFEU-a", "čl. 101. st. 1. UFEU",
         "TFEU", ["101."]),
        # Greek: the EEC Treaty as ΣΕΟΚ, beside ΣΕΚ (nomothesia.isotita.gr, a footnote call
        # glued to it); was nothing
        ("Η αναφορά του αρχικού άρθρου 119 ΣΕΟΚ[1] στην ισότητα", "άρθρου 119 ΣΕΟΚ",
         "άρθρο 119 ΕΟΚ", "EEC", ["119"]),
    ],
)  # fmt: skip
def test_national_abbreviations(
    text: str, span: str, normalized: str, treaty: str, articles: list[str]
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)
    (ref,) = eurefs.extract(text, short_forms=False)
    assert list(ref.articles) == articles
    assert text[ref.start : ref.end] == span


@pytest.mark.parametrize(
    "text",
    [
        # a national constitution's or code's article, however abbreviated
        "nach Art. 5 I GG und § 823 BGB",
        "gemäß Art. 433 ff. BGB",
        "approvate per iscritto ex artt. 1341 e 1342 c.c.",
        "l'art. 1240, al. 2, du Code civil",
        "l'article 5, § 1er, de la loi du 5 août 1991",
        "prema čl. 8. st. 1. ZZTN-a",
        # a roman number that is no paragraph: nothing follows as a treaty
        "Art. 101 III. Teil des Vertrags",
        # ``f.`` and a sentence's number need the treaty after them too
        "nach Art. 101 f. Die Kommission",
        "gemäß Art. 2 f. BGB",
        "Art. 20 III 1 GG",
        # a number with a dot after the roman paragraph is no sentence of it
        "Art. 267 III 1. Halbsatz AEUV",
        # ``AEU`` and the treaty's name with no article before them; in English
        "Die AEU (Arbeitsgemeinschaft Evangelischer Unternehmer) tagt in Berlin.",
        "Die Verpflichtung ist dem System des AEU-Vertrags immanent.",
        "the Article 101 AEU members",
    ],
)
def test_national_articles_stay_unread(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "treaty_article"] == []


def test_french_al_glued_to_its_number() -> None:
    # al glued to its number, as study notes write it (brainscape.com, flashcards on EU
    # litigation, contentieux de l'UE; pages corpus): was nothing. (Its language is a guess
    # between the languages writing ``Art`` and ``TFUE``, as for ``Art 275 al. 2 TFUE``.)
    text = "CJUE et PESC - Art 275 al2 TFUE et Art 24 TUE"
    found = [(r.text, r.treaty, r.articles) for r in eurefs.extract(text, short_forms=False)]
    assert found == [("Art 275 al2 TFUE", "TFEU", ["275"]), ("Art 24 TUE", "TEU", ["24"])]


def test_french_course_notes_write_the_article_without_its_dot() -> None:
    # flashcards 'Contentieux de l'UE' (brainscape.com; pages corpus), French throughout:
    # only the Polish record wrote 'art' without its dot, so each article was Polish
    # ('art. 19 TUE', lang pl) in a French text
    text = (
        "Indispensable outil de collaboration juges nationaux et CJUE\n"
        "CJUE - Art 19 TUE, ART 251 à 281 TFUE\n"
        "Juridiction permanente, obligatoire, souveraine, à la fois juridiction constit et "
        "administrative\n"
        "CJUE et PESC - Art 275 al2 TFUE et Art 24 TUE\n"
        "Permet à la CJUE de contrôler la légalité des décisions PESC"
    )
    found = [
        (r.text, r.normalized, r.lang)
        for r in eurefs.extract(text, kinds="treaty_article", short_forms=False)
    ]
    assert found == [
        ("Art 19 TUE", "article 19 TUE", "fr"),
        ("ART 251 à 281 TFUE", "articles 251 à 281 TFUE", "fr"),
        ("Art 275 al2 TFUE", "article 275 al2 TFUE", "fr"),
        ("Art 24 TUE", "article 24 TUE", "fr"),
    ]
