"""A pinpoint right after a law's citation on its line is that law's, as German decisions
list the norms they apply (``pinpoint_edges.after_a_citation``), not the pinpoint of the
act or short form after it."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.grammar.pinpoint_edges import after_a_citation

# The Normenkette of OLG München, Urteil vom 8.11.2022 (BeckRS 2022, 28198), as the
# Bavarian portal prints it (gesetze-bayern.de; pages corpus): the directive's reference
# took the regulation's 'Art. 5 Abs. 2', now the regulation's own (comma_pinpoints: the next
# line's act ends it), and the directive its own line's list
_BAVARIAN = (
    "Normenketten:\nBGB § 823 Abs. 2, § 826\nVO (EG) Nr. 715/2007 Art. 5 Abs. 2\n"
    "RL (EG) 2007/46 Art. 3 Nr. 36, Art. 18 Abs. 1, Art. 46\n"
    "VwVfG § 24 Abs. 1 S. 1, 2\nEG-FGV § 6 Abs. 1, § 27 Abs. 1\n"
)
# The Norm list of BVwG W211 2226025-1 of 5.2.2021 (360.lexisnexis.at; pages corpus):
# the GDPR's first initialism took the Federal Constitution's 'Art133 Abs4', its second
# the first one's 'Art16'
_AUSTRIAN = (
    "BVwG W211 2226025-1\n\nB-VG Art133 Abs4\nDSGVO Art16\nDSGVO Art5 Abs1 litd\n\n"
    "European Case Law Identifier: ECLI:AT:BVWG:2021:W211.2226025.1.00\n\n"
    "1. Mit Datenschutzbeschwerde brachte der Beschwerdeführer eine Verletzung im Recht "
    "auf Berichtigung nach Art. 16 DSGVO vor."
)


def _pinpoints(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.pinpoint) for r in eurefs.extract(text) if r.kind == kind]


def test_an_act_after_a_norm_chains_pinpoint_does_not_take_it() -> None:
    assert _pinpoints(_BAVARIAN, "legal_act") == [
        ("VO (EG) Nr. 715/2007", "Art. 5 Abs. 2"),
        # its own line's articles, a list with commas alone (pinpoints.comma_lists; was None)
        ("RL (EG) 2007/46", "Art. 3 Nr. 36, Art. 18 Abs. 1, Art. 46"),
    ]
    # a list that writes the article first keeps it on the act's line, as the Federal
    # Finance Court's 'Zitierte Gesetze' (XI R 7/16, urteile-gesetze.de; pages corpus)
    article_first = "Zitierte Gesetze\nArt 288 S 1 Nr 1 EGRL 112/2006\nArt 315 EGRL 112/2006\n"
    assert _pinpoints(article_first, "legal_act") == [
        ("EGRL 112/2006", "Art 288 S 1 Nr 1"),
        ("EGRL 112/2006", "Art 315"),
    ]


def test_a_short_form_after_a_norm_chains_pinpoint_does_not_take_it() -> None:
    # each takes its own line's pinpoint after it (short_forms/after_pinpoints.norm_line_finder;
    # both were None); the prose after the list keeps its pinpoint
    assert _pinpoints(_AUSTRIAN, "short_form") == [
        ("DSGVO", "Art16"),
        ("DSGVO", "Art5 Abs1 litd"),
        ("DSGVO", "Art. 16"),
    ]


def test_a_short_form_after_its_article_on_its_line_keeps_it() -> None:
    text = "Normen:\nArt 16 DSGVO\nArt 5 Abs 1 lit d DSGVO\n"
    assert _pinpoints(text, "short_form") == [("DSGVO", "Art 16"), ("DSGVO", "Art 5 Abs 1 lit d")]


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the Leitsatz of OLG München 29 U 6194/21 (gesetze-bayern.de; pages corpus)
        ("wenn das Kraftfahrzeug mit einer gem. Art. 5 Abs. 2 VO (EG) 715/2007 unzulässigen",
         "VO (EG) 715/2007", "Art. 5 Abs. 2"),
        ("mit Art. 5 Abs. 2 VO (EG) 715/2007 ausweist", "VO (EG) 715/2007", "Art. 5 Abs. 2"),
        # a pinpoint that starts its line after a heading in capitals
        ("II. RECHTLICHE BEURTEILUNG\nArt. 5 Abs. 2 VO (EG) 715/2007 verbietet",
         "VO (EG) 715/2007", "Art. 5 Abs. 2"),
        ("Der Kläger rügt eine Verletzung von Art 25 Abs 2 DSGVO.", "DSGVO", "Art 25 Abs 2"),
        ("Art. 16 Abs. 1 Verordnung (EU) 2022/2554 i.V.m. Art. 8 Abs. 2 Delegierte Verordnung "
         "(EU) 2024/1772", "Delegierte Verordnung (EU) 2024/1772", "Art. 8 Abs. 2"),
    ],
)  # fmt: skip
def test_a_pinpoint_after_a_word_is_the_acts_after_it(text: str, span: str, pinpoint: str) -> None:
    found = [r for r in eurefs.extract(text) if r.text == span]
    assert [r.pinpoint for r in found] == [pinpoint]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("VO (EG) Nr. 715/2007 ", True),
        ("RL 2007/46/EG ", True),
        ("B-VG ", True),
        ("DSGVO ", True),
        ("EG-FGV ", True),
        ("FluggastrechteVO ", True),
        ("gemäß ", False),
        ("Gemäß ", False),
        ("vom 12. Juli 2016 ", False),
        ("DSGVO\n", False),  # another line: perhaps a heading's
        ("BEURTEILUNG ", False),
        ("AsylG ", True),
        ("II ", False),
        ("i.V.m. ", False),
        # a treaty's abbreviation written before its articles (BVerwG 1 C 3.14's
        # 'GR-Charta Art. 18' above 'Richtlinie 2011/95/EU Art. 2'; jusmeum.de, pages corpus)
        ("GR-Charta ", True),
        ("AEUV ", True),
        ("Charta ", False),
        ("", False),
    ],
)
def test_after_a_citation(before: str, expected: bool) -> None:
    text = f"{before}Art. 5 Abs. 2"
    assert after_a_citation(text, len(before)) is expected
