"""One neutral citation record per resolved document, shared by every export format.

Each format (CSL-JSON, biblatex, RIS) maps this record to its own fields, so the
knowledge of *what* a Cellar work is (an act, a proposal, a judgment, a
Commission report) lives here once.  Nothing is invented: a field the document
does not give stays empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from eurefs.arguments import checked_items, checked_str
from eurefs.errors import WrongArgumentType
from eurefs.identifiers import (
    CELEX_RE,
    DESCRIPTOR_ACT_TYPES,
    OJ_ACT_RE,
    OJ_NUMBERED_DESCRIPTORS,
    OJ_PAGE_ALIAS_RE,
    comnat_written,
    eurlex_celex_url,
)
from eurefs.models.document import Document, OjPublication

ItemKind = Literal["legislation", "bill", "legal_case", "report", "document"]

#: Corporate-body codes -> names, for notices that give the code without a label.
AUTHORITY_NAMES: dict[str, str] = {
    "COM": "European Commission",
    "CONSIL": "Council of the European Union",
    "EP": "European Parliament",
    "EURCOU": "European Council",
    "CJ": "Court of Justice",
    "GCEU": "General Court",
    "ECB": "European Central Bank",
}

# Resource-type codes that make a document a proposal (PROP_REG, PROP_DIR, ...).
_PROPOSAL_RE = re.compile(r"PROP_")
_CASE_TYPES = frozenset({"JUDG", "ORDER", "OPIN_AG", "OPIN_JUR", "VIEW_AG", "RULING"})
_COURTS = {"C": "Court of Justice", "T": "General Court", "F": "Civil Service Tribunal"}


@dataclass(frozen=True)
class CitationItem:
    """What every citation format needs to know about one document.

    Attributes:
        key: A stable citation key (the CELEX number when known), written so that
            pandoc's ``@key``, BibTeX and RIS read it whole (:func:`citation_key`).
        kind: ``legislation``, ``bill`` (proposals), ``legal_case``,
            ``report`` (Commission documents) or ``document``.
        title: The title, or a title built from the type and number when the
            document has none in the requested language.
        date: Date of the document (adoption, judgment, proposal).
        authority: The authoring institutions, in order.
        number: The official number as people write it (``2016/679``,
            ``COM(2018) 340 final``, ``C-131/12``).
        oj_series: ``L`` or ``C`` when published in the Official Journal.
        oj_issue: OJ issue number (None for act-by-act publication).
        oj_page: First OJ page.
        oj_date: OJ publication date.
        url: The EUR-Lex page.
        celex: CELEX number.
        eli: ELI URI.
        ecli: ECLI.
        procedure: Interinstitutional procedure number.
        language: ISO 639-1 code of the title.
        keywords: EuroVoc labels.
        type_label: The resource type's label (``Delegated regulation``).
    """

    key: str
    kind: ItemKind
    title: str
    date: dt.date | None = None
    authority: tuple[str, ...] = ()
    number: str | None = None
    oj_series: str | None = None
    oj_issue: str | None = None
    oj_page: int | None = None
    oj_date: dt.date | None = None
    url: str | None = None
    celex: str | None = None
    eli: str | None = None
    ecli: str | None = None
    procedure: str | None = None
    language: str | None = None
    keywords: tuple[str, ...] = field(default=())
    type_label: str | None = None

    @property
    def oj_citation(self) -> str | None:
        """The OJ reference as the Interinstitutional Style Guide writes it.

        ``OJ L 119, 4.5.2016, p. 1`` (or ``OJ L, 2024/1689, 12.7.2024`` act by act).
        """
        if not self.oj_series:
            return None
        series = f"OJ {self.oj_series}"
        parts = [f"{series} {self.oj_issue}" if self.oj_issue else series]
        if not self.oj_issue and self.number and "/" in self.number:
            parts.append(self.number)
        if self.oj_date:
            parts.append(f"{self.oj_date.day}.{self.oj_date.month}.{self.oj_date.year}")
        if self.oj_page is not None and self.oj_issue:
            parts.append(f"p. {self.oj_page}")
        return ", ".join(parts)

    @property
    def identifiers(self) -> list[tuple[str, str]]:
        """``(scheme, value)`` pairs for CELEX, ELI, ECLI and the procedure, when known."""
        pairs = [("CELEX", self.celex), ("ELI", self.eli), ("ECLI", self.ecli)]
        pairs.append(("Procedure", self.procedure))
        return [(k, v) for k, v in pairs if v]


def _celex_parts(celex: str | None) -> tuple[str, int, str, str] | None:
    if not celex:
        return None
    m = CELEX_RE.fullmatch(celex)
    if not m:
        return None
    return m["sector"], int(m["year"]), m["descriptor"], m["number"]


def item_kind(doc: Document) -> ItemKind:
    """The citation type of a document, from its resource type and CELEX sector.

    Proposals are bills; other Commission (sector 5) documents are reports;
    acts, treaties and agreements (sectors 1-4, consolidated 0, national
    measures 7) are legislation; judgments, orders and opinions (sector 6, or an
    ECLI) are legal cases.
    """
    code = doc.resource_type.code if doc.resource_type else ""
    parts = _celex_parts(doc.celex)
    sector, descriptor = (parts[0], parts[2]) if parts else ("", "")
    if _PROPOSAL_RE.match(code) or (sector == "5" and descriptor in ("PC", "AP")):
        return "bill"
    if doc.ecli or code in _CASE_TYPES or sector in ("6", "8"):
        return "legal_case"
    if sector == "5":
        return "report"
    if sector in ("0", "1", "2", "3", "4", "7") or code.startswith(("REG", "DIR", "DEC")):
        return "legislation"
    return "document"


def _number(doc: Document) -> str | None:
    for ident in doc.identifiers:
        scheme, _, value = ident.partition(":")
        written = comnat_written(value) if scheme == "comnat" else None
        if written is not None:
            return written
    parts = _celex_parts(doc.celex)
    if parts is None:
        return doc.ecli
    sector, year, descriptor, number = parts
    if sector == "6" and number[:4].isdigit():
        court = {"C": "C", "T": "T", "F": "F"}.get(descriptor[:1])
        return f"{court}-{int(number[:4])}/{year % 100:02d}" if court else doc.ecli
    if sector in ("3", "0") and number.isdigit():
        return _act_number(doc, year, descriptor, int(number))
    return None


def _act_number(doc: Document, year: int, descriptor: str, number: int) -> str | None:
    """An act's number as the act itself writes it (the Interinstitutional Style Guide).

    From 2015 every act is year first (``2016/679``).  Before, regulations put the
    number first (``No 1/2014``, ``No 40/94``) and the others the year (``91/271``),
    the year in two digits before 1999; among decisions of 1993-2014 those the
    European Parliament and the Council adopted by codecision put the number first
    (``Decision No 1386/2013/EU``, 2012/0337(COD)) but not theirs on the budget
    (``2014/95/EU``, the Solidarity Fund), so one of theirs with no COD procedure, and
    any decision of those years whose authors are unknown, gets no number.
    Descriptors with no number of this shape (``Q``, ``X``, ``Y``, ``J``, ``O``...: not in
    :data:`~eurefs.identifiers.OJ_NUMBERED_DESCRIPTORS`) get none.
    """
    yy = f"{year % 100:02d}" if year < 1999 else str(year)
    if year >= 2015 and descriptor in OJ_NUMBERED_DESCRIPTORS:
        return f"{year}/{number}"
    if descriptor == "R":
        return f"{number}/{yy}"
    if descriptor == "D" and year >= 1993:
        authors = {a.code for a in doc.authors}
        if not authors:
            return None
        if {"EP", "CONSIL"} <= authors:  # codecision: number first; the budget's: year first
            return f"{number}/{yy}" if (doc.procedure or "").endswith("(COD)") else None
    if descriptor in OJ_NUMBERED_DESCRIPTORS:
        return f"{yy}/{number}"
    return None


def _authority(doc: Document) -> tuple[str, ...]:
    names = [a.label or AUTHORITY_NAMES.get(a.code, a.code) for a in doc.authors]
    # A directorate-general is an internal service, not the authority a citation names.
    names = [n for n in names if not n.startswith("Directorate-General")]
    parts = _celex_parts(doc.celex)
    if not names and parts and parts[0] == "6":
        court = _COURTS.get(parts[2][:1])
        if court:
            names = [court]
    return tuple(dict.fromkeys(names))


#: The act a CELEX descriptor of sector 3 names, where it names one kind only.
_DESCRIPTOR_LABELS = {
    "R": "Regulation",
    "L": "Directive",
    "D": "Decision",
    "F": "Framework decision",
    "H": "Recommendation",
    "O": "Guideline",
}
#: References that name the document only through where it was published or prepared:
#: their written form is no title of it (``OJ L 312, 22.11.2008, p. 3-30``).
_NOT_A_NAME = frozenset({"oj", "procedure"})


def _act_title(descriptor: str, number: str, lang: str) -> str | None:
    """``Regulation 2016/679`` in ``lang`` (``Règlement 2016/679``, Hungarian ``2016/679
    rendelet``), with the type word of the language's record; English where it has none."""
    act = _DESCRIPTOR_LABELS.get(descriptor)
    if act is None:
        return None
    if lang != "en":
        from eurefs.languages import BY_CODE  # (only for a title built in another language)

        record = BY_CODE.get(lang)
        words = record.act_types.get(DESCRIPTOR_ACT_TYPES[descriptor]) if record else None
        if record is not None and words:
            if record.number_before_type:
                return f"{number} {words[0]}"
            return f"{words[0][:1].upper()}{words[0][1:]} {number}"
    return f"{act} {number}"


