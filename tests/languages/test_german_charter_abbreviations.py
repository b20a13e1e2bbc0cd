"""'EUGrdRCh', juris's abbreviation of the Charter of Fundamental Rights, and 'GrCh', the
Charter's abbreviation with a small 'r', after an article's number, normalised 'GRCh'."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "spans", "articles"),
    [
        # the subject of the Federal Constitutional Court's order 1 BvR 276/17 of 6 November
        # 2019 (Recht auf Vergessen II) as rewis.io lists it (pages corpus); both were nothing
        ("Abwägung zwischen Persönlichkeitsrechten der Betroffenen nach Art 7 u 8 GrCh (juris: "
         "EUGrdRCh), unternehmerischer Freiheit der Suchmaschinenbetreiber (Art 16 EUGrdRCh), "
         "Meinungsfreiheit des Inhalteanbieters", ["Art 7 u 8 GrCh", "Art 16 EUGrdRCh"],
         [["7", "8"], ["16"]]),
    ],
)  # fmt: skip
def test_the_charter_s_juris_abbreviations(
    text: str, spans: list[str], articles: list[list[str]]
) -> None:
    refs = eurefs.extract(text)
    assert [r.text for r in refs] == spans
    assert [(r.treaty, r.articles) for r in refs] == [("CFR", a) for a in articles]  # type: ignore[attr-defined]
    assert eurefs.parse("Artikel 16 GRCh").normalized == refs[1].normalized


@pytest.mark.parametrize("text", ["Die GrCh gilt", "(juris: EUGrdRCh)", "EUGrdRCh 2016/679"])
def test_the_abbreviations_alone_stay_none(text: str) -> None:
    assert eurefs.extract(text, short_forms=False) == []
