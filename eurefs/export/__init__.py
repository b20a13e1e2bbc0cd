"""Citation exports of resolved documents: CSL-JSON, BibTeX (biblatex) and RIS.

docs = [eurefs.resolve(r) for r in ("Regulation (EU) 2016/679", "COM(2018) 340 final")]
open("refs.json", "w").write(to_csl_json(docs))   # pandoc --citeproc, Zotero
open("refs.bib", "w").write(to_bibtex(docs))      # biblatex / biber
open("refs.ris", "w").write(to_ris(docs))         # any reference manager
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from eurefs.export.bibtex import to_bibtex
from eurefs.export.csl import to_csl, to_csl_json
from eurefs.export.items import (
    CitationItem,
    citation_item,
    citation_items,
    document_title,
    item_kind,
)
from eurefs.export.ris import to_ris
from eurefs.models.document import Document


class CitationWriter(Protocol):
    """Writes documents as a citation text; ``lang`` is the language of built titles."""

    def __call__(self, documents: Iterable[Document], *, lang: str = ...) -> str: ...


#: Format name (as on the command line) -> function writing the documents as text.
CITATION_FORMATS: dict[str, CitationWriter] = {
    "csl-json": to_csl_json,
    "bibtex": to_bibtex,
    "ris": to_ris,
}

__all__ = [
    "CITATION_FORMATS",
    "CitationItem",
    "CitationWriter",
    "citation_item",
    "citation_items",
    "document_title",
    "item_kind",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_ris",
]
