"""German initialisms of the type words (``VO``, ``RL``): read only as written and with a
domain, ``VO`` also before a bare number in German words, its year in four figures or a
pinpoint before it, not right after a paper's word (``eurefs.grammar.legal_act_words``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.legal_acts import assert_one_act_reads


def _is_the_german_act(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    """``text`` holds one legal act, ``span``, read in German as ``normalized``."""
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, text[ref.start : ref.end], ref.lang) == (span, span, "de")
    assert (ref.normalized, ref.celex, ref.pinpoint) == (normalized, celex, pinpoint)
    assert eurefs.parse(ref.normalized).celex == celex


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "pinpoint"),
    [
        ("gemäß VO (EU) 2016/679", "VO (EU) 2016/679", "Verordnung (EU) 2016/679",
         "32016R0679", None),
        # an Austrian law journal (ecolex 2019)
        ("Mit VO (EU) 2018/1139 (Basic Regulation, BR) übernimmt der Unionsgesetzgeber",
         "VO (EU) 2018/1139", "Verordnung (EU) 2018/1139", "32018R1139", None),
        ("Die Brüssel I a-Verordnung (VO (EU) Nr. 1215/2012) regelt", "VO (EU) Nr. 1215/2012",
         "Verordnung (EU) Nr. 1215/2012", "32012R1215", None),
        ("VO (EG) Nr. 1907/2006", "VO (EG) Nr. 1907/2006", "Verordnung (EG) Nr. 1907/2006",
         "32006R1907", None),
        ("VO (EWG) Nr. 1408/71", "VO (EWG) Nr. 1408/71", "Verordnung (EWG) Nr. 1408/71",
         "31971R1408", None),
        ("Kartellverfahrens-VO (VO (EG) 1/2003)", "VO (EG) 1/2003", "Verordnung (EG) 1/2003",
         "32003R0001", None),
        # (the pinpoint right before it, no 'der' between: grammar/unlinked_pinpoints)
        ("nach Art 5 Abs 1 VO (EG) Nr 261/2004", "VO (EG) Nr 261/2004",
         "Verordnung (EG) Nr. 261/2004", "32004R0261", "Art 5 Abs 1"),
        # rechtslexikon.net
        ("Die RL 2006/123/EG v. 12. 12. 2006 (ABl. L 376/36) über Dienstleistungen",
         "RL 2006/123/EG", "Richtlinie 2006/123/EG", "32006L0123", None),
        ("die RL (EU) 2019/1937", "RL (EU) 2019/1937", "Richtlinie (EU) 2019/1937",
         "32019L1937", None),
        ("RL 89/391/EWG", "RL 89/391/EWG", "Richtlinie 89/391/EWG", "31989L0391", None),
        # a pinpoint before the act, as for the full word
        ("Art 6 Abs 1 lit f der VO (EU) 2016/679", "VO (EU) 2016/679",
         "Verordnung (EU) 2016/679", "32016R0679", "Art 6 Abs 1 lit f"),
        ("Art. 7 Abs. 1 der RL 2004/38/EG", "RL 2004/38/EG", "Richtlinie 2004/38/EG",
         "32004L0038", "Art. 7 Abs. 1"),
    ],
)  # fmt: skip
def test_an_initialism_with_a_domain_is_the_german_type_word(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    _is_the_german_act(text, span, normalized, celex, pinpoint)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "pinpoint"),
    [
        # the domain joined before the initialism, as a compound prefix: the LG Berlin's
        # headnote (57 S 44/07, jusmeum.de), a law firm's commentary (kanzlei-woicke.de),
        # ipwiki.de on Art. 81 III EGV, checklists in public repositories
        ("Ausgleichsleistung wegen Flugannulierung nach der EG-VO Nr. 261/2004 bei",
         "EG-VO Nr. 261/2004", "Verordnung Nr. 261/2004", "32004R0261", None),
        ("Online-Kommentar zur EU-VO 261/2004", "EU-VO 261/2004", "Verordnung 261/2004",
         "32004R0261", None),
        ("tritt ex lege ein (EU-VO 1/2003).", "EU-VO 1/2003", "Verordnung 1/2003",
         "32003R0001", None),
        ("13. EU-VO 2022/2554 (DORA), Art. 11–14", "EU-VO 2022/2554", "Verordnung 2022/2554",
         "32022R2554", None),
        ("Wertpapierhandel | MiFID-II (EU-RL 2014/65) |", "EU-RL 2014/65", "Richtlinie 2014/65",
         "32014L0065", None),
        ("nach Art. 7 der EG-VO 261/2004", "EG-VO 261/2004", "Verordnung 261/2004",
         "32004R0261", "Art. 7"),
        # ... or after it, by a hyphen (passagierrechte.org, on the right defendant)
        ("Die europäische Fluggastrechteverordnung VO-EG Nr. 261/2004 als Rechtsgrundlage",
         "VO-EG Nr. 261/2004", "Verordnung (EG) Nr. 261/2004", "32004R0261", None),
        ("gemäß Art. 2 der VO-EG Nr. 261/2004 jenes", "VO-EG Nr. 261/2004",
         "Verordnung (EG) Nr. 261/2004", "32004R0261", "Art. 2"),
        ("die VO-EU 2016/679", "VO-EU 2016/679", "Verordnung (EU) 2016/679", "32016R0679",
         None),
        # a pinpoint right before them, no 'der' between (pinpoints.unlinked_words)
        ("Das ist gemäß Art. 2 lit b VO-EG Nr. 261/2004 jenes", "VO-EG Nr. 261/2004",
         "Verordnung (EG) Nr. 261/2004", "32004R0261", "Art. 2 lit b"),
        ("innerhalb von 2 Monaten (Art. 7 Abs. 3 EU-RL 2023/970) das", "EU-RL 2023/970",
         "Richtlinie 2023/970", "32023L0970", "Art. 7 Abs. 3"),
        ("nach Art. 5 Abs. 3 EG-VO Nr. 261/2004.", "EG-VO Nr. 261/2004",
         "Verordnung Nr. 261/2004", "32004R0261", "Art. 5 Abs. 3"),
    ],
)  # fmt: skip
def test_an_initialism_with_its_domain_joined_by_a_hyphen_is_the_german_type_word(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    _is_the_german_act(text, span, normalized, celex, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen joins only a domain, in capitals, to an initialism in capitals
        "die VO-XY 2016/679",
        "die vo-eg 261/2004",
        "die eu-vo 2016/679",
        "die Verordnung-EG 261/2004",
        # a word before the domain (``Nicht-EU-``), a longer name ending in the capitals
        "eine Nicht-EU-VO 2016/679",
        "MEG-RL 207/2009 bp",
    ],
)
def test_a_hyphen_joins_no_other_word_to_an_initialism(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


def test_the_list_after_an_initialism_keeps_its_type() -> None:
    refs = eurefs.extract("RL 2006/123/EG und 2005/36/EG", kinds="legal_act")
    assert [(r.normalized, r.celex) for r in refs] == [
        ("Richtlinie 2006/123/EG", "32006L0123"),
        ("Richtlinie 2005/36/EG", "32005L0036"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no domain and a national author after it, as for the full word
        "die VO 2010/123 der Landesregierung",
        "VO Nr. 1/2014 der FMA",
        # a regulation numbered number first since 2015 is none (they are year first)
        "nach der VO 14/2020 gilt",
        # a year of two figures without a pinpoint before: the Berlin parliament numbers
        # the ordinances laid before it by its term and their number (see the sources)
        "die Senatsvorlage VO 16/128 nennt",
        "die VO 18/99 wurde beschlossen",
        "die VO 19/12 wurde beschlossen",
        "VO 1408/71 gilt",
        # RL only with its domain
        "RL 2010/123",
        "die RL 2019/1937",
        # other meanings, national gazettes
        "RL-Nr. 2010/123/EG",
        "BGBl. II Nr. 123/2010, VO des BMF",
        "VO vom 12. März 2010",
        # not written in capitals: no initialism (Slovak ``vo``, Italian text)
        "vo (EU) 2016/679",
        "Il vo (UE) 2016/679",
        "Vo (EU) 2016/679",
        # upper-case words in English text before a bare number: the words around tell
        # another language than the initialism's
        "The VO 2016/679 shows",
        "the VO 1/2003 of our team",
        "see RL 2019/1937 above",
    ],
)
def test_an_initialism_without_a_domain_or_in_lower_case_is_nothing(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "pinpoint"),
    [
        ("Nach VO 1/2003 gilt das.", "VO 1/2003", "Verordnung 1/2003", "32003R0001", None),
        ("nach der VO Nr. 1/2003 gilt", "VO Nr. 1/2003", "Verordnung Nr. 1/2003", "32003R0001",
         None),
        # the Swiss Federal Supreme Court's and the Basel court's way (see the record's sources)
        ("Art. 11 Abs. 3 lit. e VO 883/2004", "VO 883/2004", "Verordnung 883/2004",
         "32004R0883", "Art. 11 Abs. 3 lit. e"),
        ("gemäss Art. 11 VO Nr. 883/2004 und", "VO Nr. 883/2004", "Verordnung Nr. 883/2004",
         "32004R0883", "Art. 11"),
        ("gemäß Art. 5 VO 1215/2012 zuständig", "VO 1215/2012", "Verordnung 1215/2012",
         "32012R1215", "Art. 5"),
        ("nach Art. 22 der VO 44/2001", "VO 44/2001", "Verordnung 44/2001", "32001R0044",
         "Art. 22"),
        # Delegated Regulation (EU) 2015/2446 of 28 July 2015
        ("gemäß VO 2015/2446 vom 28.07.2015", "VO 2015/2446", "Verordnung 2015/2446",
         "32015R2446", None),
        # a year of two figures after a pinpoint
        ("Art. 3 VO 1408/71", "VO 1408/71", "Verordnung 1408/71", "31971R1408", "Art. 3"),
    ],
)  # fmt: skip
def test_vo_before_a_bare_number_in_german_words(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    _is_the_german_act(text, span, normalized, celex, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # a Berlin Senate submission, as a public repository cites it (see the record's
        # register_words)
        "Die ursprüngliche Senatsvorlage VO 16/128 nennt Richtung und Fläche",
        # councils number their papers VO, number and year ('VO/4680/2016' in Marburg,
        # 'Beschlussvorlage - 0456/2010' in Hagen): so written with a blank
        "Wahl von Mitgliedern der Betriebskommission (Vorlage VO 4680/2013)",
        "Beschlussvorlage - VO 0456/2010",
        "zur Haushaltssatzung 2014 (Drucksache: VO 0850/2014) aufmerksam",
        "Vorlagen-Nr. VO 1234/2013",
        "BR-Drs. VO 123/2013",
        "die Beschlussvorlage VO 2016/0850 wird beraten",
    ],
)
def test_vo_starting_the_number_of_a_parliaments_or_councils_paper_is_nothing(
    text: str,
) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "pinpoint"),
    [
        # a word between: the paper is about the regulation
        ("die Vorlage zur Auslegung der VO 1/2003", "VO 1/2003", "Verordnung 1/2003",
         "32003R0001", None),
        ("eine Vorlage zu Art. 11 VO 883/2004", "VO 883/2004", "Verordnung 883/2004",
         "32004R0883", "Art. 11"),
    ],
)  # fmt: skip
def test_vo_after_a_paper_and_other_words_is_the_regulation(
    text: str, span: str, normalized: str, celex: str, pinpoint: str | None
) -> None:
    _is_the_german_act(text, span, normalized, celex, pinpoint)


@pytest.mark.parametrize(
    ("text", "span", "normalized", "celex", "subtype"),
    [
        # German comments in public repositories ('EU-Drohnenverordnung DVO (EU) 2019/947',
        # 'Art. 8 DelVO (EU) 2024/1772', 'Del. VO (EU) 2023/2465 + DVO (EU) 2023/2466')
        ("gemäß EU-Drohnenverordnung DVO (EU) 2019/947 – inklusive", "DVO (EU) 2019/947",
         "Durchführungsverordnung (EU) 2019/947", "32019R0947", "implementing"),
        ("in der Fassung der DVO (EU) 2020/464.", "DVO (EU) 2020/464",
         "Durchführungsverordnung (EU) 2020/464", "32020R0464", "implementing"),
        ("Art. 8 DelVO (EU) 2024/1772", "DelVO (EU) 2024/1772",
         "Delegierte Verordnung (EU) 2024/1772", "32024R1772", "delegated"),
        ("die DelVO (EU) 2019/980 gilt", "DelVO (EU) 2019/980",
         "Delegierte Verordnung (EU) 2019/980", "32019R0980", "delegated"),
        # the compound prefix before the initialism, as before the word
        ("in DurchführungsVO (EU) 2019/947", "DurchführungsVO (EU) 2019/947",
         "Durchführungsverordnung (EU) 2019/947", "32019R0947", "implementing"),
    ],
)  # fmt: skip
def test_an_implementing_or_delegated_initialism_keeps_its_subtype(
    text: str, span: str, normalized: str, celex: str, subtype: str
) -> None:
    ref = assert_one_act_reads(text, span, normalized, celex, "de")
    assert ref.subtype == subtype


@pytest.mark.parametrize(
    "text",
    [
        # as for VO: only in capitals and with a domain (a Land's DVO is numbered so too)
        "die DVO 2019/947 des Landes",
        "DelVO 2019/980",
        "die Dvo (EU) 2019/947",
        "dvo (EU) 2019/947",
        "DELVO 2019/980",
    ],
)
def test_an_implementing_initialism_without_a_domain_is_nothing(text: str) -> None:
    assert [r for r in eurefs.extract(text) if r.kind == "legal_act"] == []


def test_an_initialism_in_an_english_sentence_is_read_as_the_german_it_is() -> None:
    # the language of a reference is the language of its words: ``VO`` is German only,
    # so the normal form is German and parses back to the same act
    (ref,) = eurefs.extract("under VO (EU) 2016/679 the controller shall", kinds="legal_act")
    assert (ref.text, ref.lang, ref.normalized) == (
        "VO (EU) 2016/679",
        "de",
        "Verordnung (EU) 2016/679",
    )
