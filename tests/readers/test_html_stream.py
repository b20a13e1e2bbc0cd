"""The HTML reader renders a page as libxml2 parses it (``eurefs.readers.htmlstream``),
and its text is the walk of the page's whole tree (``eurefs.readers.htmlwalk``, the reader
until the forty-sixth session), character for character: on the real pages of
``tests/data/documents/html`` (provenance in its ``PROVENANCE.md``), on those pages cut
short, nested deep, re-encoded, commented, styled, and on tag soup made of their pieces.
"""

from __future__ import annotations

import random
import warnings
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from eurefs.errors import CorruptDocument, ReadError
from eurefs.readers.html import _utf8, read_html
from eurefs.readers.htmlstream import MAX_NESTING
from eurefs.readers.htmlwalk import html_to_text
from eurefs.readers.stylesheet import CHECKS

PAGES = sorted((Path(__file__).resolve().parents[1] / "data" / "documents" / "html").iterdir())
#: The OJ's page of Regulation (EU) No 575/2013 (excerpt), EUR-Lex (see PROVENANCE.md).
CRR = next(p for p in PAGES if "575-2013" in p.name).read_bytes()


def _tree_text(data: bytes) -> str | None:
    """The page's text as the whole tree's walk reads it (None: refused)."""
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=True
    )
    try:
        root = lxml.html.document_fromstring(_utf8(data, "<t>"), parser=parser)
    except etree.ParserError:
        return None
    if any(e.level_name == "FATAL" for e in parser.error_log):
        return None
    return html_to_text(root)


def _read(data: bytes) -> str | None:
    try:
        return read_html(data, "<t>").text
    except ReadError:
        return None


def _same(data: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (charset warnings: both readers are warned alike)
        assert _read(data) == _tree_text(data)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_a_real_page_reads_as_its_tree(page: Path) -> None:
    data = page.read_bytes()
    assert (_read(data) or "").count("\n") > 50
    _same(data)


def test_a_page_cut_short_reads_as_its_tree() -> None:
    # unclosed tags, a tag or an entity cut in two, a sheet or a footnote call left open
    for end in range(100, len(CRR), len(CRR) // 97):
        _same(CRR[:end])


def _body(page: bytes) -> tuple[bytes, bytes, bytes]:
    start = page.index(b">", page.index(b"<body")) + 1
    end = page.rindex(b"</body>")
    return page[:start], page[start:end], page[end:]


def test_hostile_markup_around_a_real_page_reads_as_its_tree() -> None:
    head, body, tail = _body(CRR)
    near = MAX_NESTING - 3
    for page in [
        head + b"<div>" * near + body + b"</div>" * near + tail,  # nested to the limit
        head + b"<div>" * (MAX_NESTING + 1) + body + tail,  # past it: refused
        head + body.replace(b"<p", b"<!-- <p> --><p").replace(b"</p>", b"<![CDATA[x]]></p>") + tail,
        head + body.replace(b"<p ", b'<p data-x="' + b"y" * 100_000 + b'" ', 3) + tail,
        head + body + tail + body,  # after </html>: not in the tree, not read
        head + body.replace(b"</span>", b"\x0b</span>") + tail,  # a control character
        head + body.replace(b"(", b"(<sup>\x01</sup>") + tail,  # in a superscript
        (head + body + tail).decode("utf-8").encode("latin-1", "replace"),
        (head + body + tail).decode("utf-8").encode("utf-16"),
        head + body.replace(b"\xc2\xa0", b"\xa0") + tail,  # broken UTF-8
        head.replace(b"<head>", b"<head><meta charset=windows-1252>") + body + tail,
        body,  # a fragment
    ]:
        _same(page)


def test_style_sheets_around_a_real_page_read_as_in_its_tree() -> None:
    head, body, tail = _body(CRR)
    classes = b".note{display:none} .ti-art{display:inline} .italic{display:block}"
    sheets = [
        b"<style>" + classes + b"</style>",
        b"<noscript><style>" + classes + b"</style></noscript>",
        b"<template><style>.normal{display:none}</style></template>",
        b'<style media="print">.normal{display:none}</style>',
        b'<style type="text/less">.normal{display:none}</style>',
        b"<style>.super{display:none} p{display:inline !important}</style>",
        # more rules than the page's elements may be checked against: none is read
        b"<style>"
        + b"".join(b".normal.x%d{display:none}" % i for i in range(CHECKS // 10))
        + b".normal{display:none}</style>",
    ]
    for sheet in sheets:
        _same(head + sheet + body + tail)
        _same(head + body + sheet + tail)  # a sheet after what it hides
    assert _read(head + sheets[0] + body + tail) != _read(CRR)  # (the sheets are read)
    assert _read(head + sheets[-1] + body + tail) == _read(CRR)  # (but not past the budget)


def test_tag_soup_of_real_pieces_reads_as_its_tree() -> None:
    # the pieces of EUR-Lex's markup that change what a page's text is, in random order
    tags = [
        "p",
        "div",
        "span",
        "a",
        "sup",
        "br",
        "td",
        "tr",
        "table",
        "pre",
        "script",
        "style",
        "b",
        "li",
        "ul",
        "noscript",
        "template",
        "o:p",
        "h1",
        "svg",
        "html",
        "body",
        "head",
    ]
    attributes = [
        'class="num"',
        'class="FootnoteReference"',
        'class="oj-super"',
        'class="h"',
        'href="#ntr1-L_2013176EN.01000101-E0001"',
        'href="#E0002"',
        'href="x"',
        "hidden",
        'style="display:none"',
        'style="display:block"',
        'style="display:inline"',
        'id="n"',
        'class="footnote"',
    ]
    texts = [
        "1",
        "(2)",
        "(",
        ")",
        " ",
        "\n",
        "Article 5",
        "a\x0bb",
        "&amp;",
        "&nbsp;",
        "x<!--c-->y",
        "<![CDATA[z]]>",
        "\u00ad",
        "Regulation (EU) No 575/2013",
        ".h{display:none}",
        "*",
    ]
    rnd = random.Random(46)
    for _ in range(1_500):
        parts = []
        for _ in range(rnd.randint(1, 40)):
            pick = rnd.random()
            if pick < 0.35:
                chosen = " ".join(rnd.choice(attributes) for _ in range(rnd.randint(0, 2)))
                parts.append(f"<{rnd.choice(tags)} {chosen}>")
            elif pick < 0.6:
                parts.append(f"</{rnd.choice(tags)}>")
            else:
                parts.append(rnd.choice(texts))
        _same("".join(parts).encode())


def test_a_page_with_no_element_is_refused_as_before() -> None:
    for data in (b"   ", b"<!-- only a comment -->"):
        with pytest.raises(CorruptDocument, match="Document is empty"):
            read_html(data, "<t>")
