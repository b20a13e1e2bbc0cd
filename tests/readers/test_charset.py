"""HTML charsets: a declaration the bytes contradict is read as the bytes are, with a warning."""

from __future__ import annotations

import warnings

import pytest

import eurefs
from eurefs.errors import CharsetWarning, ReaderWarning
from eurefs.readers.charset import html_charset

BODY = "<body><p>“Règlement” (UE) 2016/679 sur les données</p></body></html>"
TEXT = "“Règlement” (UE) 2016/679 sur les données\n"


def page(declaration: str, encoding: str, body: str = BODY) -> bytes:
    return (f"{declaration}<html><head>" + body).encode(encoding)


def read(data: bytes) -> tuple[str, list[CharsetWarning]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = eurefs.read_document(data, name="page.html").text
    return text, [w.message for w in caught if isinstance(w.message, CharsetWarning)]


@pytest.mark.parametrize(
    ("declaration", "encoding", "used", "problem"),
    [
        # the declaration fits: followed, no warning
        ('<meta charset="utf-8">', "utf-8", "utf-8", None),
        ('<meta charset="windows-1252">', "cp1252", "cp1252", None),
        ('<?xml version="1.0" encoding="windows-1252"?>', "cp1252", "cp1252", None),
        # iso-8859-1 means windows-1252 (HTML standard): 0x93 is a quote, not a control
        ('<meta charset="iso-8859-1">', "cp1252", "cp1252", None),
        ("", "utf-8", "utf-8", None),  # nothing declared: the bytes decide
        ("", "cp1252", "cp1252", None),
        # the declaration is wrong for the bytes: the bytes win, with a warning
        ('<meta charset="iso-8859-1">', "utf-8", "utf-8", "its bytes are UTF-8"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">',
            "utf-8",
            "utf-8",
            "its bytes are UTF-8",
        ),
        ('<?xml version="1.0" encoding="ISO-8859-1"?>', "utf-8", "utf-8", "its bytes are UTF-8"),
        ('<meta charset="utf-8">', "cp1252", "cp1252", "is not UTF-8 (byte 0x93 at offset"),
        ('<meta charset="no-such-charset">', "utf-8", "utf-8", "unknown or unusable charset"),
        ('<meta charset="big5">', "utf-8", "utf-8", "its bytes are UTF-8"),  # not 癡 for è
        ('<meta charset="windows-874">', "utf-8", "utf-8", "its bytes are UTF-8"),
    ],
)
def test_declared_charset_against_the_bytes(
    declaration: str, encoding: str, used: str, problem: str | None
) -> None:
    data = page(declaration, encoding)
    charset = html_charset(data)
    assert charset.codec == used
    text, found = read(data)
    assert text == TEXT  # never mojibake
    if problem is None:
        assert charset.problem is None and found == []
    else:
        assert charset.problem is not None and problem in charset.problem
        (warning,) = found
        assert isinstance(warning, ReaderWarning)
        assert warning.source == "page.html" and warning.used == used
        assert str(warning).startswith("page.html: declares ") and problem in str(warning)


def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8() -> None:
    # a UTF-8 page with one Latin-1 byte pasted in: U+FFFD there, the rest as written
    data = page('<meta charset="utf-8">', "utf-8").replace(b"sur les", b"caf\xe9 sur les")
    text, (warning,) = read(data)
    assert text == TEXT.replace("sur les", "caf\ufffd sur les")
    assert "1 byte(s) are not UTF-8" in str(warning) and warning.used == "utf-8"


def test_greek_and_japanese_declarations_are_followed() -> None:
    greek = '<meta charset="iso-8859-7"><p>Κανονισμός (ΕΕ) 2016/679</p>'.encode("iso-8859-7")
    japanese = '<meta charset="shift_jis"><p>規則 (EU) 2016/679</p>'.encode("shift_jis")
    assert read(greek) == ("Κανονισμός (ΕΕ) 2016/679\n", [])
    assert read(japanese) == ("規則 (EU) 2016/679\n", [])


def test_a_byte_order_mark_wins_over_the_declaration_silently() -> None:
    data = b"\xef\xbb\xbf" + page('<meta charset="iso-8859-1">', "utf-8")
    assert read(data) == (TEXT, [])


def test_an_unknown_charset_is_no_error_any_more() -> None:
    # it used to escape as a LookupError from the parser (a traceback in the CLI)
    text, (warning,) = read(page('<meta charset="bogus-8">', "cp1252"))
    assert text == TEXT and warning.declared == "bogus-8" and warning.used == "cp1252"


@pytest.mark.parametrize(
    "label",
    ["base64", "rot13", "zlib", "undefined", "unicode_escape", "utf-7", "idna", "cp037"],
)
def test_codecs_that_are_no_page_encoding_count_as_unknown(label: str) -> None:
    # each used to escape as a LookupError, UnicodeError or UnicodeDecodeError (a traceback)
    text, (warning,) = read(page(f'<meta charset="{label}">', "utf-8"))
    assert text == TEXT and warning.declared == label and warning.used == "utf-8"
    assert "unknown or unusable charset" in str(warning)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_a_byte_order_mark_is_no_text(encoding: str) -> None:
    bom = "\ufeff" if encoding == "utf-16-be" else ""  # utf-16 and utf-8-sig write their own
    # before: a big-endian UTF-16 page began with U+FEFF, which every offset counted
    assert read((bom + page("", "utf-8").decode()).encode(encoding)) == (TEXT, [])


#: The head and first recitals of an old EUR-Lex page (LexUriServ, before 2010): Council
#: Regulation (EC) No 6/2002 on Community designs, as saved in Lexparency/eurlex2lexparency,
#: eurlex2lexparency/transformation/html/tests/data/old_1_raw.html (commit 52ac708).
OLD_EURLEX_PAGE = b"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="EN">
<head>
<meta name="DC.language" content="EN">
<meta name="DC.title" content="EUR-Lex - 32002R0006 - EN">
<meta name="DC.type" http-equiv="Content-Type" content="text/html; charset=UNICODE-1-1-UTF-8">
<title>EUR-Lex - 32002R0006 - EN</title>
</head>
<body>
<txt_te><p>Council Regulation (EC) No 6/2002</p>
<p>Directive 98/71/EC of the European Parliament and of the Council of 13 October 1998 on
the legal protection of designs(4) contributes to remedying this situation.</p>
</txt_te>
</body>
</html>
"""


def test_an_old_eurlex_page_declares_a_label_of_utf_8() -> None:
    # UNICODE-1-1-UTF-8 is one of the HTML standard's labels of UTF-8, unknown to Python:
    # each old EUR-Lex page warned that it declared an unknown or unusable charset
    text, found = read(OLD_EURLEX_PAGE)
    assert found == []
    assert "Directive 98/71/EC" in text
    # the same page in another language, its letters in UTF-8, is read as such
    czech = OLD_EURLEX_PAGE.replace(b"Directive", "Směrnice".encode())
    assert "Směrnice 98/71/EC" in read(czech)[0]


@pytest.mark.parametrize(
    ("label", "encoding"),
    [
        ("x-cp1250", "cp1250"),
        ("iso88592", "iso8859-2"),
        ("x-cp1257", "cp1257"),
        ("iso885913", "iso8859-13"),
        ("x-cp1253", "cp1253"),
        ("iso88597", "iso8859-7"),
        ("x-cp1251", "cp1251"),
        ("csisolatin9", "iso8859-15"),
    ],
)
def test_labels_of_the_html_standard_that_python_does_not_know_are_followed(
    label: str, encoding: str
) -> None:
    # the Encoding Standard's labels of the EU's codecs: read as windows-1252 with a
    # warning before (Czech 'Nařízení' as 'Naøízení'), now in the codec they name
    title = {
        "cp1250": "Nařízení (EU) 2016/679",
        "iso8859-2": "Nařízení (EU) 2016/679",
        "cp1257": "Regula (ES) 2016/679 dėl asmens duomenų",
        "iso8859-13": "Regula (ES) 2016/679 dėl asmens duomenų",
        "cp1253": "Κανονισμός (ΕΕ) 2016/679",
        "iso8859-7": "Κανονισμός (ΕΕ) 2016/679",
        "cp1251": "Регламент (ЕС) 2016/679",
        "iso8859-15": "Règlement (UE) 2016/679: 20 000 000 €",
    }[encoding]
    data = page(f'<meta charset="{label}">', encoding, f"<body><p>{title}</p></body></html>")
    assert read(data) == (title + "\n", [])
