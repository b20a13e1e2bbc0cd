"""HTML and XHTML (EUR-Lex pages, Cellar XHTML, judgment bodies) to text.

The page's bytes are checked first (no entities, its charset against its bytes, no
element of too many attributes); it is then rendered as libxml2 parses it, no tree of it
built (:mod:`eurefs.readers.htmlstream`), by the rules of :mod:`eurefs.readers.htmlwalk`
(what is hidden, what ends a paragraph, what is a footnote call).
"""

from __future__ import annotations

import re

from eurefs.errors import UnsafeDocument
from eurefs.readers.charset import checked_charset
from eurefs.readers.htmlstream import render_page
from eurefs.readers.safexml import refuse_entities
from eurefs.text import DocumentText

#: The most attributes an element may have.  libxml2's HTML parser compares each attribute
#: of a tag with those before it (its XML parser hashes them): one ``<p>`` of 20,000
#: attributes took 0.5 s to parse, of 80,000 (0.7 MB) 17 s.  Real pages write a few.
MAX_ATTRIBUTES = 1_000
#: A start tag as an HTML parser reads it: a quote opens a value only after ``=``, and a
#: ``>`` in a quoted value ends nothing (possessive: each byte is read once); a script's
#: or a style sheet's text is taken with its tag, as the parser reads no tags in it.
_START_TAG = re.compile(
    rb"""(?P<tag><(?:(?P<raw>(?i:script|style))(?=[\s/>])|[A-Za-z])"""
    rb"""(?:[^>=]++|=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))*+)"""
    rb"""(?(raw)>(?s:.*?</(?i:script|style)|.*+))"""
)
#: An attribute's value, with the ``=`` before it; what is left are names (and the tag's).
_VALUE = re.compile(rb"""=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+)""")
_NAME_SEPARATORS = re.compile(rb"[\s/]+")


def _utf8(data: bytes, source: str) -> bytes:
    """The page's bytes in UTF-8, its charset checked first.

    Warns:
        CharsetWarning: when the declared charset does not fit the bytes.
    """
    charset = checked_charset(data, source, stacklevel=3)
    if charset.problem is None and charset.codec == "utf-8":
        return data
    # decoded here, so that undecodable bytes become U+FFFD whatever libxml2 would do,
    # and a byte-order mark is dropped (libxml2 given utf-16 keeps it as text)
    return data.decode(charset.codec, errors="replace").encode("utf-8")


def refuse_many_attributes(data: bytes, source: str) -> None:
    """Raise :class:`~eurefs.errors.UnsafeDocument` for an element of over
    :data:`MAX_ATTRIBUTES` attributes, before libxml2 parses it.  Only a tag of over two
    bytes an attribute is counted (a name and a separator at least)."""
    for found in _START_TAG.finditer(data):
        tag = found.group("tag")
        if len(tag) > 2 * MAX_ATTRIBUTES:
            bare = _VALUE.sub(b" ", tag)
            names = len(_NAME_SEPARATORS.split(bare.strip())) - 1  # (the tag's own name)
            if names > MAX_ATTRIBUTES:
                raise UnsafeDocument(
                    f"an element has over {MAX_ATTRIBUTES} attributes ({names}); refused "
                    "(the HTML parser compares each with those before it)",
                    source,
                )


def read_html(data: bytes, source: str) -> DocumentText:
    """Read an HTML or XHTML document (or fragment).

    A declared charset that the bytes contradict is not followed: the page is read
    as its bytes are, with a :class:`~eurefs.errors.CharsetWarning`
    (see :mod:`eurefs.readers.charset`).
    """
    refuse_entities(data, source)
    data = _utf8(data, source)
    refuse_many_attributes(data, source)
    return DocumentText(render_page(data, source).result(), (), source, "html")
