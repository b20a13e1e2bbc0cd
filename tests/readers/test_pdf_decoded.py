"""Streams that PDFium decodes whole whatever their bytes: the catalog's metadata (at
open), and the font programs, CMaps, ICC profiles and functions a page loads."""

from __future__ import annotations

import time

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from tests.support.pdf_streams import decoded_pdf

KEYS = ["Metadata", "FontFile2", "ToUnicode", "ICCBased", "Separation"]


@pytest.mark.parametrize("packed", [False, True], ids=["plain", "packed"])
@pytest.mark.parametrize("key", KEYS)
def test_binary_data_that_pdfium_decodes_whole_is_refused_past_the_limits(
    key: str, packed: bool
) -> None:
    # Binary data was inflated one piece, to see that it is binary, as images are never
    # decoded to read text: a 3 KB PDF whose catalog names 1 GiB of zeros as its metadata
    # took 100 s and 8.5 GB to open (PDFium decodes it and parses it as XML); one whose
    # font program is 1 GiB of zeros, 4.7 s and 2.2 GB to read; a font program, a
    # /ToUnicode, an ICC profile or a tint function of 256 MiB of zeros, 1.9 KB, about
    # 650 MB.  16 MiB here (1,500:1).
    data = decoded_pdf(key, bytes(16 << 20), packed=packed)
    assert len(data) < 20_000
    started = time.perf_counter()
    with pytest.raises(UnsafeDocument, match="refused as a decompression bomb"):
        eurefs.read_document(data, name="bomb.pdf")
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("key", KEYS)
def test_binary_data_that_pdfium_decodes_whole_is_read_within_the_limits(key: str) -> None:
    # such streams of real PDFs inflate 1.0 to 2.9 times (those of tests/data/documents
    # and ../shared/samples/documents: 80 KB at most)
    doc = eurefs.read_document(decoded_pdf(key, bytes(range(256)) * 1024), name="a.pdf")
    assert [r.text for r in eurefs.extract(doc)] == ["Directive 95/46/EC"]
