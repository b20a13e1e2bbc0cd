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


def test_zero_width_characters_in_a_plain_text_break_no_reference_and_spans_keep_them() -> None:
    # tests/data/corpus/docs/D02 (Case C-590/22, paragraph 1), with the zero-width spaces
    # and word joiners a web page puts after slashes and into long words, which a copy
    # from the browser keeps (the HTML, Word and Formex readers leave them out; a plain
    # text keeps every character, so the spans index it as it is)
    paragraph = (
        "1 This request for a preliminary ruling concerns the interpretation of Article "
        "82(1) of Regulation (EU) 2016/\u200b679 of the European Parliament and of the "
        "Council of 27 April 2016 on the protection of natural persons with regard to the "
        "processing of personal data and on the free movement of such data, and repealing "
        "Direc\u200btive 95/46/\u2060EC (General Data Protection Regulation) (OJ 2016, L "
        "119, p. 1) (\u2018the GDPR\u2019).\n\f2 Article 82(1) of Regulation\u200b 2016/679\n"
    )
    doc = eurefs.read_document(paragraph.encode())
    assert doc.text == paragraph
    refs = eurefs.extract(doc)
    assert all(doc.text[r.start : r.end] == r.text for r in refs)
    # before: Regulation (EU) 2016/679 and Directive 95/46/EC not found, and the second
    # page's act neither
    found = [(r.text, r.normalized, getattr(r, "pinpoint", None), r.doc_page) for r in refs]
    assert found == [
        ("Regulation (EU) 2016/\u200b679", "Regulation (EU) 2016/679", "Article 82(1)", 1),
        ("Direc\u200btive 95/46/\u2060EC", "Directive 95/46/EC", None, 1),
        ("OJ 2016, L 119, p. 1", "OJ 2016, L 119, p. 1", None, 1),
        ("Regulation\u200b 2016/679", "Regulation 2016/679", "Article 82(1)", 2),
    ]
