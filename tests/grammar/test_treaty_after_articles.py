"""What follows a treaty article's list (``eurefs.grammar.treaty_after_articles``): the
word referring back to the enacting formula's treaty also after a comma (``Article
218(9), thereof``), and further articles joined by a lead of several words (``in
conjunction with``), one list where the formula names the treaty, none where a treaty
named after the last article may be that article's alone."""

from __future__ import annotations

import pytest

import eurefs

_TFEU = "Having regard to the Treaty on the Functioning of the European Union, "


@pytest.mark.parametrize(
    ("text", "span", "normalized", "lang"),
    [
        # Council decisions on a position under Article 218(9) TFEU (as the EUR-Lex dataset
        # on dataverse.harvard.edu prints them): the first article was missed, and with the
        # comma before 'thereof' both were
        (_TFEU + "and in particular Article 207, in conjunction with Article 218(9) thereof,"
         " Having regard to the proposal", "Article 207, in conjunction with Article 218(9)",
         "Articles 207, 218(9) TFEU", "en"),
        (_TFEU + "and in particular Article 212(1), in conjunction with Article 218(9), "
         "thereof, Having regard to the proposal",
         "Article 212(1), in conjunction with Article 218(9)", "Articles 212(1), 218(9) TFEU",
         "en"),
        # the same formula in Maltese (Council Decision (EU) 2023/2600, EUR-Lex)
        ("Wara li kkunsidra t-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b’mod "
         "partikolari l-Artikolu 212, flimkien mal-Artikolu 218(9) tiegħu,",
         "Artikolu 212, flimkien mal-Artikolu 218(9)", "Artikoli 212, 218(9) TFUE", "mt"),
        # a single article with the comma before 'thereof' (was nothing)
        (_TFEU + "and in particular Article 114, thereof,", "Article 114", "Article 114 TFEU",
         "en"),
    ],
)  # fmt: skip
def test_further_articles_in_the_enacting_formula(
    text: str, span: str, normalized: str, lang: str
) -> None:
    (ref,) = eurefs.extract(text, short_forms=False)
    assert (ref.kind, ref.text, ref.normalized, ref.lang, ref.treaty) == (
        "treaty_article", span, normalized, lang, "TFEU",
    )  # fmt: skip
    assert eurefs.parse(normalized).normalized == normalized


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the treaty after the last article need not be the first's: each alone, as before
        ("Article 101, in conjunction with Article 4(3) TEU, requires",
         [("Article 4(3) TEU", "Article 4(3) TEU")]),
        ("the Court held that Article 4(3) TEU, in conjunction with Article 101 TFEU, precludes",
         [("Article 4(3) TEU", "Article 4(3) TEU"), ("Article 101 TFEU", "Article 101 TFEU")]),
        # a lead of one word still makes one list with the treaty after it
        ("Article 42 and Article 43(2) TFEU apply", [("Article 42 and Article 43(2) TFEU",
                                                      "Articles 42 and 43(2) TFEU")]),
    ],
)  # fmt: skip
def test_no_joint_list_before_a_named_treaty(text: str, found: list[tuple[str, str]]) -> None:
    refs = eurefs.extract(text, short_forms=False)
    assert [(r.text, r.normalized) for r in refs] == found


@pytest.mark.parametrize(
    "text",
    [
        # the norm chains of BGH judgments as juris writes them (nwb.de, BGH VI ZR 223/21 and
        # VI ZR 97/22): ``EUV 2016/679`` is the EU regulation, not the TEU (was 'Art 15
        # Abs 1 EUV', a treaty article of the TEU)
        "Gesetze: Art 15 Abs 1 EUV 2016/679, Art 15 Abs 3 EUV 2016/679",
        "Gesetze: Art 17 EUV 2016/679, Art 82 Abs 1 EUV 2016/679, Art 2 Abs 1 GG",
        # a commentary cited after it (Schaffland/Wiltfang, as RDV 1/2025 quotes it)
        "(Schaffland/ Wiltfang, DS-GVO/BDSG, 8. EL 2024, Art. 82 EUV 2016/679, Rn. 30a)",
        # an EC regulation so written
        "Art 81 EGV 1/2003",
    ],
)
def test_an_abbreviation_before_an_act_number_is_no_treaty(text: str) -> None:
    assert eurefs.extract(text, kinds="treaty_article") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the treaty itself, also in the same norm chain (BGH III ZR 174/17, nwb.de)
        ("Gesetze: Art 6 Abs 1 EURL 7/2011, § 288 Abs 5 S 1 BGB, Art 267 AEUV", "Art 267 AEUV"),
        ("nach Art. 6 EUV, 2016 geändert", "Art. 6 EUV"),
        ("Art. 6 EUV 2009 in der Fassung von Lissabon", "Art. 6 EUV"),
    ],
)
def test_the_treaty_stays_where_no_act_number_follows(text: str, span: str) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert ref.text == span


def test_an_abbreviation_that_leads_the_next_article_is_not_the_articles() -> None:
    # a norm chain of the Federal Administrative Court (BVerwG 1 C 3.14, jusmeum.de; pages
    # corpus), a line a treaty: Article 18 was read as the TFEU's, whose line follows
    text = "Rechtsquelle/n:\nGR-Charta Art. 18\nAEUV Art. 267\nRichtlinie 2011/95/EU Art. 2"
    refs = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"]
    assert [(r.text, r.treaty, r.articles) for r in refs] == [
        ("GR-Charta Art. 18", "CFR", ["18"]),
        ("AEUV Art. 267", "TFEU", ["267"]),
    ]
    # an abbreviation of no language that writes it first, the article's as before
    (ref,) = eurefs.extract("under Article 18 TFEU Article 19 of the Treaty", short_forms=False)
    assert (ref.text, ref.treaty) == ("Article 18 TFEU", "TFEU")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a line ends with its treaty, whatever article word the next line starts with:
        # only a language that writes the abbreviation before the article word (German,
        # Danish) may read it as leading the next line's article (the slides and lecture
        # notes of the pages corpus list ``[ex.Art.234 EC / Art.177 EEC]`` lines so)
        (
            "Articles 101 and 102 TFEU\nArt 101 TFEU\n",
            ["Articles 101 and 102 TFEU", "Art 101 TFEU"],
        ),
        ("Article 4 TEU\nArt. 5 TEU", ["Article 4 TEU", "Art. 5 TEU"]),
        ("articles 101 et 102 TFUE\nart. 107 TFUE", ["articles 101 et 102 TFUE", "art. 107 TFUE"]),
        ("artt. 101 e 102 TFUE\nart. 107 TFUE", ["artt. 101 e 102 TFUE", "art. 107 TFUE"]),
        (
            "artikelen 101 en 102 VWEU\nartikel 107 VWEU",
            ["artikelen 101 en 102 VWEU", "artikel 107 VWEU"],
        ),
        # German: the abbreviation leads (a norm chain), the article before has its own
        ("GR-Charta Art. 18\nAEUV Art. 267", ["GR-Charta Art. 18", "AEUV Art. 267"]),
        # Danish: ``TEUF artikel 102`` is the next article's
        ("TEUF artikel 101\nTEUF artikel 102", ["TEUF artikel 101", "TEUF artikel 102"]),
    ],
)
def test_an_abbreviation_leads_the_next_line_only_in_a_language_that_writes_it_first(
    text: str, spans: list[str]
) -> None:
    refs = eurefs.extract(text, kinds="treaty_article", short_forms=False)
    assert [r.text for r in refs] == spans
