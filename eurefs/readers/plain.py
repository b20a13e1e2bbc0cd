"""Plain text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM; form feeds mark pages."""

from __future__ import annotations

import codecs

from eurefs.errors import UnsupportedFormat
from eurefs.text import DocumentText


def decode_text(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode a text file; raise :class:`UnsupportedFormat` naming the offending byte.

    Without ``encoding``: UTF-8, or UTF-16 or UTF-32 after their BOM.  A BOM is no text.
    """
    codec = (encoding or "utf-8").lower().replace("_", "-")
    if codec not in ("utf-8", "utf8"):
        try:
            return data.decode(encoding or "utf-8").removeprefix("\ufeff")
        except LookupError:
            raise UnsupportedFormat(f"unknown encoding {encoding!r}", source) from None
        except UnicodeDecodeError as exc:
            raise UnsupportedFormat(
                f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                source,
            ) from None
        except UnicodeError as exc:  # a codec that decodes nothing ('undefined', 'idna' ...)
            raise UnsupportedFormat(f"cannot decode as {encoding!r} ({exc})", source) from None
    # UTF-32's little-endian BOM starts with UTF-16's: test it first
    for boms, wide in (((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "UTF-32"),
                       ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "UTF-16")):  # fmt: skip
        if data.startswith(boms):
            try:
                return data.decode(wide.lower())
            except UnicodeDecodeError:
                raise UnsupportedFormat(f"bad {wide} after a byte order mark", source) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormat(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "pass --encoding (e.g. --encoding cp1252) or convert the file to UTF-8",
            source,
        ) from None


def read_plain(data: bytes, source: str, encoding: str | None = None) -> DocumentText:
    """Read a plain text document."""
    return DocumentText.from_plain(decode_text(data, source, encoding), source=source)
