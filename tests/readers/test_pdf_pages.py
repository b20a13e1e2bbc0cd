"""PDFs whose page tree lists a page more than once: refused before a page is read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from eurefs.readers import pdfbomb
from eurefs.readers.pdfbomb import refuse_bombs
from eurefs.readers.pdfobjects import listed_pages
from tests.support.pdf_streams import form_fanout_pdf, page_tree_pdf
from tests.support.pdf_trees import SHOWN, masked_tree_pdf, padded_tree_pdf, shared_content_pdf
from tests.support.refusals import refused_before


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
    refused_before(data, r"holds 1 page object|as often as its page tree")


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


def test_pages_that_list_one_content_stream_again_and_again_are_refused() -> None:
    # PDFium parses a stream again for each page that lists it, and for each time a page
    # lists it: 300 page objects (49 KB) sharing ~1 MiB of paths (1 KB compressed) took
    # 89 s and 43 MB on 02ce303, one page listing it 300 times (4.5 KB) 89 s and 6.1 GB
    refused_before(shared_content_pdf(300), "as often as its page tree lists it")
    refused_before(shared_content_pdf(1, listed=300), "as often as its page tree")


def test_pages_that_cost_over_4_mib_and_200_times_the_file_are_refused() -> None:
    # on a596049 the bound was 256 MiB whatever the file's size: 255 pages sharing 1 MiB
    # of paths (42 KB) took 46 s to read, 20 of them (5.6 KB) 4 s; on 6f84822 it was 16
    # MiB, and 15 of them (4.9 KB) were read in 3.4 s
    refused_before(shared_content_pdf(255), "as often as its page tree lists it")
    refused_before(shared_content_pdf(20), "as often as its page tree lists it")
    refused_before(shared_content_pdf(15), "as often as its page tree lists it")
    # within the bound: 3 MiB of pages are read
    assert eurefs.read_document(shared_content_pdf(3)).text.count("Directive 95/46/EC") == 3


_REAL_PDFS = sorted((Path(__file__).resolve().parents[1] / "data" / "documents").glob("pdf/*"))


@pytest.mark.parametrize("path", _REAL_PDFS, ids=lambda path: path.name)
def test_the_pages_of_real_pdfs_cost_far_below_the_bound(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the pages of real PDFs cost 0.2 to 6.2 times their file's size (tests/data's, the
    # OJ's 88 pages of Regulation (EU) 2016/679 in shared/samples and two pdfTeX manuals:
    # Council st 5419/16 8.1 MB from 1.3 MB, the smallest, 37-39 KB, about their size):
    # under a bound of 4 MiB or 200 times the size, each costs under a thirtieth of it
    costs = []

    def priced(tree: dict[int, list[int]], cost: Callable[[int], int]) -> int | None:
        costs.append(listed_pages(tree, cost))
        return costs[-1]

    monkeypatch.setattr(pdfbomb, "listed_pages", priced)
    data = path.read_bytes()
    refuse_bombs(data, path.name)
    assert costs and costs[0] is not None
    assert costs[0] * 30 < max(pdfbomb.MAX_PAGES_COST, pdfbomb.MAX_RATIO * len(data))
    assert eurefs.read_document(data, name=path.name).text.strip()


def test_pages_that_share_a_small_content_stream_are_read() -> None:
    doc = eurefs.read_document(shared_content_pdf(3, SHOWN))
    assert doc.text.count("Directive 95/46/EC") == 3
    doc = eurefs.read_document(shared_content_pdf(2))  # (2 MiB of paths in all)
    assert doc.text.count("Directive 95/46/EC") == 2


def test_kids_of_an_object_in_no_page_tree_do_not_hide_a_page_listed_again() -> None:
    # a form field's /Kids listing 200,000 objects made room for the page listed 200,000
    # times (held = pages): read in full on 02ce303, 89 s and 178 MB (3.3 MB file)
    refused_before(masked_tree_pdf(200_000, 200_000), "as often as its page tree")


def test_a_page_tree_whose_node_lists_the_root_is_refused() -> None:
    # PDFium lists the page again at each level of the cycle: on 02ce303 (a form field's
    # /Kids masking it) 512 pages were read, then page 513 could not be loaded
    data = masked_tree_pdf(1000, 1000, cycle=True)
    refused_before(data, "lists a node inside itself")


@pytest.mark.parametrize(("padding", "binary"), [(65, False), (0, True)])
def test_object_streams_past_the_limit_or_binary_do_not_hide_the_page_tree(
    padding: int, binary: bool
) -> None:
    # 65 object streams of 1 MiB of blanks (76 KB), or an object stream that opens with a
    # binary string (724 bytes), were not read on 02ce303, and the tree packed after them
    # (202,500 pages) went unchecked: 68 s and 168 MB, 88 s and 166 MB to read
    match = "object streams hold over" if padding else "holds 1 page object|as often as"
    refused_before(padded_tree_pdf(padding, binary), match)


def test_an_object_stream_behind_a_filter_pdfium_does_not_decode_hides_no_page_tree() -> None:
    # PDFium reads the object stream up to the filter it does not know; the check took the
    # stream for one it could not decode and went on without its objects: on a596049 the
    # 202,500 pages packed behind [/ASCIIHexDecode /FlateDecode /DCTDecode] (0.9 KB) were
    # read, 85 s and 164 MB
    chain = ("ASCIIHexDecode", "FlateDecode", "DCTDecode")
    refused_before(padded_tree_pdf(0, chain=chain), "as often as its page tree")


#: ~1 MiB of text shown two characters a string (Flate: ~1.2 KB), after SHOWN.
MIB_OF_TEXT = SHOWN + b"(ab) Tj\n" * ((1 << 20) // 8 - 8)


def test_pages_that_show_text_cost_more_than_their_bytes() -> None:
    # one page listing 1 MiB of (ab) Tj 15 times (2.3 KB): 15 MiB, under the 16 MiB that
    # paths may cost; on 47f6b69 eurefs extract ran 120 s (18.8 s CPU, 776 MB) unfinished
    data = shared_content_pdf(1, MIB_OF_TEXT, listed=15)
    with pytest.raises(UnsafeDocument, match="as often as its page tree lists it"):
        refuse_bombs(data, "text.pdf")
    refused_before(data, "as often as its page tree lists it", "text.pdf")


def test_a_page_of_text_objects_past_the_limit_is_refused_before_pdfium_reads_its_text() -> None:
    # PDFium compares each text object with those before it to drop text drawn twice: the
    # 1 MiB listed 3 times (2.2 KB, 12 MiB of content, within the bounds) ran 120 s (41 s
    # CPU) unfinished on 47f6b69; this one (16,384 strings shown twice) takes PDFium 2.2 s
    data = shared_content_pdf(1, SHOWN + b"(ab) Tj\n" * 16_384, listed=2)
    refused_before(data, "a page holds over 20000 text objects", stage="text")
    # (the 1 MiB listed 3 times: refused by its pages' cost since the 4 MiB bound)
    data = shared_content_pdf(1, MIB_OF_TEXT, listed=3)
    refused_before(data, "text objects|as often as its page tree lists it")
    # the forms a page draws hold text objects too: a form of 12,000 strings drawn 8 times
    # (97 KB) took 40.9 s CPU on 47f6b69, drawn 3 times 4.1 s
    form = b"BT /F1 12 Tf 72 700 Td " + b"(ab) Tj " * 12_000 + b"ET"
    data = form_fanout_pdf(2, 3, form)
    refused_before(data, "a page holds over 20000 text objects", stage="text")


def test_pages_that_draw_characters_past_the_file_s_size_are_refused() -> None:
    # 2,100 strings of 128 characters (2.2 KB) draw 268,800: 120 a byte of the file, where
    # the real PDFs of tests/data draw 0.02 to 0.28
    data = shared_content_pdf(1, SHOWN + (b"(" + b"ab" * 64 + b") Tj\n") * 2100)
    refused_before(data, "draw over 268818 characters", stage="lines")
    # a page of text, its strings weighing more than their bytes, is read
    doc = eurefs.read_document(shared_content_pdf(1, SHOWN + b"(ab) Tj\n" * 15_000))
    assert doc.text.count("Directive 95/46/EC") == 1


def test_a_page_of_characters_pdfium_holds_no_text_for_is_read() -> None:
    # 1,500 characters of code 0 (696 bytes): pypdfium2's get_text_range recursed once a
    # character and raised ctypes.ArgumentError (RecursionError) out of eurefs on 53228d7
    content = SHOWN + b"BT /F1 12 Tf 72 600 Td <" + b"0" * 3000 + b"> Tj ET\n"
    assert eurefs.read_document(shared_content_pdf(1, content)).text.startswith("Directive")
