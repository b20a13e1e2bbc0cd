"""Hungarian articles in the instrumental after a treaty or the Charter (``az EUMSZ 16.
cikkel``, ``Chartájának 7. cikkével``) and the EU Treaty as ``EU-Szerződés``, as the
Court's and the Parliament's Hungarian texts write them (``eurefs/languages/hu.py``)."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normal", "treaty"),
    [
        # Opinion of AG Mengozzi in Opinion 1/15 (curia.europa.eu, Hungarian; pages corpus)
        ("E megállapodástervezet összeegyeztethetősége az EUMSZ 16. cikkel, valamint",
         "EUMSZ 16. cikkel", "EUMSZ 16. cikk", "TFEU"),
        ("valamint az Európai Unió Alapjogi Chartájának 7. cikkével",
         "Európai Unió Alapjogi Chartájának 7. cikkével", "Alapjogi Charta 7. cikk", "CFR"),
        # European Parliament legislative resolution P6_TA(2007)0279 (europarl.europa.eu, HU)
        ("–   tekintettel az EU-Szerződés 31. cikkére valamint a 34. cikke (2) bekezdésének",
         "EU-Szerződés 31. cikkére", "EUSZ 31. cikk", "TEU"),
        ("a javaslatának megfelelő, az EK-Szerződés 250. cikkének (2) bekezdése szerinti",
         "EK-Szerződés 250. cikkének", "EKSZ 250. cikk", "EC"),
    ],
)  # fmt: skip
def test_instrumental_articles_and_the_eu_treaty(
    text: str, span: str, normal: str, treaty: str
) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.normalized, ref.treaty) == (span, normal, treaty)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # an article of a newspaper, no treaty before it
        "A szerző a 16. cikkel foglalkozik.",
        # the Article 29 Working Party's opinion: no Opinion of the Court (N/YY), no article
        "A NAIH a WP29 4/2012. számú véleményét alkalmazza.",
    ],
)
def test_no_treaty_no_article(text: str) -> None:
    assert eurefs.extract(text) == []
