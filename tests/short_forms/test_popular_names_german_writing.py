"""German names of EU acts as German courts and journals write them, beside the OJ's own
short titles: the GDPR's acronym with a hyphen (``DS-GVO``), Brussels I bis with the
initialism ``VO`` (``Brüssel Ia-VO``) and Dublin III with a space (``Dublin III-VO``); the
sources are in eurefs/data/popular_names.json."""

from __future__ import annotations

import pytest

import eurefs


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    found = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    return [(r.text, r.celex, r.pinpoint) for r in found if r.how == "popular_name"]


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
        # the norm chain of BVerwG 1 C 32.14 (haufe.de)
        ("AsylG §§ 27a, 31 Abs. 6; Dublin III-VO Art. 49 Abs. 2; EMRK Art. 6",
         [("Dublin III-VO", "32013R0604", None)]),
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
        # the glossing bracket right after the title defines it there: no mention
        "(Brüssel Ia-VO)",
    ],
)
def test_compounds_and_glosses_are_no_mention(text: str) -> None:
    assert _names(text) == []
