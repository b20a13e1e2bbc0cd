"""The TFEU named in full with the Union abbreviated, as Czech and Slovak legal writing has
it (``Smlouvy o fungování EU``, ``Zmluvy o fungovaní EÚ``): the records' long names, read
by ``eurefs/grammar/treaty_articles.py``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # a Czech legal-information tool's list of citations (public repository; was nothing)
        ("čl. 267 Smlouvy o fungování EU", "čl. 267 Smlouvy o fungování EU", "čl. 267 SFEU"),
        # a Slovak municipality's document (public repository; was nothing)
        ("v súlade s Rozhodnutím Komisie č. 2012/21/EÚ z 20. decembra 2011 o uplatňovaní článku"
         " 106 ods. 2 Zmluvy o fungovaní EÚ na štátnu pomoc",
         "článku 106 ods. 2 Zmluvy o fungovaní EÚ", "článok 106 ods. 2 ZFEÚ"),
        # (the accusative: UNCONFIRMED in a text read)
        ("podle článku 4 odst. 3 Smlouvy o fungování EU a SEU",
         "článku 4 odst. 3 Smlouvy o fungování EU", "článek 4 odst. 3 SFEU"),
    ],
)  # fmt: skip
def test_the_tfeu_with_the_union_abbreviated(text: str, span: str, normalized: str) -> None:
    (ref,) = [r for r in eurefs.extract(text, short_forms=False) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty) == (span, normalized, "TFEU")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Smlouva o fungování EU byla podepsána v Lisabonu.",  # no article
        "Zmluva o fungovaní EÚ nadobudla platnosť.",
        # a national treaty or contract named alike
        "čl. 5 Smlouvy o fungování EUROREGIONU",
    ],
)
def test_no_article_or_another_treaty(text: str) -> None:
    assert [r.kind for r in eurefs.extract(text, short_forms=False)] == []
