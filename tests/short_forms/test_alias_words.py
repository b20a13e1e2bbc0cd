"""What an alias says (``eurefs/short_forms/alias_words.py``): its type and whether it
names an act."""

from __future__ import annotations

import pytest

from eurefs.short_forms.alias_words import acceptable_alias, alias_type, strip_article


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
