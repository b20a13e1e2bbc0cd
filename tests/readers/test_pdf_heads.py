"""Running heads of a PDF: out of the lines, and read once."""

from __future__ import annotations

from pathlib import Path

import eurefs
from tests.support.pdf_writer import Layout, printable, write_pdf

HTML = Path(__file__).resolve().parents[1] / "data" / "documents" / "html"
_ACT = HTML / "en-eurlex-regulation-2024-903-interoperable-europe-act.html"
_ELI = "http://data.europa.eu/eli/reg/2024/903/oj"


def test_the_eli_in_the_running_foot_of_an_oj_act_is_read_once(tmp_path: Path) -> None:
    # An Official Journal act published since October 2023 carries its ELI in the foot of
    # every page ('ELI: http://data.europa.eu/eli/reg/2024/1689/oj 121/144' in the AI
    # Act, 'EN OJ L, 12.7.2024' at the head: text extracted from the OJ PDF in public
    # GitHub files, search index ids 51844019687, 56387677500). The running foot was
    # dropped on every page, and the act's own ELI with it. Here: the start of Regulation
    # (EU) 2024/903 (tests/data/documents/html, the text as eurefs reads it) laid out
    # with the head and foot of its OJ PDF.
    text = eurefs.read_document(_ACT).text
    start = text.index("REGULATION (EU) 2024/903")
    paragraphs = [printable(p) for p in text[start:].split("\n\n")[:40]]
    assert _ELI not in " ".join(paragraphs)

    def layout(pages: int) -> Layout:
        return Layout(header="EN OJ L, 22.3.2024", footer=f"ELI: {_ELI} {{page}}/{pages}")

    pages = eurefs.read_document(write_pdf(tmp_path / "a.pdf", paragraphs, layout(1))).page_count
    doc = eurefs.read_document(write_pdf(tmp_path / "act.pdf", paragraphs, layout(pages)))
    assert doc.page_count == pages >= 3
    # once: the head before the first page's text, the foot after the last page's
    assert doc.text.startswith("EN OJ L, 22.3.2024\n\nREGULATION (EU) 2024/903")
    assert doc.text.endswith(f"\n\nELI: {_ELI} {pages}/{pages}\n")
    refs = eurefs.extract(doc)
    assert [(r.kind, r.doc_page) for r in refs if r.normalized == _ELI] == [("eli", pages)]
    # the references of the text are those of the same PDF without heads
    bare = write_pdf(tmp_path / "bare.pdf", paragraphs, Layout(header=None, footer=None))
    expected = [(r.normalized, r.doc_page) for r in eurefs.extract(eurefs.read_document(bare))]
    assert [(r.normalized, r.doc_page) for r in refs if r.normalized != _ELI] == expected