def _fallback_title(doc: Document, number: str | None, lang: str = "en") -> str:
    label = doc.resource_type.label if doc.resource_type and doc.resource_type.label else None
    if label and number:
        return f"{label} {number}"
    if doc.reference is not None and doc.reference.kind not in _NOT_A_NAME:
        return doc.reference.normalized
    parts = _celex_parts(doc.celex)
    act = _act_title(parts[2], number, lang) if parts and parts[0] == "3" and number else None
    return act or number or label or doc.celex or doc.ecli or doc.cellar_uri or "Untitled document"


# Cellar writes the parts of a judgment's or an opinion's title (the court and the date,
# the parties, the referring court, the subject matter, the case number) with ``#``
# between them, and leaves empty parts as ``##``.
_CASE_TITLE_MARKS = re.compile(r"\s*#+\s*")


def document_title(doc: Document) -> str | None:
    """The document's title as people read it: on one line, and a judgment's or an
    opinion's parts, which Cellar joins with ``#``, as sentences.

    ``Judgment of the Court (Grand Chamber), 13 May 2014.#Google Spain SL and Google Inc.
    v ...#Case C-131/12.`` -> ``Judgment of the Court (Grand Chamber), 13 May 2014. Google
    Spain SL and Google Inc. v ... Case C-131/12.``  None when Cellar gave no title.
    """
    if not doc.title:
        return None
    title = " ".join(doc.title.split())
    if "#" not in title or item_kind(doc) != "legal_case":
        return title or None
    parts = [p for p in _CASE_TITLE_MARKS.split(title) if p]
    if not parts:
        return None
    joined = parts[0]
    for part in parts[1:]:
        joined += (" " if joined[-1] in ".!?:;" else ". ") + part
    return joined


