"""Hungarian articles in the instrumental after a treaty or the Charter (``az EUMSZ 16.
cikkel``, ``Chartájának 7. cikkével``), the EU Treaty as ``EU-Szerződés``, as the
Court's and the Parliament's Hungarian texts write them, and the abbreviations with a
lower-case ``z`` (``EUMSz``, ``EUMSz.``) of other Hungarian texts (``eurefs/languages/hu.py``)."""

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
         "EK-Szerződés 250. cikkének (2) bekezdése", "EKSZ 250. cikk (2) bekezdése", "EC"),
        # the EEC Treaty, with the no-break hyphen of the source (the judgment in 8/81 Becker,
        # curia.europa.eu/arrets/TRA-DOC-HU-ARRET-C-0008-1981-200406997-05N00.html); was
        # nothing
        ("a Finanzgericht Münster az EGK\u2011Szerződés 177. cikke alapján előzetes",
         "EGK\u2011Szerződés 177. cikke", "EGKSZ 177. cikk", "EEC"),
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


@pytest.mark.parametrize(
    ("text", "span", "normal", "treaty"),
    [
        # L. Blutman, 'Az előzetes döntéshozatal kezdeményezésének elutasítása' (9dok.org;
        # pages corpus); was nothing
        ("az Európai Unió működéséről szóló szerződés (EUMSz) 267. cikke szabályozza",
         "Európai Unió működéséről szóló szerződés (EUMSz) 267. cikke", "EUMSZ 267. cikk",
         "TFEU"),
        ("Az Európai Unió működéséről szóló szerződés (EUMSz.) 101. cikkében foglalt",
         "Európai Unió működéséről szóló szerződés (EUMSz.) 101. cikkében", "EUMSZ 101. cikk",
         "TFEU"),
        ("az EUMSz 102. cikke alapján", "EUMSz 102. cikke", "EUMSZ 102. cikk", "TFEU"),
        # (the paragraph after the article in the span and the normal form, as written)
        ("az EUMSz. 107. cikkének (1) bekezdése", "EUMSz. 107. cikkének (1) bekezdése",
         "EUMSZ 107. cikk (1) bekezdése", "TFEU"),
        ("az EUSz 6. cikkének (3) bekezdése", "EUSz 6. cikkének (3) bekezdése",
         "EUSZ 6. cikk (3) bekezdése", "TEU"),
        ("az EUSz. 50. cikke szerinti", "EUSz. 50. cikke", "EUSZ 50. cikk", "TEU"),
        # a definition in brackets between the name and the article, without its colon
        ("Az Európai Unió működéséről szóló szerződés (továbbiakban EUMSZ) 101. cikkének",
         "Európai Unió működéséről szóló szerződés (továbbiakban EUMSZ) 101. cikkének",
         "EUMSZ 101. cikk", "TFEU"),
    ],
)  # fmt: skip
def test_abbreviations_with_a_lower_case_z(text: str, span: str, normal: str, treaty: str) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.normalized, ref.treaty) == (span, normal, treaty)  # type: ignore[union-attr]
    assert eurefs.parse(normal).articles == ref.articles  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # the abbreviation without an article, or after a slash (an act's domain)
        "az EUMSz. versenyszabályait alkalmazza",
        "az EUSz. szerint 2019-ben",
        "a 2019/1/EUSz 5. cikk",
        # another spelling of the letters is no treaty
        "az Eumsz 101. cikke",
    ],
)
def test_no_article_of_a_lower_case_z_treaty(text: str) -> None:
    assert eurefs.extract(text, kinds="treaty_article") == []


def test_numbers_joined_by_illetve_after_a_comma() -> None:
    # the Competition Authority's page on EU competition law (gvh.hu; pages corpus): was
    # nothing ('illetve', "and/or", after its comma as Hungarian writes it)
    text = (
        "Az Európai Unió működéséről szóló szerződés (EUMSz.) 101., illetve 102. cikkében "
        "(korábban az Európai Közösséget létrehozó szerződés 81., illetve 82. cikke)"
    )
    refs = eurefs.extract(text, kinds="treaty_article")
    assert [(r.normalized, r.treaty, r.articles) for r in refs] == [  # type: ignore[union-attr]
        ("EUMSZ 101., illetve 102. cikk", "TFEU", ["101", "102"]),
        ("EKSZ 81., illetve 82. cikk", "EC", ["81", "82"]),
    ]
