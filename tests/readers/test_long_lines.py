"""Markup whose one paragraph holds very many pieces reads in time linear in its size."""

from __future__ import annotations

import time

import eurefs

#: A footnote as the Formex of Directive 2014/65/EU (MiFID II) writes it
#: (tests/data/documents/formex/de-fmx4-directive-2014-65-mifid-ii-excerpt.xml, E0001).
_NOTE = (
    b'<NOTE NOTE.ID="E0001" NUMBERING="ARAB" TYPE="FOOTNOTE"><P>Verordnung (EU) Nr. 909/2014 '
    b'(<REF.DOC.OJ COLL="L" DATE.PUB="20140828" NO.OJ="257" PAGE.FIRST="1">ABl. L 257 vom '
    b"28.8.2014, S. 1</REF.DOC.OJ>).</P></NOTE> und"
)
#: A number in a box of its own, as EUR-Lex writes a list's
#: (tests/data/documents/html/de-eurlex-com-2021-206-ai-act-proposal.html), here blank.
_BOX = b'<span class="num"> </span>'


def _seconds(data: bytes) -> float:
    started = time.perf_counter()
    eurefs.read_document(data)
    return time.perf_counter() - started


def _formex(notes: int) -> bytes:
    return b'<?xml version="1.0"?><ACT><P>Richtlinie 2014/65/EU' + _NOTE * notes + b"</P></ACT>"


def _html(boxes: int) -> bytes:
    return b"<html><body><p>" + _BOX * boxes + b"Richtlinie 2014/65/EU</p></body></html>"


def test_a_formex_paragraph_of_many_notes_reads_in_linear_time() -> None:
    # each note's call asked whether the line so far ends with a number by joining the
    # line: 40,000 notes in one paragraph took 52 s, 300,000 (10 MB) over 5 minutes
    # (quadratic: on 173ffd8, 8 times the notes took about 60 times as long)
    assert _seconds(_formex(16_000)) < 20 * max(_seconds(_formex(2_000)), 0.05)
    doc = eurefs.read_document(_formex(3))
    assert doc.text.count("(3) Verordnung (EU) Nr. 909/2014") == 1


def test_an_html_paragraph_of_many_blank_boxes_reads_in_linear_time() -> None:
    # each box asked whether the line holds text yet by reading every part of it: 20,000
    # blank boxes in one paragraph (0.5 MB) took 84 s on 173ffd8, 40,000 over 200 s
    assert _seconds(_html(16_000)) < 20 * max(_seconds(_html(2_000)), 0.05)
    assert eurefs.read_document(_html(3)).text == "Richtlinie 2014/65/EU\n"
