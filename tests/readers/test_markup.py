"""HTML, Formex and DOCX readers on small hand-made inputs: what is text and what is not."""

from __future__ import annotations

import io
import zipfile

import pytest

import eurefs
from eurefs.errors import CorruptDocument, UnsafeDocument, UnsupportedFormat
from eurefs.readers import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_html_ignores_scripts_styles_and_head_and_keeps_blocks_apart() -> None:
    html = (
        b"<html><head><title>COM(2000) 1 final</title><style>p{}</style></head><body>"
        b"<script>var s = 'Directive 95/46/EC';</script><p>See\n   Regulation (EU)"
        b" 2016/679<sup>21</sup> and</p><div>COM(2021)&#160;752 final</div>"
        b"<noscript>Directive 2000/31/EC</noscript></body></html>"
    )
    doc = read_document(html, name="page.html")
    assert doc.format == "html" and doc.page_starts == ()
    assert doc.text == "See Regulation (EU) 2016/679 ²¹ and\n\nCOM(2021)\u00a0752 final\n"
    assert [r.normalized for r in eurefs.extract(doc)] == [
        "Regulation (EU) 2016/679",
        "COM(2021) 752 final",
    ]


def test_eurlex_superscript_classes_split_glued_calls_and_keep_calls_in_brackets() -> None:
    html = (
        b'<html><body><p>Council Directive 93/13/EEC<span class="superscript">1</span> and'
        b' the Committee (<span class="oj-super oj-note-tag">2</span>)</p></body></html>'
    )
    doc = read_document(html)
    assert doc.text == "Council Directive 93/13/EEC ¹ and the Committee (2)\n"
    assert [r.normalized for r in eurefs.extract(doc)] == ["Directive 93/13/EEC"]


def _nested_html(depth: int) -> bytes:
    return (
        b"<html><body>"
        + b"<div>" * depth
        + b"Regulation (EU) 2016/679"
        + b"</div>" * depth
        + b"<p>Directive 95/46/EC</p></body></html>"
    )


def test_deeply_nested_html_is_read_whole_or_refused_never_emptied() -> None:
    # libxml2 stops at 256 levels by default and returns an empty tree without an error
    doc = read_document(_nested_html(1000), name="deep.html")
    assert [r.normalized for r in eurefs.extract(doc)] == [
        "Regulation (EU) 2016/679",
        "Directive 95/46/EC",
    ]
    with pytest.raises(CorruptDocument, match="Excessive depth") as caught:
        read_document(_nested_html(5000), name="deeper.html")
    assert "XML_PARSE_HUGE" not in str(caught.value)


def test_html_and_xml_with_entity_declarations_are_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><ACT>&b;</ACT>'
    )
    with pytest.raises(UnsafeDocument, match="entities"):
        read_document(bomb)
    with pytest.raises(UnsafeDocument):
        read_document(bomb.replace(b"ACT", b"html"), input_format="html")


def test_formex_leaves_out_metadata_and_puts_notes_at_the_end() -> None:
    fmx = (
        b"<ACT><BIB.INSTANCE><NO.OJ>176</NO.OJ><YEAR>2013</YEAR></BIB.INSTANCE>"
        b"<PREAMBLE><VISA>Having regard to the opinion of the Committee<NOTE NOTE.ID='E1'>"
        b"<P><REF.DOC.OJ>OJ C 229, 31.7.2012, p. 90</REF.DOC.OJ>.</P></NOTE>,</VISA>"
        b"<CONSID><NP><NO.P>(1)</NO.P><TXT><QUOT.START CODE='2018'/>Directive 95/46/EC"
        b"<QUOT.END CODE='2019'/> is repealed.</TXT></NP></CONSID></PREAMBLE></ACT>"
    )
    doc = read_document(fmx)
    assert doc.format == "formex"
    assert "176" not in doc.text
    assert doc.text == (
        "Having regard to the opinion of the Committee (1),\n\n"
        "(1) ‘Directive 95/46/EC’ is repealed.\n\n"
        "(1) OJ C 229, 31.7.2012, p. 90.\n"
    )
    assert [r.kind for r in eurefs.extract(doc)] == ["legal_act", "oj"]


