"""A German norm chain's pinpoint after the act ends at the line's end
(``eurefs.grammar.pinpoint_headings.line_pinpoint``): the next line starts another law or a
field of the record, which the folded view sets after a blank.  Each was None."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# The BVerwG's order 1 C 3.14 of 19 August 2014, its "Rechtsquelle/n" (jusmeum.de; pages
# corpus): the directive's item goes on over a line break, then the next field.
_BVERWG = (
    "Sachgebiet:\nAusländerrecht\nRechtsquelle/n:\nAEUV Art. 20, 45, 78, 267\n"
    "AufenthG § 5 Abs. 1 Nr. 1 und Abs. 3, § 12 Abs. 2, § 25 Abs. 2\nund 3, § 60 Abs. 2\n"
    "GFK Art. 23, 26\nGR-Charta Art. 18\n"
    "Internationaler Pakt über bürgerliche und politische Rechte -\nIBPR Art. 12\n"
    "Protokoll Nr. 4 zur EMRK Art. 2\n"
    "Richtlinie 2011/95/EU Art. 2 Buchst. d und g, Art. 18, Art. 20\n"
    "Abs. 1 und 2, Art. 29, 33\nTitelzeile:\nVorlage an den EuGH\n"
)
# The Austrian journal ZFR's notes of the Court's judgments, the act and its articles
# after a colon over the Court's ruling (ZFR 2022/254 and 2025/179, 360.lexisnexis.at;
# pages corpus)
_ZFR_2022 = (
    "RL 93/13/EWG : Art 6 Abs 1, Art 7 Abs 1 und 2\nTenor (des Gerichts)\n"
    "Art 6 Abs 1 und Art 7 Abs 1 RL 93/13/EWG über missbräuchl Klauseln in "
    "Verbraucherverträgen, betrachtet im Licht des Effektivitätsgrundsatzes, sind dahin "
    "auszulegen, dass sie einer nationalen Regelung ... nicht entgegenstehen"
)
_ZFR_2025 = (
    "RL 93/13/EWG : Art 3 Abs 1, Art 4, Art 7\nTenor (des Gerichts)\n"
    "Art 3 Abs 1 RL 93/13/EWG über missbräuchliche Klauseln in Verbraucherverträgen ist dahin "
    "auszulegen, dass ..."
)


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="legal_act")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_BVERWG, [("Richtlinie 2011/95/EU", "32011L0095",
                    "Art. 2 Buchst. d und g, Art. 18, Art. 20 Abs. 1 und 2, Art. 29, 33")]),
        (_ZFR_2022, [("RL 93/13/EWG", "31993L0013", "Art 6 Abs 1, Art 7 Abs 1 und 2"),
                     ("RL 93/13/EWG", "31993L0013", "Art 6 Abs 1 und Art 7 Abs 1")]),
        (_ZFR_2025, [("RL 93/13/EWG", "31993L0013", "Art 3 Abs 1, Art 4, Art 7"),
                     ("RL 93/13/EWG", "31993L0013", "Art 3 Abs 1")]),
        # a line break where the view had a blank (the BFH's "Gesetze:" as the earlier
        # test wrote it, whose single line break read as a blank gave None)
        ("Gesetze: Richtlinie 92/80/EWG Art. 3 Abs. 1\nInstanzenzug: (Verfahrensverlauf)",
         [("Richtlinie 92/80/EWG", "31992L0080", "Art. 3 Abs. 1")]),
        # after a list's semicolon (the BFH's "Gesetze:", nwb.de, as test_comma_pinpoints
        # has it on one line)
        ("Gesetze: TabStG § 4 Abs. 1 Nr. 2; Richtlinie 92/80/EWG Art. 3 Abs. 1\nInstanzenzug:",
         [("Richtlinie 92/80/EWG", "31992L0080", "Art. 3 Abs. 1")]),
    ],
)  # fmt: skip
def test_a_norm_chain_item_ends_at_the_line_end(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # running text: a word before the act on its line
        "Der Kläger beruft sich auf die Richtlinie 2006/112/EG Art. 168\nund verlangt",
        # the item does not end at a line's end
        "Richtlinie 2006/112/EG Art. 168 ist anwendbar\nund so weiter",
        # the article on the next line: a heading, not the act's
        "Richtlinie 2011/95/EU\nArt. 2\nBegriffsbestimmungen",
    ],
)
def test_no_line_end_pinpoint(text: str) -> None:
    assert [p for _, _, p in _acts(text)] == [None]
