"""A pinpoint linked to a German short form by the genitive article (``Art. 6 Abs. 1 lit. f
der DSGVO``, ``Artikel 5 der Richtlinie``: the record's ``pinpoint_links``), and right before
a determiner that holds the genitive itself (``Art. 3 dieser Richtlinie``, ``derselben``:
``linking_determiners``), as German privacy notices and judgments write them."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _short_forms(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German privacy notices and letters in public repositories (ids 29860622512,
        # 59129021925, 56692725055); each pinpoint was None
        ("Sie haben das Recht, jederzeit gegen die Verarbeitung Sie betreffender Daten, die "
         "aufgrund von Art. 6 Abs. 1 lit. f der DSGVO (Datenverarbeitung auf der Grundlage "
         "einer Interessenabwägung) erfolgt, Widerspruch einzulegen",
         [("DSGVO", "32016R0679", "Art. 6 Abs. 1 lit. f")]),
        ("Nach Artikel 17 der Datenschutz-Grundverordnung (DSGVO) übe ich mein Recht auf "
         "Löschung aus.", [("Datenschutz-Grundverordnung", "32016R0679", "Artikel 17")]),
        ("hiermit übe ich mein Recht auf Löschung gemäß Artikel 17 der "
         "Datenschutz-Grundverordnung aus.",
         [("Datenschutz-Grundverordnung", "32016R0679", "Artikel 17")]),
        # the Sixth VAT Directive by its name (the Opinion of AG Jacobs in C-346/95 Blasi,
        # taxlawapp.eu)
        ("ob Artikel 13 Teil B Buchstabe b der Sechsten Mehrwertsteuerrichtlinie es einem "
         "Mitgliedstaat erlaubt", [("Sechsten Mehrwertsteuerrichtlinie", "31977L0388",
                                    "Artikel 13 Teil B Buchstabe b")]),
        # a defined alias after the genitive article, and the determiners that hold it
        ("Die Richtlinie 2000/78/EG des Rates (im Folgenden „Richtlinie“) gilt. Nach Artikel 5"
         " der Richtlinie ist sie anwendbar. Nach Art. 3 dieser Richtlinie auch, nach Art. 4 "
         "derselben Richtlinie und Art. 6 der genannten Richtlinie.",
         [("Richtlinie", "32000L0078", "Artikel 5"),
          ("dieser Richtlinie", "32000L0078", "Art. 3"),
          ("derselben Richtlinie", "32000L0078", "Art. 4"),
          ("der genannten Richtlinie", "32000L0078", "Art. 6")]),
        # no link word, as before
        ("gemäß Art. 6 Abs. 1 lit. f DSGVO (Interessenabwägung) erfolgt",
         [("DSGVO", "32016R0679", "Art. 6 Abs. 1 lit. f")]),
    ],
)  # fmt: skip
def test_pinpoints_linked_by_the_genitive(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _short_forms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the pinpoint is another act's: no pinpoint ends right before the link
        "Art. 5 des Vertrags und der DSGVO",
        "nach § 26 BDSG und nach der DSGVO",
    ],
)
def test_no_pinpoint_of_another_act(text: str) -> None:
    assert [p for _, _, p in _short_forms(text)] == [None]
