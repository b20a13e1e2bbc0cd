"""The Treaty on European Union as numbered from Amsterdam to Lisbon (1999-2009), as the
Court abbreviated it (``Article 35 EU``, ``article 35 UE``, ``Art. 35 Abs. 1 EU``): a
treaty of its own (``EU``), read only where the citation ends after the abbreviation, which
is also a word of prose (``Article 6 EU law``); and a treaty's abbreviation that is also a
domain of acts before an act's type word (``Article 5 EC Regulation 1234/2007``): no
treaty.  ``eurefs/grammar/treaty_after_articles.py``, the records' ``treaties``."""

from __future__ import annotations

import pytest

import eurefs

_EN_AVDW = (
    "(Police and judicial cooperation in criminal matters – Articles 6(2) EU and 34(2)(b) EU"
    " – Framework Decision 2002/584/JHA"
)


def _treaty_articles(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (r.text, r.normalized, r.treaty, r.lang)  # type: ignore[union-attr]
        for r in eurefs.extract(text, short_forms=False)
        if r.kind == "treaty_article"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Court's judgments of the time (sources in the records; each was nothing)
        ("Article 35 EU", [("Article 35 EU", "Article 35 EU", "EU", "en")]),
        (_EN_AVDW,
         [("Articles 6(2) EU and 34(2)(b) EU", "Articles 6(2) and 34(2)(b) EU", "EU", "en")]),
        ("(Arts 34(2)(b) EU and 35(1) EU)",
         [("Arts 34(2)(b) EU and 35(1) EU", "Articles 34(2)(b) and 35(1) EU", "EU", "en")]),
        ("(Art. 34(2) EU; Council Framework Decision 2002/584, Art. 31(1))",
         [("Art. 34(2) EU", "Article 34(2) EU", "EU", "en")]),
        ("Under Article 35(1) EU, the Court has jurisdiction",
         [("Article 35(1) EU", "Article 35(1) EU", "EU", "en")]),
        # beside the EC Treaty's, each its own treaty (was the EC one alone)
        ("Article 6(2) EU and Article 234 EC",
         [("Article 6(2) EU", "Article 6(2) EU", "EU", "en"),
          ("Article 234 EC", "Article 234 EC", "EC", "en")]),
        ("(Art. 34 Abs. 2 Buchst. b EU und 35 Abs. 1 EU)",
         [("Art. 34 Abs. 2 Buchst. b EU und 35 Abs. 1 EU",
           "Artikel 34 Abs. 2 Buchst. b und 35 Abs. 1 EU", "EU", "de")]),
        # (a word in small letters after it continues no German noun phrase)
        ("Nach Art. 35 Abs. 1 EU entscheidet der Gerichtshof",
         [("Art. 35 Abs. 1 EU", "Artikel 35 Abs. 1 EU", "EU", "de")]),
        ("– Artikelen 6, lid 2, EU en 34, lid 2, sub b, EU – Kaderbesluit 2002/584/JBZ",
         [("Artikelen 6, lid 2, EU en 34, lid 2, sub b, EU",
           "artikelen 6, lid 2 en 34, lid 2, sub b EU", "EU", "nl")]),
        ("naast art. 249 derde alinea, EG ook art. 34 lid 2 sub b, EU.",
         [("art. 249 derde alinea, EG", "artikel 249 derde alinea EG", "EC", "nl"),
          ("art. 34 lid 2 sub b, EU", "artikel 34 lid 2 sub b EU", "EU", "nl")]),
        ("[Art. 34, stk. 2, litra b), EU og art. 35, stk. 1, EU]",
         [("Art. 34, stk. 2, litra b), EU", "artikel 34, stk. 2, litra b) EU", "EU", "da"),
          ("art. 35, stk. 1, EU", "artikel 35, stk. 1 EU", "EU", "da")]),
        ("pénale — Articles 34 UE et 35 UE — Décision-cadre 2001/220/JAI",
         [("Articles 34 UE et 35 UE", "articles 34 et 35 UE", "EU", "fr")]),
        ("ai sensi dell'art. 35, n. 1, UE, la Corte",
         [("art. 35, n. 1, UE", "articolo 35, n. 1 UE", "EU", "it")]),
        ("con arreglo al artículo 35 UE, por el Juez de Instrucción",
         [("artículo 35 UE", "artículo 35 UE", "EU", "es")]),
        ("Nos termos do artigo 35.°, n.° 1, UE, o Tribunal de Justiça",
         [("artigo 35.°, n.° 1, UE", "artigo 35.º, n.º 1 UE", "EU", "pt")]),
        ("σύμφωνα με το άρθρο 35, παράγραφος 1, ΕΕ, το Δικαστήριο",
         [("άρθρο 35, παράγραφος 1, ΕΕ", "άρθρο 35, παράγραφος 1 ΕΕ", "EU", "el")]),
    ],
)  # fmt: skip
def test_the_former_eu_treaty(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _treaty_articles(text) == expected


def test_the_normal_form_reads_back() -> None:
    for normal in ("Article 35 EU", "Artikel 35 Abs. 1 EU", "article 35 UE", "artículo 35 UE"):
        ((_, again, treaty, _),) = _treaty_articles(normal)
        assert (again, treaty) == (normal, "EU")


@pytest.mark.parametrize(
    "text",
    [
        # prose: the Union before a noun, an act's name or an act
        "Article 6 EU law",
        "Article 6 EU citizens",
        "Article 7 TEU, 27 EU Member States",
        "Article 5 EU GDPR",
        "Article 17 EU Regulation 2016/679",
        "Article 5 EU Directive 2019/1937",
        "Articles 6 EU and 7 EU law",
        "Art. 6 EU DSGVO",
        "Art. 6 Abs. 1 EU-DSGVO",
        "l'article 6 UE RGPD",
        "l'article 6 UE règlement",
        "άρθρο 5 ΕΕ ΓΚΠΔ",
        # a conjunction before no article: the sentence goes on
        "under Article 5 EU and national law",
        # a bare number before a comma: the Union is the sentence's subject
        "Under Article 3, EU institutions must act.",
        "Under Article 3, EU.",
        # never before the article word, nor opening a bracket
        "the EU Art. 5 of the GDPR",
        "(EU, Art. 5)",
    ],
)
def test_prose_is_no_treaty(text: str) -> None:
    assert [r for r in _treaty_articles(text) if r[2] == "EU"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a domain of acts before a type word: the act's article (was Article 5 EC)
        ("Article 5 EC Regulation 1234/2007", None),
        ("Article 5 EEC Regulation 1234/2007", None),
        ("Article 12 EC Directive 2004/38", None),
        ("Article 5 EC Implementing Regulation 2021/1", None),
        # ... or before an act's name ending in one (L. Bygrave's article 'Minding the
        # Machine: Article 15 of the EC Data Protection Directive and Automated Profiling'
        # in a GDPR commentary's bibliography, dokumen.tips, pages corpus: was Article 15 EC)
        ("Article 15 of the EC Data Protection Directive and Automated Profiling", None),
        # an author between: the treaty's article, as before
        ("Article 82 EC Commission Decision", "Article 82 EC"),
        # no act's domain: the treaty's article (docs/recognition.md)
        ("Article 114 TFEU Directive 2019/1937", "Article 114 TFEU"),
        # the treaty's own name
        ("Article 12 EEC Treaty", "Article 12 EEC Treaty"),
        ("Article 234 EC.", "Article 234 EC"),
    ],
)
def test_a_domain_before_a_type_word_is_the_acts(text: str, span: str | None) -> None:
    assert [r[0] for r in _treaty_articles(text)] == ([span] if span else [])
