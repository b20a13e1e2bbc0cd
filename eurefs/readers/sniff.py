"""Which format a document is in, from its first bytes (never from its file name)."""

from __future__ import annotations

import re

from eurefs.errors import UnsupportedFormat

#: Formats eurefs reads, the values of ``--input-format``.
INPUT_FORMATS: tuple[str, ...] = ("pdf", "docx", "html", "formex", "text")

_XML_NAME = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_HTML_HINT = re.compile(rb"<(?:html|body|head|p|div|table|!doctype\s+html)[\s>/]", re.IGNORECASE)
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


def sniff_format(data: bytes, source: str = "") -> str:
    """Guess the format of ``data``: ``pdf``, ``docx``, ``html``, ``formex`` or ``text``.

    Raises:
        UnsupportedFormat: for formats eurefs does not read (legacy ``.doc``, other
            zip files are reported by the DOCX reader, binary data here).
    """
    head = data[:_SNIFF_BYTES]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedFormat(
            "a legacy Word .doc (or other OLE) file; save it as .docx or PDF first", source
        )
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        name = _first_element(stripped)
        if name is not None and name.lower() in (b"html", b"body", b"div", b"article", b"p"):
            return "html"
        if name is not None and name == name.upper() and any(c.isalpha() for c in name.decode()):
            return "formex"
        if _HTML_HINT.search(stripped):
            return "html"
        return "formex" if stripped.startswith(b"<?xml") else "text"
    if b"\x00" in head:
        raise UnsupportedFormat(
            "binary data in an unknown format; eurefs reads PDF, DOCX, HTML, Formex and text",
            source,
        )
    return "text"
