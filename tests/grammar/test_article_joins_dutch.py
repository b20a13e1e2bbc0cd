"""Two articles of one act read together, joined by the record's ``article_joins``, the act
named once after the last: Dutch ``in samenhang met``, as German ``i.V.m.``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "pinpoint"),
    [
        # the District Court of Gelderland, ECLI:NL:RBGEL:2025:6547, point 2.1
        # (explore.law; pages corpus): 'wegens overtreding van artikel 5, eerste lid, aanhef
        # en onder f, in samenhang met artikel 32, eerste en tweede lid, van de AVG'; with
        # the short name as written (short_forms/pinpoints reads as far back as an act's
        # pinpoint may start; it read 90 characters, which ended inside this pinpoint: was
        # 'artikel 32, eerste en tweede lid' alone), and with the Regulation's number
        ("2.1. Naar aanleiding van het onderzoek heeft de AP op 14 mei 2020 aan eiser laten "
         "weten dat zij voornemens is om een boete op te leggen wegens overtreding van "
         "artikel 5, eerste lid, aanhef en onder f, in samenhang met artikel 32, eerste en "
         "tweede lid, van de AVG. Eiser heeft op het voornemen gereageerd met een zienswijze.",
         "AVG",
         "artikel 5, eerste lid, aanhef en onder f, in samenhang met artikel 32, eerste en "
         "tweede lid"),
        ("wegens overtreding van artikel 5, eerste lid, aanhef en onder f, in samenhang met "
         "artikel 32, eerste en tweede lid, van Verordening (EU) 2016/679.",
         "Verordening (EU) 2016/679",
         "artikel 5, eerste lid, aanhef en onder f, in samenhang met artikel 32, eerste en "
         "tweede lid"),
        ("De AP stelt overtreding vast van artikel 5, eerste lid, in samenhang met artikel 32, "
         "eerste lid, van de AVG.", "AVG",
         "artikel 5, eerste lid, in samenhang met artikel 32, eerste lid"),
        ("artikel 5 in samenhang met artikel 7 van richtlijn 95/46/EG", "richtlijn 95/46/EG",
         "artikel 5 in samenhang met artikel 7"),
        # (no article before the join: the words are the sentence's)
        ("Dit moet worden uitgelegd in samenhang met artikel 7 van richtlijn 95/46/EG.",
         "richtlijn 95/46/EG", "artikel 7"),
    ],
)  # fmt: skip
def test_two_articles_joined_by_in_samenhang_met(text: str, span: str, pinpoint: str) -> None:
    found = [r for r in eurefs.extract(text) if r.text == span]
    assert [r.pinpoint for r in found] == [pinpoint]


def test_an_article_with_its_own_treaty_ends_the_join() -> None:
    refs = eurefs.extract("artikel 4, lid 3, VEU in samenhang met artikel 288 VWEU")
    assert [r.text for r in refs] == ["artikel 4, lid 3, VEU", "artikel 288 VWEU"]
