"""The footnote calls set as superscripts that the view drops (``eurefs.superscripts``)."""

from __future__ import annotations

import pytest

from eurefs.superscripts import SUPERSCRIPTS, call_spans


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("2016/679\u00b9 on", ["\u00b9"]),  # glued to the number
        ("Article 5 \u00b3 of", [" \u00b3"]),  # set apart: with the space before it
        ("2016/679 (\u00b9) and", [" (\u00b9)"]),  # plain brackets round it
        ("2016/679\u207d\u00b9\u00b2\u207e and", ["\u207d\u00b9\u00b2\u207e"]),  # one run
        ("a\u00b9 \u00b2 b", ["\u00b9", " \u00b2"]),  # two calls next to each other
        # a note's own mark at a line's start, or after two blanks: no call
        ("\u00b9\u00b2 Regulation", []),
        ("a\n(\u00b9) b", []),
        ("a  \u00b9 b", []),
    ],
)
def test_call_spans(text: str, calls: list[str]) -> None:
    held = [c for c in SUPERSCRIPTS if c in text]
    assert [text[s:e] for s, e in call_spans(text, held)] == calls


def test_only_the_superscripts_named_are_searched() -> None:
    # (the caller names those the text holds: ``textview._specials``)
    assert call_spans("a\u00b9 b\u00b2", ["\u00b2"]) == [(4, 5)]
