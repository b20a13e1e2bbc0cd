"""XML and HTML parsing with entities, DTDs and the network off.

Documents that declare entities are refused outright: an expanded entity is the
classic XML bomb, and a document that needs its own entities is not a Formex or
EUR-Lex file anyway.  The parser settings live in :mod:`eurefs.xmlsafe`; this
module turns their findings into the readers' error types.
"""

from __future__ import annotations

import re
from typing import Any, cast

from lxml import etree

from eurefs.errors import CorruptDocument, UnsafeDocument
from eurefs.xmlsafe import declares_entities, hardened_parser

#: libxml2 tells its caller how to lift a limit (``use XML_PARSE_HUGE option``).
_LIBXML_ADVICE = re.compile(r",? (?:use|try) XML_PARSE_HUGE(?: option)?")
#: What libxml2 says when a document is past its safety limits, not damaged.
_LIMITS = re.compile(r"Excessive depth|Resource limit exceeded|Huge input lookup")


def refuse_entities(data: bytes, source: str) -> None:
    """Raise :class:`UnsafeDocument` when the prolog declares entities."""
    if declares_entities(data):
        raise UnsafeDocument(
            "declares XML entities; refused (entity expansion is a known attack)", source
        )


def parse_xml(data: bytes, source: str) -> etree._Element:
    """Parse XML safely (no entities, no DTD loading, no network, no huge trees)."""
    root = parse_xml_events(data, source, None)
    if root is None:
        raise CorruptDocument("empty XML document", source)
    return cast(etree._Element, root)


def parse_xml_events(data: bytes, source: str, target: Any) -> Any:
    """Parse XML as :func:`parse_xml` does, its events handed to ``target`` (lxml's parser
    target interface; no tree is built) when one is given; what ``target.close()``
    returns (the root element without one).

    Raises:
        UnsafeDocument: the document declares entities.
        CorruptDocument: it is not well-formed, or beyond libxml2's limits.
    """
    refuse_entities(data, source)
    parser = hardened_parser(strip_comments_and_pis=True, target=target)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        reason = _LIBXML_ADVICE.sub("", exc.msg or "")  # libxml2's advice, not ours
        what = "XML beyond the parser's limits" if _LIMITS.search(reason) else "not well-formed XML"
        raise CorruptDocument(f"{what} ({reason})", source) from None
