"""PDF reading on PDFs written by reportlab: round trips, footnotes, bad files, long files."""

from __future__ import annotations

import re
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt

import eurefs
from eurefs.errors import CorruptDocument, EncryptedDocument, NoTextLayer, UnsafeDocument
from tests.support.pdf_streams import filtered_pdf
from tests.support.pdf_writer import (
    Layout,
    printable,
    write_blank_pdf,
    write_encrypted_bomb_pdf,
    write_long_pdf,
    write_pages_pdf,
    write_pdf,
    write_row_order_pdf,
    write_table_pdf,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"


def _paragraphs(name: str) -> list[str]:
    text = (CORPUS / name).read_text(encoding="utf-8")
    return [printable(" ".join(p.split())) for p in text.split("\n\n") if p.strip()]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _normalized(refs: list[eurefs.Reference]) -> Counter[str]:
    return Counter(r.normalized for r in refs)


@pytest.mark.parametrize("columns", [1, 2])
@pytest.mark.parametrize("name", ["D01-data-governance-act-recitals.txt", "D03-cjeu-c-65-23.txt"])
def test_round_trip_gives_back_the_text_without_heads_and_hyphens(
    name: str, columns: int, tmp_path: Path
) -> None:
    paragraphs = _paragraphs(name)
    pdf = write_pdf(tmp_path / "doc.pdf", paragraphs, Layout(columns=columns))
    doc = eurefs.read_document(pdf)
    assert doc.format == "pdf" and doc.page_count > 3
    # Running heads out of the lines (kept once: the header as on the first page before
    # its text, the footer as on the last after its text), hyphenated words joined, columns
    # in reading order: the words are exactly those of the source text.
    header = str(Layout.header).format(page=1)
    footer = str(Layout.footer).format(page=doc.page_count)
    assert doc.text.startswith(header + "\n\n") and doc.text.endswith("\n\n" + footer + "\n")
    assert _flat(doc.text) == _flat(" ".join([header, *paragraphs, footer]))
    raw = "\n".join(_split_lines(pdf))  # PDFium marks a line-end hyphen U+FFFE here
    assert re.search(r"[a-z](?:-\r?\n|[\ufffe\x02])[a-z]", raw), "the PDF should hyphenate"
    expected = _normalized(eurefs.extract("\n\n".join(paragraphs)))
    found = eurefs.extract(doc)
    assert sum((_normalized(found) & expected).values()) >= 0.95 * sum(expected.values())
    assert set(_normalized(found)) <= set(expected)
    assert [r.doc_page for r in found] == sorted(r.doc_page or 0 for r in found)


def _split_lines(pdf: Path) -> list[str]:
    """The raw lines of the PDF, before any clean-up (to check the test PDF itself)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_footnote_calls_glued_to_numbers_are_split_off_and_notes_found_on_their_page(
    tmp_path: Path,
) -> None:
    paragraphs = _paragraphs("D01-data-governance-act-recitals.txt")
    notes = {
        21: "OJ C 286, 16.7.2021, p. 64.",
        19: "Case C-113/14 Germany v Parliament and Council, EU:C:2016:635.",
        1: "Council Directive 93/13/EEC of 5 April 1993 (OJ L 95, 21.4.1993, p. 29).",
    }
    paragraphs[20] += " Regulation (EU) 2016/1240{fn21} applies, and Case C-113/14{fn19} too."
    paragraphs[40] += " Under Council Directive 93/13/EEC{fn1} consent is needed."
    pdf = write_pdf(tmp_path / "notes.pdf", paragraphs, Layout(notes=notes))
    doc = eurefs.read_document(pdf)
    refs = eurefs.extract(doc)
    found = {(r.normalized, r.doc_page) for r in refs}
    call_page = doc.page_at(doc.text.index("2016/1240"))
    late_page = doc.page_at(doc.text.index("93/13/EEC"))
    assert call_page is not None and late_page is not None and late_page > call_page
    assert "Regulation (EU) 2016/1240 ²¹ applies" in doc.text
    assert ("Regulation (EU) 2016/1240", call_page) in found
    assert ("C-113/14", call_page) in found
    assert ("Directive 93/13/EEC", late_page) in found
    # the notes, at the foot of the pages that call them
    assert ("OJ C 286, 16.7.2021, p. 64", call_page) in found
    assert ("OJ L 95, 21.4.1993, p. 29", late_page) in found
    assert not any(re.search(r"2016/1240\d", r.text) for r in refs)


def test_a_pdf_that_opens_without_a_password_is_read(tmp_path: Path) -> None:
    owner_only = pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0)
    pdf = write_pdf(tmp_path / "open.pdf", ["Directive 95/46/EC is repealed."], encrypt=owner_only)
    assert [r.normalized for r in eurefs.extract(eurefs.read_document(pdf))] == [
        "Directive 95/46/EC"
    ]


def test_a_bomb_in_a_pdf_that_opens_without_a_password_is_refused(tmp_path: Path) -> None:
    # encryption hid the streams from the check: 196 KB whose page inflates to 80 MB of
    # path operators took 1.6 GB to read; the same page unencrypted was refused in 0.1 s
    data = write_encrypted_bomb_pdf(tmp_path / "bomb.pdf")
    assert b"/Encrypt" in data and len(data) < 20_000
    with pytest.raises(UnsafeDocument, match="decompression bomb"):
        eurefs.read_document(data, name="bomb.pdf")


def test_a_pdf_that_needs_a_password_is_one_clear_error(tmp_path: Path) -> None:
    locked = pdfencrypt.StandardEncryption("secret", ownerPassword="owner")
    pdf = write_pdf(tmp_path / "locked.pdf", ["Directive 95/46/EC."], encrypt=locked)
    with pytest.raises(EncryptedDocument, match=r"encrypted.*password") as info:
        eurefs.read_document(pdf)
    assert str(info.value).startswith(str(pdf))


def test_a_pdf_without_text_names_ocr(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayer, match="ocrmypdf"):
        eurefs.read_document(write_blank_pdf(tmp_path / "scan.pdf"))


def test_pages_without_text_among_others_are_named_in_a_note(tmp_path: Path) -> None:
    mixed = write_pages_pdf(
        tmp_path / "mixed.pdf", ["Directive 95/46/EC.", None, "COM(2021) 752 final."]
    )
    doc = eurefs.read_document(mixed)
    assert doc.notes == ("no text on page(s) 2 (scanned?): OCR them (e.g. ocrmypdf) to read them",)
    assert [(r.normalized, r.doc_page) for r in eurefs.extract(doc)] == [
        ("Directive 95/46/EC", 1),
        ("COM(2021) 752 final", 3),
    ]


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_pdf_is_a_corrupt_document(keep: float, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "doc.pdf", _paragraphs("D05-digital-markets-act-footnotes.txt"))
    data = pdf.read_bytes()
    with pytest.raises(CorruptDocument, match="damaged or truncated PDF"):
        eurefs.read_document(data[: int(len(data) * keep)], name="cut.pdf")


def test_a_300_page_pdf_is_read_page_by_page_with_flat_memory(tmp_path: Path) -> None:
    pdf = write_long_pdf(tmp_path / "long.pdf", pages=300)
    seen: list[tuple[int, int]] = []
    tracemalloc.start()
    try:
        doc = eurefs.read_document(pdf, progress=lambda done, total: seen.append((done, total)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == [(n, 300) for n in range(1, 301)]
    refs = eurefs.extract(doc)
    assert [(r.normalized, r.doc_page) for r in refs] == [
        (f"Regulation (EU) 2016/{n}", n) for n in range(1, 301)
    ]
    # the running head, on every page, is read once, before the first page's text
    assert doc.text.count("Council document") == 1
    assert doc.text.startswith("Council document 1234/24 page 1\n\nOn page 1 the text")
    # Python keeps the text and its lines, never more than one page of PDF objects:
    # the peak is a small multiple of the text, not of the file.
    assert peak < 8 * len(doc.text) + 2_000_000


def test_two_column_amendment_table_keeps_each_cell_together(tmp_path: Path) -> None:
    rows = [
        ("Commission proposal", "Amendment"),
        (
            "The Commission shall be assisted by a committee within the meaning of "
            "Regulation (EU) No 182/2011 of the European Parliament and of the Council.",
            "The Commission shall be assisted by a committee. That committee shall be a "
            "committee within the meaning of Directive 2002/58/EC as amended.",
        ),
        (
            "Processing shall comply with Directive 95/46/EC and with COM(2012) 11 final.",
            "Processing shall comply with Regulation (EC) No 45/2001 only.",
        ),
    ]
    doc = eurefs.read_document(write_table_pdf(tmp_path / "table.pdf", rows))
    found = [r.normalized for r in eurefs.extract(doc)]
    assert found == [
        "Regulation (EU) No 182/2011",
        "Directive 2002/58/EC",
        "Directive 95/46/EC",
        "COM(2012) 11 final",
        "Regulation (EC) No 45/2001",
    ]


def test_four_column_table_keeps_each_cell_together(tmp_path: Path) -> None:
    # the layout of a trilogue's four-column document (Commission | Parliament | Council |
    # compromise), each cell drawn whole as layout engines and word processors draw them
    rows = [
        ("Commission proposal", "EP position", "Council general approach", "Compromise text"),
        (
            "The Commission shall be assisted by a committee within the meaning of "
            "Regulation (EU) No 182/2011 of the European Parliament and of the Council.",
            "The Commission shall be assisted by a committee. That committee shall be a "
            "committee within the meaning of Directive 2002/58/EC as amended.",
            "The Commission shall be assisted by the committee established by Council "
            "Directive 93/13/EEC for that purpose.",
            "Processing shall comply with Directive 95/46/EC and with COM(2012) 11 final.",
        ),
        (
            "Processing shall comply with Regulation (EC) No 45/2001 only.",
            "deleted",
            "Processing shall comply with Directive 2000/31/EC and Regulation (EU) 2016/679.",
            "Council text agreed.",
        ),
    ]
    doc = eurefs.read_document(write_table_pdf(tmp_path / "four.pdf", rows))
    assert [r.normalized for r in eurefs.extract(doc)] == [
        "Regulation (EU) No 182/2011", "Directive 2002/58/EC", "Directive 93/13/EEC",
        "Directive 95/46/EC", "COM(2012) 11 final", "Regulation (EC) No 45/2001",
        "Directive 2000/31/EC", "Regulation (EU) 2016/679",
    ]  # fmt: skip
    assert "Directive\n2000/31/EC and Regulation (EU)\n2016/679." in doc.text


def test_two_columns_written_row_by_row_are_read_column_after_column(tmp_path: Path) -> None:
    left = [
        "The processing of personal data in the Union",
        "is governed by Regulation (EU)",
        "2016/679 of the European Parliament and of",
        "the Council, which repealed Directive",
        "95/46/EC with effect from 25 May 2018.",
    ]
    right = [
        "Electronic commerce in the internal market",
        "is governed by Directive 2000/31/EC and",
        "unfair terms in consumer contracts by",
        "Council Directive 93/13/EEC in all",
        "the Member States.",
    ]
    path = write_row_order_pdf(
        tmp_path / "rows.pdf", "Summary of the acts that apply", (left, right), "Done at Brussels."
    )
    doc = eurefs.read_document(path)
    # before: the rows glued across the gutter, 'Directive 2000/31/EC and\n2016/679 of' read
    # as a list (Directive 2016/679, an act that does not exist), Regulation (EU) 2016/679
    # and Directive 95/46/EC lost
    assert doc.text == "\n".join(
        ["Summary of the acts that apply", "", *left, *right, "", "Done at Brussels.", ""]
    )
    assert [r.normalized for r in eurefs.extract(doc)] == [
        "Regulation (EU) 2016/679", "Directive 95/46/EC", "Directive 2000/31/EC",
        "Directive 93/13/EEC",
    ]  # fmt: skip


def _raw_pdf(content: bytes, filters: int = 1) -> bytes:
    """A one-page PDF whose content stream is ``content`` deflated ``filters`` times."""
    return filtered_pdf(content, ["FlateDecode"] * filters)


def test_a_content_stream_that_inflates_into_a_bomb_is_refused_before_pdfium_reads_it() -> None:
    # 400 KB whose content stream inflates to 400 MB took 1 GB of memory to read (210 KB of
    # 72 MB of text operators 1.3 GB): a few MB of such a file exhaust the machine
    text = b"BT /F1 12 Tf 72 700 Td (Directive 95/46/EC) Tj ET\n"
    assert [r.text for r in eurefs.extract(eurefs.read_document(_raw_pdf(text)))] == [
        "Directive 95/46/EC"
    ]
    operators = text[:-3] + b"(Directive 95/46/EC ) Tj 0 -0.01 Td " * 600_000 + b"ET\n"
    for data in (_raw_pdf(text + b" " * (80 << 20)), _raw_pdf(operators), _raw_pdf(operators, 2)):
        tracemalloc.start()
        with pytest.raises(UnsafeDocument, match="refused as a decompression bomb"):
            eurefs.read_document(data, name="bomb.pdf")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 4 << 20  # inflated in pieces, none kept
    # Flate inside Flate inside ... deeper than any writer nests it
    with pytest.raises(UnsafeDocument):
        eurefs.read_document(_raw_pdf(text, filters=5), name="deep.pdf")


def test_the_neighbours_of_the_numbers_of_a_long_line_are_found_in_linear_time() -> None:
    # a 2.7 KB PDF whose page draws a form that draws ten forms ... (10^5 text objects at
    # one place) gave PDFium one line of 1.9 million characters: each of its 200,000
    # numbers copied the line before it to find its neighbour, 55 of the 82 s of reading
    from eurefs.readers.pdf import _CALL_RUN, _neighbours

    text = "Directive 95/46/EC " * 50_000
    runs = list(_CALL_RUN.finditer(text))
    tracemalloc.start()
    last = _neighbours(text, runs[-1])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 64 << 10  # (the line before the number copied: 950 KB)
    found = [_neighbours(text, run) for run in runs[:2]]
    assert found == [[8, 12], [12, 15]] and last == [len(text) - 7, len(text) - 4]
