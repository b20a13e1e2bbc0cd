"""The encoding of an HTML page: what it declares, checked against its bytes.

A page declares its charset in an XML declaration or a ``<meta>``; pages are
saved, converted and served by tools that change the bytes without the
declaration, so a declaration that the bytes contradict is read as what the bytes
are, never into silent mojibake, and the reader warns (:class:`CharsetWarning`):

* declared another charset (``iso-8859-1``, ``windows-1252``, ``big5`` ...) but the
  bytes are UTF-8 with non-ASCII characters: UTF-8 (text in another codec whose
  every non-ASCII byte forms valid UTF-8 sequences does not occur in practice);
* declared UTF-8 but not valid UTF-8: at least as many valid multi-byte characters
  as bad bytes keeps UTF-8 with U+FFFD for those bytes; otherwise the page is
  legacy text and is read as windows-1252;
* an unknown charset name, or a codec that is no page encoding (``base64``,
  ``unicode_escape``, EBCDIC): as if nothing were declared.

As the HTML standard does, without warning: a byte-order mark wins, labels
``iso-8859-1``/``latin1``/``us-ascii`` mean windows-1252 (so ``0x93`` is a quote,
not a control character), and a ``utf-16`` label in an ASCII-readable page means
UTF-8.  Undeclared pages are UTF-8 when they decode as such, else windows-1252.
"""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass

from eurefs.errors import CharsetWarning

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w-]{1,40})""")
# Labels the HTML standard reads as windows-1252 (Python's names after codecs.lookup).
_AS_WINDOWS_1252 = frozenset({"latin-1", "iso8859-1", "ascii", "cp1252"})
_LEGACY = "cp1252"
# Labels of the HTML standard (the Encoding Standard's table) that Python does not know,
# with Python's codec for each: old EUR-Lex pages (LexUriServ, 2002-2010) declare
# ``charset=UNICODE-1-1-UTF-8``.  Labels written ``iso8859N`` or ``x-cpNNNN`` are read by
# rule (:data:`_WHATWG_FORM`).
_WHATWG_ONLY = {
    "unicode-1-1-utf-8": "utf-8", "unicode11utf8": "utf-8", "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "iso-8859-6-e": "iso8859-6", "iso-8859-6-i": "iso8859-6", "csiso88596e": "iso8859-6",
    "csiso88596i": "iso8859-6", "sun_eu_greek": "iso8859-7",
    "iso-8859-8-e": "iso8859-8", "iso-8859-8-i": "iso8859-8", "csiso88598e": "iso8859-8",
    "csiso88598i": "iso8859-8", "visual": "iso8859-8", "logical": "iso8859-8",
    "csisolatin9": "iso8859-15", "koi": "koi8-r", "koi8": "koi8-r", "koi8-ru": "koi8-u",
    "csmacintosh": "mac-roman", "mac": "mac-roman", "x-mac-roman": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic",
    "windows-874": "cp874", "dos-874": "cp874",
    "csgb2312": "gbk", "gb_2312": "gbk", "gb_2312-80": "gbk", "x-gbk": "gbk",
    "cn-big5": "big5", "x-x-big5": "big5",
    "cseucpkdfmtjapanese": "euc_jp", "x-euc-jp": "euc_jp",
    "x-sjis": "shift_jis", "windows-31j": "cp932",
    "cseuckr": "cp949", "csksc56011987": "cp949", "iso-ir-149": "cp949",
    "ks_c_5601-1989": "cp949", "ksc_5601": "cp949", "windows-949": "cp949",
}  # fmt: skip
_WHATWG_FORM = re.compile(r"iso8859(\d{1,2})|x-cp(12\d\d)")
# Text codecs that read ASCII as ASCII but are no page encoding (backslash escapes).
_NOT_FOR_PAGES = frozenset({"unicode-escape", "raw-unicode-escape"})


@dataclass(frozen=True)
class Charset:
    """How to decode a page.

    Attributes:
        codec: The Python codec to decode with (bytes it cannot decode become U+FFFD).
        declared: The charset the page declares, as written (None if it declares none).
        problem: Why the declaration was not followed, for a warning; None when it was
            (or when there was none).
    """

    codec: str
    declared: str | None = None
    problem: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset named by the XML declaration, else by a ``<meta>`` in the first 4 KiB."""
    head = data[:4096]
    for pattern in (_XML_ENCODING, _CHARSET):
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii")
    return None


