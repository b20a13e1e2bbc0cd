"""Plain text: UTF-8 (with or without BOM) or UTF-16 with a BOM; form feeds mark pages."""

from __future__ import annotations

from eurefs.errors import UnsupportedFormat
from eurefs.text import DocumentText


def decode_text(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode a text file; raise :class:`UnsupportedFormat` naming the offending byte.

    Without ``encoding``: UTF-8 (a BOM is dropped), or UTF-16 after its BOM.
    """
    codec = (encoding or "utf-8").lower().replace("_", "-")
    if codec not in ("utf-8", "utf8"):
        try:
            return data.decode(encoding or "utf-8")
        except LookupError:
            raise UnsupportedFormat(f"unknown encoding {encoding!r}", source) from None
        except UnicodeDecodeError as exc:
            raise UnsupportedFormat(
                f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                source,
            ) from None
        except UnicodeError as exc:  # a codec that decodes nothing ('undefined', 'idna' ...)
            raise UnsupportedFormat(f"cannot decode as {encoding!r} ({exc})", source) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnsupportedFormat("bad UTF-16 after a byte order mark", source) from None
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
