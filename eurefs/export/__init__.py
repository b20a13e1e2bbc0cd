"""Citation exports of resolved documents: CSL-JSON, BibTeX (biblatex) and RIS.

docs = [eurefs.resolve(r) for r in ("Regulation (EU) 2016/679", "COM(2018) 340 final")]
open("refs.json", "w").write(to_csl_json(docs))   # pandoc --citeproc, Zotero
open("refs.bib", "w").write(to_bibtex(docs))      # biblatex / biber
open("refs.ris", "w").write(to_ris(docs))         # any reference manager
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from eurefs.export.bibtex import to_bibtex
from eurefs.export.csl import to_csl, to_csl_json
from eurefs.export.items import CitationItem, citation_item, citation_items, item_kind
from eurefs.export.ris import to_ris
from eurefs.models.document import Document

#: Format name (as on the command line) -> function writing the documents as text.
CITATION_FORMATS: dict[str, Callable[[Iterable[Document]], str]] = {
    "csl-json": to_csl_json,
    "bibtex": to_bibtex,
    "ris": to_ris,
}

__all__ = [
    "CITATION_FORMATS",
    "CitationItem",
    "citation_item",
    "citation_items",
    "item_kind",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_ris",
]
