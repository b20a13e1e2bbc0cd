"""What an alias says (``eurefs/short_forms/alias_words.py``): its type and whether it
names an act."""

from __future__ import annotations

import pytest

from eurefs.languages import BY_CODE
from eurefs.short_forms.alias_words import acceptable_alias, alias_type, strip_article
from eurefs.short_forms.common import words


@pytest.mark.parametrize(
    ("alias", "lang", "expected"),
    [
        ("the CMO Regulation", "en", ("regulation", False)),
        ("Directive", "en", ("directive", True)),
        ("règlement REACH", "fr", ("regulation", False)),
        ("földgázirányelv", "hu", ("directive", False)),
        ("GDPR", "en", (None, False)),
    ],
)
def test_alias_type(alias: str, lang: str, expected: tuple[str | None, bool]) -> None:
    assert alias_type(strip_article(alias, lang), lang) == expected


def test_strip_article() -> None:
    assert strip_article("the GDPR", "en") == "GDPR"
    assert strip_article("theGDPR", "en") == "theGDPR"  # no word of its own: no article
    assert strip_article("l'AI Act", "fr") == "AI Act"


@pytest.mark.parametrize(
    ("alias", "lang", "expected"),
    [
        ("GDPR", "en", True),
        ("the UCITS Directive", "en", True),
        ("ΟΠΕ", "el", True),
        ("the referring court", "en", False),
        ("the D group", "en", False),
    ],
)
def test_acceptable_alias(alias: str, lang: str, expected: bool) -> None:
    assert acceptable_alias(strip_article(alias, lang), lang, frozenset()) is expected


@pytest.mark.parametrize("lang", sorted(BY_CODE))
def test_strip_article_reads_the_longest_article_first(lang: str) -> None:
    """Each article of the record, before a word or glued to it, is taken off as the
    longest article it starts with (``az irányelv``, not ``a`` + ``z irányelv``)."""
    articles = words(lang).articles
    for art in articles:
        for alias in (f"{art} Directive", f"{art}Directive", art):
            expected = alias.strip()
            for other in sorted(articles, key=len, reverse=True):
                rest = alias[len(other) :]
                if alias.startswith(other) and (
                    rest[:1] in (" ", "\u00a0", "") or other.endswith(("'", "\u2019", "-"))
                ):
                    expected = rest.strip()
                    break
            assert strip_article(alias, lang) == expected


def test_strip_article_hungarian_az() -> None:
    # (pins today's behaviour: the record's 'a' is a prefix of 'az')
    assert strip_article("az irányelv", "hu") == "irányelv"
    assert strip_article("a földgázirányelv", "hu") == "földgázirányelv"
