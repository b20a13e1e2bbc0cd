"""Which format a document is in, from its first bytes (never from its file name)."""

from __future__ import annotations

import codecs
import re

from eurefs.errors import EncryptedDocument, UnsupportedFormat
from eurefs.kinds import INPUT_FORMATS

__all__ = ["INPUT_FORMATS", "sniff_format", "unmarked_utf16"]

_XML_NAME = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_HTML_HINT = re.compile(rb"<(?:html|body|head|p|div|table|!doctype\s+html)[\s>/]", re.IGNORECASE)
#: Lower-case elements that open an HTML fragment (Formex elements are upper-case).
_HTML_ELEMENTS = frozenset(
    b"a abbr b blockquote br caption dl em h1 h2 h3 h4 h5 h6 header footer i img li link main"
    b" meta nav ol pre script section small span strong style sub sup td th title tr u ul".split()
)
#: Office encrypts a .docx into an OLE file holding a stream of this name (UTF-16LE).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_SNIFF_BYTES = 4096


def _first_element(head: bytes) -> bytes | None:
    """The name of the first element, skipping declarations, comments and the doctype."""
    pos = 0
    while True:
        start = head.find(b"<", pos)
        if start == -1:
            return None
        if head.startswith((b"<?", b"<!"), start):
            end = head.find(b"-->", start) + 3 if head.startswith(b"<!--", start) else -1
            if end < 3:
                end = head.find(b">", start) + 1
            if end <= 0:
                return None
            pos = end
            continue
        match = _XML_NAME.match(head, start)
        return match.group(1) if match else None


def _as_utf8(head: bytes, encoding: str | None) -> bytes:
    """The first bytes re-encoded as UTF-8 where a byte-order mark or ``encoding`` says
    they are in a wider encoding (so that NUL bytes of UTF-16 are not read as binary)."""
    codec = "utf-32" if head.startswith(_UTF32_BOMS) else None
    if codec is None and head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    try:
        codec = codec or (encoding if encoding and head.count(0) else None)
        if codec is None:
            return head
        if codecs.lookup(codec).name == "utf-16":  # no mark: its decoder wants one
            codec = unmarked_utf16(head) or codec
        decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        return str(decoder.decode(head)).encode("utf-8")  # final=False: a cut last character
    except (LookupError, UnicodeError, TypeError):  # an unknown codec is reported when read
        return head


def unmarked_utf16(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the first bytes are unmistakably UTF-16 text
    without a byte-order mark in that order: most of every other byte NUL (a Latin
    letter's high byte), none of the others; else None."""
    for parity, codec in ((1, "utf-16-le"), (0, "utf-16-be")):
        zeros, others = head[parity::2], head[1 - parity :: 2]
        if len(head) >= 8 and zeros.count(0) > 0.6 * len(zeros) and not others.count(0):
            return codec
    return None


def _wide_text_hint(head: bytes) -> str:
    """Advice for data whose NUL bytes sit where UTF-16 without a byte-order mark has them."""
    codec = unmarked_utf16(head)
    if codec is None:
        return ""
    return f"; it looks like {codec} text without a byte-order mark (--encoding {codec})"


def sniff_format(data: bytes, source: str = "", encoding: str | None = None) -> str:
    """Guess the format of ``data``: ``pdf``, ``docx``, ``html``, ``formex`` or ``text``.

    ``encoding`` is the one given for a text input (UTF-16 or UTF-32 text without a
    byte-order mark is no binary data then).

    Raises:
        EncryptedDocument: for a password-protected Office file.
        UnsupportedFormat: for formats eurefs does not read (legacy ``.doc``, other
            zip files are reported by the DOCX reader, binary data here).
    """
    head = data[:_SNIFF_BYTES]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if _ENCRYPTED_PACKAGE in data:  # a stream name in the OLE directory, anywhere
            raise EncryptedDocument(
                "a password-protected Word (or other Office) file; save an unprotected "
                "copy as .docx first",
                source,
            )
        raise UnsupportedFormat(
            "a legacy Word .doc (or other OLE) file; save it as .docx or PDF first", source
        )
    wide = _as_utf8(head, encoding)
    stripped = wide.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        name = _first_element(stripped)
        local = name.rsplit(b":", 1)[-1] if name is not None else b""  # fmx:ACT, h:html
        if local.lower() in (b"html", b"body", b"div", b"article", b"p") or local in _HTML_ELEMENTS:
            return "html"
        if local == local.upper() and any(c.isalpha() for c in local.decode()):
            return "formex"
        if _HTML_HINT.search(stripped):
            return "html"
        return "formex" if stripped.startswith(b"<?xml") else "text"
    if b"\x00" in wide:
        raise UnsupportedFormat(
            "binary data in an unknown format; eurefs reads PDF, DOCX, HTML, Formex and text"
            + _wide_text_hint(head),
            source,
        )
    return "text"