_ASCII = bytes(range(128))


def _codec(label: str) -> str | None:
    """Python's name for a charset label, the standard's windows-1252 aliases applied.

    None for a name Python does not know, and for a codec that does not read ASCII as
    ASCII (``base64``, ``unicode_escape``, ``utf-7``, EBCDIC ...): the label itself was
    read as ASCII bytes, so the page is not in such a codec.
    """
    label = label.lower()
    form = _WHATWG_FORM.fullmatch(label)
    if form:
        label = f"iso8859-{form[1]}" if form[1] else f"cp{form[2]}"
    try:
        name = codecs.lookup(_WHATWG_ONLY.get(label, label)).name
    except LookupError:
        return None
    if name in _NOT_FOR_PAGES:
        return None
    if name in _AS_WINDOWS_1252:
        return _LEGACY
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    try:
        ascii_compatible = _ASCII.decode(name, errors="replace") == _ASCII.decode("ascii")
    except (LookupError, UnicodeError, TypeError, ValueError):  # not a text codec, or odd
        return None
    return name if ascii_compatible else None


def _bad_utf8(data: bytes) -> tuple[int, int, int]:
    """``(bad bytes, good non-ASCII characters, offset of the first bad byte)`` as UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    try:
        data.decode("utf-8")
        first = -1
    except UnicodeDecodeError as exc:
        first = exc.start
    return bad, non_ascii - bad, first


def _declared_utf8_but_not(data: bytes, label: str) -> Charset:
    bad, good, first = _bad_utf8(data)
    where = f"byte 0x{data[first]:02x} at offset {first}"
    if good and good >= bad:  # a tie goes to the declaration
        return Charset(
            "utf-8",
            label,
            f"declares {label} but {bad} byte(s) are not UTF-8 (first: {where}); "
            "read as UTF-8 with U+FFFD for those bytes",
        )
    return Charset(
        _LEGACY, label, f"declares {label} but is not UTF-8 ({where}); read as windows-1252"
    )


def html_charset(data: bytes) -> Charset:
    """Decide how to decode an HTML page (see the module's rules)."""
    if data.startswith(codecs.BOM_UTF8):
        return Charset("utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Charset("utf-16")
    label = declared_charset(data)
    codec = _codec(label) if label else None
    utf8 = data.isascii() or _decodes(data, "utf-8")
    if label is None or codec is None:
        chosen = "utf-8" if utf8 else _LEGACY
        unknown = f"declares an unknown or unusable charset {label!r}; read as {_name(chosen)}"
        return Charset(chosen, label, unknown if label else None)
    if codec == "utf-8":
        return Charset(codec, label) if utf8 else _declared_utf8_but_not(data, label)
    if utf8 and not data.isascii():  # text in another codec is not valid UTF-8 by chance
        return Charset("utf-8", label, f"declares {label} but its bytes are UTF-8; read as UTF-8")
    if not _decodes(data, codec) and codec != _LEGACY:
        return Charset(codec, label, f"is not valid {label}; undecodable bytes read as U+FFFD")
    return Charset(codec, label)


def checked_charset(data: bytes, source: str, *, stacklevel: int = 2) -> Charset:
    """:func:`html_charset`, with a :class:`~eurefs.errors.CharsetWarning` when the page's
    declaration is not followed (``stacklevel`` as for :func:`warnings.warn`, from the caller)."""
    charset = html_charset(data)
    if charset.problem:
        warn = CharsetWarning(charset.problem, source, charset.declared, charset.codec)
        warnings.warn(warn, stacklevel=stacklevel + 1)
    return charset


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _name(codec: str) -> str:
    return "windows-1252" if codec == _LEGACY else "UTF-8" if codec == "utf-8" else codec
