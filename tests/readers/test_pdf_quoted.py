"""Strings and comments in a PDF's objects: read as PDFium's lexer reads them by the
checks made before PDFium reads the file."""

from __future__ import annotations

import tracemalloc

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from eurefs.readers import pdftokens
from eurefs.readers.pdfobjects import Objects
from tests.support.pdf_streams import _pdf, filtered_pdf, page_objects
from tests.support.pdf_trees import quoted_tree_pdf
from tests.support.refusals import refused_before
from tests.support.steps import lines_run

QUOTES = [
    (b"/T (endobj)", b""),
    (b"/T (stream\n)", b""),
    (b"/T (stream\r)", b""),
    (b"% endobj\n", b""),
    (b"/T (a (endobj) \\) b)", b""),
    (b"", b"<< /T (2 0 obj << >> 6 0 obj << >>) >>"),
]


@pytest.mark.parametrize(("quote", "later"), QUOTES)
def test_a_page_tree_is_read_past_strings_and_comments(quote: bytes, later: bytes) -> None:
    # An object's text ended at the first 'endobj' or 'stream' after its head, and an
    # object was the last written under its number: '/T (endobj)' written in the page
    # tree's nodes before their /Kids (6 KB), or a later string that writes
    # '(2 0 obj << >> 6 0 obj << >>)', hid a tree of 202,500 pages that PDFium reads
    # (85 s): the page tree check saw no tree.
    data = quoted_tree_pdf(quote, later)
    assert len(data) < 8000
    refused_before(data, "as often as its page tree lists it")


_TEXT = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET\n"


@pytest.mark.parametrize(
    "after",
    [b"/T (" + b"x" * 5000 + b")", b"/T (/Filter /FlateDecode)", b"/T (\n4 0 obj)"],
    ids=["long", "fake filter", "fake head"],
)
def test_a_stream_whose_dictionary_holds_a_string_is_decoded_by_its_own_filters(
    after: bytes,
) -> None:
    # The dictionary of a stream was the 4 KB before 'stream' from the last 'obj', and
    # its last /Filter counted: a string of 5 KB after /Filter [/ASCIIHexDecode
    # /FlateDecode] (164 KB) let 40 MB of paths through, 35 s and 940 MB to read; an LZW
    # stream whose string writes '/Filter /FlateDecode' was taken for binary data.
    data = filtered_pdf(_TEXT + b" " * (2 << 20), ["LZWDecode"])
    data = data.replace(b"] >>\nstream", b"] %s >>\nstream" % after, 1)
    with pytest.raises(UnsafeDocument, match="refused as a decompression bomb"):
        eurefs.read_document(data, name="bomb.pdf")


def test_strings_and_comments_do_not_change_what_is_read() -> None:
    # a page whose objects hold strings and comments is read as before
    data = filtered_pdf(_TEXT, ["FlateDecode"])
    data = data.replace(b"] >>\nstream", b"] /T (endobj (stream\n)) >>\nstream", 1)
    doc = eurefs.read_document(data)
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]


@pytest.mark.parametrize("unit", [b"%\n", b"()"], ids=["comments", "strings"])
def test_empty_strings_and_comments_cost_no_memory(unit: bytes) -> None:
    # each string and comment of an object's text was kept as a span, and its blanked
    # text built from a piece a span: a file of 1 MB of '%' lines took 236 MB to read on
    # 961dd99, 7.5 s (27 MB and 2.4 s now; a page showing Directive 95/46/EC, and an
    # object of them).
    # Empty ones, which blank nothing, are no spans, and the text is blanked in place
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    data = _pdf([*page_objects(text), b"<< " + unit * (32 << 10) + b">>"])
    tracemalloc.start()
    try:
        Objects(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000  # (12.5 MB on 961dd99)
    doc = eurefs.read_document(data, name="quoted.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]


@pytest.mark.parametrize("unit", [b"(", b"(a", b"\\(("], ids=["open", "nested", "escaped"])
def test_a_string_of_a_million_parentheses_is_read_in_one_pass(unit: bytes) -> None:
    # a string was read a parenthesis at a time, a Python step each: an object holding
    # 1 MB of '(' (a string never closed, 2 bytes of a page showing Directive 95/46/EC
    # around it) took 2.5 s to index on 6f84822, 6 s on a loaded machine, 28 times as
    # long as 1 MB of letters; its pieces are now counted in C. The Python steps of the
    # string's reading counted, not timed (timings flake): a line for every 64 bytes at
    # most (256 KB: about 600 lines; on 6f84822 a million)
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    size = 1 << 18
    hostile = _pdf([*page_objects(text), b"<< /T " + unit * (size // len(unit)) + b" >>"])
    assert lines_run(lambda: Objects(hostile), pdftokens) < size // 64
    doc = eurefs.read_document(hostile, name="parentheses.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]


def _lines_a_string(unit: bytes) -> float:
    """The lines of :mod:`~eurefs.readers.pdftokens` run a string to index an object of
    256 KB of ``unit`` strings (a page showing Directive 95/46/EC before it)."""
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    count = (1 << 18) // len(unit)
    data = _pdf([*page_objects(text), b"<< /T [" + unit * count + b"] >>"])
    return lines_run(lambda: Objects(data), pdftokens) / count


@pytest.mark.parametrize("unit", [b"(a\\)b)", b"((a))"], ids=["escaped", "nested"])
def test_a_million_short_strings_are_read_in_c(unit: bytes) -> None:
    # each string of an object was found by a search and read by a call, one that escapes
    # or nests a parenthesis a piece of 256 bytes at a time: an object of 1 MB of them
    # (around it, a page showing Directive 95/46/EC) took 32 to 103 times as long to
    # index as 1 MB of letters on 173ffd8 (7.2 s for '(a\)b)', 9.3 s for '((a))' on a
    # loaded machine); both are now read by one regular expression. The Python steps
    # counted, not timed (timings flake): such a string takes as many as a plain one
    # ('(ab)', 7 lines; on 173ffd8 29 and 28 lines against 15)
    assert _lines_a_string(unit) < 1.25 * _lines_a_string(b"(ab)")
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET"
    hostile = _pdf([*page_objects(text), b"<< /T [" + unit * ((1 << 20) // len(unit)) + b"] >>"])
    doc = eurefs.read_document(hostile, name="strings.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]


def test_strings_with_nested_and_escaped_parentheses_end_where_pdfium_ends_them() -> None:
    # the string's end is found in pieces (256 bytes, then twice as many ...): a
    # parenthesis or an escape on either side of a piece's edge counts as before
    for pad in range(250, 262):
        for tail in (b")", b"\\))", b"\\\\)", b"(x))", b"\\(x)"):
            quoted = b"(" + b"a" * pad + tail
            end = quoted.rfind(b")") + 1
            data = b"1 0 obj << /T " + quoted + b" >> endobj"
            at, spans = pdftokens.close(data, 7, len(data))
            assert at == data.index(b"endobj")
            assert spans == [(15, 14 + end - 1)], (pad, tail)
