"""The footnote calls set as superscripts that the view drops (``eurefs.superscripts``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eurefs
from eurefs.superscripts import SUPERSCRIPTS, call_spans
from eurefs.textview import TextView

DOCS = Path(__file__).resolve().parent / "data" / "documents"


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("2016/679\u00b9 on", ["\u00b9"]),  # glued to the number
        ("Article 5 \u00b3 of", [" \u00b3"]),  # set apart: with the space before it
        ("2016/679 (\u00b9) and", [" (\u00b9)"]),  # plain brackets round it
        ("2016/679\u207d\u00b9\u00b2\u207e and", ["\u207d\u00b9\u00b2\u207e"]),  # one run
        ("a\u00b9 \u00b2 b", ["\u00b9", " \u00b2"]),  # two calls next to each other
        # glued to the word after it: the space before it stays
        ("No 40/94 \u00b9of", ["\u00b9"]),
        ("RUBRIK 7 \u2077\u2076des", ["\u2077\u2076"]),
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


def test_a_call_glued_to_the_next_word_leaves_the_reference_whole() -> None:
    # the German COM(2021) 206 final in EUR-Lex HTML (tests/data/documents): a copy that
    # indents its markup holds 'RUBRIK 7</span><span class="FootnoteReference">\n <a
    # ...>76</a>\n </span><span>des mehrjährigen', read 'RUBRIK 7 ⁷⁶des' (the reader drops
    # such white space: it is the copy's, not the page's); after a number the view read
    # '7des', and a reference there was lost: 'No 40/94 ¹of 20 December 1993' gave none
    doc = eurefs.read_document(DOCS / "html/de-eurlex-com-2021-206-ai-act-proposal.html")
    assert "Außerhalb der RUBRIK\xa07 ⁷⁶des mehrjährigen" in doc.text
    assert "Außerhalb der RUBRIK 7 des mehrjährigen" in TextView(doc.text).view
    text = "Articles 7 and 51 of Council Regulation (EC) No 40/94 ¹of 20 December 1993"
    assert [(r.text, r.celex) for r in eurefs.extract(text)] == [
        ("Council Regulation (EC) No 40/94", "31994R0040")
    ]
