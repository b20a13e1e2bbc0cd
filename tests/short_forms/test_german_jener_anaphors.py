"""The German anaphor ``jener Richtlinie`` ("that Directive"), which points back to an act
cited before and never to the text itself, so also inside an act (``eurefs.languages.de``:
``back_references.anaphor_determiners``; the genitive holds the pinpoint's link,
``linking_determiners``): each was nothing."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _anaphors(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form", how="anaphor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Directive (EU) 2022/2555 (NIS 2), Annex I, German (EUR-Lex 32022L2555, as a public
        # repository copies it)
        ("Elektrizitätsunternehmen im Sinne von Artikel 2 Nummer 57 der Richtlinie (EU) "
         "2019/944, die die Funktion der „Versorgung“ im Sinne von Artikel 2 Nummer 12 jener "
         "Richtlinie wahrnehmen",
         [("jener Richtlinie", "32019L0944", "Artikel 2 Nummer 12")]),
        ("Eisenbahnunternehmen im Sinne von Artikel 3 Nummer 1 der Richtlinie 2012/34/EU, "
         "einschließlich Betreiber von Serviceeinrichtungen im Sinne von Artikel 3 Nummer 12 "
         "jener Richtlinie",
         [("jener Richtlinie", "32012L0034", "Artikel 3 Nummer 12")]),
        # Directive (EU) 2015/2366, recital 2, German (as a public repository quotes it): in an
        # act, where 'dieser Verordnung' would be the act itself
        ("in Erwägung nachstehender Gründe:\n(2) Der überarbeitete Rechtsrahmen der Union für "
         "Zahlungsdienste wird durch die Verordnung (EU) 2015/751 des Europäischen Parlaments "
         "und des Rates (9) ergänzt. Mit jener Verordnung werden insbesondere Vorschriften über "
         "das Erheben von Interbankenentgelten für kartengebundene Zahlungsvorgänge eingeführt.",
         [("jener Verordnung", "32015R0751", None)]),
    ],
)  # fmt: skip
def test_jener(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _anaphors(text) == expected


def test_the_plural_names_no_act() -> None:
    text = (
        "Die Verordnung (EU) 2016/679 und die Verordnung (EU) 2018/1725 gelten. Nach Artikel 5 "
        "jener Verordnungen besteht keine Pflicht."
    )
    assert _anaphors(text) == []
