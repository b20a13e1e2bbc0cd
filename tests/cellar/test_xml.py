"""Safety tests of eurefs.cellar.xml.parse_xml."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from eurefs.cellar.xml import parse_xml
from eurefs.errors import ResponseError

DATA = Path(__file__).resolve().parents[1] / "data" / "cellar"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<NOTICE>&lol9;</NOTICE>"""


def test_real_notice_parses() -> None:
    root = parse_xml((DATA / "notice-object-32014R0001.xml").read_bytes())
    assert root.tag == "NOTICE"
    assert root.get("type") == "object"


def test_billion_laughs_is_refused_before_libxml2_parses_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # refused from its bytes, before libxml2 does any work on the declarations (checked
    # by making libxml2's parse fail the test, not by a timing: timings flake)
    def parse(*args: object, **kwargs: object) -> None:
        pytest.fail("libxml2 parsed the declarations")

    monkeypatch.setattr(etree, "fromstring", parse)
    with pytest.raises(ResponseError, match="entities"):
        parse_xml(BILLION_LAUGHS)


def test_external_entity_is_refused_and_file_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<NOTICE>&x;</NOTICE>"
    ).encode()
    with pytest.raises(ResponseError) as info:
        parse_xml(doc)
    assert "TOP-SECRET" not in str(info.value)


def test_passwd_entity_is_refused() -> None:
    doc = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    with pytest.raises(ResponseError):
        parse_xml(doc)


def test_parameter_entity_is_refused() -> None:
    doc = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'
        b"<r/>"
    )
    with pytest.raises(ResponseError):
        parse_xml(doc)


def test_external_dtd_is_refused() -> None:
    with pytest.raises(ResponseError, match="external DTD"):
        parse_xml(b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "file:///etc/passwd"><r/>')


def test_undeclared_entity_is_an_error() -> None:
    with pytest.raises(ResponseError):
        parse_xml(b"<r>&x;</r>")


@pytest.mark.parametrize(
    "body", [b"", b"   ", b"<NOTICE>", b"<a></b>", b"not xml at all", b"\x00\x01"]
)
def test_malformed_is_response_error(body: bytes) -> None:
    with pytest.raises(ResponseError):
        parse_xml(body)


def test_truncated_real_notice_is_response_error() -> None:
    data = (DATA / "notice-object-32014R0001.xml").read_bytes()
    with pytest.raises(ResponseError):
        parse_xml(data[: len(data) // 2])


def test_str_input_is_refused() -> None:
    with pytest.raises(ResponseError):
        parse_xml("<r/>")  # type: ignore[arg-type]
