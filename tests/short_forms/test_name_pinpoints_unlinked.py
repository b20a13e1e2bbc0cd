"""A pinpoint written right before a name with no link word (``short_forms/pinpoints``,
its unlinked pattern): also where a link word near is the pinpoint's own, and ending in an
ordinal subdivision."""

from __future__ import annotations

import pytest

import eurefs


def _short_form(text: str, name: str) -> eurefs.BaseReference:
    return next(r for r in eurefs.extract(text) if r.kind == "short_form" and r.text == name)


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        # a pinpoint with no link word before a name where a link word near is the
        # pinpoint's own (GDPRhub's commentary on Article 6 GDPR, gdprhub.eu; pages
        # corpus; was none: ``to`` read as an annex's link)
        (
            'The concept of "necessity" is used five of the six legal basis (Article 6(1)(b) '
            "to (f) GDPR).",
            "GDPR",
            "Article 6(1)(b) to (f)",
        ),
        # ending in an ordinal subdivision (Lex Digitalis on ABRvS 2 March 2022, quoting
        # the Afdeling; lexdigitalis.nl, pages corpus; was none)
        (
            "mits met de gekozen wijze van verstrekking maar aan het doel van artikel 15 derde "
            "lid AVG – t.w. het zich op de hoogte kunnen stellen – wordt voldaan",
            "AVG",
            "artikel 15 derde lid",
        ),
        (
            "aan het doel van artikel 15, derde lid, AVG wordt voldaan",
            "AVG",
            "artikel 15, derde lid",
        ),
    ],
)
def test_unlinked_pinpoint_before_a_name(text: str, name: str, pinpoint: str) -> None:
    assert _short_form(text, name).pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an ordinal with no article is the citing text's
        ("the first subparagraph GDPR applies", "GDPR"),
        ("het derde lid AVG", "AVG"),
    ],
)
def test_no_unlinked_pinpoint_without_an_article(text: str, name: str) -> None:
    assert _short_form(text, name).pinpoint is None
