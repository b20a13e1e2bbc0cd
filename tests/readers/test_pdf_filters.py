"""PDF content streams encoded by other filters than Flate: read, and bombs refused."""

from __future__ import annotations

import re
import tracemalloc

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from tests.support.pdf_streams import filtered_pdf
from tests.support.refusals import refused_before

_TEXT = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET\n"
# long enough for LZW codes of 10 bits and more (the width grows at code 511 or 512)
_LONG = _TEXT[:-3] + b"0 -14 Td (Regulation No 1/2003) Tj " * 300 + b"ET\n"

CHAINS = [
    ["ASCII85Decode", "FlateDecode"],
    ["ASCIIHexDecode", "FlateDecode"],
    ["LZWDecode"],
    ["LZWDecode/EarlyChange0"],
    ["ASCII85Decode", "LZWDecode"],
    ["RunLengthDecode", "FlateDecode"],
    ["ASCIIHexDecode"],
]


@pytest.mark.parametrize("chain", CHAINS, ids="+".join)
def test_a_content_stream_under_any_chain_of_filters_is_read(chain: list[str]) -> None:
    doc = eurefs.read_document(filtered_pdf(_TEXT, chain))
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]
    refs = eurefs.extract(eurefs.read_document(filtered_pdf(_LONG, chain)))
    assert len(refs) == 301 and refs[-1].text == "Regulation No 1/2003"


@pytest.mark.parametrize("chain", CHAINS[:6], ids="+".join)
def test_a_bomb_wrapped_in_other_filters_is_refused_before_pdfium_reads_it(
    chain: list[str],
) -> None:
    # A Flate bomb in ASCII85 or LZW was not looked into: 80 KB of ASCII85 around 22 MB of
    # text operators took 380 MB to read (400 KB would take 2 GB); an LZW stream alone
    # holds runs of up to 3,839 bytes a code (about 1,300:1)
    content = _TEXT + b" " * (2 << 20)
    data = filtered_pdf(content, chain)
    assert len(data) < 200_000
    tracemalloc.start()
    try:
        refused_before(data, "refused as a decompression bomb", "bomb.pdf")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 << 20  # decoded in pieces; an LZW table holds at most about 8 MB


UNDECODED = [
    ["ASCIIHexDecode", "FlateDecode", "DCTDecode"],
    ["ASCII85Decode", "FlateDecode", "NoSuchDecode"],
]


@pytest.mark.parametrize("chain", UNDECODED, ids="+".join)
def test_a_chain_that_ends_in_a_filter_pdfium_does_not_decode_is_read_to_it(
    chain: list[str],
) -> None:
    # PDFium decodes up to the first filter it does not know and parses what that gives
    refs = eurefs.extract(eurefs.read_document(filtered_pdf(_LONG, chain)))
    assert len(refs) == 301 and refs[-1].text == "Regulation No 1/2003"
    # ... so a bomb there is one: on a596049 the check stopped at the unknown name and
    # took the stream for an image; 408 KB of hex around 100 MiB of path operators took
    # 20 s and 2.1 GB to read
    content = _TEXT + b"0 0 m 1 1 l S\n" * ((4 << 20) // 14)
    data = filtered_pdf(content, chain)
    assert len(data) < 40_000
    refused_before(data, "refused as a decompression bomb")


def test_filters_nested_deeper_than_any_writer_nests_them_are_refused() -> None:
    chain = ["ASCII85Decode", "LZWDecode", "FlateDecode", "RunLengthDecode", "FlateDecode"]
    with pytest.raises(UnsafeDocument):
        eurefs.read_document(filtered_pdf(_TEXT, chain), name="deep.pdf")


PREDICTED = [
    ["FlateDecode/Predictor12"],
    ["FlateDecode/Predictor12/Sub"],
    ["ASCII85Decode", "FlateDecode/Predictor12"],
]


def _indirect_parms(data: bytes) -> bytes:
    """``data`` with its ``/DecodeParms`` array in an object of its own (``6 0 R``), the
    cross-reference table written again."""
    parms = re.search(rb"/DecodeParms \[([^\]]*)\]", data)
    assert parms is not None
    data = data[: parms.start()] + b"/DecodeParms 6 0 R" + data[parms.end() :]
    body = data[: data.index(b"xref\n")] + b"6 0 obj\n[%s]\nendobj\n" % parms[1]
    offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj", body)]
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return body + b"xref\n0 7\n0000000000 65535 f \n%strailer\n<< /Size 7 /Root 1 0 R >>\n" \
        b"startxref\n%d\n%%%%EOF\n" % (table, len(body))  # fmt: skip


@pytest.mark.parametrize("chain", PREDICTED, ids="+".join)
def test_a_content_stream_behind_a_png_predictor_is_read(chain: list[str]) -> None:
    for data in (filtered_pdf(_LONG, chain), _indirect_parms(filtered_pdf(_LONG, chain))):
        refs = eurefs.extract(eurefs.read_document(data))
        assert len(refs) == 301 and refs[-1].text == "Regulation No 1/2003"


@pytest.mark.parametrize("chain", PREDICTED, ids="+".join)
def test_a_bomb_behind_a_png_predictor_is_refused(chain: list[str]) -> None:
    # a PNG predictor after Flate (/DecodeParms << /Predictor 12 /Columns 100 >>) turns
    # a content stream of spaces into rows of zeros: not text before the predictor is
    # undone, so it was not counted; 720 KB inflating to 200 MB took 560 MB to read
    # (PDFium undoes the predictor and parses the page); so with the parameters in an
    # object of their own
    content = _TEXT + b" " * (2 << 20)
    for data in (filtered_pdf(content, chain), _indirect_parms(filtered_pdf(content, chain))):
        assert len(data) < 200_000
        with pytest.raises(UnsafeDocument, match="refused as a decompression bomb"):
            eurefs.read_document(data, name="bomb.pdf")


def test_a_predictor_inside_a_chain_is_refused() -> None:
    # no writer puts a predictor before another filter; PDFium would undo it and inflate
    # again, where the head of the first layer shows no zlib stream
    chain = ["FlateDecode/Predictor12", "FlateDecode"]
    with pytest.raises(UnsafeDocument):
        eurefs.read_document(filtered_pdf(_TEXT, chain), name="inside.pdf")
