"""RIS, the tagged format every reference manager imports (Zotero, EndNote, Mendeley).

Types: ``STAT`` (statute) for acts, ``BILL`` for proposals, ``CASE`` for
judgments, ``RPRT`` for Commission documents, ``GEN`` otherwise.  The
authority is a corporate author (``AU``), the OJ is the secondary title with
volume and start page, the official number is ``M1``; CELEX, ELI and ECLI are
``N1`` notes and the CELEX number is also the record ``ID``.
"""

from __future__ import annotations

from collections.abc import Iterable

from eurefs.export.items import CitationItem, citation_items
from eurefs.models.document import Document

_RIS_TYPES = {
    "legislation": "STAT",
    "bill": "BILL",
    "legal_case": "CASE",
    "report": "RPRT",
    "document": "GEN",
}


def _clean(value: str) -> str:
    # One tag per line: a line break inside a value would start a bogus tag.
    return " ".join(value.split())


def ris_record(item: CitationItem) -> str:
    """One RIS record (ending with ``ER  -``) for a citation record."""
    tags: list[tuple[str, str]] = [("TY", _RIS_TYPES[item.kind]), ("ID", item.key)]
    tags.append(("TI", item.title))
    tags += [("AU", name) for name in item.authority]
    if item.date:
        tags.append(("PY", str(item.date.year)))
        tags.append(("DA", item.date.strftime("%Y/%m/%d")))
    if item.number:
        tags.append(("M1", item.number))
    if item.type_label:
        tags.append(("M3", item.type_label))
    if item.oj_series:
        tags.append(("T2", f"OJ {item.oj_series}"))
        if item.oj_issue:
            tags.append(("VL", item.oj_issue))
        if item.oj_page is not None:
            tags.append(("SP", str(item.oj_page)))
    if item.url:
        tags.append(("UR", item.url))
    if item.language:
        tags.append(("LA", item.language))
    tags += [("KW", kw) for kw in item.keywords]
    tags += [("N1", f"{k}: {v}") for k, v in item.identifiers]
    if item.oj_citation:
        tags.append(("N1", f"Official Journal: {item.oj_citation}"))
    lines = [f"{tag}  - {_clean(value)}" for tag, value in tags]
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


def to_ris(documents: Iterable[Document], lang: str = "en") -> str:
    """The documents as a RIS text, one record per distinct work (``lang``: the language
    of a title eurefs builds, see :func:`~eurefs.export.citation_item`)."""
    return "\n".join(ris_record(item) for item in citation_items(documents, lang))
