"""An encoding the bytes contradict is not followed into silent mojibake: the text is read
as what its bytes are (with a CharsetWarning), or refused.

The text is real: Directive 2014/65/EU (MiFID II), Article 2(1)(a), in German
(``shared/samples/documents/formex/de-fmx4-directive-2014-65-mifid-ii-excerpt.xml``).
"""

from __future__ import annotations

import codecs
import warnings

import pytest

import eurefs
from eurefs.errors import CharsetWarning, UnsupportedFormat

MIFID = (
    "Versicherungsunternehmen sowie Unternehmen, die die in der Richtlinie 2009/138/EG "
    "genannten Rückversicherungs- und Retrozessionstätigkeiten ausüben\n"
)


LINE = "Richtlinie 2009/138/EG\n"


def _read(data: bytes, encoding: str | None) -> tuple[str, list[CharsetWarning]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = eurefs.read_document(data, encoding=encoding, input_format="text").text
    return text, [w.message for w in caught if isinstance(w.message, CharsetWarning)]


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "iso-8859-2"]
)
def test_utf8_bytes_told_another_encoding_are_read_as_utf8_with_a_warning(encoding: str) -> None:
    # before: utf-16 gave CJK text and no reference, exit 0; cp1252 'RÃ¼ckversicherungs'
    text, said = _read(MIFID.encode("utf-8"), encoding)
    assert text == MIFID
    assert [(w.declared, w.used) for w in said] == [(encoding, "utf-8")]
    assert f"its bytes are UTF-8: read as UTF-8, not {encoding}" in str(said[0])


@pytest.mark.parametrize(
    ("mark", "encoding", "told"),
    [
        ("utf-8-sig", "cp1252", "cp1252"),  # before: 'ï»¿' at the start, spans 3 off
        ("utf-8-sig", "utf-16", "utf-16"),
        ("utf-16", "utf-16-be", "utf-16-be"),  # (utf-16 writes a little-endian mark here)
        ("utf-16", "cp1252", "cp1252"),
        ("utf-32", "utf-16", "utf-16"),
    ],
)
def test_a_byte_order_mark_of_another_encoding_wins_with_a_warning(
    mark: str, encoding: str, told: str
) -> None:
    text, said = _read(MIFID.encode(mark), encoding)
    assert text == MIFID
    assert len(said) == 1 and "byte-order mark: read as" in str(said[0])
    assert said[0].declared == told


@pytest.mark.parametrize(("mark", "encoding"), [("utf-16", "utf-16-le"), ("utf-8-sig", "utf-8")])
def test_the_told_encoding_s_own_mark_is_no_text_and_no_warning(mark: str, encoding: str) -> None:
    assert _read(MIFID.encode(mark), encoding) == (MIFID, [])


def test_a_legacy_text_told_its_encoding_is_read_without_warning() -> None:
    assert _read(MIFID.encode("cp1252"), "cp1252") == (MIFID, [])


@pytest.mark.parametrize(
    ("written", "encoding", "said"),
    [
        ("utf-16-le", "utf-16-be", "no space, line break, digit or Latin letter"),
        ("utf-16-le", "cp1252", "are control characters"),  # one NUL a letter
        ("utf-16-le", None, "not (valid )?UTF-8"),  # (input_format='text': not sniffed)
        ("utf-32-le", "utf-16", "are control characters"),
        ("cp1252", "utf-16-le", "not"),  # undecodable, or no Latin letter
    ],
)
def test_text_that_cannot_be_in_the_told_encoding_is_refused(
    written: str, encoding: str | None, said: str
) -> None:
    with pytest.raises(UnsupportedFormat, match=said):
        _read(MIFID.encode(written), encoding)
    if written != "cp1252":  # (ASCII text in cp1252 is UTF-8: read as such)
        with pytest.raises(UnsupportedFormat, match=said):
            _read(LINE.encode(written), encoding)


def test_a_wide_text_of_european_letters_alone_is_read() -> None:
    word = "Κανονισμός"  # no space, no line break: no ASCII character at all
    assert _read(word.encode("utf-16-le"), "utf-16-le") == (word, [])


def test_utf16_of_a_latin_text_without_a_mark_is_read_as_told() -> None:
    data = MIFID.encode("utf-16-le")
    assert not data.startswith(codecs.BOM_UTF16_LE)
    assert _read(data, "utf-16-le") == (MIFID, [])


@pytest.mark.parametrize(("order", "said"), [("le", "little-endian"), ("be", "big-endian")])
def test_utf16_without_a_mark_is_read_in_the_order_its_bytes_show_with_a_warning(
    order: str, said: str
) -> None:
    # before: --encoding utf-16 on UTF-16 without a byte-order mark was 'binary data' (the
    # sniffer's UTF-16 decoder wants a mark); Python reads 'utf-16' in the machine's order,
    # so big-endian text became CJK characters
    data = MIFID.encode(f"utf-16-{order}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = eurefs.read_document(data, encoding="utf-16")  # sniffed, as a file is
    assert doc.format == "text" and doc.text == MIFID
    (warning,) = [w.message for w in caught if isinstance(w.message, CharsetWarning)]
    assert str(warning) == (
        f"<bytes>: no byte-order mark, and its bytes are {said}: read as utf-16-{order}, not utf-16"
    )
    assert (warning.declared, warning.used) == ("utf-16", f"utf-16-{order}")
    # told the order, or given a mark: no warning
    assert _read(data, f"utf-16-{order}") == (MIFID, [])
    assert _read(codecs.BOM_UTF16_BE + MIFID.encode("utf-16-be"), "utf-16") == (MIFID, [])
