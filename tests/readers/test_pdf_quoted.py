"""Strings and comments in a PDF's objects: read as PDFium's lexer reads them by the
checks made before PDFium reads the file."""

from __future__ import annotations

import tracemalloc

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from eurefs.readers.pdfobjects import Objects
from tests.support.pdf_streams import _pdf, filtered_pdf, page_objects
from tests.support.pdf_trees import quoted_tree_pdf
from tests.support.refusals import seconds_to_refuse

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
    assert seconds_to_refuse(data, "as often as its page tree lists it") < 10


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
