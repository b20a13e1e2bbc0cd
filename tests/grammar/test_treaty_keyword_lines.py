"""A treaty's articles as the Court's keyword lines write them: the treaty's long name a
keyword of its own, its articles the next (``grammar.treaty_names.keyword_lead``), as an
act's pinpoint after its dash is read (``grammar.dash_pinpoints``).

Before, the articles were none: ``Charter of Fundamental Rights of the European Union –
Articles 7, 8 and 47`` named no act and no treaty after the articles.
"""

from __future__ import annotations

import pytest

import eurefs


def articles(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [
        (r.text, r.normalized, r.treaty, tuple(r.articles))
        for r in eurefs.extract(text)
        if r.kind == "treaty_article"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Opinion of AG Kokott in C-73/16 Puškár (EUR-Lex 62016CC0073), its title in
        # English, Czech and Slovenian (pages corpus)
        ("Reference for a preliminary ruling — Charter of Fundamental Rights of the European "
         "Union — Articles 7, 8 and 47 — Directive 95/46/EC — Articles 1, 7 and 13 — "
         "Processing of personal data",
         [("Charter of Fundamental Rights of the European Union — Articles 7, 8 and 47",
           "Articles 7, 8 and 47 CFR", "CFR", ("7", "8", "47"))]),
        ("Řízení o předběžné otázce – Listina základních práv Evropské unie – Články 7, 8 a 47 "
         "– Směrnice 95/46/ES – Články 1, 7 a 13 – Zpracování osobních údajů",
         [("Listina základních práv Evropské unie – Články 7, 8 a 47",
           "články 7, 8 a 47 Listiny základních práv EU", "CFR", ("7", "8", "47"))]),
        ("Predhodno odločanje – Listina Evropske unije o temeljnih pravicah – Členi 7, 8 in 47 – "
         "Direktiva 95/46/ES – Členi 1, 7 in 13 – Obdelava osebnih podatkov",
         [("Listina Evropske unije o temeljnih pravicah – Členi 7, 8 in 47",
           "členi 7, 8 in 47 Listine o temeljnih pravicah", "CFR", ("7", "8", "47"))]),
        # the Opinion of AG Ćapeta in C-268/21 (EUR-Lex 62021CC0268), Bulgarian: the name
        # without its article, as the keyword line writes it
        ("Регламент (ЕС) 2016/679 — Член 5 — Свеждане на личните данни до минимум — Харта на "
         "основните права на Европейския съюз — Член 7 — Право на зачитане на личния живот — "
         "Член 47 — Право на ефективна съдебна защита.",
         [("Харта на основните права на Европейския съюз — Член 7",
           "член 7 от Хартата на основните права", "CFR", ("7",))]),
        # ... and Polish: the Charter's name in the nominative (was nothing)
        ("Minimalizacja danych osobowych – Karta praw podstawowych Unii Europejskiej – Artykuł "
         "7 – Prawo do poszanowania życia prywatnego – Artykuł 8 – Prawo do ochrony danych "
         "osobowych – Artykuł 47 – Prawo do skutecznej ochrony sądowej – Zasada "
         "proporcjonalności.",
         [("Karta praw podstawowych Unii Europejskiej – Artykuł 7", "art. 7 KPP", "CFR",
           ("7",))]),
        # the judgment in C-333/22 (ECLI:EU:C:2023:874), Maltese, the line opening with its
        # quotation mark
        ("“Rinviju għal deċiżjoni preliminari – Direttiva (UE) 2016/680 – Artikolu 17 – Karta "
         "tad-Drittijiet Fundamentali tal-Unjoni Ewropea – Artikolu 8(3) – Kontroll minn "
         "awtorità indipendenti – Artikolu 47”",
         [("Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea – Artikolu 8(3)",
           "Artikolu 8(3) tal-Karta tad-Drittijiet Fundamentali", "CFR", ("8(3)",))]),
        # Estonian and Finnish, whose articles follow the treaty's name in running text
        # (``grammar/treaty_articles_abbr_first``; each was nothing): C-73/16 Puškár
        # (curia.europa.eu ET; taxlawapp.eu FI), the Estonian article word capitalised
        ("Eelotsusetaotlus – Euroopa Liidu põhiõiguste harta – Artiklid 7, 8 ja 47 – "
         "Direktiiv 95/46/EÜ – Artiklid 1, 7 ja 13 – Isikuandmete töötlemine",
         [("Euroopa Liidu põhiõiguste harta – Artiklid 7, 8 ja 47",
           "Euroopa Liidu põhiõiguste harta artiklid 7, 8 ja 47", "CFR", ("7", "8", "47"))]),
        ("Ennakkoratkaisupyyntö – Euroopan unionin perusoikeuskirja – 7, 8 ja 47 artikla – "
         "Direktiivi 95/46/EY – 1, 7 ja 13 artikla – Henkilötietojen käsittely",
         [("Euroopan unionin perusoikeuskirja – 7, 8 ja 47 artikla",
           "EU:n perusoikeuskirjan 7, 8 ja 47 artikla", "CFR", ("7", "8", "47"))]),
        # C-333/22 (curia.europa.eu ET), a paragraph after the article: in the span; the
        # later article after another keyword is not read, as in the other languages
        ("Mõiste „õiguslikult siduv otsus“ – Euroopa Liidu põhiõiguste harta – Artikli 8 "
         "lõige 3 – Sõltumatu asutuse teostatav kontroll – Artikkel 47 – Õigus tõhusale "
         "kohtulikule kaitsele",
         [("Euroopa Liidu põhiõiguste harta – Artikli 8 lõige 3",
           "Euroopa Liidu põhiõiguste harta artikli 8 lõige 3", "CFR", ("8",))]),
        # C-205/21 (EUR-Lex FI)
        ("Harkintavalta – Euroopan unionin perusoikeuskirja – 7, 8, 47, 48 ja 52 artikla – "
         "Oikeus tehokkaaseen oikeussuojaan",
         [("Euroopan unionin perusoikeuskirja – 7, 8, 47, 48 ja 52 artikla",
           "EU:n perusoikeuskirjan 7, 8, 47, 48 ja 52 artikla", "CFR",
           ("7", "8", "47", "48", "52"))]),
    ],
)  # fmt: skip
def test_the_articles_after_a_treatys_keyword(text: str, expected: list) -> None:
    assert articles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the name ends a longer keyword: the article is the Protocol's
        "Reference for a preliminary ruling – Protocol (No 21) on the position of the United "
        "Kingdom and Ireland, annexed to the Treaty on European Union and to the Treaty on the "
        "Functioning of the European Union – Article 3 – Opt-in",
        # the articles go on: another act's
        "Charter of Fundamental Rights of the European Union – Article 5 of Directive "
        "2000/78/EC – Age discrimination",
        # ... after a further article written with its word too
        "Charter of Fundamental Rights of the European Union – Article 47 and Article 5 of "
        "Directive 2000/78/EC – Age discrimination",
        "Charter of Fundamental Rights of the European Union – Article 47 and Article 48(1) of "
        "the Statute – Right",
        # no treaty's name before the dash: the act's pinpoint, no treaty article
        "Řízení o předběžné otázce – Směrnice 95/46/ES – Články 1, 7 a 13 – Zpracování",
        # prose, the name not a keyword of its own
        "as the Charter of Fundamental Rights of the European Union - Article 47 - shows",
        # ... in Estonian: the articles go on, the name ends a longer keyword, an
        # abbreviation (no long name) as the keyword
        "Euroopa Liidu põhiõiguste harta – Artiklid 7 ja 8 kaitsevad eraelu.",
        "Eelotsusetaotlus – Protokoll Euroopa Liidu põhiõiguste harta – Artikkel 1 – Ulatus",
        "Eelotsusetaotlus – ELTL – Artikkel 267 – Eelotsusetaotluse vastuvõetavus",
        # ... in Polish: the Charter's name in running text, no article after a dash
        "Karta praw podstawowych Unii Europejskiej weszła w życie w 2009 r.",
        "Ennakkoratkaisupyyntö – Euroopan unionin perusoikeuskirja – 47 artiklan mukaan",
    ],
)
def test_no_article_of_a_treaty(text: str) -> None:
    assert articles(text) == []


