"""Acts named by an abbreviation of their type and domain, as the norm chains of German
court decisions (juris) write them (``grammar/abbreviated_acts``)."""

from __future__ import annotations

import pytest

import eurefs

# (text, span, CELEX, normal form, pinpoint); where each shape was seen
FOUND = [
    # judicialis.de, OVG Rheinland-Pfalz 8 A 11153/07.OVG: 'EGVO' for an EC regulation
    # ('Vorschriften: ... EGVO 2419/2001 Art. 49 Abs. 4'; the decision: 'Art. 49 Abs. 4 VO
    # (EG) Nr. 2419/2001'); was nothing
    (
        "Vorschriften:\nMOG § 10\nEGVO 2419/2001 Art. 49 Abs. 4\n\nVwVfG § 42",
        "EGVO 2419/2001",
        "32001R2419",
        "Verordnung (EG) Nr. 2419/2001",
        "Art. 49 Abs. 4",
    ),
    (
        "Rechtsgebiete: MOG, EGVO 1782/2003, VwVfG",
        "EGVO 1782/2003",
        "32003R1782",
        "Verordnung (EG) Nr. 1782/2003",
        None,
    ),
    # nwb.de, BGH VI ZR 223/21: 'Gesetze: Art 15 Abs 1 EUV 2016/679, Art 15 Abs 3 EUV 2016/679'
    (
        "Gesetze: Art 15 Abs 1 EUV 2016/679, Art 15 Abs 3 EUV 2016/679",
        "EUV 2016/679",
        "32016R0679",
        "Verordnung (EU) 2016/679",
        "Art 15 Abs 1",
    ),
    # a commentary's title as RDV 1/2025 quotes it (rdv-online.com, OLG Dresden 4 U 940/24)
    (
        "(Schaffland/ Wiltfang, DS-GVO/BDSG, 8. EL 2024, Art. 82 EUV 2016/679, Rn. 30a)",
        "EUV 2016/679",
        "32016R0679",
        "Verordnung (EU) 2016/679",
        "Art. 82",
    ),
    # nwb.de, BGH III ZR 174/17, whose Leitsatz cites 'Richtlinie 2011/7/EU': a directive
    # number first
    (
        "Gesetze: Art 6 Abs 1 EURL 7/2011, Art 6 Abs 3 EURL 7/2011, § 288 Abs 5 S 1 BGB",
        "EURL 7/2011",
        "32011L0007",
        "Richtlinie 2011/7/EU",
        "Art 6 Abs 1",
    ),
    # haufe.de, BFH VII R 50/09: 'Normenkette EnergieStG ...; EGRL 96/2003 Art. 2 Abs. 4'
    # (the pinpoint after the act, as the chain's last item ends: was None)
    (
        "EnergieStV § 95; EGRL 96/2003 Art. 2 Abs. 4",
        "EGRL 96/2003",
        "32003L0096",
        "Richtlinie 2003/96/EG",
        "Art. 2 Abs. 4",
    ),
    # haufe.de, BFH V R 28/04, whose Leitsatz cites 'Richtlinie 77/388/EWG' (the pinpoint
    # after the act, the chain's last item: was None)
    (
        "UStG 1993 § 4 Nr. 21 Buchst. b; EWGRL 388/77 Art. 13 Teil A Abs. 1 Buchst. i, Abs. 2",
        "EWGRL 388/77",
        "31977L0388",
        "Richtlinie 77/388/EWG",
        "Art. 13 Teil A Abs. 1 Buchst. i, Abs. 2",
    ),
    # nwb.de, BSG (Dokument 801677): 'Art 42 EGVtr, ..., Art 1 Buchst g EWGV 1408/71, ...'
    (
        "Art 251 EGVtr, Art 1 Buchst g EWGV 1408/71, EGBes 1031/2000",
        "EWGV 1408/71",
        "31971R1408",
        "Verordnung (EWG) Nr. 1408/71",
        "Art 1 Buchst g",
    ),
    # ... and a decision of the EC, number first: 'Beschluss Nr 1031/2000/EG des Europäischen
    # Parlaments und des Rates ... (EGBes 1031/2000 - ABL L117 EG vom , 1)' in the same
    # judgment's text (was nothing); the normal form as written (the series is not said)
    (
        "Art 251 EGVtr, Art 1 Buchst g EWGV 1408/71, EGBes 1031/2000",
        "EGBes 1031/2000",
        "32000D1031",
        "EGBes 1031/2000",
        None,
    ),
    (
        'des gemeinschaftlichen Aktionsprogramms "Jugend" (EGBes 1031/2000 - ABL L117 EG vom , 1).',
        "EGBes 1031/2000",
        "32000D1031",
        "EGBes 1031/2000",
        None,
    ),
    # nwb.de, BSG B 4 AS 14/10 R: in the norm chain and in the Leitsatz's running text
    (
        "Art 10a Abs 1 S 1 EWGV 1408/71, Art 7 Abs 2 EWGV 1612/68",
        "EWGV 1408/71",
        "31971R1408",
        "Verordnung (EWG) Nr. 1408/71",
        "Art 10a Abs 1 S 1",
    ),
    (
        "eine beitragsunabhängige Geldleistung iS der EWGV 1408/71 (Fortführung von ...)",
        "EWGV 1408/71",
        "31971R1408",
        "Verordnung (EWG) Nr. 1408/71",
        None,
    ),
]


