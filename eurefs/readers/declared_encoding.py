"""Text decoded in the encoding its reader is told (``--encoding``), checked against its bytes.

The rule of HTML pages' declared charsets (:mod:`eurefs.readers.charset`) holds here: an
encoding the bytes contradict is not followed into silent mojibake.  The text is read as
what its bytes are, with a :class:`~eurefs.errors.CharsetWarning`, or, when the bytes do
not say what they are, refused (:class:`~eurefs.errors.UnsupportedFormat`):

* a byte-order mark of another encoding wins, as in the HTML standard (a UTF-8 mark
  under ``cp1252``, a little-endian UTF-16 mark under ``utf-16-be``);
* bytes that are UTF-8 with non-ASCII characters in them, told a byte encoding
  (``cp1252``, ``iso-8859-2``): UTF-8 (text in another codec whose every non-ASCII byte
  forms valid UTF-8 sequences does not occur in practice);
* told UTF-16 or UTF-32, without a mark, text without a space, a line break, a digit or a
  Latin letter (``Re`` of a UTF-8 file read as ``敒``): UTF-8 when the bytes are UTF-8
  with no NUL byte; else refused, unless every character is of the European scripts
  (one Greek word, with no line break);
* text a quarter or more of whose characters are control characters (UTF-16 read as
  cp1252, UTF-32 as UTF-16: one NUL a letter): refused (:func:`checked_text`).
"""

from __future__ import annotations

import codecs
import re
import warnings

from eurefs.errors import CharsetWarning, UnsupportedFormat
from eurefs.readers.sniff import unmarked_utf16

__all__ = ["checked_text", "decode_declared"]

#: The byte-order marks, UTF-32's first (its little-endian mark starts with UTF-16's):
#: the name each is said by, the codec that reads it, the told codecs (Python's names) it fits.
_MARKS = (
    (codecs.BOM_UTF32_LE, "UTF-32 (little-endian)", "utf-32", ("utf-32", "utf-32-le")),
    (codecs.BOM_UTF32_BE, "UTF-32 (big-endian)", "utf-32", ("utf-32", "utf-32-be")),
    (codecs.BOM_UTF8, "UTF-8", "utf-8-sig", ("utf-8", "utf-8-sig")),
    (codecs.BOM_UTF16_LE, "UTF-16 (little-endian)", "utf-16", ("utf-16", "utf-16-le")),
    (codecs.BOM_UTF16_BE, "UTF-16 (big-endian)", "utf-16", ("utf-16", "utf-16-be")),
)
#: A character every text in a European language has (a space, a line end, a digit, a
#: Latin letter).
_ASCII_CHARACTER = re.compile("[\x00-\x7f]")
#: The control characters no text has many of (tabs, line and page breaks are text).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
#: Characters outside the European scripts (Latin, Greek, Cyrillic and their marks,
#: punctuation and currency signs): a wide encoding read from the wrong bytes gives CJK.
_NOT_EUROPEAN = re.compile("[^\x00-\u052f\u1e00-\u206f\u20a0-\u20cf]")


def decode_declared(data: bytes, source: str, encoding: str) -> str:
    """``data`` decoded in ``encoding`` (a byte-order mark is no text), or as what its
    bytes are when they contradict it, with a :class:`~eurefs.errors.CharsetWarning`.

    Raises:
        UnsupportedFormat: an unknown encoding, bytes not valid in it, or text that
            cannot be in it (see the module's rules).
    """
    try:
        told = codecs.lookup(encoding).name
    except LookupError:
        raise UnsupportedFormat(f"unknown encoding {encoding!r}", source) from None
    marked = next((mark for mark in _MARKS if data.startswith(mark[0])), None)
    if marked and told not in marked[3]:  # (FF FE 00 00 is UTF-32's mark, not UTF-16's)
        _no_text_codec(data, encoding, source)
        _, said, codec, _ = marked
        _warn(f"starts with a {said} byte-order mark: read as {said}", source, encoding, codec)
        return _decode(data, codec, source)
    if told == "utf-16" and not marked:  # (Python's reads it in this machine's order)
        order = unmarked_utf16(data[:4096])
        if order is not None:
            said = "little-endian" if order.endswith("le") else "big-endian"
            _warn(f"no byte-order mark, and its bytes are {said}: read as {order}", source,
                  encoding, order)  # fmt: skip
            return checked_text(_decode(data, order, source), source, order)
    if told.startswith(("utf-16", "utf-32")):
        return _decode_wide(data, source, encoding)
    if told not in ("utf-8", "utf-8-sig") and not data.isascii() and _is_utf8(data):
        _warn("its bytes are UTF-8: read as UTF-8", source, encoding, "utf-8")
        return data.decode("utf-8")
    return checked_text(_decode(data, encoding, source), source, encoding)


def checked_text(text: str, source: str, encoding: str) -> str:
    """``text``, unless a quarter or more of its characters are control characters (no
    tab, line or page break): text in a wide encoding read in another (UTF-16 read as
    cp1252 or UTF-8, one NUL a letter) holds nothing a reader could find.

    Raises:
        UnsupportedFormat: saying how many controls the text has.
    """
    controls = len(_CONTROLS.findall(text)) if _CONTROLS.search(text) else 0
    if controls * 4 >= len(text) > 0:
        raise UnsupportedFormat(
            f"not {encoding} text: read so, {controls:,} of its {len(text):,} characters "
            "are control characters (such as NUL); UTF-16 or UTF-32 without a byte-order "
            "mark? give the encoding it is in",
            source,
        )
    return text


def _decode_wide(data: bytes, source: str, encoding: str) -> str:
    """``data`` told to be UTF-16 or UTF-32 (the mark, if any, is the encoding's own)."""
    try:
        text = data.decode(encoding).removeprefix("\ufeff")
    except UnicodeError:
        text = None
    if text is not None and (not text or _ASCII_CHARACTER.search(text)):
        return checked_text(text, source, encoding)
    if b"\0" not in data and _is_utf8(data):
        _warn("its bytes are UTF-8: read as UTF-8", source, encoding, "utf-8")
        return data.decode("utf-8")
    if text is None:
        return _decode(data, encoding, source)  # (raises, saying where)
    odd = _NOT_EUROPEAN.search(text)
    if odd is not None:
        raise UnsupportedFormat(
            f"not {encoding} text: read so, it has no space, line break, digit or Latin "
            f"letter, but {odd[0]!r} (U+{ord(odd[0]):04X}); give the encoding it is in",
            source,
        )
    return text


def _decode(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormat(
            f"not valid {codec} (byte 0x{data[exc.start]:02x} at offset {exc.start})", source
        ) from None
    except UnicodeError as exc:  # a codec that decodes nothing ('undefined', 'idna' ...)
        raise UnsupportedFormat(f"cannot decode as {codec!r} ({exc})", source) from None


def _no_text_codec(data: bytes, codec: str, source: str) -> None:
    """Raise when ``codec`` decodes no text at all (``undefined``): it is no encoding a
    mark could be read instead of."""
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        pass
    except UnicodeError as exc:
        raise UnsupportedFormat(f"cannot decode as {codec!r} ({exc})", source) from None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _warn(problem: str, source: str, told: str, used: str) -> None:
    warnings.warn(CharsetWarning(f"{problem}, not {told}", source, told, used), stacklevel=4)
