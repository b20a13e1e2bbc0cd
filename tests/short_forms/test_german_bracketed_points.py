"""A point's letter with its bracket and no word before it, after a paragraph's number, in
a German pinpoint (``Art. 6 Abs. 1 a) DSGVO``, ``Art. 17 Abs. 1 a) bis f) DSGVO``), as
privacy notices and legal glossaries write it where the acts write ``Buchstabe a``
(``de.pinpoints.patterns``)."""

from __future__ import annotations

import pytest

import eurefs


def _pinpoints(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.celex, r.pinpoint) for r in eurefs.extract(text) if r.kind != "oj"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # datenbuddy.de's glossary on erasure (pages corpus); both pinpoints were None
        ("Sofern bestimmte Gegebenheiten vorliegen, welche in Art. 17 Abs. 1 a) bis f) DSGVO "
         "normiert sind, sind Verantwortliche dazu verpflichtet, unverzüglich die "
         "personenbezogenen Daten des jeweiligen Betroffenen zu löschen. Die Löschung der "
         "angeforderten personenbezogenen Daten kann verweigert werden, wenn die in Art. 17 "
         "Abs. 3 a) bis e) DSGVO normierten Fälle vorliegend sind.",
         [("DSGVO", "32016R0679", "Art. 17 Abs. 1 a) bis f)"),
          ("DSGVO", "32016R0679", "Art. 17 Abs. 3 a) bis e)")]),
        # privacy notices in public repositories (ids 10030997053, 5023682095; find_string)
        ("Zweck: Analyse der Websitenutzung. Rechtsgrundlage: Art. 6 Abs. 1 a) DSGVO. "
         "Datenübermittlung in die USA ist möglich.",
         [("DSGVO", "32016R0679", "Art. 6 Abs. 1 a)")]),
        ("Rechtsgrundlage für das Newsletter-Tracking ist im Anwendungsbereich der DSGVO "
         "Art. 6 Abs. 1 f) DSGVO, da es in unserem berechtigten Interesse liegt.",
         [("DSGVO", "32016R0679", None), ("DSGVO", "32016R0679", "Art. 6 Abs. 1 f)")]),
    ],
)  # fmt: skip
def test_a_points_bracketed_letter_after_the_paragraph(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _pinpoints(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's item after the short form is not its pinpoint
        ("nach Art. 6 Abs. 1 DSGVO a) die Einwilligung", "Art. 6 Abs. 1"),
        # a letter without its bracket after a paragraph's number stays unread
        ("Art. 6 Abs. 1 a DSGVO", None),
        # right after the article's number a bracketed letter may be an inserted article's
        # or a list's (grammar/pinpoint_numbers: 'Art. 5 a) der Richtlinie 90/387/EWG')
        ("Art. 6 a) DSGVO", None),
    ],
)
def test_no_bracketed_point_out_of_place(text: str, expected: str | None) -> None:
    assert [r.pinpoint for r in eurefs.extract(text) if r.kind == "short_form"] == [expected]
