"""German names of EU acts as German courts and journals write them, beside the OJ's own
short titles: the GDPR's acronym with a hyphen (``DS-GVO``), Brussels I bis with the
initialism ``VO`` (``Brüssel Ia-VO``) and Dublin III with a space (``Dublin III-VO``), the
other names ending in a type word with its initialism too (``REACH-VO``, ``FFH-RL``); the
sources are in eurefs/data/popular_names.json."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="popular_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OLG Dresden, 4 U 940/24, as RDV 1/2025 reports it (rdv-online.com); was nothing
        ("Die Beklagte ist der Klagepartei dem Grunde nach gemäß Art. 82 DS-GVO zum "
         "Schadenersatz verpflichtet.", [("DS-GVO", "32016R0679", "Art. 82")]),
        # RDV 5/2021 on the case law of the Bundesgerichtshof (rdv-online.com)
        ("Zuständig für Entscheidungen über Ansprüche aus der DS-GVO ist grundsätzlich der "
         "VI. Zivilsenat.", [("DS-GVO", "32016R0679", None)]),
        ("die Frage, ob eine Presse-Bildberichterstattung zu einem Schadensersatzanspruch "
         "gem. Art. 82 Abs. 1 DS-GVO führen kann", [("DS-GVO", "32016R0679", "Art. 82 Abs. 1")]),
        # a legal summary listing the applicable Union law (public repository); was nothing
        ("VO (EU) Nr. 1215/2012 (Brüssel Ia-VO); VO (EG) Nr. 593/2008 (Rom I-VO). "
         "Die Brüssel Ia-VO gilt für den Gerichtsstand.",
         [("Brüssel Ia-VO", "32012R1215", None)]),
        ("Rom I-VO für anwendbares Recht, Brüssel Ia-VO für Gerichtsstand",
         [("Rom I-VO", "32008R0593", None), ("Brüssel Ia-VO", "32012R1215", None)]),
        # VG Würzburg, W 3 K 14.50080 (streifler.de): the name after the full citation, then
        # with a pinpoint; was nothing
        ("ein Übernahmeersuchen nach der Verordnung (EU) Nr. 604/2013 des Europäischen "
         "Parlaments und des Rates - Dublin III-VO - an Italien. Nach Art. 3 Abs. 2 Dublin "
         "III-VO ist Deutschland zuständig.", [("Dublin III-VO", "32013R0604", None),
                                              ("Dublin III-VO", "32013R0604", "Art. 3 Abs. 2")]),
        # the norm chain of BVerwG 1 C 32.14 (haufe.de): the regulation's norm between
        # semicolons (short_forms/after_pinpoints.norm_line_finder; its pinpoint was None)
        ("AsylG §§ 27a, 31 Abs. 6; Dublin III-VO Art. 49 Abs. 2; EMRK Art. 6",
         [("Dublin III-VO", "32013R0604", "Art. 49 Abs. 2")]),
        # a name's closing type word as its initialism (short_forms/name_forms.
        # initialism_names); each was nothing: a landscape planner's page on the habitats
        # assessment (doepel-landscape.com) and another's (stegnerplan.de)
        ("Nach Art. 6 FFH-RL bzw. § 34 BNatSchG ist die Prüfung der Verträglichkeit von "
         "Plänen und Projekten vorgeschrieben", [("FFH-RL", "31992L0043", "Art. 6")]),
        ("Beeinträchtigungen des Erhaltungszustandes von Lebensraumtypen nach Anhang I FFH-RL",
         [("FFH-RL", "31992L0043", "Anhang I")]),
        # a transparency note in a public repository (id 53567926489), then with an article
        ("in Übereinstimmung mit der KI-Verordnung (KI-VO, Verordnung (EU) 2024/1689). Nach "
         "Art. 50 KI-VO gilt", [("KI-Verordnung", "32024R1689", None),
                                ("KI-VO", "32024R1689", None),
                                ("KI-VO", "32024R1689", "Art. 50")]),
        # the GDPR's name as one word (anwalt.de, Rechtstipps on the DSGVO; pages corpus);
        # was nothing
        ("Halten Sie die Datenschutzgrundverordnung ein? Sie sind sich nicht sicher?",
         [("Datenschutzgrundverordnung", "32016R0679", None)]),
        ("Die Datenschutzgrundverordnung muss nahezu jeder beachten.",
         [("Datenschutzgrundverordnung", "32016R0679", None)]),
        # 'REACH-Verordnung (REACH-VO)' (weka.at); the joined type word after a stem
        ("Die REACH-VO gilt seit 2007.", [("REACH-VO", "32006R1907", None)]),
        ("Die Ziele der Wasserrahmen-RL sind bis 2027 zu erreichen.",
         [("Wasserrahmen-RL", "32000L0060", None)]),
        # Brussels I bis with the year that tells it from Regulation (EC) No 44/2001
        # (deubner-recht.de, Handbuch der internationalen Zwangsvollstreckung); was nothing
        ("Art. 7 Nr. 1 EuGVVO 2012 eröffnet - wortgleich mit Art. 5 Nr. 1 EuGVVO 2001 - die "
         "Möglichkeit, wegen eines Vertrags", [("EuGVVO 2012", "32012R1215", "Art. 7 Nr. 1")]),
    ],
)  # fmt: skip
def test_german_writing_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # compounds built on the name are other words
        "Die Einwilligung ist DS-GVO-konform eingeholt.",
        "Der DS-GVO-Entwurf der Kommission von 2012.",
        "Die FFH-RL-Gebiete sind geschützt.",
        "Eine datenschutzgrundverordnungskonforme Lösung.",
        # a short stem takes no initialism (Datenverordnung is the Data Act's name)
        "die Daten-VO des Landes",
        # the glossing bracket right after the title defines it there: no mention
        "(Brüssel Ia-VO)",
        # the bare abbreviation named Regulation (EC) No 44/2001 until 2015 (JBl 2022/3,
        # 360.lexisnexis.at)
        "Art 7 Nr 2 EuGVVO regelt nicht nur die internationale, sondern zugleich auch die "
        "örtliche Zuständigkeit.",
    ],
)
def test_compounds_and_glosses_are_no_mention(text: str) -> None:
    assert _names(text) == []
