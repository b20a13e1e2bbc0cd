"""A Word file's body read a paragraph or table at a time (``eurefs.readers.docxstream``)
reads as its whole tree does, on the real Word files of ``tests/data/documents/docx``
(provenance in its ``PROVENANCE.md``) and on their ``word/document.xml`` changed where the
streaming could go wrong: no page marks, the words of one but no mark, a paragraph before
or after the body, two bodies, text boxes outside a paragraph, repeated choices, deleted
paragraph marks.  Running heads are read before the body, which names them after it:
``TextBuilder.extend`` puts them first as if they had been written first.
"""

from __future__ import annotations

import gc
import io
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from eurefs.readers import docxstream
from eurefs.readers.builder import TextBuilder
from eurefs.readers.docx import read_docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX = sorted((Path(__file__).resolve().parents[1] / "data" / "documents" / "docx").iterdir())
_P = b"<w:p><w:r><w:t>Regulation (EU) 2016/679 outside</w:t></w:r></w:p>"
_BOX = b"<w:txbxContent><w:p><w:r><w:t>Directive 95/46/EC boxed</w:t></w:r></w:p></w:txbxContent>"
_MC = b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
CHANGES: dict[str, Callable[[bytes], bytes]] = {
    "as it is": lambda d: d,
    "no page marks": lambda d: d.replace(b"<w:lastRenderedPageBreak/>", b""),
    "the words of a mark": lambda d: d.replace(b"<w:lastRenderedPageBreak/>", b"").replace(
        b"<w:t>", b"<w:t>lastRenderedPageBreak ", 1
    ),
    "after the body": lambda d: d.replace(b"</w:body>", b"</w:body>" + _P),
    "before the body": lambda d: d.replace(b"<w:body>", _P + b"<w:body>"),
    "two bodies": lambda d: d.replace(b"</w:body>", b"</w:body><w:body>" + _P + b"</w:body>"),
    "boxes outside": lambda d: d.replace(b"<w:body>", b"<w:body>" + _BOX, 1).replace(
        b"</w:body>", _BOX + b"</w:body>"
    ),
    "choices": lambda d: d.replace(
        b"<w:body>",
        b"<w:body><mc:AlternateContent " + _MC + b"><mc:Choice>" + _P + b"</mc:Choice>"
        b"<mc:Choice>" + _P + b"</mc:Choice></mc:AlternateContent>",
        1,
    ),
    "deleted marks": lambda d: d.replace(b"<w:pPr>", b"<w:pPr><w:rPr><w:del/></w:rPr>", 5),
}


def _changed(path: Path, change: Callable[[bytes], bytes]) -> bytes:
    with zipfile.ZipFile(path) as real:
        parts = {info.filename: real.read(info) for info in real.infolist()}
    parts["word/document.xml"] = change(parts["word/document.xml"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for name, part in parts.items():
            copy.writestr(name, part)
    return buffer.getvalue()


def _unstreamable(self: docxstream.BodyStream) -> list[object]:
    raise docxstream.Unstreamable


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize("path", DOCX, ids=lambda p: p.name)
def test_a_body_read_a_part_at_a_time_reads_as_its_whole_tree(
    path: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _changed(path, CHANGES[change])
    streamed = read_docx(data, "<t>")
    with monkeypatch.context() as patch:
        patch.setattr(docxstream.BodyStream, "units", _unstreamable)
        whole = read_docx(data, "<t>")
    assert streamed.text == whole.text and len(streamed.text) > 10_000
    assert streamed.page_starts == whole.page_starts and streamed.notes == whole.notes


def test_the_stream_drops_what_it_has_handed_on() -> None:
    document = _changed(DOCX[-1], CHANGES["as it is"])
    with zipfile.ZipFile(io.BytesIO(document)) as package:
        xml = package.read("word/document.xml")
    stream = docxstream.BodyStream(xml, _W)
    most = units = 0
    for unit in stream.units():
        units += 1
        most = max(most, len(list(unit.itersiblings(preceding=True))))
    assert units > 1_000 and most == 1  # (each unit's one before it is kept: mc:Choice)


def test_no_element_the_body_drops_is_held_by_a_proxy() -> None:
    # (a Python proxy, here the parser's list of the events handed on, made lxml walk each
    # element the body dropped to move its namespaces: a read cost 1.2 to 6.3 times the
    # instructions of the whole tree's; counted: the proxies alive outside the tree, but
    # those of the running heads' references, kept on purpose)
    for path in DOCX:
        with zipfile.ZipFile(path) as package:
            xml = package.read("word/document.xml")
        stream = docxstream.BodyStream(xml, _W)
        kept = {f"{_W}{tag}" for tag in docxstream.KEPT_TAGS}
        dropped: list[int] = []
        for number, _ in enumerate(stream.units()):
            if number % 10 == 0 and len(dropped) < 12:
                gc.collect()  # (garbage other tests left is no element held)
                live = (o for o in gc.get_objects() if isinstance(o, etree._Element))
                dropped.append(
                    sum(_top(o).tag != f"{_W}document" for o in live if o.tag not in kept)
                )
        assert len(dropped) > 2 and max(dropped) == 0, (path.name, dropped)


def _top(el: etree._Element) -> etree._Element:
    while (parent := el.getparent()) is not None:
        el = parent
    return el


def _ops(rnd: random.Random) -> list[tuple[str, str]]:
    names = ["block", "line_break", "page_break", "raw", "text", "call"]
    words = ["Article 5", " ", "", "\n", "(1)", "12", "x "]
    return [(rnd.choice(names), rnd.choice(words)) for _ in range(rnd.randint(0, 8))]


def _apply(out: TextBuilder, ops: list[tuple[str, str]]) -> None:
    for name, word in ops:
        if name in ("raw", "text", "call"):
            getattr(out, name)(word)
        else:
            getattr(out, name)()


def test_extending_a_builder_is_writing_into_it() -> None:
    rnd = random.Random(46)
    for _ in range(3_000):
        first, then = _ops(rnd), _ops(rnd)
        written, extended, later = TextBuilder(), TextBuilder(), TextBuilder()
        _apply(written, first)
        written.block()
        _apply(written, then)
        _apply(extended, first)
        extended.block()
        _apply(later, then)
        extended.extend(later)
        assert extended.result() == written.result(), (first, then)


def test_a_builder_is_extended_only_at_a_lines_start() -> None:
    out = TextBuilder()
    out.raw("Article 5")
    with pytest.raises(ValueError):
        out.extend(TextBuilder())
    assert re.fullmatch("Article 5\n", out.result())
