"""An article's number in another numbering in a bracket after a treaty article, without
the article word (grammar/renumbered_articles)."""

from __future__ import annotations

import pytest

from tests.support.extracted import extracted


def _articles(text: str) -> list[tuple[str, str, str]]:
    return extracted(
        text, "text", "normalized", "treaty", kinds="treaty_article", short_forms=False
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the legal basis as the Commission's competition case search labels it (quoted in
        # the README of a public repository that cleans those labels)
        ("Art. 105 TFEU (Ex 85 EC)",
         [("Art. 105 TFEU", "Article 105 TFEU", "TFEU"), ("85 EC", "Article 85 EC", "EC")]),
        # the present number, as the session's brief reported it from a real text
        ("See Article 141 EC (now 157 TFEU).",
         [("Article 141 EC", "Article 141 EC", "EC"), ("157 TFEU", "Article 157 TFEU", "TFEU")]),
        # each note is one article: the singular word
        ("Articles 81 EC (now 101 TFEU)",
         [("Articles 81 EC", "Article 81 EC", "EC"), ("101 TFEU", "Article 101 TFEU", "TFEU")]),
    ],
)  # fmt: skip
def test_the_other_number_in_a_bracket(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _articles(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Article 5 of the Directive (ex 81 EC)",  # no treaty article before the bracket
        "Article 119 (ex 141 EC)",  # nor an article whose treaty the text names
        "Article 81 EC (now 101)",  # no treaty in the bracket
        "Article 81 EC (see 101 TFEU)",  # no word of another numbering
        "Article 81 EC (ex 101 TFEU, as amended)",  # the bracket goes on
    ],
)
def test_no_other_number(text: str) -> None:
    assert [r for r in _articles(text) if not r[0].startswith("Article 81 EC")] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the European Ombudsman's special report on complaint 713/98/IJH (ombudsman.europa.eu,
        # German; pages corpus): nothing was read; both numbers are the named treaty's, the
        # first as numbered before Amsterdam, the EEC Treaty's numbers (grammar/treaty_eras:
        # was 'Artikel 30 EG', Article 30 EC after 1999 is another article)
        ("dass die Guest Beer Provision gegen Artikel 30 (nun Artikel 28) des EG-Vertrags "
         "verstoße",
         [("Artikel 30", "Artikel 30 EWG", "EEC"), ("Artikel 28", "Artikel 28 EG", "EC")]),
        ("eine Untersuchung gemäß Artikel 169 (nun Artikel 226) EG-Vertrag ein",
         [("Artikel 169", "Artikel 169 EWG", "EEC"), ("Artikel 226", "Artikel 226 EG", "EC")]),
        # the treaty's long name decides (Euratom's holds the EC Treaty's words)
        ("Artikel 30 (nun Artikel 28) des Vertrags zur Gründung der Europäischen "
         "Atomgemeinschaft",
         [("Artikel 30", "Artikel 30 EAG", "EAEC"), ("Artikel 28", "Artikel 28 EAG", "EAEC")]),
        # a treaty after each: two articles as before, each its own treaty
        ("nach Art. 234 EG (jetzt Art. 267 AEUV) vorgelegt",
         [("Art. 234 EG", "Artikel 234 EG", "EC"), ("Art. 267 AEUV", "Artikel 267 AEUV", "TFEU")]),
    ],
)  # fmt: skip
def test_the_other_number_with_its_word_before_the_treaty(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert _articles(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "gemäß Artikel 30 (nun Artikel 28) der Verordnung (EG) Nr. 1/2003",  # an act's articles
        "gemäß Artikel 30 (siehe Artikel 28) des EG-Vertrags",  # no word of another numbering
        "gemäß Artikel 30 (nun Artikel 28 und 29) des EG-Vertrags",  # the bracket goes on
        # no record says English writes it so (UNCONFIRMED in a text read)
        "Article 30 (now Article 28) of the EC Treaty",
    ],
)
def test_no_other_number_with_its_word(text: str) -> None:
    assert _articles(text) == []
