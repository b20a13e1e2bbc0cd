"""A division of a Treaty cited without an article (``grammar/treaty_divisions``): a treaty
article's record with no article, the divisions in the normal form (``Chapter 2 of Title V
TEU``), read back by ``parse``."""

from __future__ import annotations

import pytest

import eurefs


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # the GDPR's Article 2(2)(b) as gdprhub.eu ('Article 2 GDPR') and law-reg.org give it
        # (pages corpus): was nothing
        ("(b) by the Member States when carrying out activities which fall within the scope "
         "of Chapter 2 of Title V of the TEU;",
         "Chapter 2 of Title V of the TEU", "Chapter 2 of Title V TEU", "TEU"),
        # minereye.com, 'Art. 2 GDPR – Material scope' (pages corpus)
        ("The GDPR does not apply to matters that are not covered by European Union law (Union "
         "Law), State security activities (Chapter 2 of Title V of TEU), for activities",
         "Chapter 2 of Title V of TEU", "Chapter 2 of Title V TEU", "TEU"),
        ("Title V of Part Three TFEU", "Title V of Part Three TFEU", "Title V of Part Three TFEU",
         "TFEU"),
    ],
)  # fmt: skip
def test_a_division_without_an_article(text: str, span: str, normalized: str, treaty: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert (ref.text, ref.normalized, ref.treaty, ref.articles, ref.lang) == (
        span, normalized, treaty, [], "en")  # fmt: skip
    again = eurefs.parse(ref.normalized)
    assert (again.normalized, again.treaty, again.articles) == (normalized, treaty, [])


@pytest.mark.parametrize(
    "text",
    [
        "Chapter 2 TEU",  # a chapter without the title that numbers it
        "Title V of the Regulation",
        "Article 67(1), within Title VI, deals with jurisdiction",  # (UKSC 2024/36, tests/data)
    ],
)
def test_no_division_of_a_treaty(text: str) -> None:
    assert "treaty_article" not in [r.kind for r in eurefs.extract(text)]


def test_an_act_keeps_its_divisions_as_its_pinpoint() -> None:
    (ref,) = eurefs.extract("Title V, Chapter 2, Section 1 of Directive 2006/48/EC")
    assert (ref.kind, ref.pinpoint) == ("legal_act", "Title V, Chapter 2, Section 1")


def test_the_eu_treaty_before_lisbon_reads_back() -> None:
    # the normal form ``grammar/treaty_eras`` gives a TEU division in a text dated before
    # Lisbon; the closed abbreviation only right after the divisions (``of the EU``: the Union)
    assert (eurefs.parse("Title V EU").treaty, eurefs.parse("Title V EU").articles) == ("EU", [])
    assert "treaty_article" not in [r.kind for r in eurefs.extract("Title V of the EU")]
