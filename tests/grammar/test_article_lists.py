"""Article designations of a list, a range kept as one (``eurefs/grammar/article_lists.py``)."""

from __future__ import annotations

import re

import pytest

import eurefs
from eurefs.grammar.article_lists import designations
from eurefs.languages import LANGUAGES

_SPLIT = re.compile(r"[-–][ ]?|[ ]?,[ ]|[ ](?:and|to|or)[ ]")


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("101, 102 and 106(2)", ["101", "102", "106(2)"]),
        ("101 to 106", ["101-106"]),
        ("101–106", ["101-106"]),
        ("81, 101 to 106 and 108", ["81", "101-106", "108"]),
        ("101 or 102", ["101", "102"]),
        ("101", ["101"]),
    ],
)
def test_designations(text: str, items: list[str]) -> None:
    assert designations(text, _SPLIT) == items


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("Articles 101 to 106 TFEU", ["101-106"]),
        ("Articles 101–106 TFEU", ["101-106"]),
        ("Articles 81, 101 to 106 and 108 TFEU", ["81", "101-106", "108"]),
        ("articles 101 à 106 TFUE", ["101-106"]),
        ("Artikel 101 bis 106 AEUV", ["101-106"]),
        ("artikelen 101 tot en met 106 VWEU", ["101-106"]),
        ("artículos 101 a 106 TFUE", ["101-106"]),
        ("EUMSZ 101–106. cikk", ["101-106"]),
        ("SEUT 101–106 artikla", ["101-106"]),
        ("101. do 106. člen PDEU", ["101-106"]),
        ("101.–106. člen PDEU", ["101-106"]),
        # not ranges
        ("Articles 101 and 102 TFEU", ["101", "102"]),
        ("Article 101(1) and (3) TFEU", ["101(1)", "(3)"]),
    ],
)
def test_a_range_of_treaty_articles_is_one_designation(text: str, articles: list[str]) -> None:
    """Before, ``Articles 101 to 106`` gave ``['101', '106']``: as if only the two ends
    were cited."""
    (ref,) = eurefs.extract(text)
    assert ref.articles == articles
    assert eurefs.parse(ref.normalized).articles == articles


def test_range_words_are_conjunctions_of_their_record() -> None:
    for lg in LANGUAGES:
        assert set(lg.article_range_words) <= set(lg.article_conjunctions), lg.code
