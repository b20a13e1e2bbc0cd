"""A PDF name may write any of its characters as ``#`` and two hex digits (ISO 32000-1,
7.3.5): PDFium reads ``/Fl#61teDecode`` as ``/FlateDecode``, and so do the checks made
before it reads a page."""

from __future__ import annotations

from pathlib import Path

import eurefs
from eurefs.readers.pdfobjects import plain_names
from tests.support.pdf_streams import filtered_pdf, form_fanout_pdf, page_tree_pdf
from tests.support.pdf_trees import padded_tree_pdf
from tests.support.pdf_writer import write_encrypted_bomb_pdf
from tests.support.refusals import refused_before

_TEXT = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET\n"


def test_escaped_characters_of_names_are_read_as_themselves() -> None:
    assert plain_names(b"/Filter [/ASCIIHe#78Decode /Fl#61teDecode]") == (
        b"/Filter [/ASCIIHexDecode /FlateDecode]"
    )
    # blanks, delimiters and '#' stay escaped: the name keeps its bounds
    kept = b"/BaseFont /Times#20New#20Roman /A#2fB /C#23"
    assert plain_names(kept) == kept
    assert plain_names(b"/Arial#2CBold /K#69ds") == b"/Arial,Bold /Kids"


def test_a_bomb_behind_an_escaped_filter_name_is_refused() -> None:
    # on a596049 '/ASCIIHe#78Decode' was no filter of the check's: 408 KB of hex around
    # 100 MiB of path operators took 27 s and 2.1 GB to read
    content = _TEXT + b"0 0 m 1 1 l S\n" * ((4 << 20) // 14)
    data = filtered_pdf(content, ["ASCIIHexDecode", "FlateDecode"])
    data = data.replace(b"/ASCIIHexDecode", b"/ASCIIHe#78Decode")
    refused_before(data, "decompression bomb")
    # a page behind it is read
    data = filtered_pdf(_TEXT, ["ASCIIHexDecode", "FlateDecode"])
    data = data.replace(b"/ASCIIHexDecode", b"/ASCIIHe#78Decode")
    assert eurefs.read_document(data).text == "Directive 95/46/EC\n"


def test_a_bomb_in_a_pdf_whose_encryption_is_named_with_escapes_is_refused(
    tmp_path: Path,
) -> None:
    # '/Encr#79pt' in the trailer: PDFium decrypts the file, the check read its encrypted
    # streams; on a596049 206 KB whose page inflates to 84 MB took 23 s and 1.7 GB to read
    data = write_encrypted_bomb_pdf(tmp_path / "bomb.pdf").replace(b"/Encrypt", b"/Encr#79pt")
    assert len(data) < 20_000
    refused_before(data, "decompression bomb")


def test_a_page_tree_whose_kids_are_named_with_escapes_is_checked() -> None:
    # '/K#69ds': on a596049 no page tree was found, and its 202,500 pages were read
    data = page_tree_pdf([6] * 450, [[3] * 450]).replace(b"/Kids", b"/K#69ds")
    refused_before(data, "lists 202500 pages|as often as")
    # ... packed in an object stream named with escapes
    data = padded_tree_pdf(0).replace(b"/ObjStm", b"/Obj#53tm")
    refused_before(data, "lists 202500 pages|as often as")


def test_forms_drawn_by_escaped_names_are_counted() -> None:
    # '/F#6d1 Do' draws '/Fm1': on a596049 no drawing was bound to a form
    data = form_fanout_pdf(6, 10, _TEXT)
    for k in range(6):
        data = data.replace(b"/Fm%d Do" % k, b"/F#6d%d Do" % k)
    refused_before(data, "bytes of content to parse")