def oj_publication(doc: Document) -> OjPublication | None:
    """Where the document was published in the Official Journal.

    Cellar's facts of the publication, or where it gave none but names the document by
    its OJ alias (a procedure's tree notice names the act it adopted so, ``oj:JOL_2019_155_
    R_0001``), the series, year, issue and first page the alias is made of; None when it
    names none, or aliases that disagree.
    """
    if doc.oj is not None:
        return doc.oj
    found: set[tuple[str, int, str | None, int | None]] = set()
    for ident in doc.identifiers:
        scheme, _, alias = ident.partition(":")
        page = OJ_PAGE_ALIAS_RE.fullmatch(alias) if scheme == "oj" else None
        act = OJ_ACT_RE.fullmatch(alias) if scheme == "oj" else None
        if page is not None:
            found.add(
                (page["series"], int(page["year"]), str(int(page["issue"])), int(page["page"]))
            )
        elif act is not None:  # published act by act: no issue, no page
            found.add((act["series"], int(act["year"]), None, None))
    if len(found) != 1:
        return None
    ((series, year, issue, first_page),) = found
    return OjPublication(series=series, year=year, issue=issue, page=first_page)


#: What a citation key may not hold: pandoc's ``@key`` ends at any other character (a
#: corrigendum's CELEX ``32016R0679R(02)`` would be cited as ``32016R0679R``), and
#: BibTeX and biber take no braces, commas, quotes or spaces in a key.
_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9:_./-]")


