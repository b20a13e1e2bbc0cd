"""PDF content streams encoded by other filters than Flate: read, and bombs refused."""

from __future__ import annotations

import time
import tracemalloc

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from tests.support.pdf_streams import filtered_pdf

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
    started = time.perf_counter()
    with pytest.raises(UnsafeDocument, match="refused as a decompression bomb"):
        eurefs.read_document(data, name="bomb.pdf")
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 12 << 20  # decoded in pieces; an LZW table holds at most about 8 MB
    assert elapsed < 5


def test_filters_nested_deeper_than_any_writer_nests_them_are_refused() -> None:
    chain = ["ASCII85Decode", "LZWDecode", "FlateDecode", "RunLengthDecode", "FlateDecode"]
    with pytest.raises(UnsafeDocument):
        eurefs.read_document(filtered_pdf(_TEXT, chain), name="deep.pdf")