@pytest.mark.parametrize(("text", "span", "celex", "normalized", "pinpoint"), FOUND)
def test_an_abbreviated_act_is_read(
    text: str, span: str, celex: str, normalized: str, pinpoint: str | None
) -> None:
    ref = next(r for r in eurefs.extract(text, kinds="legal_act") if r.text == span)
    found = (ref.celex, ref.normalized, ref.pinpoint, ref.lang)
    assert found == (celex, normalized, pinpoint, "de")
    assert text[ref.start : ref.end] == span


def test_each_act_of_a_chain_has_its_own_pinpoint() -> None:
    text = "Gesetze: Art 15 Abs 1 EUV 2016/679, Art 15 Abs 3 EUV 2016/679"
    refs = eurefs.extract(text)
    assert [(r.kind, r.text, r.pinpoint) for r in refs] == [
        ("legal_act", "EUV 2016/679", "Art 15 Abs 1"),
        ("legal_act", "EUV 2016/679", "Art 15 Abs 3"),
    ]


def test_the_treaties_stay_beside_the_acts() -> None:
    # nwb.de, BGH III ZR 174/17: the chain ends in a treaty article
    text = "Gesetze: Art 6 Abs 3 EURL 7/2011, § 288 Abs 5 S 3 BGB, Art 267 AEUV"
    refs = eurefs.extract(text)
    assert [(r.kind, r.text) for r in refs] == [
        ("legal_act", "EURL 7/2011"),
        ("treaty_article", "Art 267 AEUV"),
    ]
    (teu,) = eurefs.extract("nach Art. 6 EUV, 2016 geändert")
    assert (teu.kind, teu.text, teu.treaty) == ("treaty_article", "Art. 6 EUV", "TEU")


def test_the_ec_treaty_as_juris_abbreviates_it() -> None:
    # nwb.de, BSG (Dokument 801677): 'Art 42 EGVtr, Art 149 EGVtr, Art 251 EGVtr' (was nothing)
    text = "§ 3 SozDiG, Art 42 EGVtr, Art 149 EGVtr, Art 251 EGVtr, EGBes 1031/2000, Art 3 GG"
    refs = eurefs.extract(text)
    assert [(r.kind, r.text, r.normalized) for r in refs] == [
        ("treaty_article", "Art 42 EGVtr", "Artikel 42 EG"),
        ("treaty_article", "Art 149 EGVtr", "Artikel 149 EG"),
        ("treaty_article", "Art 251 EGVtr", "Artikel 251 EG"),
        ("legal_act", "EGBes 1031/2000", "EGBes 1031/2000"),
    ]
    assert {r.treaty for r in refs[:3]} == {"EC"}
    # no treaty glued to a word, nor in lower case
    assert eurefs.extract("Art 42 EGVtrag und Art 42 egvtr") == []


@pytest.mark.parametrize(
    ("text", "celex"),
    [
        # either half is the year only one way (a directive number below 1000 before 2015,
        # a year the domain had acts in): constructed from the acts' own numbers
        ("EGRL 46/95", "31995L0046"),  # 95/46/EC: no EC act of 1946
        ("EWGRL 13/93", "31993L0013"),  # 93/13/EEC: no EEC act of 2013
        ("EURL 2019/1937", "32019L1937"),  # (EU) 2019/1937, year first as numbered since 2015
        ("EURL 2018/1972", "32018L1972"),  # no EU act of 1972
        ("EWGV 95/93", "31993R0095"),  # a regulation number first before 2015
        ("EUV 1215/2012", "32012R1215"),
        # a decision of the EC either way round (2000/520/EC, constructed)
        ("EGBes 2000/520", "32000D0520"),
        ("EGBes 520/2000", "32000D0520"),
    ],
)
def test_the_number_names_one_act(text: str, celex: str) -> None:
    (ref,) = eurefs.extract(text)
    assert ref.celex == celex


def test_a_directive_number_that_reads_both_ways_is_number_first() -> None:
    # the BFH's VII R 22/14 of 5 May 2015 (urteile-gesetze.de; pages corpus) cites 'Art 27
    # Abs 1 Buchst d EWGRL 83/92' among its 'Zitierte Gesetze', its headnote 'Art. 27 Abs. 1
    # Buchst. d der Richtlinie 92/83/EWG': juris writes every directive number first (both
    # halves EEC years: it was no CELEX, 31992L0083 and 31983L0092 its candidates)
    text = "Zitierte Gesetze\n§ 152 Abs 1 Nr 1 BranntwMonG\nArt 27 Abs 1 Buchst d EWGRL 83/92\n"
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.text, ref.celex, ref.normalized) == (
        "EWGRL 83/92",
        "31992L0083",
        "Richtlinie 92/83/EWG",
    )
    assert ref.pinpoint == "Art 27 Abs 1 Buchst d"  # type: ignore[attr-defined]
    assert eurefs.parse(ref.normalized).celex == "31992L0083"
    # (85/64/EEC, not 64/85/EEC: constructed)
    assert eurefs.extract("EWGRL 64/85")[0].celex == "31985L0064"


