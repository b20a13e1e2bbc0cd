"""Content sniffing: the format comes from the bytes, never from the file name."""

from __future__ import annotations

import pytest

from eurefs.errors import EncryptedDocument, UnsupportedFormat
from eurefs.readers import sniff_format


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\r\n%PDF-1.4 junk before the header", "pdf"),
        (b"PK\x03\x04rest-of-zip", "docx"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "x" "y"><html xmlns="h">', "html"),
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<body><p>x</p></body>', "html"),
        (b"<!-- c --><ACT><BIB.INSTANCE/></ACT>", "formex"),
        (b'\xef\xbb\xbf<?xml version="1.0"?><ANNEX/>', "formex"),
        (b"<LEXP.COMBINED><CONS.ACT/></LEXP.COMBINED>", "formex"),
        (b"<h1>Regulation (EU) 2016/679</h1>", "html"),
        (b"<ul><li>Directive 2000/31/EC</li></ul>", "html"),
        (b'<span class="x">Regulation</span>', "html"),
        (b"<fmx:ACT xmlns:fmx='urn:x'><fmx:P>x</fmx:P></fmx:ACT>", "formex"),
        (b"\xff\xfe\x00\x00<\x00\x00\x00A\x00\x00\x00/\x00\x00\x00>\x00\x00\x00", "formex"),
        (b"Regulation (EU) 2016/679 < 2", "text"),
        (b"\xff\xfeR\x00e\x00g\x00", "text"),
        (b"", "text"),
    ],
)
def test_sniff(data: bytes, expected: str) -> None:
    assert sniff_format(data) == expected


def test_legacy_word_and_binary_data_are_refused_with_a_reason() -> None:
    with pytest.raises(UnsupportedFormat, match=r"legacy Word \.doc"):
        sniff_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.doc")
    with pytest.raises(UnsupportedFormat, match="binary data"):
        sniff_format(b"\x89PNG\r\n\x1a\n\x00\x00", "image.png")


def test_a_password_protected_docx_is_an_encrypted_document_not_a_legacy_doc() -> None:
    # Office stores an encrypted .docx in an OLE file with an \EncryptedPackage stream
    # ([MS-OFFCRYPTO] 2.3.4.4); its name sits in the OLE directory, past the header
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 5000
    encrypted = ole + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    # before: "a legacy Word .doc (or other OLE) file; save it as .docx or PDF first"
    with pytest.raises(EncryptedDocument, match="password-protected Word"):
        sniff_format(encrypted, "secret.docx")
    with pytest.raises(UnsupportedFormat, match=r"legacy Word \.doc"):
        sniff_format(ole, "old.doc")
