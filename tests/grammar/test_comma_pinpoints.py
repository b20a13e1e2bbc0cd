"""A pinpoint after an act and a comma (``eurefs.grammar.comma_pinpoints``), as the Court's
summaries of judgments list the provisions under each keyword: ``(Council Directive 93/13,
Arts 4(2) and 8)`` (EUR-Lex 62008CJ0484_SUM in English, French and Dutch)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: C-484/08's summary; C-359/87's (an article after the treaty's); a digest
        ("(Council Directive 93/13, Arts 4(2) and 8)",
         ("Council Directive 93/13", "31993L0013", "Arts 4(2) and 8")),
        ("(EEC Treaty, Arts 48 and 51; Council Regulation No 1408/71, Art. 73)",
         ("Council Regulation No 1408/71", "31971R1408", "Art. 73")),
        ("Regulation No 1408/71, Article 13(2)", ("Regulation No 1408/71", "31971R1408",
                                                   "Article 13(2)")),
        # OSCOLA: the article word in lower case, no full stop
        ("Regulation 1/2003, art 23(2)", ("Regulation 1/2003", "32003R0001", "art 23(2)")),
        ("See Regulation No 1408/71, Article 13(2)(a). The worker",
         ("Regulation No 1408/71", "31971R1408", "Article 13(2)(a)")),
        # French: the paragraph sign, a list ended by ``et``; the author after the number
        ("(Directive du Conseil 93/13, art. 4, § 2, et 8)", ("93/13", "31993L0013",
                                                             "art. 4, § 2, et 8")),
        ("(directive 93/13 du Conseil, art. 6, § 1)", ("directive 93/13", "31993L0013",
                                                       "art. 6, § 1")),
        # Dutch (C-70/03's summary): the author between the act and the comma
        ("(Verdrag van Rome van 19 juni 1980, art. 5; richtlijn 93/13 van de Raad, art. 6, lid 2)",
         ("richtlijn 93/13", "31993L0013", "art. 6, lid 2")),
        ("(Richtlijn 93/13 van de Raad, art. 5 en 7, lid 2)", ("Richtlijn 93/13", "31993L0013",
                                                               "art. 5 en 7, lid 2")),
        # German
        ("(Richtlinie 93/13 des Rates, Art. 4 Abs. 2 und 8)", ("Richtlinie 93/13", "31993L0013",
                                                               "Art. 4 Abs. 2 und 8")),
        # German norm chains, no comma (pinpoints.after_blank); each was None: BFH on
        # nwb.de Dokument 465361 (the chain's end), the Court against Sweden on dried fodder
        # aid (Dokument 192248, a semicolon: below), the Court on the place of a testamentary
        # executor's services (mein.kiehl.de Dokument 282389), BFH VII R 8/01 (Dokument 76306)
        ("Gesetze: UStG 1993 § 4 Nr. 16 Buchst. e Richtlinie 77/388/EWG Art. 13 Teil A Abs. 1 "
         "Buchst. g\n\nInstanzenzug: (Verfahrensverlauf)",
         ("Richtlinie 77/388/EWG", "31977L0388", "Art. 13 Teil A Abs. 1 Buchst. g")),
        ("Gesetze: 6. Richtlinie 77/388/EWG Art. 9 Abs. 2 Buchst. e",
         ("Richtlinie 77/388/EWG", "31977L0388", "Art. 9 Abs. 2 Buchst. e")),
        ("Gesetze: TabStG § 4 Abs. 1 Nr. 2; Richtlinie 92/80/EWG Art. 3 Abs. 1",
         ("Richtlinie 92/80/EWG", "31992L0080", "Art. 3 Abs. 1")),
        # ... an annex and its point numbered with dots, as the norms of the BVerwG's
        # reference in Natumi list them, one a line (3 C 1.18 of 5 September 2019,
        # rechtsportal.de; pages corpus); was None
        ("Normen: VO (EG) 889/2008 Anhang IX Nr. 1.3\n\nBVerwG, Beschluss vom 05.09.2019",
         ("VO (EG) 889/2008", "32008R0889", "Anhang IX Nr. 1.3")),
        ("Normen: VO (EG) 889/2008 Anhang V Nr. 1; VO (EG) 834/2007 Art. 23",
         ("VO (EG) 834/2007", "32007R0834", "Art. 23")),
        ("(RL 2011/83/EU Anhang I)", ("RL 2011/83/EU", "32011L0083", "Anhang I")),
        # Spanish: the square bracket a summary closes a list holding round ones with (the
        # General Court's summary in T-472/13 Lundbeck, curia.europa.eu; pages corpus): was
        # None
        ("[Arts. 101 TFUE, ap. 1, y 263 TFUE; Reglamento (CE) n.º 1/2003 del Consejo, art. 2]",
         ("Reglamento (CE) n.º 1/2003", "32003R0001", "art. 2")),
    ],
)  # fmt: skip
def test_a_pinpoint_after_a_comma_ending_the_citation(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _acts(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the article may be another act's, a treaty's, or the sentence's subject
        "Under Directive 93/13, Article 3 requires Member States to act.",
        "Under Directive 93/13, Article 3 of the Law applies.",
        "Having regard to Directive 93/13, Article 169 TFEU and the Charter",
        "(Directive 93/13, Article 95 EC)",
        # ... or the citation goes on: no end after the article
        "Regulation No 1408/71, Article 13(2), which lays down the rule",
        "Regulation No 1408/71, Article 13(2) and the national law",
        "[Regulation No 1408/71, Article 13(2) of the national law]",
        # no article word after the comma
        "Regulation No 1408/71, 13(2))",
        "Directive 93/13, as amended, Article 5)",
        # German after a blank: the chain goes on in running text, a treaty's article, a
        # full stop (perhaps a roman number's, ``Buchst. g I. Die``); (a line break before
        # the next line ends the item: ``tests/grammar/test_norm_chain_line_ends.py``)
        "nach Richtlinie 2006/112/EG Art. 168 ist der Vorsteuerabzug zulässig",
        "Die Richtlinie 2006/112/EG Art. 113 AEUV; und",
        "nach Richtlinie 2006/112/EG Art. 168. Der Kläger",
        # ... and so with an annex
        "Die VO (EG) 889/2008 Anhang IX regelt die Zutaten.",
        "nach VO (EG) 889/2008 Anhang IX. Die Zutat",
    ],
)
def test_no_pinpoint_where_the_citation_does_not_end_with_it(text: str) -> None:
    assert [p for _, _, p in _acts(text)] == [None]


def test_a_norm_chain_pinpoint_before_a_semicolon() -> None:
    text = "Gesetze: Sechste Richtlinie 77/388/EWG Art. 11; VO EG Nr. 603/95"
    assert _acts(text)[0] == ("Richtlinie 77/388/EWG", "31977L0388", "Art. 11")


def test_a_norm_chain_annex_before_a_semicolon() -> None:
    text = "Normen: VO (EG) 889/2008 Anhang V Nr. 1; VO (EG) 834/2007 Art. 23"
    assert _acts(text)[0] == ("VO (EG) 889/2008", "32008R0889", "Anhang V Nr. 1")


def test_each_act_of_a_list_by_semicolons_takes_its_own() -> None:
    acts = _acts("(Regulation (EU) 2016/679, Article 6(1)(f) ; Directive 95/46/EC, Article 7(f))")
    assert acts == [
        ("Regulation (EU) 2016/679", "32016R0679", "Article 6(1)(f)"),
        ("Directive 95/46/EC", "31995L0046", "Article 7(f)"),
    ]


def test_a_pinpoint_before_the_act_wins() -> None:
    acts = _acts("Article 5 of Directive 93/13, Article 6)")
    assert acts == [("Directive 93/13", "31993L0013", "Article 5")]


def test_the_pinpoint_is_outside_the_span() -> None:
    text = "(Council Directive 93/13, Arts 4(2) and 8)"
    (ref,) = eurefs.extract(text)
    assert text[ref.start : ref.end] == "Council Directive 93/13"


def test_a_finnish_pinpoint_after_the_act_is_read_as_before() -> None:
    # Finnish writes the pinpoint after the act without a comma
    # (after_pinpoint_patterns.after_source)
    (ref,) = eurefs.extract("(Neuvoston direktiivin 93/13 6 artiklan 1 kohta)")
    assert ref.pinpoint == "6 artiklan 1 kohta"


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # the General Court's summary of T-394/08 Regione autonoma della Sardegna, Estonian
        # (ECLI:EU:T:2011:493, curia.europa.eu; pages corpus): the languages that write the
        # pinpoint after the act write it so after the summary's comma; was none
        ("(EÜ artikli 88 lõige 2; nõukogu määrus nr 659/1999, artikli 6 lõige 1 ja "
         "artikkel 7)", ["artikli 6 lõige 1 ja artikkel 7"]),
        ("(EÜ artiklid 87 ja 88; nõukogu määrus nr 659/1999, artikli 10 lõige 1)",
         ["artikli 10 lõige 1"]),
        # ... only where it ends the citation, as in the other languages
        ("nõukogu määrus nr 659/1999, artikli 6 lõige 1 sätestab, et", [None]),
    ],
)  # fmt: skip
def test_a_pinpoint_written_after_the_act_after_a_comma(
    text: str, pinpoints: list[str | None]
) -> None:
    assert [a[2] for a in _acts(text)] == pinpoints
    assert [a[1] for a in _acts(text)] == ["31999R0659"]


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # the norm chains of the Federal Administrative Court write the annex 'Anh' (BVerwG
        # 3 C 22.11 and 3 B 67.15, haufe.de; pages corpus); was no pinpoint
        ("Normenkette\nEGV 796/2004 Art. 2 Nr. 2; EGV 1782/2003 Anh IX", ["Art. 2 Nr. 2",
                                                                         "Anh IX"]),
        ("Normenkette\nEWGRL 432/64 Anh B Nr. 2.2.1; EGV 1226/2002; RindTbV §§ 1, 13",
         ["Anh B Nr. 2.2.1", None]),
        # in running text an annex after an act may be another's: none, as before
        ("nach EGV 1782/2003 Anh IX des Abkommens", [None]),
    ],
)  # fmt: skip
def test_an_annex_abbreviated_in_a_norm_chain(text: str, pinpoints: list[str | None]) -> None:
    assert [r.pinpoint for r in eurefs.extract(text, kinds="legal_act")] == pinpoints  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "amending"),
    [
        # the Court's summary of Boxus, C-128/09 (EUR-Lex 62009CJ0128, Dutch; pages corpus):
        # the article is Directive 85/337's as amended, it went to Directive 2003/35
        ("(Richtlijn 85/337 van de Raad, zoals gewijzigd bij richtlijn 2003/35, art. 1, lid 5)",
         "richtlijn 2003/35"),
        ("(Council Directive 85/337, as amended by Directive 2003/35, Art. 1(5))",
         "Directive 2003/35"),
        ("(Richtlinie 85/337 des Rates in der Fassung der Richtlinie 2003/35, Art. 1 Abs. 5)",
         "Richtlinie 2003/35"),
        ("(directive 85/337 du Conseil, telle que modifiée par la directive 2003/35, art. 1, "
         "paragraphe 5)", "directive 2003/35"),
        # the summary of the judgment in C-361/10 Intercommunale Intermosane (EUR-Lex, MT;
        # pages corpus): the article went to Directive 98/48, the article glued to it
        ("(Direttiva tal-Parlament Ewropew u tal-Kunsill 98/34, kif emendata bid-Direttiva "
         "98/48, Artikolu 1(11))", "Direttiva 98/48"),
    ],
)  # fmt: skip
def test_no_pinpoint_after_a_comma_for_an_amending_act(text: str, amending: str) -> None:
    pinpoints = {r.text: r.pinpoint for r in eurefs.extract(text) if r.kind == "legal_act"}
    assert amending in pinpoints
    assert pinpoints[amending] is None


def test_an_act_after_other_words_keeps_its_pinpoint_after_a_comma() -> None:
    # (the amended act itself, and an act after a title's 'amending', keep theirs)
    assert _acts("(Council Directive 85/337, Art. 1(5))")[0][2] == "Art. 1(5)"
    assert _acts("(Richtlijn 85/337 van de Raad, art. 1, lid 5)")[0][2] == "art. 1, lid 5"


def test_each_line_of_a_norm_list_takes_the_article_after_its_act() -> None:
    # the norms over the BVerwG's order for a reference, 3 C 1.18 of 5 September 2019
    # (rechtsportal.de; pages corpus): each line's article was lost where the next line
    # starts with an act; the closing bracket of a range of points stays in the pinpoint
    text = (
        "Normen:\nVO (EG) Nr. 834/2007 Art. 19 Abs. 2 Buchst. b und c\n"
        "VO (EG) Nr. 834/2007 Art. 23\nVO (EG) Nr. 889/2008 Art. 22\n"
        "VO (EG) 834/2007 Art. 19 Abs. 2 Buchst. b)-c)\nVO (EG) 889/2008 Anhang IX Nr. 1.3\n"
        "VO (EG) 834/2007 Art. 23 Abs. 1 S. 2\n"
    )
    assert [r.pinpoint for r in eurefs.extract(text, kinds="legal_act")] == [  # type: ignore[attr-defined]
        "Art. 19 Abs. 2 Buchst. b und c", "Art. 23", "Art. 22",
        "Art. 19 Abs. 2 Buchst. b)-c)", "Anhang IX Nr. 1.3", "Art. 23 Abs. 1 S. 2",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # norms apart by commas (LSG Bayern, L 16 AS 847/12 of 19 June 2013, asyl.net M21165;
        # pages corpus): the article before the next act or a national law's paragraph
        ("Normen: RL 2004/38/EG Art. 24 Abs. 2, VO 883/2004 Art. 4, SGB II § 7 Abs. 1 S. 2 Nr. 2,",
         ["Art. 24 Abs. 2", "Art. 4"]),
        # juris's abbreviations (see abbreviated_acts): the first act's, never the second's
        ("Gesetze: EGRL 96/2003 Art 17 Abs 1 Buchst a, EGRL 96/2003 Art 2 Abs 5 Buchst b, § 1",
         ["Art 17 Abs 1 Buchst a", None]),
        # the norms over the BFH's judgment VII R 22/14 of 5 May 2015 (rechtsportal.de; pages
        # corpus), one a line: the next line's national law is marked as the old version
        # (``a.F.``) before its paragraph (the second article was lost)
        ("Normen:\nBranntwMonG a.F. § 132 Abs. 1 Nr. 1\nBranntwMonG § 152 Abs. 1 Nr. 1\n"
         "Richtlinie 92/83/EWG Art. 27 Abs. 1 Buchst. d\nRichtlinie 2001/83/EG Art. 1 Nr. 2\n"
         "BranntwMonG a.F. § 132 Abs. 1 Nr. 1\n", ["Art. 27 Abs. 1 Buchst. d", "Art. 1 Nr. 2"]),
        # the same norms on one line apart by commas, as the LSG Bayern's above: the mark
        # (the record's ``pinpoints.version_marks``) ends the item before it
        ("Normen: Richtlinie 92/83/EWG Art. 27 Abs. 1 Buchst. d, Richtlinie 2001/83/EG Art. 1 "
         "Nr. 2, BranntwMonG a.F. § 132 Abs. 1 Nr. 1",
         ["Art. 27 Abs. 1 Buchst. d", "Art. 1 Nr. 2"]),
        ("Richtlinie 2001/83/EG Art. 1 Nr. 2 n.F. § 132", [None]),
        ("Gemäß Richtlinie 2004/38/EG Art. 24 und BGB § 1 gilt", [None]),
        # in prose an article after an act is none of its, nor before a word that starts no act
        ("Nach der Richtlinie 2003/88/EG Art. 7 sieht vor, dass VO 1/2003 gilt.", [None, None]),
        ("VO (EG) 834/2007 Art. 23 VO ist anzuwenden", [None]),
    ],
)  # fmt: skip
def test_a_norm_list_s_article_before_the_next_act(text: str, pinpoints: list[str | None]) -> None:
    assert [r.pinpoint for r in eurefs.extract(text, kinds="legal_act")] == pinpoints  # type: ignore[attr-defined]


def test_a_norm_after_a_colon_with_its_articles_apart_by_semicolons() -> None:
    # the head of a note in jusIT 2010/5 (360.lexisnexis.at; pages corpus): the act, a
    # colon and its articles, one apart by a semicolon, over the next law's line (was
    # nothing: the colon led no pinpoint)
    text = (
        "VO (EG) 874/2004 : Art 21 Abs 1, Abs 3; Art 22\nUWG: §§ 1, 9\n"
        "1. Eine Vorabentscheidung des EuGH bindet sowohl das vorlegende Gericht als auch alle "
        "anderen Gerichte, die in derselben Sache zu entscheiden haben."
    )
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, ref.pinpoint) == ("VO (EG) 874/2004", "Art 21 Abs 1, Abs 3; Art 22")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # a semicolon before the next item's act ends the item (nwb.de Dokument 192248)
        ("Gesetze: Sechste Richtlinie 77/388/EWG Art. 11; VO EG Nr. 603/95", ["Art. 11", None]),
        # a colon in prose leads no pinpoint: it must end the item
        ("Die Richtlinie 2003/88/EG: Art. 7 regelt den Urlaub.", [None]),
        ("Nach der Richtlinie 2003/88/EG : Art. 7 gilt für alle", [None]),
    ],
)  # fmt: skip
def test_no_pinpoint_past_the_item(text: str, pinpoints: list[str | None]) -> None:
    assert [r.pinpoint for r in eurefs.extract(text, kinds="legal_act")] == pinpoints  # type: ignore[attr-defined]
