"""'And/or' between articles and acts in German, Dutch, Danish and Swedish (the records'
``article_conjunctions`` and ``list_conjunctions``: ``und/oder``, ``bzw.``, ``en/of``,
``og/eller``, ``och/eller``); the sources are in the records."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normal"),
    [
        # Deutsches Anwalt Office, Kartellrecht, Rz. 32 (haufe.de); was nothing
        ("Ein Verstoß gegen das Kartellverbot nach § 1 GWB oder Art. 101 bzw. 102 AEUV "
         "begründet", "Art. 101 bzw. 102 AEUV", "Artikel 101 bzw. 102 AEUV"),
        ("Art. 101 und/oder 102 AEUV", "Art. 101 und/oder 102 AEUV",
         "Artikel 101 und/oder 102 AEUV"),
        ("artikel 101 en/of 102 VWEU", "artikel 101 en/of 102 VWEU",
         "artikelen 101 en/of 102 VWEU"),
        ("artikel 101 og/eller 102 TEUF", "artikel 101 og/eller 102 TEUF",
         "artikel 101 og/eller 102 TEUF"),
        ("artikel 101 och/eller 102 FEUF", "artikel 101 och/eller 102 FEUF",
         "artiklarna 101 och/eller 102 EUF-fördraget"),
    ],
)  # fmt: skip
def test_treaty_articles_joined_by_and_or(text: str, span: str, normal: str) -> None:
    (ref,) = eurefs.extract(text, kinds="treaty_article")
    assert (ref.text, ref.normalized, ref.articles) == (span, normal, ["101", "102"])
    assert eurefs.parse(normal).normalized == normal  # the normal form reads back


def test_a_pinpoint_of_two_articles_joined_by_and_or() -> None:
    # as privacy notes join two articles of the GDPR (a public repository, id 54817123546);
    # the first article was left out ('Art. 29')
    text = "ein Verstoß gegen Art. 33 und/oder Art. 29 DSGVO liegt vor"
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "short_form"]
    expected = ("DSGVO", "32016R0679", "Art. 33 und/oder Art. 29")
    assert (ref.text, ref.celex, ref.pinpoint) == expected


def test_acts_listed_with_bzw() -> None:
    text = "Richtlinie 2006/112/EG bzw. Richtlinie 77/388/EWG"
    assert [r.celex for r in eurefs.extract(text)] == ["32006L0112", "31977L0388"]
