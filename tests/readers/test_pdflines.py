"""The lines of PDF pages as printed: the rest of a line after a raised footnote call."""

from __future__ import annotations

from pathlib import Path

import eurefs

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"


def test_the_rest_of_a_line_after_a_raised_call_stays_on_the_line() -> None:
    # PDFium starts a new line where the baseline changes: after the call of note 1 of
    # the European Parliament's P9_TA(2024)0138 the comma came alone on the next line
    doc = eurefs.read_document(
        DOCS / "pdf/en-ep-p9-ta-2024-0138-ai-act-texts-adopted-first-pages.pdf"
    )
    assert "the European Central Bank of 29 December 2021 ¹,\n– having regard" in doc.text
    assert "September 2021 ²,\n" in doc.text and "hereinafter set out ³;\n" in doc.text
    # Council ST 5419/16: the rest of a sentence, and a space where the PDF has one
    doc = eurefs.read_document(
        DOCS / "pdf/en-council-st-5419-16-gdpr-council-position-first-reading.pdf"
    )
    text = doc.text
    assert "of the European Parliament and of the Council ¹*. Member States may entrust" in text
    assert "In accordance with Council Directive 93/13/EEC ¹ a declaration of consent" in text
    assert "Economic and Social Committee ¹,\nHaving regard to the opinion of the Committee" in text
    assert not [line for line in text.splitlines() if line in {",", ".", ";"}]
    # a footnote's call starts its line, and the next footnote is a line of its own
    assert "¹ Directive 95/46/EC of the European Parliament" in doc.page_text(3)
    refs = eurefs.extract(doc)
    assert [r.doc_page for r in refs if r.normalized == "Directive 93/13/EEC"][:1] == [25]
