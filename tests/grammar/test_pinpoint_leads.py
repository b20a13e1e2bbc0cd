"""The subdivisions written before a pinpoint's article (``eurefs.grammar.pinpoint_leads``):
joined by a link word, or (a language with no link words) by a blank alone."""

from __future__ import annotations

import re

import pytest

from eurefs.grammar import pinpoint_leads
from eurefs.languages import BY_CODE


def _leads(lang: str) -> re.Pattern[str]:
    source = pinpoint_leads.source(BY_CODE[lang], r"(?:of|of[ ]the)")
    assert source is not None
    return re.compile(source)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # the GDPR in Slovenian, Article 21(1) (gdpr-text.com): 'točki (e) ali (f) člena 6(1)'
        ("ki temelji na točki (e) ali (f) ", "točki (e) ali (f) "),
        ("v skladu s točko (a) drugega pododstavka ", "točko (a) drugega pododstavka "),
        # no comma between a lead and the article: a paragraph of the citing text
        ("kot v točki 40, ", None),
        # the end of the text before the article: a line break after the blank is no end
        ("na podlagi točke (f) \n", None),
    ],
)
def test_a_declined_lead_takes_no_link_word(text: str, lead: str | None) -> None:
    found = _leads("sl").search(text)
    assert (found.group() if found else None) == lead


def test_what_the_text_before_the_article_ends_in() -> None:
    assert pinpoint_leads.ends(BY_CODE["en"])[0] == "of "
    assert set(pinpoint_leads.ends(BY_CODE["sl"])) == {" ", "\n", "\t", "\u00a0"}
    assert pinpoint_leads.source(BY_CODE["pl"], "(?!)") is None  # (Polish writes none)


@pytest.mark.parametrize(
    ("lang", "before", "passes"),
    [
        ("sl", "na podlagi točke (f) ", True),
        ("sl", "na podlagi drugega pododstavka ", True),
        ("sl", "na podlagi ", False),  # no lead: spared the search
        ("en", "point (a) of ", True),
        ("en", "on the basis of ", False),
    ],
)
def test_the_tail_lets_leads_through_and_turns_the_rest_away(
    lang: str, before: str, passes: bool
) -> None:
    tail = re.compile(pinpoint_leads.tail(BY_CODE[lang]))
    assert (tail.match(before[::-1]) is not None) is passes
