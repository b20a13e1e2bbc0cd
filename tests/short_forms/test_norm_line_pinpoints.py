"""A pinpoint right after a short form where the two are one norm of a list, one a line or
apart by semicolons, as German and Austrian decisions list the norms they apply
(``short_forms/after_pinpoints.norm_line_finder``): the RIS's ``Norm`` (the article glued to its
word, ``DSGVO Art16``, ``DSGVO Art6 Abs1 litf``), the German ``Normenkette`` and the head of
a note in an Austrian journal (``DSGVO: Art 82``); another law after a semicolon starts with
its own name (``Dublin III-VO Art. 49 Abs. 2; EMRK Art. 6``: test_popular_names_german_writing)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _short_forms(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Norm list of the Datenschutzbehörde's decision DSB-D122.970/0004-DSB/2019 of
        # 8 November 2019 (ris.bka.gv.at; pages corpus); each pinpoint was None
        ("Norm\n\nDSG §24 Abs5\nDSGVO Art4 Z1\nDSGVO Art4 Z2\nDSGVO Art11 Abs1\n"
         "DSGVO Art17 Abs1\nDSGVO Art58 Abs2 litc\n\nText\n",
         [("DSGVO", "32016R0679", "Art4 Z1"), ("DSGVO", "32016R0679", "Art4 Z2"),
          ("DSGVO", "32016R0679", "Art11 Abs1"), ("DSGVO", "32016R0679", "Art17 Abs1"),
          ("DSGVO", "32016R0679", "Art58 Abs2 litc")]),
        # BVwG W256 2223741-1 of 11 April 2022 (360.lexisnexis.at; pages corpus)
        ("DSGVO Art5\nDSGVO Art6 Abs1 litf\nGewO 1994 §152\nEuropean Case Law Identifier: "
         "ECLI:AT:BVWG:2022:W256.2223741.1.00\nSpruch:\nIM NAMEN DER REPUBLIK!\nDas "
         "Bundesverwaltungsgericht hat durch die Richterin als Vorsitzende über die Beschwerde "
         "zu Recht erkannt:",
         [("DSGVO", "32016R0679", "Art5"), ("DSGVO", "32016R0679", "Art6 Abs1 litf")]),
        # the Constitutional Court's G200/2022 of 26 September 2022 (jusline.at; pages corpus)
        ("Norm\n\nB-VG Art140 Abs1 Z1 lita\nDSG §9 Abs1\nDS-GVO Art85\nVfGG §7 Abs1\n",
         [("DS-GVO", "32016R0679", "Art85")]),
        # the OGH's Rechtssatz RS0133575 (ris.bka.gv.at; pages corpus)
        ("Norm\n\nDSGVO Art82\n\nRechtssatz\n", [("DSGVO", "32016R0679", "Art82")]),
        # the Normenkette of BeckRS 2024, 27173 (gesetze-bayern.de; pages corpus): its
        # articles apart by commas, each with its word, one pinpoint
        ("Normenkette:\nFluggastrechte-VO Art. 5 Abs. 1 lit. c, Abs. 3, Art. 7 Abs. 1\n"
         "Leitsatz:\n", [("Fluggastrechte-VO", "32004R0261",
                          "Art. 5 Abs. 1 lit. c, Abs. 3, Art. 7 Abs. 1")]),
        # a BGH headnote's norm line as ipwiki.de gives it under the regulation's title
        # (pages corpus): articles apart by a semicolon, each with its word, one pinpoint
        # (was 'Art. 2 Buchst. b, g, h' alone)
        ("FluggastrechteVO Art. 2 Buchst. b, g, h; Art. 3 Abs. 1\n\nBei einem auf einer "
         "einheitlichen Buchung beruhenden Flug, der aus zwei Teilflügen besteht, ist ein "
         "Unternehmen als ausführendes Unternehmen bezüglich des gesamten Flugs anzusehen.",
         [("FluggastrechteVO", "32004R0261", "Art. 2 Buchst. b, g, h; Art. 3 Abs. 1")]),
        # the head of a note in RdW (lesen.lexisnexis.at, 'EuGH: Schadenersatz nach
        # Verletzung der DSGVO'; pages corpus): the name, a colon and its article
        ("EuGH: Schadenersatz nach Verletzung der DSGVO\n\nBearbeiter: Barbara Tuma\n\n"
         "DSGVO: Art 82\n\nIZm der Verletzung von Bestimmungen der DSGVO durch einen "
         "Adressverlag hat der OGH mehrere Vorlagefragen an den EuGH gerichtet.",
         [("DSGVO", "32016R0679", None), ("DSGVO", "32016R0679", "Art 82"),
          ("DSGVO", "32016R0679", None)]),
    ],
)  # fmt: skip
def test_a_norm_lists_pinpoint_after_its_short_form(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _short_forms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # prose: the short form does not start its line, or the article does not end it
        "Die Verarbeitung ist nach DSGVO Art. 6 Abs. 1 lit. f zulässig.\n",
        "Die Verarbeitung erfolgt nach der DSGVO Art. 6\n",
        "DSGVO Art. 5 – Grundsätze für die Verarbeitung\n",
        "DSGVO Art16 und Art17 regeln die Betroffenenrechte\n",
        # the article on the next line is no pinpoint of the short form's line
        "Norm\nDSGVO\nArt16\n",
        # a sentence after the colon; a word before the name on its line
        "DSGVO: Art. 6 regelt die Rechtmäßigkeit der Verarbeitung.\n",
        "Die DSGVO: Art 82\n",
    ],
)
def test_no_norm_line_pinpoint_in_prose(text: str) -> None:
    assert [r.pinpoint for r in eurefs.extract(text) if r.kind == "short_form"] == [None]
