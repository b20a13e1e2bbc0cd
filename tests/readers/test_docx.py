"""Word documents as Word shows them: text boxes once, accepted tracked changes, raised calls."""

from __future__ import annotations

import io
import zipfile

import eurefs
from eurefs.readers import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _docx(
    body: str, *, styles: str | None = None, footnotes: str | None = None, w: str = W
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        root = f'<w:document xmlns:w="{w}" xmlns:mc="{MC}"><w:body>{body}</w:body></w:document>'
        z.writestr("word/document.xml", root)
        if styles is not None:
            z.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
        if footnotes is not None:
            notes = f'<w:footnotes xmlns:w="{W}">{footnotes}</w:footnotes>'
            z.writestr("word/footnotes.xml", notes)
    return buf.getvalue()


def _found(doc: eurefs.DocumentText) -> list[tuple[str, int]]:
    refs = list(eurefs.extract(doc))
    assert all(doc.text[r.start : r.end] == r.text for r in refs)
    return [(r.normalized, r.start) for r in refs]


def _box(text: str) -> str:
    return f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"


def test_a_text_box_saved_with_its_fallback_is_read_once_after_its_paragraph() -> None:
    shape = (
        "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        f"{_box('Directive 2000/31/EC')}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{_box('Directive 2000/31/EC')}</w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = (
        f"<w:p><w:r><w:t xml:space='preserve'>Regulation (EU) </w:t></w:r>{shape}"
        "<w:r><w:t>2016/679 applies.</w:t></w:r></w:p><w:p><w:r><w:t>Next.</w:t></w:r></w:p>"
    )
    doc = read_document(_docx(body))
    # before: the box twice, and inside the sentence ("Regulation (EU)" apart from "2016/679")
    assert doc.text == "Regulation (EU) 2016/679 applies.\n\nDirective 2000/31/EC\n\nNext.\n"
    assert _found(doc) == [("Regulation (EU) 2016/679", 0), ("Directive 2000/31/EC", 35)]


def test_a_deleted_paragraph_mark_joins_the_paragraphs_as_accepting_the_change_would() -> None:
    body = (
        "<w:p><w:pPr><w:rPr><w:del w:id='1' w:author='A'/></w:rPr></w:pPr>"
        "<w:r><w:t>Directive 2000/</w:t></w:r></w:p><w:p><w:r><w:t>31/EC applies.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Regulation (EU) 2016/679</w:t></w:r></w:p>"
    )
    doc = read_document(_docx(body))
    assert doc.text == "Directive 2000/31/EC applies.\n\nRegulation (EU) 2016/679\n"
    assert _found(doc) == [("Directive 2000/31/EC", 0), ("Regulation (EU) 2016/679", 31)]


def _run(text: str, props: str = "") -> str:
    return f"<w:r><w:rPr>{props}</w:rPr><w:t>{text}</w:t></w:r>"


def test_calls_raised_by_a_character_style_or_a_position_are_kept_off_the_number() -> None:
    styles = (
        "<w:style w:type='character' w:styleId='FootnoteReference'><w:rPr>"
        "<w:vertAlign w:val='superscript'/></w:rPr></w:style>"
        "<w:style w:type='character' w:styleId='NoteCall'><w:basedOn w:val='FootnoteReference'/>"
        "</w:style><w:style w:type='character' w:styleId='Strong'><w:rPr><w:b/></w:rPr></w:style>"
    )
    body = (
        "<w:p>" + _run("Regulation (EU) 2016/679")
        + _run("12", "<w:rStyle w:val='FootnoteReference'/>") + _run(", Directive 2000/31/EC")
        + _run("3", "<w:rStyle w:val='NoteCall'/>") + _run(", Directive 95/46/EC")
        + _run("4", "<w:position w:val='6'/><w:sz w:val='14'/>") + _run(", Regulation (EU) 2018/")
        + _run("1725", "<w:rStyle w:val='Strong'/>") + _run(", Decision 2010/")
        + _run("87", "<w:rStyle w:val='NoteCall'/><w:vertAlign w:val='baseline'/>") + "</w:p>"
    )  # fmt: skip
    doc = read_document(_docx(body, styles=styles))
    # before: 2016/67912, 2000/31/EC3, 95/46/EC4
    assert doc.text == (
        "Regulation (EU) 2016/679 ¹², Directive 2000/31/EC ³, Directive 95/46/EC ⁴, "
        "Regulation (EU) 2018/1725, Decision 2010/87\n"
    )
    assert [n for n, _ in _found(doc)] == [
        "Regulation (EU) 2016/679", "Directive 2000/31/EC", "Directive 95/46/EC",
        "Regulation (EU) 2018/1725", "Decision 2010/87",
    ]  # fmt: skip


def test_symbols_separate_words_and_notes_with_their_own_mark_keep_it() -> None:
    body = (
        "<w:p><w:r><w:t>Directive 2000/31/EC</w:t><w:sym w:font='Symbol' w:char='F0B7'/>"
        "<w:t>Regulation (EU) 2016/679</w:t></w:r>"
        "<w:r><w:footnoteReference w:customMarkFollows='1' w:id='5'/><w:t>*</w:t></w:r></w:p>"
    )
    notes = "<w:footnote w:id='5'><w:p><w:r><w:t>* Directive 95/46/EC.</w:t></w:r></w:p>"
    notes += "</w:footnote>"
    doc = read_document(_docx(body, footnotes=notes))
    # before: "2000/31/ECRegulation" (no reference) and a call "¹*" with a note "¹ * ..."
    assert doc.text == (
        "Directive 2000/31/EC\uf0b7Regulation (EU) 2016/679*\n\n* Directive 95/46/EC.\n"
    )
    assert [n for n, _ in _found(doc)] == [
        "Directive 2000/31/EC", "Regulation (EU) 2016/679", "Directive 95/46/EC",
    ]  # fmt: skip


def test_a_strict_open_xml_document_is_read_like_a_transitional_one() -> None:
    body = "<w:p><w:r><w:t>Regulation (EU) 2016/679</w:t></w:r></w:p>"
    strict = _docx(body, w="http://purl.oclc.org/ooxml/wordprocessingml/main")
    # before: the Strict namespace was not Word's, and the document read as empty text
    assert read_document(strict).text == "Regulation (EU) 2016/679\n"


def test_an_embedded_chunk_that_is_not_read_is_said() -> None:
    body = "<w:p><w:r><w:t>Directive 2000/31/EC</w:t></w:r></w:p><w:altChunk r:id='rId9'/>"
    doc = read_document(_docx(body.replace("r:id", "id")))
    # before: the chunk's text (often the whole document, from HTML exporters) went silently
    assert doc.text == "Directive 2000/31/EC\n" and doc.page_starts == ()
    assert len(doc.notes) == 1 and "w:altChunk" in doc.notes[0]
    assert read_document(_docx(body.replace("<w:altChunk r:id='rId9'/>", ""))).notes == ()
