"""Czech and Slovak write an EC Treaty article alike (``článku 234 ES``): the phrase before
it tells them apart, ``na základě`` / ``ve smyslu`` Czech, ``na základe`` / ``v zmysle``
Slovak (the records' ``hint_words``; sources there).  The treaty's own abbreviation tells
them after Lisbon: ``SFEU`` is Czech, ``ZFEÚ`` Slovak (EUR-Lex summary LEGISSUM 4301854 in
both languages), whatever the words around."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _articles(text: str) -> list[tuple[str, str, str | None]]:
    return extracted(text, "text", "normalized", "lang", kind="treaty_article")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Slovak: were Czech ('článek 234 ES'), the registry's order deciding a tie of 'na'
        ("Súd rozhodol na základe článku 234 ES", [("článku 234 ES", "článok 234 ES", "sk")]),
        ("Ide o dohody v zmysle článku 81 ES", [("článku 81 ES", "článok 81 ES", "sk")]),
        # the Court's Czech (EUR-Lex 62019CJ0561, 62013CC0320: 'na základě'), pre-Lisbon
        ("žaloba pro nesplnění povinnosti podaná na základě článku 226 ES",
         [("článku 226 ES", "článek 226 ES", "cs")]),
        ("Jde o dohody ve smyslu článku 81 ES", [("článku 81 ES", "článek 81 ES", "cs")]),
        # after Lisbon the abbreviation decides
        ("žádost o rozhodnutí o předběžné otázce na základě článku 267 SFEU",
         [("článku 267 SFEU", "článek 267 SFEU", "cs")]),
        ("návrh na začatie prejudiciálneho konania podľa článku 267 ZFEÚ",
         [("článku 267 ZFEÚ", "článok 267 ZFEÚ", "sk")]),
    ],
)  # fmt: skip
def test_the_phrase_before_a_shared_article_tells_czech_from_slovak(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _articles(text) == expected


def test_a_phrase_far_from_the_article_does_not_outweigh_the_near_word() -> None:
    """``podle`` right before the article keeps it Czech, a Slovak ``na základe`` further
    back notwithstanding."""
    text = "Na základe toho podle článku 234 ES"
    assert _articles(text) == [("článku 234 ES", "článek 234 ES", "cs")]
