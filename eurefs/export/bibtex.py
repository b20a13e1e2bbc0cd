"""BibTeX in the biblatex data model.

Acts are ``@legislation`` and judgments ``@jurisdiction`` (both types that
biblatex defines for legal styles and that Better BibTeX for Zotero writes);
proposals are ``@legislation`` with ``type = {Proposal ...}``, since biblatex has
no bill type; Commission documents are ``@report`` with the institution.
The CELEX number is the ``eprint`` (``eprinttype = {CELEX}``), so standard
styles print it; the ELI and ECLI go into ``note``. The title's language is the
``langid``, in the babel name biblatex and pandoc read (``french``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eurefs.export.items import CitationItem, citation_items, keyword_list
from eurefs.models.document import Document

_ENTRY_TYPES = {
    "legislation": "legislation",
    "bill": "legislation",
    "legal_case": "jurisdiction",
    "report": "report",
    "document": "misc",
}
# The babel names of the EU languages, as biblatex's ``langid`` takes them (and pandoc
# reads them: ``french`` is ``fr-FR``); ``magyar`` and ``slovene`` are babel's own names.
_BABEL_NAMES = {
    "bg": "bulgarian", "cs": "czech", "da": "danish", "de": "ngerman", "el": "greek",
    "en": "english", "es": "spanish", "et": "estonian", "fi": "finnish", "fr": "french",
    "ga": "irish", "hr": "croatian", "hu": "magyar", "it": "italian", "lt": "lithuanian",
    "lv": "latvian", "mt": "maltese", "nl": "dutch", "pl": "polish", "pt": "portuguese",
    "ro": "romanian", "sk": "slovak", "sl": "slovene", "sv": "swedish",
}  # fmt: skip
_LATEX_SPECIAL = re.compile(r"[\\{}#$%&~_^]")
_LATEX_REPLACEMENTS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "~": r"\textasciitilde{}",
    "_": r"\_",
    "^": r"\textasciicircum{}",
}


def latex_escape(value: str) -> str:
    """Escape the characters LaTeX gives a meaning to; collapse line breaks."""
    value = " ".join(value.split())
    return _LATEX_SPECIAL.sub(lambda m: _LATEX_REPLACEMENTS[m.group(0)], value)


def _url_value(url: str) -> str:
    # ``url`` is read verbatim by biblatex: only braces would break the entry.
    return url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def _fields(item: CitationItem) -> list[tuple[str, str]]:
    esc = latex_escape
    fields: list[tuple[str, str]] = []
    authority = [esc(a) for a in item.authority]
    if item.kind in ("report", "document") and authority:
        # Double braces: a corporate author is one name, not "Commission, European".
        fields.append(("author", " and ".join("{" + a + "}" for a in authority)))
    # The title is protected as a whole: legal titles keep their capitals.
    fields.append(("title", "{" + esc(item.title) + "}"))
    if item.date:
        fields.append(("date", item.date.isoformat()))
    if item.kind == "report":
        fields.append(("type", esc(item.type_label or "Commission document")))
        if authority:
            fields.append(("institution", authority[0]))
    elif item.kind == "bill":
        fields.append(("type", esc(item.type_label or "Proposal")))
    if item.kind != "report" and authority:
        fields.append(("organization", " and ".join("{" + a + "}" for a in authority)))
    if item.number:
        fields.append(("number", esc(item.number)))
    if item.oj_series:
        fields.append(("journaltitle", f"OJ {esc(item.oj_series)}"))
        if item.oj_issue:
            fields.append(("volume", esc(item.oj_issue)))
        if item.oj_page is not None:
            fields.append(("pages", str(item.oj_page)))
    if item.celex:
        fields += [("eprinttype", "CELEX"), ("eprint", esc(item.celex))]
    notes = [f"{k}: {esc(v)}" for k, v in item.identifiers if k != "CELEX"]
    if item.oj_citation:
        notes.append(esc(item.oj_citation))
    if notes:
        fields.append(("note", ". ".join(notes)))
    if item.url:
        fields.append(("url", _url_value(item.url)))
    if item.language in _BABEL_NAMES:
        fields.append(("langid", _BABEL_NAMES[item.language]))
    if item.keywords:
        fields.append(("keywords", esc(keyword_list(item.keywords))))
    return fields


def bibtex_entry(item: CitationItem) -> str:
    """One biblatex entry for a citation record."""
    # (the item's key is one BibTeX takes as it is: ``citation_key``)
    lines = [f"@{_ENTRY_TYPES[item.kind]}{{{item.key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in _fields(item)]
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_bibtex(documents: Iterable[Document], lang: str = "en") -> str:
    """The documents as a biblatex ``.bib`` text, one entry per distinct work (``lang``:
    the language of a title eurefs builds, see :func:`~eurefs.export.citation_item`)."""
    return "\n".join(bibtex_entry(item) for item in citation_items(documents, lang))
