"""Plain text: byte-order marks, wide encodings, and the encoding a user names."""

from __future__ import annotations

import pytest

import eurefs
from eurefs.errors import UnsupportedFormat

TEXT = "Règlement (UE) 2016/679\n"


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-16", "utf-8-sig"])
def test_text_with_a_byte_order_mark_needs_no_encoding(encoding: str) -> None:
    bom = "\ufeff" if encoding == "utf-32-be" else ""
    doc = eurefs.read_document((bom + TEXT).encode(encoding))
    # before: UTF-32 was "binary data in an unknown format"
    assert (doc.format, doc.text) == ("text", TEXT)


def test_utf16_without_a_byte_order_mark_is_read_when_named_and_explained_when_not() -> None:
    data = TEXT.encode("utf-16-le")
    # before: "binary data" even with encoding="utf-16-le"
    assert eurefs.read_document(data, encoding="utf-16-le").text == TEXT
    with pytest.raises(
        UnsupportedFormat, match=r"utf-16-le text without .*\(--encoding utf-16-le\)"
    ):
        eurefs.read_document(data)
    with pytest.raises(UnsupportedFormat, match="looks like utf-16-be"):
        eurefs.read_document(TEXT.encode("utf-16-be"))
    with pytest.raises(UnsupportedFormat, match=r"Formex and text$"):
        eurefs.read_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_a_named_encoding_drops_the_byte_order_mark_and_an_unknown_one_is_an_error() -> None:
    assert eurefs.read_document(TEXT.encode("utf-16"), encoding="utf-16-le").text == TEXT
    latin2 = "Rozporządzenie (UE) 2016/679 łś\n"
    assert eurefs.read_document(latin2.encode("iso-8859-2"), encoding="iso-8859-2").text == latin2
    with pytest.raises(UnsupportedFormat, match="unknown encoding 'latin-99'"):
        eurefs.read_document(TEXT.encode("utf-16-le"), encoding="latin-99")
