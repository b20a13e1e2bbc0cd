"""XML and HTML parsing with entities, DTDs and the network off.

Documents that declare entities are refused outright: an expanded entity is the
classic XML bomb, and a document that needs its own entities is not a Formex or
EUR-Lex file anyway.
"""

from __future__ import annotations

import re

from lxml import etree

from eurefs.errors import CorruptDocument, UnsafeDocument

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def refuse_entities(data: bytes, source: str) -> None:
    """Raise :class:`UnsafeDocument` when the prolog declares entities."""
    # Searched in the whole input: an internal DTD subset can be of any length.
    if _ENTITY_DECL.search(data):
        raise UnsafeDocument(
            "declares XML entities; refused (entity expansion is a known attack)", source
        )


def parse_xml(data: bytes, source: str) -> etree._Element:
    """Parse XML safely (no entities, no DTD loading, no network, no huge trees)."""
    refuse_entities(data, source)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptDocument(f"not well-formed XML ({exc.msg})", source) from None
    if root is None:
        raise CorruptDocument("empty XML document", source)
    return root
