"""Plain text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM; form feeds mark pages."""

from __future__ import annotations

import codecs

from eurefs.errors import UnsupportedFormat
from eurefs.readers.declared_encoding import checked_text, decode_declared
from eurefs.text import DocumentText


def decode_text(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode a text file; raise :class:`UnsupportedFormat` naming the offending byte.

    Without ``encoding``: UTF-8, or UTF-16 or UTF-32 after their BOM.  A BOM is no text.
    With one, as :func:`~eurefs.readers.declared_encoding.decode_declared` checks it: bytes
    that contradict it are read as what they are (a :class:`~eurefs.errors.CharsetWarning`)
    or refused, never decoded into text that is not theirs.
    """
    if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return decode_declared(data, source, encoding)
    # UTF-32's little-endian BOM starts with UTF-16's: test it first
    for boms, wide in (((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "UTF-32"),
                       ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "UTF-16")):  # fmt: skip
        if data.startswith(boms):
            try:
                return data.decode(wide.lower())
            except UnicodeDecodeError:
                raise UnsupportedFormat(f"bad {wide} after a byte order mark", source) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormat(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "pass --encoding (e.g. --encoding cp1252) or convert the file to UTF-8",
            source,
        ) from None
    return checked_text(text, source, "UTF-8") if "\0" in text else text


def read_plain(data: bytes, source: str, encoding: str | None = None) -> DocumentText:
    """Read a plain text document."""
    return DocumentText.from_plain(decode_text(data, source, encoding), source=source)
