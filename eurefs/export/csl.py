"""CSL-JSON: the format of citeproc processors, pandoc and Zotero.

Item types follow CSL for law: ``legislation`` for acts, ``bill`` for
proposals, ``legal_case`` for judgments, ``report`` for Commission documents.
Identifiers without a CSL variable (CELEX, ELI) go into ``note`` as
``Key: value`` lines, which Zotero turns into fields of its own ("Extra").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from eurefs.errors import WrongArgumentType
from eurefs.export.items import CitationItem, citation_items, keyword_list
from eurefs.models.document import Document


def _date_parts(item: CitationItem) -> dict[str, Any] | None:
    if item.date is None:
        return None
    return {"date-parts": [[item.date.year, item.date.month, item.date.day]]}


def csl_item(item: CitationItem) -> dict[str, Any]:
    """One CSL-JSON item (a dict) for a citation record."""
    # An official title is printed as it is written: a style's title case (Chicago's,
    # pandoc's default) would give "on the Protection of Natural Persons"
    title = f'<span class="nocase">{item.title}</span>'
    out: dict[str, Any] = {"id": item.key, "type": item.kind, "title": title}
    issued = _date_parts(item)
    if issued:
        out["issued"] = issued
    if item.authority:
        out["authority"] = ", ".join(item.authority)
        if item.kind in ("report", "document"):
            # Reports are authored and published by the institution itself.
            out["author"] = [{"literal": name} for name in item.authority]
            out["publisher"] = item.authority[0]
    if item.number:
        out["number"] = item.number
    if item.oj_series:
        out["container-title"] = f"OJ {item.oj_series}"
        if item.oj_issue:
            out["volume"] = item.oj_issue
        if item.oj_page is not None:
            out["page"] = str(item.oj_page)
    if item.type_label:
        out["genre"] = item.type_label
    if item.url:
        out["URL"] = item.url
    if item.language:
        out["language"] = item.language
    if item.keywords:
        out["keyword"] = keyword_list(item.keywords)
    notes = [f"{k}: {v}" for k, v in item.identifiers]
    if item.oj_citation:
        notes.append(f"Official Journal: {item.oj_citation}")
    if notes:
        out["note"] = "\n".join(notes)
    return out


def to_csl(documents: Iterable[Document], lang: str = "en") -> list[dict[str, Any]]:
    """CSL-JSON items for the documents, one per distinct work, in input order (``lang``:
    the language of a title eurefs builds, see :func:`~eurefs.export.citation_item`)."""
    return [csl_item(item) for item in citation_items(documents, lang)]


def to_csl_json(documents: Iterable[Document], indent: int | None = 2, lang: str = "en") -> str:
    """The documents as a CSL-JSON array (a string ready to write to ``refs.json``).

    Raises:
        WrongArgumentType: (a TypeError) as :func:`~eurefs.export.citation_items` says;
            ``indent`` no int nor None.
    """
    if indent is not None and (not isinstance(indent, int) or isinstance(indent, bool)):
        raise WrongArgumentType(f"indent must be an int or None, not {indent!r}")
    return json.dumps(to_csl(documents, lang), ensure_ascii=False, indent=indent) + "\n"
