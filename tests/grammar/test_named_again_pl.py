"""The Charter named again by its short name in Polish (``art. 47 Karty``) once the text has
named it in full: ``eurefs/grammar/named_again.py`` with the record's ``short_names``."""

from __future__ import annotations

import pytest

import eurefs

# Opinion of Advocate General Spielmann in C-225/22, points 1 and 3, as
# monitorkonstytucyjny.eu prints it (pages corpus): the Charter in full with its short
# name defined, then an article by the short name (was: nothing for the second)
PL = (
    "1. W obliczu kryzysu państwa prawnego w Europie obszerne i szeroko komentowane"
    " orzecznictwo Trybunału zakreśliło kontury wymogów dotyczących niezawisłości i"
    " bezstronności sądów, które wynikają z art. 19 ust. 1 akapit drugi TUE w związku art. 47"
    " Karty praw podstawowych Unii Europejskiej (zwanej dalej „Kartą”). [...] 3. Czy sąd"
    " krajowy może podnieść, że [...] krajowy organ sądowy wyższej instancji nie jest sądem"
    " ustanowionym uprzednio na mocy ustawy w rozumieniu art. 19 ust. 1 akapit drugi TUE w"
    " związku z art. 47 Karty? A jeżeli tak, to jakie są losy prawne aktów"
)


def _charter(text: str) -> list[tuple[str, str, list[str]]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized, r.articles) for r in refs if r.treaty == "CFR"]  # type: ignore[union-attr]


def test_polish_short_name_after_the_charter_in_full() -> None:
    assert _charter(PL) == [
        ("art. 47 Karty praw podstawowych Unii Europejskiej", "art. 47 KPP", ["47"]),
        ("art. 47 Karty", "art. 47 KPP", ["47"]),
    ]


@pytest.mark.parametrize(
    ("more", "span", "normalized", "articles"),
    [
        # a paragraph and a list (variants of the Court's wording, UNCONFIRMED as such)
        (" Zgodnie z art. 52 ust. 1 Karty ograniczenia", "art. 52 ust. 1 Karty",
         "art. 52 ust. 1 KPP", ["52"]),
        (" prawa z art. 7 i 8 Karty.", "art. 7 i 8 Karty", "art. 7 i 8 KPP", ["7", "8"]),
    ],
)  # fmt: skip
def test_pinpoints_and_lists_by_the_short_name(
    more: str, span: str, normalized: str, articles: list[str]
) -> None:
    assert _charter(PL + more)[-1] == (span, normalized, articles)


def test_the_short_name_reads_back() -> None:
    assert eurefs.parse("art. 47 KPP").treaty == "CFR"  # type: ignore[union-attr]


def test_never_before_the_charter_is_named_in_full() -> None:
    assert _charter(PL.split("[...]", 1)[1]) == []


@pytest.mark.parametrize(
    "other",
    [
        # the Teachers' Charter, a Polish statute (a public repository, find_string)
        " Zgodnie z art. 47 Karty Nauczyciela nauczyciel.",
        " art. 1 Karty Narodów Zjednoczonych i art. 2 Karty ONZ",
        " art. 24 Europejskiej Karty Społecznej oraz art. 4 Karty Samorządu Lokalnego",
        " art. 2 Karty Dużej Rodziny",
        # a card, in small letters
        " art. 5 karty płatniczej",
    ],
)
def test_never_another_charter(other: str) -> None:
    assert _charter(PL + other) == _charter(PL)