def citation_key(identifier: str) -> str:
    """The citation key of a document's identifier: ``32016R0679R(02)`` -> ``32016R0679R_02_``.

    The same key in every format (CSL-JSON ``id``, BibTeX key, RIS ``ID``); the CELEX
    number, ECLI or Cellar id as it is where it holds nothing but letters, digits and
    ``: _ . / -`` (every CELEX number but a corrigendum's or a notice's ``(01)``)."""
    return _KEY_UNSAFE.sub("_", identifier)


def _document_key(doc: Document, title: str) -> str:
    """A document's citation key: of its CELEX number, ECLI, Cellar id, else the first
    of its other identifiers in sorted order (``comnat:...``); a document with none is
    keyed by its title and date, so that two of them are two works, not one."""
    cellar_id = (doc.cellar_uri or "").rsplit("/", 1)[-1]
    found = doc.celex or doc.ecli or cellar_id or min(doc.identifiers, default="")
    if found:
        return citation_key(found)
    import hashlib  # (rarely needed: not imported by every command that imports this)

    return "item-" + hashlib.sha256(f"{title}\n{doc.date}".encode()).hexdigest()[:12]


def keyword_list(labels: Iterable[str]) -> str:
    """EuroVoc labels as BibTeX's ``keywords`` and CSL's ``keyword`` hold them: joined by
    ``, `` (biber splits at every comma, braces or not; pandoc joins biblatex keywords so
    into CSL's), a label's own commas written ``;`` to keep it one keyword (``Saint Helena;
    Ascension and Tristan da Cunha``), as Better BibTeX for Zotero writes a tag's."""
    return ", ".join(label.replace(",", ";") for label in labels)


def citation_item(doc: Document, lang: str = "en") -> CitationItem:
    """Build the neutral citation record of one resolved document.

    ``lang`` (ISO 639-1) is the language asked of the resolver: a title eurefs builds
    where Cellar gave none (``Regulation 2016/679``) is written in it, and so is the
    EUR-Lex page of a document that came with none."""
    number = _number(doc)
    oj = oj_publication(doc)
    url = doc.urls.eurlex or (eurlex_celex_url(doc.celex, lang) if doc.celex else None)
    title = document_title(doc)
    shown = title or " ".join(_fallback_title(doc, number, lang).split())
    return CitationItem(
        key=_document_key(doc, shown),
        kind=item_kind(doc),
        title=shown,
        date=doc.date,
        authority=_authority(doc),
        number=number,
        oj_series=oj.series if oj else None,
        oj_issue=oj.issue if oj else None,
        oj_page=oj.page if oj else None,
        oj_date=oj.date if oj else None,
        url=url or doc.urls.cellar or doc.cellar_uri,
        celex=doc.celex,
        eli=doc.eli,
        ecli=doc.ecli,
        procedure=doc.procedure,
        language=doc.title_lang if title else None,
        keywords=tuple(c.label for c in doc.eurovoc if c.label),
        type_label=doc.resource_type.label if doc.resource_type else None,
    )


def citation_items(documents: Iterable[Document], lang: str = "en") -> list[CitationItem]:
    """One item per distinct work, in first-seen order (a bibliography lists a work once);
    ``lang`` as for :func:`citation_item`.

    Raises:
        WrongArgumentType: (a TypeError) ``documents`` no iterable of resolved documents
            (as ``eurefs.resolve`` returns them; a reference is resolved first), or
            ``lang`` no str.
    """
    given = checked_items("a citation export", documents, "resolved documents")
    odd = [doc for doc in given if not isinstance(doc, Document)]
    if odd:
        raise WrongArgumentType(
            f"a citation export takes resolved documents (eurefs.resolve), not {odd[0]!r}"
        )
    checked_str("lang", lang)
    items: dict[str, CitationItem] = {}
    for doc in given:
        item = citation_item(doc, lang)
        items.setdefault(item.key, item)
    return list(items.values())