def test_malformed_xml_is_a_corrupt_document() -> None:
    with pytest.raises(CorruptDocument, match="not well-formed"):
        read_document(b"<?xml version='1.0'?><ACT><P>cut off", name="cut.xml")


def _docx(document: str, footnotes: str | None = None, extra: dict[str, bytes] | None = None,
          compression: int = zipfile.ZIP_DEFLATED) -> bytes:  # fmt: skip
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        body = f'<w:document xmlns:w="{W}"><w:body>{document}</w:body></w:document>'
        z.writestr("word/document.xml", body)
        if footnotes is not None:
            notes = f'<w:footnotes xmlns:w="{W}">{footnotes}</w:footnotes>'
            z.writestr("word/footnotes.xml", notes)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def test_docx_body_footnotes_tracked_deletions_and_superscripts() -> None:
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Council Directive 93/13/EEC</w:t></w:r>"
        "<w:r><w:footnoteReference w:id='2'/></w:r><w:r><w:t xml:space='preserve'> and </w:t>"
        "</w:r><w:del><w:r><w:delText>Directive 2000/31/EC</w:delText></w:r></w:del>"
        "<w:r><w:t>Case C</w:t></w:r><w:r><w:noBreakHyphen/><w:t>131/12</w:t></w:r>"
        "<w:r><w:rPr><w:vertAlign w:val='superscript'/></w:rPr><w:t>7</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>COM(2021)</w:t><w:tab/><w:t>752 final</w:t></w:r></w:p>"
    )
    notes = (
        "<w:footnote w:type='separator' w:id='0'><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>"
        "<w:footnote w:id='2'><w:p><w:r><w:footnoteRef/></w:r><w:r>"
        "<w:t xml:space='preserve'> OJ L 95, 21.4.1993, p. 29.</w:t></w:r></w:p></w:footnote>"
    )
    doc = read_document(_docx(body, notes), name="memo.docx")
    assert doc.format == "docx"
    assert doc.text == (
        "Council Directive 93/13/EEC ¹ and Case C\u2011131/12 ⁷\n\n"
        "COM(2021)\t752 final\n\n"
        "¹ OJ L 95, 21.4.1993, p. 29.\n"
    )
    assert [r.normalized for r in eurefs.extract(doc)] == [
        "Directive 93/13/EEC", "C-131/12", "COM(2021) 752 final", "OJ L 95, 21.4.1993, p. 29",
    ]  # fmt: skip


def test_docx_pages_as_word_laid_them_out_with_each_footnote_on_its_page() -> None:
    def para(text: str, *, call: str | None = None, rendered_break: bool = False) -> str:
        mark = "<w:r><w:lastRenderedPageBreak/></w:r>" if rendered_break else ""
        note = f"<w:r><w:footnoteReference w:id='{call}'/></w:r>" if call else ""
        return f"<w:p>{mark}<w:r><w:t>{text}</w:t></w:r>{note}</w:p>"

    body = (
        para("Directive 95/46/EC", call="3")
        + "<w:p><w:r><w:br w:type='page'/></w:r></w:p>"
        + para("COM(2021) 752 final", call="4", rendered_break=True)  # one break, two marks
        + para("Case C-131/12", rendered_break=True)
    )
    notes = "".join(
        f"<w:footnote w:id='{i}'><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:footnote>"
        for i, t in (("3", "OJ L 281, 23.11.1995, p. 31."), ("4", "OJ L 119, 4.5.2016, p. 1."))
    )
    doc = read_document(_docx(body, notes))
    assert doc.text == (
        "Directive 95/46/EC ¹\n\n¹ OJ L 281, 23.11.1995, p. 31.\n"
        "\fCOM(2021) 752 final ²\n\n² OJ L 119, 4.5.2016, p. 1.\n"
        "\fCase C-131/12\n"
    )
    assert [(r.normalized, r.doc_page) for r in eurefs.extract(doc)] == [
        ("Directive 95/46/EC", 1), ("OJ L 281, 23.11.1995, p. 31", 1),
        ("COM(2021) 752 final", 2), ("OJ L 119, 4.5.2016, p. 1", 2), ("C-131/12", 3),
    ]  # fmt: skip


