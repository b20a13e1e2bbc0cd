"""Slovenian aliases as the Information Commissioner's decisions define them: after ``v
nadaljevanju`` (beside the EU's ``v nadaljnjem besedilu``), and an adjective before the type
word used later in the type word's case (``(v nadaljevanju Splošna uredba)`` ... ``15. člen
Splošne uredbe``: ``back_references.adjective_endings``)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted

# Informacijski pooblaščenec, decision 07108-4/2023/11 of 11 October 2023, as gdpr-guru.eu
# copies it ('odlocbe-zin-dostop-do-op-8924'; pages corpus)
_IP = (
    "Informacijski pooblaščenec (v nadaljevanju IP) po nadzorni osebi izdaja na podlagi 2. in "
    "8. člena Zakona o Informacijskem pooblaščencu (Uradni list RS, št. 113/05 in 51/07; v "
    "nadaljevanju ZInfP), 77. člena Uredbe (EU) 2016/679 Evropskega parlamenta in Sveta z dne "
    "27. aprila 2016 o varstvu posameznikov pri obdelavi osebnih podatkov in o prostem "
    "pretoku takih podatkov ter o razveljavitvi Direktive 95/46/ES (v nadaljevanju Splošna "
    "uredba) ter 34. člena Zakona o varstvu osebnih podatkov (Uradni list RS, št. 163/22; v "
    "nadaljevanju ZVOP-2) naslednjo\nO D L O Č B O:\nI. Ugotovi se, da je upravljavec "
    "Ministrstvo za notranje zadeve, Policija, kršil 12. in 15. člen Splošne uredbe ter 24. "
    "člen ZVOPOKD s tem, da o prijaviteljevi zahtevi ni odločil pravočasno.\nII. Upravljavcu "
    "se odredi, da o zahtevi prijavitelja ponovno odloči v skladu s 15. členom Splošne uredbe "
    "in/ali 24. členom ZVOPOKD."
)


def _short_forms(text: str) -> list[tuple[str, str | None, str | None]]:
    return extracted(text, "text", "celex", "pinpoint", kind="short_form")


def test_the_information_commissioner_s_alias() -> None:
    # was none: 'v nadaljevanju' was no intro, and 'Splošne uredbe' no form of the alias
    assert _short_forms(_IP) == [
        ("Splošne uredbe", "32016R0679", "12. in 15. člen"),
        ("Splošne uredbe", "32016R0679", "15. členom"),
    ]


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        # every case of the feminine adjective and type word
        ("na podlagi Uredbe (EU) 2016/679 (v nadaljevanju: Splošna uredba) izdaja. Po Splošni "
         "uredbi in s Splošno uredbo ter Splošne uredbe.",
         ["Splošni uredbi", "Splošno uredbo", "Splošne uredbe"]),
        # a masculine adjective is of another declension: used as written only
        ("na podlagi Sklepa (EU) 2016/1000 (v nadaljevanju: Splošni sklep) izdaja. Kršil je "
         "15. člen Splošnega sklepa. Splošni sklep velja.", ["Splošni sklep"]),
        # the adjective's case must be the type word's: no mixed forms
        ("na podlagi Uredbe (EU) 2016/679 (v nadaljevanju: Splošna uredba) izdaja. Splošne "
         "uredbi.", []),
    ],
)  # fmt: skip
def test_the_adjective_takes_the_type_word_s_case(text: str, uses: list[str]) -> None:
    assert [t for t, _, _ in _short_forms(text)] == uses
