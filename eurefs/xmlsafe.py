"""The hardened XML parser settings and entity checks, shared by every XML reader.

One home for what makes parsing untrusted XML safe: entities never resolved, no
DTD loaded, no network, no huge trees, and a scan that spots entity
declarations before libxml2 does any work on them.  Callers (Cellar answers,
document readers) raise their own error types; this module raises nothing.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

__all__ = ["declares_entities", "hardened_parser", "unsafe_doctype"]

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def hardened_parser(*, strip_comments_and_pis: bool = False, target: Any = None) -> etree.XMLParser:
    """A fresh parser with entities, DTD loading, the network and huge trees off.

    A new one per call: lxml parsers are not thread-safe.

    Args:
        strip_comments_and_pis: Drop comments and processing instructions from the tree.
        target: Handed the parser's events (``start``, ``end``, ``data``, ``close``)
            instead of a tree being built (lxml's parser target interface).
    """
    return etree.XMLParser(
        target=target,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=False,
        remove_blank_text=False,
        remove_comments=strip_comments_and_pis,
        remove_pis=strip_comments_and_pis,
    )


def declares_entities(data: bytes) -> bool:
    """Whether ``data`` holds an entity declaration (``<!ENTITY``, any case).

    Searched in the whole input: an internal DTD subset can be of any length.
    """
    return _ENTITY_DECL.search(data) is not None


def unsafe_doctype(root: etree._Element) -> str | None:
    """What is unsafe in a parsed tree's DOCTYPE (declared entities, external DTD), or None."""
    # lxml-stubs lack DTD.iterentities and DocInfo.system_url.
    docinfo: Any = root.getroottree().docinfo
    dtd: Any = docinfo.internalDTD
    if dtd is None:
        return None
    if any(True for _ in dtd.iterentities()):
        return "declares entities in its DOCTYPE"
    if docinfo.system_url or docinfo.public_id:
        return "references an external DTD"
    return None
