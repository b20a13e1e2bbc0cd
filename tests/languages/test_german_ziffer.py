"""'Ziff.', German legal writing's abbreviation of Ziffer, a point of an article: a pinpoint
word of the German record, as 'Ziffer', 'Nr.' and 'Z' are."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        # a commentary on Article 6 GDPR (datenschutzdigital.de; pages corpus): the article
        # was lost with its point
        ("(zu den Begriffen „personenbezogene Daten“ siehe Erläuterungen zu Art. 4 Ziff. 1 "
         "DSGVO, zu „Verarbeitung“ siehe Erläuterungen zu Art. 4 Ziff. 2 DS-GVO)",
         ["Art. 4 Ziff. 1", "Art. 4 Ziff. 2"]),
        ("nach Art. 4 Ziff. 1 der Verordnung (EU) 2016/679", ["Art. 4 Ziff. 1"]),
    ],
)  # fmt: skip
def test_ziff_is_a_pinpoint_word(text: str, pinpoints: list[str]) -> None:
    refs = eurefs.extract(text)
    assert [r.pinpoint for r in refs] == pinpoints  # type: ignore[attr-defined]
    assert {r.celex for r in refs} == {"32016R0679"}


def test_a_point_alone_before_a_type_word_stays_none() -> None:
    assert eurefs.extract("gemäß Ziff. 3 der Richtlinie") == []
