"""A safe XML parser for Cellar responses.

Cellar answers are untrusted input.  :func:`parse_xml` never resolves entities,
never loads a DTD, never touches the network and refuses huge trees; on top of
that it rejects any document whose DOCTYPE declares entities (the shape of
"billion laughs" and external-entity attacks), so such a document is an error
rather than something that is silently half-parsed.
"""

from __future__ import annotations

from lxml import etree

from eurefs.errors import ResponseError
from eurefs.xmlsafe import declares_entities, hardened_parser, unsafe_doctype

__all__ = ["parse_xml"]


def parse_xml(data: bytes) -> etree._Element:
    """Parse an XML response body safely and return its root element.

    Args:
        data: The raw response body.

    Returns:
        The root element.

    Raises:
        ResponseError: when the body is empty or not well-formed XML, or when
            its DOCTYPE declares entities (internal or external).
    """
    if not isinstance(data, bytes):
        raise ResponseError(f"XML body must be bytes, got {type(data).__name__}")
    if not data.strip():
        raise ResponseError("empty XML body")
    if b"<!DOCTYPE" in data and declares_entities(data):
        # Refuse before libxml2 does any work on the declarations.
        raise ResponseError("XML body declares entities in its DOCTYPE; refused")
    try:
        root = etree.fromstring(data, parser=hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise ResponseError(f"malformed XML: {exc}") from exc
    except (ValueError, etree.LxmlError) as exc:
        raise ResponseError(f"unreadable XML: {exc}") from exc
    if root is None:
        raise ResponseError("XML body has no root element")
    unsafe = unsafe_doctype(root)
    if unsafe is not None:
        raise ResponseError(f"XML body {unsafe}; refused")
    return root