def test_the_acts_pinpoint_after_the_charters_articles() -> None:
    """The directive keeps its own keyword's articles as its pinpoint."""
    text = (
        "Řízení o předběžné otázce – Listina základních práv Evropské unie – Články 7, 8 a 47 "
        "– Směrnice 95/46/ES – Články 1, 7 a 13 – Zpracování osobních údajů"
    )
    (act,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert (act.text, act.pinpoint) == ("Směrnice 95/46/ES", "Články 1, 7 a 13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a further article written with its word in the same keyword (the judgment in
        # C-614/14 Ognyanov: its keywords in Portuguese, EUR-Lex 62014CJ0614, and in French
        # and Dutch, OJ C 335, 12.9.2016, p. 8, EUR-Lex 62014CA0614; pages corpus): each was
        # nothing
        ("«Reenvio prejudicial — Artigo 267.o TFUE — Carta dos Direitos Fundamentais da "
         "União Europeia — Artigo 47.o, segundo parágrafo, e artigo 48.o, n.o 1»",
         ("Carta dos Direitos Fundamentais da União Europeia — Artigo 47.o, segundo parágrafo, "
          "e artigo 48.o, n.o 1", "artigos 47.º, segundo parágrafo, e 48.º, n.º 1 CDFUE",
          "CFR", ("47.º", "48.º"))),
        ("((Renvoi préjudiciel - Article 267 TFUE - Charte des droits fondamentaux de l’Union "
         "européenne - Article 47, deuxième alinéa, et article 48, paragraphe 1))",
         ("Charte des droits fondamentaux de l’Union européenne - Article 47, deuxième alinéa, "
          "et article 48, paragraphe 1",
          "articles 47, deuxième alinéa, et 48, paragraphe 1 CDFUE", "CFR", ("47", "48"))),
        ("(Prejudiciële verwijzing — Artikel 267 VWEU — Handvest van de grondrechten van de "
         "Europese Unie — Artikel 47, tweede alinea, en artikel 48, lid 1)",
         ("Handvest van de grondrechten van de Europese Unie — Artikel 47, tweede alinea, en "
          "artikel 48, lid 1", "artikelen 47, tweede alinea, en 48, lid 1 Handvest", "CFR",
          ("47", "48"))),
    ],
)  # fmt: skip
def test_a_further_article_with_its_word_in_the_treatys_keyword(
    text: str, expected: tuple[str, str, str, tuple[str, ...]]
) -> None:
    found = articles(text)
    assert found[-1] == expected
    assert eurefs.parse(expected[1]).normalized == expected[1]
