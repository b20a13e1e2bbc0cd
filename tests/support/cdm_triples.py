"""Convert a Cellar XML notice into CDM RDF triples (N-Triples) for local SPARQL test servers.

This is a *test utility*: it builds a small, plausible slice of what Cellar's SPARQL endpoint
holds for the resources described by a real notice, so that integration tests can run real
SPARQL engines (oxigraph, Virtuoso 7) on loopback instead of the live endpoint. It is not a
faithful re-implementation of Cellar's RDF export.

Assumptions and conversion rules (observed in the real notices under
``tests/data/cellar/`` and ``shared/research/cellar-api.md`` section 3; none is an OP statement):

1. Property names. An element ``FOO_BAR`` maps to ``cdm:foo_bar`` (lower-cased element name in
   ``http://publications.europa.eu/ontology/cdm#``), e.g. ``WORK_DATE_DOCUMENT`` ->
   ``cdm:work_date_document``.
2. Only CDM-shaped names are converted: the element name must start with the name of a CDM
   class (``WORK_``, ``RESOURCE_LEGAL_``, ``EXPRESSION_``, ``MANIFESTATION_``, ``DOSSIER_``,
   ``EVENT_``, ``PROCEDURE_CODE_INTERINSTITUTIONAL_``, ``OFFICIAL-JOURNAL_``, ``ACT_``,
   ``OPINION_``, ``REPORT_``, ``ITEM_``). Everything else is treated as one of Cellar's decoded
   short aliases or as Cellar administrative metadata and skipped: ``ID_CELEX``,
   ``DATE_DOCUMENT``, ``CREATED_BY``, ``BASED_ON``, ``IS_ABOUT``, ``TITLE``, ``IDENTIFIER``,
   ``YEAR``, ``DATE``, ``ELI``, ``LANG``, ``CONTAINS``, ``BELONGS_TO``, ``REPORTED_BY``,
   ``BASIS_LEGAL``, ``NUMBER_PROCEDURE``, ``REFERENCE_PROCEDURE``, ``ID_SECTOR``, ``VERSION``,
   ``SERVICE_RESPONSIBLE``, ``CREATIONDATE``, ``LASTMODIFICATIONDATE``,
   ``DATE_CREATION_LEGACY``, ``DATE_PUBLICATION``, ``STREAM_*``. In the samples every alias
   except ``ID_SECTOR``/``VERSION``/``SERVICE_RESPONSIBLE``/``DATE_PUBLICATION`` has its long
   form next to it; those four have no known CDM name, so nothing is invented for them.
3. Subjects. The top-level ``WORK``, ``EXPRESSION``, ``MANIFESTATION``, ``DOSSIER`` and
   ``EVENT`` elements of the notice, each identified by its own ``URI/VALUE`` (the
   ``/resource/cellar/...`` URI). ``MANIFESTATION_HAS_ITEM`` entries (items) are not converted.
4. Value shapes (``type`` attribute):
   - ``data``: ``"v"^^xsd:string``; the exact values ``true``/``false`` become ``xsd:boolean``
     (``RESOURCE_LEGAL_IN-FORCE``, ``DOSSIER_ADOPTED-PROPOSAL``). No other datatypes are
     inferred (``RESOURCE_LEGAL_YEAR`` stays a string). The ``<LANG>`` child of titles is
     ignored: titles are ``xsd:string`` and the language is found through the expression's
     ``cdm:expression_uses_language`` (the access path Cellar clients use).
   - ``date``: ``xsd:date`` for ``YYYY-MM-DD``, ``xsd:dateTime`` when a time is present. A
     date's ``ANNOTATION/TYPE_OF_DATE`` becomes an ``owl:Axiom`` (``owl:annotatedSource``,
     ``owl:annotatedProperty``, ``owl:annotatedTarget`` the date, ``annotation:type_of_date``
     the string as written), the reification of the real RDF tree notices (UNCONFIRMED for
     dates: see ``eurefs.cellar.cdm.DATE_TYPE``).
   - ``concept``: the concept URI; plus ``<concept> skos:prefLabel "label"@xx`` for its
     ``PREFLABEL``, tagged with the two-letter form of the notice's ``decoding`` language (plain
     literal when the decoding language is unknown).
   - ``concept_facet`` (EuroVoc) / ``concept_level`` (directory code, subject matter): the
     wrapper property gets one concept: the ``*_CONCEPT`` child for facets, the deepest level
     (highest ``_N`` suffix) for levels. The decoded ``_TT``/``_MTH``/``_DOM`` and upper levels
     are not emitted.
   - ``link``: the target's ``URI/VALUE``; ``embedded_link`` without ``URI`` is skipped.
   - ``TYPE`` children whose text starts with ``cdm:`` become ``rdf:type cdm:...``.
5. Identity. Every ``SAMEAS/URI/VALUE`` of a subject or of a link target gives
   ``<cellar-uri> owl:sameAs <http://publications.europa.eu/resource/{scheme}/{id}>``. When a
   link target (or a top-level subject) has a ``celex`` SAMEAS with no ``.`` in its identifier
   (i.e. work level, not ``62018CJ0311.DEU``), it also gets
   ``cdm:resource_legal_id_celex "ID"^^xsd:string``.
6. Embedded notices. ``EMBEDDED_NOTICE`` children describe the link target. They are converted
   with the target as subject when their class matches the shape of the target's cellar id:
   no ``.`` -> ``WORK``/``DOSSIER``; one ``.`` -> ``EXPRESSION``/``EVENT``; two ->
   ``MANIFESTATION``. Others (an embedded ``WORK`` summarising an expression's work, embedded
   expressions of a linked work, which have no URI of their own) are skipped.
7. Known inverse pairs are materialised in both directions: ``work_has_expression`` /
   ``expression_belongs_to_work``, ``expression_manifested_by_manifestation`` /
   ``manifestation_manifests_expression``; ``work_related_to_work`` and
   ``resource_legal_related_to_resource_legal`` are treated as symmetric.
   Links between legal resources are stored as Cellar's SPARQL store holds them: forward
   only. A ``…_BY_…`` link of a notice (``RESOURCE_LEGAL_ADOPTED_BY_RESOURCE_LEGAL``,
   ``…_AMENDED_BY_…``, ``…_REPEALED_BY_…``, ``…_CONSOLIDATED_BY_ACT_CONSOLIDATED``) becomes the
   forward triple with the other resource as subject (``act adopts proposal``); the inverse
   property itself is not emitted, since the research addendum (cellar-api.md) reports these
   inverses carry no triples in the store.
8. ``INVERSE`` blocks. In all three real notices each element of an ``INVERSE`` block repeats,
   under the *same* element name and with the same target, a link of the resource it follows
   (e.g. ``RESOURCE_LEGAL_ADOPTED_BY_RESOURCE_LEGAL`` -> 32019L0904 appears in both). The
   element name is therefore read as the property seen from the notice's resource, and the
   block yields the same triples as a forward link (deduplicated), plus - with the other
   resource as subject - its ``owl:sameAs``/CELEX triples and the inverse property of rule 7
   where one is known. Inverse property names not in rule 7 are not guessed.
9. An identifiers notice (``<NOTICE type="identifier">``) yields only rule 5 triples for its
   ``URI``.
10. The ``WORK_ID_DOCUMENT`` values (``comnat:COM_2018_0340_FIN``, ``celex:52018PC0340``,
   ``oj:JOL_2014_001_R_0001_01``) are kept as written, as ``xsd:string`` (rule 4).

Output is deterministic (sorted N-Triples lines), without duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

CDM = "http://publications.europa.eu/ontology/cdm#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_DATE = XSD + "date"
XSD_DATETIME = XSD + "dateTime"
XSD_BOOLEAN = XSD + "boolean"
OWL = "http://www.w3.org/2002/07/owl#"
ANNOTATION = "http://publications.europa.eu/ontology/annotation#"

_CDM_PREFIXES = (
    "WORK_",
    "RESOURCE_LEGAL_",
    "EXPRESSION_",
    "MANIFESTATION_",
    "DOSSIER_",
    "EVENT_",
    "PROCEDURE_CODE_INTERINSTITUTIONAL_",
    "OFFICIAL-JOURNAL_",
    "ACT_",
    "OPINION_",
    "REPORT_",
    "ITEM_",
)
_SUBJECT_CLASSES = ("WORK", "EXPRESSION", "MANIFESTATION", "DOSSIER", "EVENT")
_SKIPPED_CHILDREN = frozenset({"URI", "SAMEAS", "TYPE", "MANIFESTATION_HAS_ITEM", "TECHMD"})

_INVERSES: dict[str, str] = {
    "work_has_expression": "expression_belongs_to_work",
    "expression_belongs_to_work": "work_has_expression",
    "expression_manifested_by_manifestation": "manifestation_manifests_expression",
    "manifestation_manifests_expression": "expression_manifested_by_manifestation",
    "work_related_to_work": "work_related_to_work",
    "resource_legal_related_to_resource_legal": "resource_legal_related_to_resource_legal",
}

# "…_by_…" link of a notice -> the forward property the SPARQL store holds (other side first).
_STORED_FORWARD: dict[str, str] = {
    "resource_legal_amended_by_resource_legal": "resource_legal_amends_resource_legal",
    "resource_legal_repealed_by_resource_legal": "resource_legal_repeals_resource_legal",
    "resource_legal_implicitly_repealed_by_resource_legal": (
        "resource_legal_implicitly_repeals_resource_legal"
    ),
    "resource_legal_adopted_by_resource_legal": "resource_legal_adopts_resource_legal",
    "resource_legal_consolidated_by_act_consolidated": (
        "act_consolidated_consolidates_resource_legal"
    ),
}

# ISO 639-3 (notice "decoding" attribute) -> BCP 47 tag used on skos:prefLabel.
_LANG_TAGS: dict[str, str] = {
    "bul": "bg", "ces": "cs", "dan": "da", "deu": "de", "ell": "el", "eng": "en", "est": "et",
    "fin": "fi", "fra": "fr", "gle": "ga", "hrv": "hr", "hun": "hu", "ita": "it", "lav": "lv",
    "lit": "lt", "mlt": "mt", "nld": "nl", "pol": "pl", "por": "pt", "ron": "ro", "slk": "sk",
    "slv": "sl", "spa": "es", "swe": "sv",
}  # fmt: skip

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_LEVEL_RE = re.compile(r"_(\d+)$")


@dataclass(frozen=True, order=True)
class Literal:
    """An RDF literal: either typed (``datatype``) or language-tagged (``lang``)."""

    value: str
    datatype: str | None = XSD_STRING
    lang: str | None = None


@dataclass(frozen=True, order=True)
class IRI:
    value: str


Term = IRI | Literal
Triple = tuple[IRI, IRI, Term]


def cdm(local: str) -> IRI:
    return IRI(CDM + local)


def _escape(text: str) -> str:
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    return out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _check_iri(value: str) -> str:
    if any(c in value for c in '<>"{}|^`\\ ') or not value:
        raise ValueError(f"not a usable IRI: {value!r}")
    return value


def term_to_nt(term: Term) -> str:
    if isinstance(term, IRI):
        return f"<{_check_iri(term.value)}>"
    lex = f'"{_escape(term.value)}"'
    if term.lang:
        return f"{lex}@{term.lang}"
    if term.datatype:
        return f"{lex}^^<{term.datatype}>"
    return lex


def triple_to_nt(triple: Triple) -> str:
    s, p, o = triple
    return f"{term_to_nt(s)} {term_to_nt(p)} {term_to_nt(o)} ."


def _value(el: etree._Element) -> str | None:
    v = el.find("VALUE")
    if v is None:
        return None
    return "".join(str(t) for t in v.itertext()).strip()


def _uri(el: etree._Element) -> str | None:
    u = el.find("URI")
    return None if u is None else _value(u)


def _cellar_depth(uri: str) -> int:
    """Number of ``.`` in the last path segment of a cellar URI (0 work, 1 expression...)."""
    return uri.rsplit("/", 1)[-1].count(".")


class _Converter:
    def __init__(self, decoding: str | None) -> None:
        self.lang_tag = _LANG_TAGS.get((decoding or "").lower())
        self.triples: set[Triple] = set()

    def add(self, s: str, p: IRI, o: Term) -> None:
        self.triples.add((IRI(s), p, o))

    # identity -------------------------------------------------------------------------------
    def identity(self, subject: str, el: etree._Element) -> None:
        for same in el.findall("SAMEAS"):
            uri = same.find("URI")
            if uri is None:
                continue
            value = _value(uri)
            if not value:
                continue
            self.add(subject, IRI(OWL_SAME_AS), IRI(value))
            scheme = (uri.findtext("TYPE") or "").strip()
            ident = (uri.findtext("IDENTIFIER") or "").strip()
            if scheme == "celex" and ident and "." not in ident and _cellar_depth(subject) == 0:
                self.add(subject, cdm("resource_legal_id_celex"), Literal(ident))

    # resources ------------------------------------------------------------------------------
    def resource(self, subject: str, el: etree._Element) -> None:
        self.identity(subject, el)
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "TYPE":
                text = (child.text or "").strip()
                if text.startswith("cdm:") and child.get("type") is None:
                    self.add(subject, IRI(RDF_TYPE), cdm(text[4:]))
                continue
            if child.tag in _SKIPPED_CHILDREN or not child.tag.startswith(_CDM_PREFIXES):
                continue
            self.property(subject, child)

    def property(self, subject: str, el: etree._Element) -> None:
        kind = el.get("type")
        prop = el.tag.lower()
        if kind == "data":
            value = _value(el)
            if value is None:
                return
            datatype = XSD_BOOLEAN if value in ("true", "false") else XSD_STRING
            self.add(subject, cdm(prop), Literal(value, datatype))
        elif kind == "date":
            value = _value(el)
            if value is None:
                return
            if _DATE_RE.match(value):
                self.add(subject, cdm(prop), Literal(value, XSD_DATE))
                self.date_type(subject, prop, value, el)
            elif _DATETIME_RE.match(value):
                self.add(subject, cdm(prop), Literal(value, XSD_DATETIME))
            else:
                self.add(subject, cdm(prop), Literal(value))
        elif kind == "concept":
            self.concept(subject, prop, el)
        elif kind in ("concept_facet", "concept_level"):
            chosen = self._pick_concept(el, facet=kind == "concept_facet")
            if chosen is not None:
                self.concept(subject, prop, chosen)
        elif kind in ("link", "embedded_link"):
            self.link(subject, prop, el)

    def date_type(self, subject: str, prop: str, value: str, el: etree._Element) -> None:
        """A date's ``ANNOTATION/TYPE_OF_DATE`` as the store holds it: an ``owl:Axiom``."""
        kind = (el.findtext("ANNOTATION/TYPE_OF_DATE") or "").strip()
        if not kind:
            return
        axiom = f"{subject}/axiom/{prop}/{value}"
        self.add(axiom, IRI(RDF_TYPE), IRI(OWL + "Axiom"))
        self.add(axiom, IRI(OWL + "annotatedSource"), IRI(subject))
        self.add(axiom, IRI(OWL + "annotatedProperty"), cdm(prop))
        self.add(axiom, IRI(OWL + "annotatedTarget"), Literal(value, XSD_DATE))
        self.add(axiom, IRI(ANNOTATION + "type_of_date"), Literal(kind))

    def concept(self, subject: str, prop: str, el: etree._Element) -> None:
        uri = _uri(el)
        if not uri:
            return
        self.add(subject, cdm(prop), IRI(uri))
        label = (el.findtext("PREFLABEL") or "").strip()
        if label:
            lit = Literal(label, None, self.lang_tag) if self.lang_tag else Literal(label, None)
            self.add(uri, IRI(SKOS_PREF_LABEL), lit)

    @staticmethod
    def _pick_concept(el: etree._Element, *, facet: bool) -> etree._Element | None:
        children = [c for c in el if isinstance(c.tag, str) and c.get("type") == "concept"]
        if facet:
            return next((c for c in children if c.tag.endswith("_CONCEPT")), None)
        levelled = [(int(m.group(1)), c) for c in children if (m := _LEVEL_RE.search(c.tag))]
        return max(levelled, key=lambda pair: pair[0])[1] if levelled else None

    def link(self, subject: str, prop: str, el: etree._Element) -> None:
        target = _uri(el)
        if not target:
            return
        if prop in _STORED_FORWARD:
            self.add(target, cdm(_STORED_FORWARD[prop]), IRI(subject))
        else:
            self.add(subject, cdm(prop), IRI(target))
        inverse = _INVERSES.get(prop)
        if inverse:
            self.add(target, cdm(inverse), IRI(subject))
        self.identity(target, el)
        embedded = el.find("EMBEDDED_NOTICE")
        if embedded is None:
            return
        depth = _cellar_depth(target)
        allowed = {0: ("WORK", "DOSSIER"), 1: ("EXPRESSION", "EVENT"), 2: ("MANIFESTATION",)}
        for child in embedded:
            if isinstance(child.tag, str) and child.tag in allowed.get(depth, ()):
                self.resource(target, child)

    def inverse_block(self, subject: str, block: etree._Element) -> None:
        for child in block:
            if isinstance(child.tag, str) and child.tag.startswith(_CDM_PREFIXES):
                if child.get("type") in ("link", "embedded_link"):
                    self.link(subject, child.tag.lower(), child)

    def notice(self, root: etree._Element) -> None:
        if root.get("type") == "identifier":  # <NOTICE type="identifier"><URI/><SAMEAS/>*
            subject = _uri(root)
            if subject:
                self.identity(subject, root)
            return
        last_subject: str | None = None
        for child in root:
            if not isinstance(child.tag, str):
                continue
            if child.tag in _SUBJECT_CLASSES:
                subject = _uri(child)
                last_subject = subject
                if subject:
                    self.resource(subject, child)
            elif child.tag == "INVERSE" and last_subject:
                self.inverse_block(last_subject, child)


def notice_to_triples(xml: bytes) -> set[Triple]:
    """Parse one Cellar XML notice (bytes) and return its CDM triples."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(xml, parser)
    if root.tag != "NOTICE":
        raise ValueError(f"not a Cellar notice: root element is {root.tag!r}")
    conv = _Converter(root.get("decoding"))
    conv.notice(root)
    return conv.triples


def to_ntriples(triples: Iterable[Triple]) -> str:
    """Serialise triples as sorted, de-duplicated N-Triples text."""
    lines = sorted({triple_to_nt(t) for t in triples})
    return "".join(line + "\n" for line in lines)


def notice_to_ntriples(xml: bytes) -> str:
    """Convenience: one notice (bytes) -> N-Triples text."""
    return to_ntriples(notice_to_triples(xml))


def notices_to_ntriples(notices: Iterable[bytes]) -> str:
    """Several notices -> one merged, de-duplicated N-Triples document."""
    merged: set[Triple] = set()
    for xml in notices:
        merged |= notice_to_triples(xml)
    return to_ntriples(merged)


def iter_subjects(triples: Iterable[Triple]) -> Iterator[str]:
    """Distinct subject IRIs (sorted), handy for assertions."""
    yield from sorted({s.value for s, _, _ in triples})
