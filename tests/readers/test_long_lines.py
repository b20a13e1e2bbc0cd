"""Markup whose one paragraph holds very many pieces reads in time linear in its size.

Counted, not timed (timings flake on a loaded machine): how often the text builder reads a
part of the line it holds, at two sizes of the paragraph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import SupportsIndex

import pytest

import eurefs
from eurefs.readers.builder import TextBuilder

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


class _Parts(list[str]):
    """A line's parts that count how often one of them is read (``"".join`` and ``any``
    read a list that is not exactly a list through its ``__iter__``)."""

    read = 0

    def __iter__(self) -> Iterator[str]:
        for part in super().__iter__():
            _Parts.read += 1
            yield part

    def __reversed__(self) -> Iterator[str]:
        for part in super().__reversed__():
            _Parts.read += 1
            yield part

    def __getitem__(self, index: SupportsIndex | slice) -> list[str] | str:  # type: ignore[override]
        got = super().__getitem__(index)
        _Parts.read += len(got) if isinstance(index, slice) else 1
        return got


def _parts_read(data: bytes) -> int:
    """How often the text builders read a part of their line as ``data`` is read."""
    slot = TextBuilder.__dict__["_parts"]
    with pytest.MonkeyPatch.context() as patch:
        parts = property(slot.__get__, lambda builder, value: slot.__set__(builder, _Parts(value)))
        patch.setattr(TextBuilder, "_parts", parts)
        _Parts.read = 0
        eurefs.read_document(data)
        return _Parts.read


def _formex(notes: int) -> bytes:
    return b'<?xml version="1.0"?><ACT><P>Richtlinie 2014/65/EU' + _NOTE * notes + b"</P></ACT>"


def _html(boxes: int) -> bytes:
    return b"<html><body><p>" + _BOX * boxes + b"Richtlinie 2014/65/EU</p></body></html>"


def test_a_formex_paragraph_of_many_notes_reads_in_linear_time() -> None:
    # each note's call asked whether the line so far ends with a number by joining the
    # line: 40,000 notes in one paragraph took 52 s, 300,000 (10 MB) over 5 minutes
    # (quadratic: on 173ffd8 four times the notes read the line's parts 16 times as often)
    short, long = _parts_read(_formex(300)), _parts_read(_formex(1200))
    assert long < 6 * short, (short, long)
    doc = eurefs.read_document(_formex(3))
    assert doc.text.count("(3) Verordnung (EU) Nr. 909/2014") == 1


def test_an_html_paragraph_of_many_blank_boxes_reads_in_linear_time() -> None:
    # each box asked whether the line holds text yet by reading every part of it: 20,000
    # blank boxes in one paragraph (0.5 MB) took 84 s on 173ffd8, 40,000 over 200 s
    short, long = _parts_read(_html(300)), _parts_read(_html(1200))
    assert long < 6 * short, (short, long)
    assert eurefs.read_document(_html(3)).text == "Richtlinie 2014/65/EU\n"
