"""A one-letter preposition before the treaty is no point of the pinpoint list
(``eurefs/grammar/treaty_articles.py``): Danish ``artikel 107, stk. 1, i traktaten ...``
is paragraph 1 *in* the TFEU, normalised as the Court writes it (``artikel 107, stk. 1,
TEUF``), not a point (i)."""

from __future__ import annotations

import pytest

from tests.support.treaty_articles import assert_one_treaty_article


@pytest.mark.parametrize(
    ("text", "span", "normalized", "treaty"),
    [
        # EUR-Lex 52016XC0719(05), the Commission notice on the notion of State aid, its
        # title (was 'artikel 107, stk. 1, i TEUF', a point (i) in the normal form)
        ("Kommissionens meddelelse om begrebet statsstøtte i artikel 107, stk. 1, i traktaten "
         "om Den Europæiske Unions funktionsmåde",
         "artikel 107, stk. 1, i traktaten om Den Europæiske Unions funktionsmåde",
         "artikel 107, stk. 1 TEUF", "TFEU"),
        # UNCONFIRMED: the same after the abbreviation (the Court writes 'artikel 107, stk.
        # 1, TEUF', ECLI:EU:C:2024:153, point 2: the same normal form)
        ("artikel 19, stk. 3, litra b), i TEU", "artikel 19, stk. 3, litra b), i TEU",
         "artikel 19, stk. 3, litra b) TEU", "TEU"),
        ("artikel 107, stk. 1, TEUF", "artikel 107, stk. 1, TEUF", "artikel 107, stk. 1 TEUF",
         "TFEU"),
        # UNCONFIRMED: a letter point before a comma stays a point
        ("artikel 6, stk. 1, litra h, i, j og k, TEUF",
         "artikel 6, stk. 1, litra h, i, j og k, TEUF",
         "artikel 6, stk. 1, litra h, i, j og k TEUF", "TFEU"),
    ],
)  # fmt: skip
def test_a_one_letter_preposition_is_no_point(
    text: str, span: str, normalized: str, treaty: str
) -> None:
    assert_one_treaty_article(text, span, normalized, treaty)