def test_docx_zip_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = _docx("<w:p><w:r><w:t>" + "A" * (5 << 20) + "</w:t></w:r></w:p>")
    assert len(bomb) < 100_000
    with pytest.raises(UnsafeDocument, match="zip bomb"):
        read_document(bomb, name="bomb.docx")


def test_damaged_or_foreign_zip_files() -> None:
    good = _docx("<w:p><w:r><w:t>Directive 95/46/EC</w:t></w:r></w:p>")
    with pytest.raises(CorruptDocument):
        read_document(good[: len(good) // 2], name="cut.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<x/>")
    with pytest.raises(UnsupportedFormat, match="not a Word document"):
        read_document(buf.getvalue(), name="sheet.ods")


def test_unknown_input_format_and_missing_file() -> None:
    with pytest.raises(UnsupportedFormat, match="unknown input format"):
        read_document(b"x", input_format="rtf")
    with pytest.raises(eurefs.ReadError, match="no such file"):
        read_document("/nonexistent/file.pdf")


def test_xml_past_the_parsers_limits_is_said_so_without_libxml2s_advice() -> None:
    # a Word part nested 5000 deep said 'not well-formed XML (Excessive depth in document:
    # 256, use XML_PARSE_HUGE option, ...)': advice to the programmer, and no damage
    body = b"<w:sdt><w:sdtContent>" * 5000 + b"</w:sdtContent></w:sdt>" * 5000
    deep = b'<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W.encode(), body)
    run = b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % (b"Directive 95/46/EC applies. " * 400_000)
    long_text = b'<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W.encode(), run)
    for part, reason in ((deep, "Excessive depth"), (long_text, "Text node too long")):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("word/document.xml", part)
        with pytest.raises(CorruptDocument, match="XML beyond the parser's limits") as caught:
            read_document(buf.getvalue(), name="big")
        assert reason in str(caught.value) and "XML_PARSE_HUGE" not in str(caught.value)
    with pytest.raises(CorruptDocument, match=r"limits \(Excessive depth in document") as caught:
        read_document(b"<ACT>" + b"<P>" * 5000 + b"</P>" * 5000 + b"</ACT>", name="deep.xml")
    assert "XML_PARSE_HUGE" not in str(caught.value)
    with pytest.raises(CorruptDocument, match=r"not well-formed XML \(Premature end"):
        read_document(b"<ACT><P>cut", name="cut.xml")


def test_a_formex_note_after_an_articles_number_is_no_paragraph_of_it() -> None:
    # the first recital's note of Regulation (EU) 2024/903 in Formex (tests/data/documents/
    # formex), after the article of its first citation: written ' (1)', it made paragraph 1
    # of it, 'Article 172(1) TFEU', which the text never cites
    note = (
        '<NOTE NOTE.ID="E0001" NUMBERING="ARAB" NUMBERING.CONTINUED="YES" TYPE="FOOTNOTE"><P>'
        '<REF.DOC.OJ COLL="C" DATE.PUB="20230525" NO.OJ="184" PAGE.FIRST="28">OJ C 184, '
        "25.5.2023, p. 28</REF.DOC.OJ>.</P></NOTE>"
    )
    act = (
        "<ACT><PREAMBLE><GR.VISA><VISA>Having regard to the Treaty on the Functioning of the "
        f"European Union, and in particular Article 172{note} thereof,</VISA><VISA>Having "
        f"regard to the opinion of the European Economic and Social Committee{note},</VISA>"
        "</GR.VISA></PREAMBLE></ACT>"
    )
    doc = read_document(act.encode())
    assert doc.text.startswith(
        "Having regard to the Treaty on the Functioning of the European Union, and in "
        "particular Article 172 ⁽¹⁾ thereof,\n\nHaving regard to the opinion of the European "
        "Economic and Social Committee (2),\n\n(1) OJ C 184"
    )
    assert [r.normalized for r in eurefs.extract(doc)][:1] == ["Article 172 TFEU"]
