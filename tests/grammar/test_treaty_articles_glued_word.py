"""A treaty's article with its number glued to German ``Art``, as the Austrian RIS lists the
norms a decision applies, one a line, the treaty's abbreviation first (``AEUV Art267``;
``treaty_article_patterns._WORD_END``, ``treaty_names.leads_next``)."""

from __future__ import annotations

import pytest

import eurefs


def _articles(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.text, r.normalized, r.treaty) for r in eurefs.extract(text)
            if r.kind == "treaty_article"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Norm list of the Constitutional Court's G200/2022 of 26 September 2022
        # (jusline.at; pages corpus); the article was missed
        ("Norm\n\nB-VG Art140 Abs1 Z1 lita\nDSG §9 Abs1\nDS-GVO Art85\nAEUV Art267\n"
         "VfGG §7 Abs1\n", [("AEUV Art267", "Artikel 267 AEUV", "TFEU")]),
        # one treaty a line, each leading its own article (as 'GR-Charta Art. 18' over
        # 'AEUV Art. 267'; the RIS writes the number glued)
        ("Norm\nEUV Art4 Abs3\nAEUV Art288\n",
         [("EUV Art4 Abs3", "Artikel 4 Abs3 EUV", "TEU"),
          ("AEUV Art288", "Artikel 288 AEUV", "TFEU")]),
    ],
)  # fmt: skip
def test_an_article_glued_to_its_word(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _articles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no treaty named: an article number of something else
        "Art1 und Art2 der Satzung gelten weiter.",
        # a compound after the number is no treaty's abbreviation
        "Artikelnummer Art123 AEUV-konform geliefert",
        # national law's norms stay out
        "B-VG Art140 Abs1 Z1 lita\nStGG Art2\n",
    ],
)
def test_no_glued_article_without_its_treaty(text: str) -> None:
    assert _articles(text) == []
