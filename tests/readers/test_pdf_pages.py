"""PDFs whose page tree lists a page more than once: refused before a page is read."""

from __future__ import annotations

import time

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from tests.support.pdf_streams import page_tree_pdf


@pytest.mark.parametrize(
    ("root", "nodes", "packed"),
    [
        ([3] * 200_000, [], False),  # one page listed 200,000 times: 1.2 MB
        ([6] * 450, [[3] * 450], False),  # a node listing it 450 times, 450 times: 6 KB
        (list(range(6, 1006)), [[3]] * 1000, True),  # 1000 nodes listing it, packed
    ],
)
def test_a_page_tree_that_lists_a_page_again_and_again_is_refused(
    root: list[int], nodes: list[list[int]], packed: bool
) -> None:
    # PDFium reads the page each time it is listed: the first file took 55 s and 170 MB
    # to read and 93 s and 520 MB to extract; the second lists 202,500 pages in 6 KB
    data = page_tree_pdf(root, nodes, packed)
    started = time.perf_counter()
    with pytest.raises(UnsafeDocument, match=r"lists \d+ pages but holds 1 page object"):
        eurefs.read_document(data, name="tree.pdf")
    assert time.perf_counter() - started < 10


def test_a_page_tree_that_lists_each_page_once_is_read() -> None:
    # the page listed once, through a node, packed in an object stream or not
    for data in (
        page_tree_pdf([3], []),
        page_tree_pdf([6], [[3]]),
        page_tree_pdf([6], [[3]], packed=True),
    ):
        doc = eurefs.read_document(data)
        assert doc.text == "Directive 95/46/EC\n"
        assert [(r.text, r.doc_page) for r in eurefs.extract(doc)] == [("Directive 95/46/EC", 1)]
