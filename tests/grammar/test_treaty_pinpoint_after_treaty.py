"""A treaty article's pinpoint after the treaty's abbreviation, as the Court's Spanish writes
it (``artículo 288 TFUE, párrafo tercero``): in the article's span, the normal form as for
the pinpoint before the treaty (``artículo 288, párrafo tercero TFUE``); the records'
``pinpoints.after_treaty`` (``grammar/treaty_articles``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs

_DATA = Path(__file__).resolve().parents[1] / "data"


def _articles(text: str) -> list[tuple[str, str, list[str]]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized, list(r.articles)) for r in refs]  # type: ignore[union-attr]


def test_the_paragraph_of_the_judgment_in_dominguez() -> None:
    # the judgment in C-282/10 Domínguez, paragraph 24 (tests/data/corpus-es): the paragraph
    # was lost (``artículo 288 TFUE``)
    doc = _DATA / "corpus-es" / "docs" / "E01-es-cjeu-c-282-10-dominguez.txt"
    text = doc.read_text(encoding="utf-8")
    start = text.index("atenerse así a lo dispuesto")
    assert _articles(text[start : start + 100]) == [
        ("artículo 288 TFUE, párrafo tercero", "artículo 288, párrafo tercero TFUE", ["288"])
    ]
    assert eurefs.parse("artículo 288, párrafo tercero TFUE").normalized == (
        "artículo 288, párrafo tercero TFUE"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the keyword bracket of the General Court's Spanish summary in T-472/13 Lundbeck
        # (curia.europa.eu, ES, ECLI:EU:T:2016:449; pages corpus)
        ("(Art. 101 TFUE, ap. 1)", [("Art. 101 TFUE, ap. 1", "artículo 101, ap. 1 TFUE", ["101"])]),
        # a pinpoint word without its number is none: the article alone, as before (Spanish,
        # the text's language by that word: test_treaty_pinpoint_after_language)
        ("(Art. 101 TFUE, apartado)", [("Art. 101 TFUE", "artículo 101 TFUE", ["101"])]),
        # the article's pinpoint before the treaty, as before
        ("el artículo 4, apartado 3, TUE establece",
         [("artículo 4, apartado 3, TUE", "artículo 4, apartado 3 TUE", ["4"])]),
    ],
)  # fmt: skip
def test_spanish(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _articles(text) == expected