@pytest.mark.parametrize(
    "text",
    [
        "EUV 679/2016",  # no regulation is numbered number first since 2015
        "EUV 2/2019",
        "EGRL 78/1990",  # no EC act before 1993
        "EWGRL 12/2001",  # no EEC act after 1993
        "EURL 1200/2010",  # no directive series reached 1000 before 2015
        "EGBes 12/2012",  # no EC act after 2009 (nor before 1993: 'EGBes 64/85')
        "EGBes 64/85",
        "EGBes 97/98",  # a span of years
        "egbes 1031/2000",
        "euv 2016/679",  # the abbreviations are capitals
        "DEUV 2016/679",  # inside a word
        "EUV 2016/679/EU",
        # a span of years (EUV is also extreme ultraviolet lithography)
        "die Umsätze mit EUV 2020/2021 stiegen",
        "EGV 2019/20",
        "Art 6 EUV 2009 in der Fassung von Lissabon",
    ],
)
def test_no_act_where_no_number_of_the_domain_fits(text: str) -> None:
    assert eurefs.extract(text, kinds="legal_act") == []


def test_the_normal_form_parses_back() -> None:
    ref = eurefs.parse("EUV 2016/679")
    assert (ref.celex, ref.normalized) == ("32016R0679", "Verordnung (EU) 2016/679")
    assert eurefs.parse(ref.normalized).celex == ref.celex


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # the 'Normenkette' of BFH VII R 50/88 of 5 April 1990 and of BFH VII R 52/05 of 8
        # November 2006 (haufe.de; pages corpus): the pinpoint after the act, the chain's
        # item ended by its semicolon; each was None
        ("Normenkette\nBGB § 242; EWGV 1697/79 Art. 5 Abs. 2; ZG § 12 Abs. 1; AZO § 20 Abs. 1 "
         "Nr. 4", ["Art. 5 Abs. 2"]),
        # (the chain's last item, 'EWGV 800/1999', is no act: no EEC act in 1999)
        ("Normenkette\nEWGV 3665/87 Art. 11 Abs. 3; EWGV 32/82 Art. 2; EWGV 800/1999 Art. 52 "
         "Abs. 1, 4\nVerfahrensgang", ["Art. 11 Abs. 3", "Art. 2"]),
        # ... as a directive's, without the dots ('Richtlinie 77/388/EWG Art 13 Teil A' was read)
        ("Normen: EWGRL 388/77 Art 13 Teil A Abs 1 Buchst g", ["Art 13 Teil A Abs 1 Buchst g"]),
        # in running text the article may be another's: none
        ("nach EWGV 1697/79 Art. 5 Abs. 2 des Zollkodex", [None]),
    ],
)  # fmt: skip
def test_the_pinpoint_after_the_act_in_a_norm_chain(text: str, pinpoints: list[str | None]) -> None:
    assert [r.pinpoint for r in eurefs.extract(text, kinds="legal_act")] == pinpoints  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # the norms of BFH VII R 17/18 (bundesfinanzhof.de, STRE202010038; pages corpus):
        # each act before its provision, a comma between the items; the second act took the
        # first one's article ('Art 17 Abs 1 Buchst a'), now its own, after it, and the
        # first act its own (comma_pinpoints: the next item's act ends it)
        ("StromStG § 9 Abs 3, EGRL 96/2003 Art 17 Abs 1 Buchst a, EGRL 96/2003 Art 2 Abs 5 "
         "Buchst b", ["Art 17 Abs 1 Buchst a", "Art 2 Abs 5 Buchst b"]),
        # the same items one a line, the line break a blank: never the previous act's article
        ("Normen\nEGRL 96/2003 Art 17 Abs 1 Buchst a\nEGRL 96/2003 Art 2 Abs 5 Buchst b",
         ["Art 17 Abs 1 Buchst a", "Art 2 Abs 5 Buchst b"]),
        # ... while the article right before the abbreviation stays its own
        ("Gesetze: Art 15 Abs 1 EUV 2016/679, Art 15 Abs 3 EUV 2016/679",
         ["Art 15 Abs 1", "Art 15 Abs 3"]),
        # and so on lines that write each provision before its act (BFH XI R 25/13,
        # rechtsportal.de; pages corpus): the line before also starts with its article
        ("Normen:\n§ 4 Nr 14 UStG 2005\nArt 132 Abs 1 Buchst h EGRL 112/2006\n"
         "Art 132 Abs 1 Buchst m EGRL 112/2006\nUStG VZ 2007",
         ["Art 132 Abs 1 Buchst h", "Art 132 Abs 1 Buchst m"]),
    ],
)  # fmt: skip
def test_an_article_after_a_chains_act_is_not_the_next_acts(
    text: str, pinpoints: list[str | None]
) -> None:
    assert [r.pinpoint for r in eurefs.extract(text, kinds="legal_act")] == pinpoints  # type: ignore[attr-defined]
