"""Read Cellar XML notices (branch, object, tree, identifiers) into eurefs models.

Built against real notices only (``tests/data/cellar``): the branch notice of
52018PC0340, the object notice of 32014R0001 and the tree notice of procedure
2018/0172/COD.  Element ``X_Y`` is CDM property ``cdm:x_y``; the long element
names are read, never the short inferred aliases (``ID_CELEX``, ``TITLE``...).

Observed in the samples: a notice's ``INVERSE`` block (the sibling right after
``WORK``) lists links whose triple is stored on the *other* resource, but names
them from *this* work's point of view (52018PC0340's INVERSE has
``RESOURCE_LEGAL_ADOPTED_BY_RESOURCE_LEGAL`` -> 32019L0904), and every one of
them is repeated inside ``WORK``.  Both blocks are read and merged.

Which element gives which fact comes from the one table of Cellar facts,
:mod:`eurefs.cellar.cdm` (element = CDM property upper-cased; link elements
as named there), which also drives the SPARQL path.  Every element name read
here is a property in the Publications Office's CDM list; the link elements
no sample holds (``…_AMENDED_BY_…``, ``…_REPEALS_…``, ``…_REPEALED_BY_…``,
``…_ADOPTS_…``) are confirmed there too.  Still UNCONFIRMED: the layout of an
identifiers notice (read like the ``URI``/``SAMEAS`` head of a WORK, which is
what OP documents).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from eurefs.cellar import cdm
from eurefs.cellar.cellar_works import DOSSIER_IS_NO_DOCUMENT
from eurefs.cellar.oj_facts import OjFacts
from eurefs.cellar.workfacts import (
    WorkFacts,
    build_document,
    concept_code,
    format_procedure,
    parse_bool,
)
from eurefs.cellar.xml import parse_xml
from eurefs.errors import ResolveError, ResponseError
from eurefs.identifiers import resource_scheme_id
from eurefs.models.document import Document

__all__ = [
    "NOTICE_RELATIONS",
    "ProcedureDossier",
    "notice_facts",
    "parse_identifiers_notice",
    "parse_notice",
    "parse_procedure_tree",
]

#: Notice element -> Relations field (from :data:`eurefs.cellar.cdm.RELATIONS`).
NOTICE_RELATIONS: dict[str, str] = {r.notice: r.key for r in cdm.RELATIONS}

# Concepts read directly; EuroVoc (facets) and subject matter (levels) are nested.
_CONCEPTS: dict[str, str] = {
    cdm.notice_element(c.prop): c.field
    for c in cdm.CONCEPTS
    if c.field in ("authors", "resource_types")
}
_EUROVOC = cdm.notice_element(next(c.prop for c in cdm.CONCEPTS if c.field == "eurovoc"))
_SUBJECT = cdm.notice_element(next(c.prop for c in cdm.CONCEPTS if c.field == "subject_matter"))


def _text(el: etree._Element | None, path: str) -> str | None:
    if el is None:
        return None
    found = el.find(path)
    if found is None or found.text is None:
        return None
    text = found.text.strip()
    return text or None


def _values(parent: etree._Element, tag: str) -> list[str]:
    out = []
    for child in parent.findall(tag):
        value = _text(child, "VALUE")
        if value is not None:
            out.append(value)
    return out


def _sameas(el: etree._Element) -> list[str]:
    return [v for v in (_text(s, "URI/VALUE") for s in el.findall("SAMEAS")) if v]


def _date_types(work: etree._Element, key: str) -> list[tuple[str, str]]:
    """``(date, type)`` of each date of fact ``key`` its ``ANNOTATION/TYPE_OF_DATE`` types."""
    prop = next(v.prop for v in cdm.VALUES if v.key == key)
    out = []
    for el in work.findall(cdm.notice_element(prop)):
        day = _text(el, "VALUE")
        kind = _text(el, f"ANNOTATION/{cdm.notice_element(cdm.DATE_TYPE)}")
        if day and kind:
            out.append((day, kind))
    return out


def _add_concept(facts: WorkFacts, kind: str, el: etree._Element) -> None:
    uri = _text(el, "URI/VALUE")
    if uri:
        facts.add_concept(kind, uri, _text(el, "PREFLABEL"))


def _deepest_level(el: etree._Element) -> etree._Element | None:
    """The most specific concept of a ``concept_level`` element (highest ``_N`` suffix)."""
    best: tuple[int, etree._Element] | None = None
    for child in el:
        if not isinstance(child.tag, str) or child.get("type") != "concept":
            continue
        suffix = child.tag.rsplit("_", 1)[-1]
        level = int(suffix) if suffix.isdigit() else 0
        if best is None or level > best[0]:
            best = (level, child)
    return best[1] if best else None


def _read_expression(facts: WorkFacts, expr: etree._Element, own: list[str]) -> None:
    lang_uri = _text(expr, f"{cdm.notice_element(cdm.EXPRESSION_LANGUAGE)}/URI/VALUE")
    code = concept_code(lang_uri) if lang_uri else None
    if code:
        facts.languages.add(code)
    title = _text(expr, f"{cdm.notice_element(cdm.EXPRESSION_TITLE)}/VALUE")
    if code and title and code not in facts.titles:
        facts.titles[code] = title
    facts.expression_sameas.extend(own)


def _read_oj(facts: WorkFacts, link: etree._Element) -> None:
    uri = _text(link, "URI/VALUE")
    if not uri:
        return
    oj = facts.ojs.setdefault(uri, OjFacts(uri=uri))
    emb = link.find("EMBEDDED_NOTICE/WORK")
    if emb is None:
        return
    oj.numbers.extend(_values(emb, cdm.notice_element(cdm.OJ_NUMBER)))
    oj.years.extend(_values(emb, cdm.notice_element(cdm.OJ_YEAR)))
    oj.dates.extend(_values(emb, cdm.notice_element(cdm.DATE)))
    for coll in emb.findall(cdm.notice_element(cdm.OJ_COLLECTION)):
        value = _text(coll, "URI/VALUE")
        if value:
            oj.collections.append(value)


def _read_links(facts: WorkFacts, block: etree._Element) -> None:
    for tag, key in NOTICE_RELATIONS.items():
        for link in block.findall(tag):
            target = _text(link, "URI/VALUE")
            sameas = _sameas(link)
            if not target:
                if not sameas:
                    continue
                target = sorted(sameas)[0]
            facts.add_relation(key, target)
            for s in sameas:
                facts.add_relation(key, target, s)


def notice_facts(root: etree._Element) -> WorkFacts:
    """Collect the raw facts about the work of a branch/object/tree notice.

    Raises:
        ResponseError: when the notice has no ``WORK`` with a ``URI``.
        ResolveError: when it is a procedure's dossier's (``DOSSIER``, no ``WORK``).
    """
    if root.tag != "NOTICE":
        raise ResponseError(f"not a Cellar notice: root element is {root.tag!r}")
    work = root.find("WORK")
    if work is None and root.find("DOSSIER") is not None:
        raise ResolveError(DOSSIER_IS_NO_DOCUMENT)
    uri = _text(work, "URI/VALUE")
    if work is None or uri is None:
        raise ResponseError("Cellar notice has no WORK/URI")
    facts = WorkFacts(work_uri=uri)
    facts.sameas = _sameas(work)
    for value in cdm.VALUES:
        setattr(facts, value.field, _values(work, cdm.notice_element(value.prop)))
    for tag, kind in _CONCEPTS.items():
        for el in work.findall(tag):
            _add_concept(facts, kind, el)
    for facet in work.findall(_EUROVOC):
        for el in facet.findall(f"{_EUROVOC}_CONCEPT"):
            _add_concept(facts, "eurovoc", el)
    for level in work.findall(_SUBJECT):
        deepest = _deepest_level(level)
        if deepest is not None:
            _add_concept(facts, "subject_matter", deepest)
    facts.entry_into_force_types = _date_types(work, "entry_into_force")
    procedure_code = cdm.notice_element(cdm.PROCEDURE_CODE)
    for dossier in work.findall(cdm.notice_element(cdm.WORK_DOSSIER)):
        facts.procedures.extend(_values(dossier, f"EMBEDDED_NOTICE/DOSSIER/{procedure_code}"))
    for link in work.findall(cdm.notice_element(cdm.PUBLISHED_IN_OJ)):
        _read_oj(facts, link)
    _read_links(facts, work)
    inverse = work.getnext()
    while inverse is not None and not isinstance(inverse.tag, str):
        inverse = inverse.getnext()
    if inverse is not None and inverse.tag == "INVERSE":
        _read_links(facts, inverse)
    for link in work.findall(cdm.notice_element(cdm.WORK_EXPRESSION)):
        emb = link.find("EMBEDDED_NOTICE/EXPRESSION")
        own = _sameas(link)
        if emb is not None:
            _read_expression(facts, emb, own)
        else:
            facts.expression_sameas.extend(own)
    for expr in root.findall("EXPRESSION"):
        _read_expression(facts, expr, _sameas(expr))
    return facts


def parse_notice(data: bytes, lang: str = "en") -> Document:
    """Parse a branch, object or tree notice of a work into a :class:`Document`.

    Args:
        data: The notice XML as received.
        lang: Requested language for the title (``en``/``ENG``).

    Raises:
        ResponseError: for unsafe or malformed XML, or a notice without a WORK.
        ResolveError: for a procedure's dossier's notice (no document).
        ParseError: for an unknown language code.
    """
    return build_document(notice_facts(parse_xml(data)), lang)


def parse_identifiers_notice(data: bytes) -> list[str]:
    """Return the ``scheme:id`` synonyms of an identifiers notice (sorted, no ``cellar:``).

    Reads the ``URI`` and ``SAMEAS/URI`` of the notice's resource: directly under
    ``NOTICE`` or under its first child element (``WORK``, ``EXPRESSION``...).
    Ids are decoded from the URI (``immc:COM(2018)340 final``; ELI keeps its
    path, ``eli:reg_del/2014/1/oj``).  UNCONFIRMED: no real identifiers notice
    is at hand; the layout follows the OP description.

    Raises:
        ResponseError: for unsafe/malformed XML or when no identifier is found.
    """
    root = parse_xml(data)
    if root.tag != "NOTICE":
        raise ResponseError(f"not a Cellar notice: root element is {root.tag!r}")
    holder = root if root.find("URI") is not None or root.find("SAMEAS") is not None else None
    if holder is None:
        holder = next((c for c in root if isinstance(c.tag, str)), None)
    if holder is None:
        raise ResponseError("identifiers notice holds no resource")
    uris = [u for u in [_text(holder, "URI/VALUE"), *_sameas(holder)] if u]
    ids = sorted(
        {f"{sid[0]}:{sid[1]}" for sid in (resource_scheme_id(u) for u in uris) if sid}
        - {f"cellar:{sid[1]}" for sid in (resource_scheme_id(u) for u in uris) if sid}
    )
    if not ids:
        raise ResponseError("identifiers notice holds no identifier")
    return ids


@dataclass
class ProcedureDossier:
    """What a procedure (dossier) tree notice says about the procedure.

    Attributes:
        procedure: ``2018/0172(COD)``, None when the notice lacks it.
        dossier_uri: Cellar URI of the dossier.
        identifiers: ``scheme:id`` synonyms of the dossier (``procedure:2018_172``).
        works: CELEX numbers of every work the dossier links to (sorted).
        proposals: CELEX of the initiating proposal(s) (``DOSSIER_INITIATED_BY_ACT_PREPARATORY``).
        adopted_acts: CELEX of the act(s) produced (``DOSSIER_PRODUCES_RESOURCE_LEGAL``).
        adopted_proposal: ``DOSSIER_ADOPTED-PROPOSAL`` (None when absent).
    """

    procedure: str | None
    dossier_uri: str
    identifiers: list[str] = field(default_factory=list)
    works: list[str] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)
    adopted_acts: list[str] = field(default_factory=list)
    adopted_proposal: bool | None = None


def _link_celexes(blocks: list[etree._Element], tag: str) -> set[str]:
    out: set[str] = set()
    for block in blocks:
        for link in block.findall(tag):
            for uri in _sameas(link):
                sid = resource_scheme_id(uri)
                if sid and sid[0] == "celex":
                    out.add(sid[1])
    return out


def parse_procedure_tree(data: bytes) -> ProcedureDossier:
    """Parse a procedure tree notice (``procedure/2018_172``) into a :class:`ProcedureDossier`.

    Raises:
        ResponseError: for unsafe/malformed XML or a notice without a DOSSIER.
    """
    root = parse_xml(data)
    dossier = root.find("DOSSIER") if root.tag == "NOTICE" else None
    uri = _text(dossier, "URI/VALUE")
    if dossier is None or uri is None:
        raise ResponseError("procedure notice has no DOSSIER/URI")
    blocks = [dossier]
    nxt = dossier.getnext()
    if nxt is not None and nxt.tag == "INVERSE":
        blocks.append(nxt)
    refs = _values(dossier, cdm.notice_element(cdm.PROCEDURE_CODE))
    procs = sorted({p for p in (format_procedure(r) for r in refs) if p})
    adopted_flag = cdm.notice_element(cdm.DOSSIER_ADOPTED_PROPOSAL)
    flags = [b for b in (parse_bool(v) for v in _values(dossier, adopted_flag)) if b is not None]
    proposals = _link_celexes(blocks, cdm.notice_element(cdm.DOSSIER_PROPOSAL))
    adopted = _link_celexes(blocks, cdm.notice_element(cdm.DOSSIER_ADOPTED_ACT))
    works = _link_celexes(blocks, "CONTAINS") | proposals | adopted
    ids = sorted(
        f"{sid[0]}:{sid[1]}"
        for sid in (resource_scheme_id(u) for u in _sameas(dossier))
        if sid and sid[0] != "cellar"
    )
    return ProcedureDossier(
        procedure=procs[0] if procs else None,
        dossier_uri=uri,
        identifiers=ids,
        works=sorted(works),
        proposals=sorted(proposals),
        adopted_acts=sorted(adopted),
        adopted_proposal=flags[0] if flags else None,
    )
