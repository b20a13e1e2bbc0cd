"""Where a hostile document is refused: the reader tests' one check that a refusal comes
before the work it spares.

Not a timing (timed tests flake on a loaded machine): the step a hostile document made
expensive is patched to fail the test, so a refusal that comes after it, or none, fails
whatever the machine's load.  PDFium parses a page's content as it loads the page
(``FPDF_LoadPage``) and compares the page's text objects as it loads its text
(``FPDFText_LoadPage``); :mod:`zipfile` keeps about 1 KB for each entry of a zip's
directory as it reads it; libxml2 compares each attribute of a tag with those before it."""

from __future__ import annotations

import zipfile
from typing import Any, Literal

import lxml.html
import pypdfium2.raw
import pytest

import eurefs
from eurefs.errors import UnsafeDocument
from eurefs.readers import pdf

Stage = Literal["page", "text", "lines", "zip directory", "html parse"]

#: The step each stage of :func:`refused_before` keeps from running: PDFium parsing a
#: page, PDFium reading a page's text, the reader reading the characters of a page,
#: zipfile reading a zip's directory, libxml2 parsing a page.
_STEPS: dict[str, tuple[object, str]] = {
    "page": (pypdfium2.raw, "FPDF_LoadPage"),
    "text": (pypdfium2.raw, "FPDFText_LoadPage"),
    "lines": (pdf, "_page_lines"),
    "zip directory": (zipfile.ZipFile, "_RealGetContents"),
    "html parse": (lxml.html, "document_fromstring"),
}


def refused_before(
    data: bytes, match: str = "", name: str = "hostile.pdf", stage: Stage | None = "page"
) -> None:
    """Check that :func:`eurefs.read_document` refuses ``data`` with an
    :class:`~eurefs.errors.UnsafeDocument` whose message matches ``match`` before PDFium
    parses any page (``stage="page"``), before it reads any page's text (``"text"``),
    before the reader reads the characters of any page (``"lines"``), before zipfile
    reads the zip's directory or libxml2 parses the page; the test fails when the
    document is read instead, or refused only after that step.  ``stage=None``: the
    refusal itself is checked (what is refused is known only once the text is built)."""
    with pytest.MonkeyPatch.context() as patch:
        if stage is not None:
            owner, step_name = _STEPS[stage]

            def step(*args: Any, **kwargs: Any) -> Any:
                pytest.fail(f"{step_name} ran before the document was refused")

            patch.setattr(owner, step_name, step)
        with pytest.raises(UnsafeDocument, match=match):
            eurefs.read_document(data, name=name)
