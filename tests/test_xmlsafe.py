"""Tests of eurefs.xmlsafe: the shared hardened parser and entity checks."""

from __future__ import annotations

from lxml import etree

from eurefs.xmlsafe import declares_entities, hardened_parser, unsafe_doctype


def test_entity_declaration_found_in_any_case() -> None:
    assert declares_entities(b'<!DOCTYPE r [<!ENTITY a "x">]><r/>')
    assert declares_entities(b'<!doctype r [<!entity a "x">]><r/>')
    assert not declares_entities(b"<r>&amp;</r>")


def test_parser_does_not_resolve_entities() -> None:
    root = etree.fromstring(b'<!DOCTYPE r [<!ENTITY a "expanded">]><r>&a;</r>', hardened_parser())
    assert "expanded" not in etree.tostring(root).decode()
    assert unsafe_doctype(root) == "declares entities in its DOCTYPE"


def test_external_dtd_reported() -> None:
    root = etree.fromstring(b'<!DOCTYPE r SYSTEM "file:///etc/passwd"><r/>', hardened_parser())
    assert unsafe_doctype(root) == "references an external DTD"


def test_plain_document_is_safe_and_comments_stripped_on_request() -> None:
    data = b"<r><!-- note --><?pi x?><a/></r>"
    assert unsafe_doctype(etree.fromstring(data, hardened_parser())) is None
    stripped = etree.fromstring(data, hardened_parser(strip_comments_and_pis=True))
    assert [child.tag for child in stripped] == ["a"]
