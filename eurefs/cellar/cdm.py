"""The one table of Cellar facts: which CDM property gives which fact, read which way.

Both resolution paths are driven from here.  The notice reader
(:mod:`eurefs.cellar.notices`) reads element ``PROP.upper()`` of a notice's WORK
(and the link elements named in :data:`RELATIONS`); the SPARQL builder
(:mod:`eurefs.cellar.sparql`) writes one pattern per row.  So a property name is
written once, and the two paths cannot drift apart.

Every name below is in the Publications Office's list of CDM properties
(``shared/research/cdm-properties.txt``) and was checked against the research
addendum (``cellar-api.md``):

* The ``…_by_…`` inverse properties (``resource_legal_amended_by_resource_legal``,
  ``…_repealed_by_…``, ``…_adopted_by_…``, ``…_consolidated_by_act_consolidated``)
  exist in CDM and appear in notices, but carry no triples in the SPARQL store:
  SPARQL reads the forward property in reverse (``?val cdm:…_amends_… ?work``).
* ``resource_legal_adopts_resource_legal`` runs from the adopted act to the
  proposal; a proposal's notice names the same link ``…_ADOPTED_BY_…``.
* Consolidated versions point at their base act with
  ``act_consolidated_based_on_resource_legal`` (and ``…_consolidates_…``).
* Dossiers: ``work_part_of_dossier`` (document -> dossier),
  ``dossier_initiated_by_act_preparatory`` (dossier -> proposal),
  ``dossier_produces_resource_legal`` (dossier -> final act, but also Council
  documents and OJ C items), and the literal
  ``procedure_code_interinstitutional_reference_procedure`` = ``2018/0172/COD``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ANNOTATION",
    "CDM",
    "CELEX",
    "CONCEPTS",
    "DATE",
    "DATE_TYPE",
    "DOSSIER",
    "DOSSIER_ADOPTED_ACT",
    "DOSSIER_ADOPTED_PROPOSAL",
    "DOSSIER_PROPOSAL",
    "ENTRY_INTO_FORCE",
    "ENTRY_INTO_FORCE_DATE",
    "EXPRESSION_LANGUAGE",
    "EXPRESSION_TITLE",
    "EXPRESSION_WORK",
    "ID_DOCUMENT",
    "OJ_COLLECTION",
    "OJ_NUMBER",
    "OJ_YEAR",
    "PROCEDURE_CODE",
    "PUBLISHED_IN_OJ",
    "RELATIONS",
    "RELATION_KEYS",
    "VALUES",
    "WORK_DOSSIER",
    "WORK_EXPRESSION",
    "Relation",
    "ValueFact",
    "notice_element",
]


#: The CDM namespace: property ``name`` is ``{CDM}{name}`` (``cdm:name``).
CDM = "http://publications.europa.eu/ontology/cdm#"


@dataclass(frozen=True)
class ValueFact:
    """A literal- or concept-valued property of a work.

    Attributes:
        key: Fact key (the SPARQL ``?key`` of its rows).
        prop: CDM property local name (subject: the work).
        field: The :class:`~eurefs.cellar.workfacts.WorkFacts` field it fills.
    """

    key: str
    prop: str
    field: str


@dataclass(frozen=True)
class Relation:
    """A link between two works, as Cellar stores it.

    Attributes:
        key: The :class:`~eurefs.models.document.Relations` field it fills.
        prop: The CDM property whose triples the SPARQL store holds.
        reverse: True when the work is the *object* (``?val prop ?work``).
        notice: The element a notice of the work uses for the link, from the
            work's own point of view (``RESOURCE_LEGAL_AMENDED_BY_RESOURCE_LEGAL``).
    """

    key: str
    prop: str
    reverse: bool
    notice: str


#: A work's CELEX number, its ``scheme:id`` literals (``comnat:COM_2021_0752_FIN``; the
#: step-1 queries find works by them too), its date, its dates of entry into force.
CELEX = "resource_legal_id_celex"
ID_DOCUMENT = "work_id_document"
DATE = "work_date_document"
ENTRY_INTO_FORCE_DATE = "resource_legal_date_entry-into-force"

#: Literal-valued facts (read as strings; interpreted in ``workfacts.build_document``).
VALUES: tuple[ValueFact, ...] = (
    ValueFact("celex", CELEX, "celex"),
    ValueFact("id_document", ID_DOCUMENT, "id_documents"),
    ValueFact("date", DATE, "dates"),
    ValueFact("eli", "resource_legal_eli", "eli"),
    # true/false in notices, "1"/"0" in Virtuoso's SPARQL JSON
    ValueFact("in_force", "resource_legal_in-force", "in_force"),
    ValueFact("entry_into_force", ENTRY_INTO_FORCE_DATE, "entry_into_force"),
    # 9999-12-31 means open-ended
    ValueFact("end_of_validity", "resource_legal_date_end-of-validity", "end_of_validity"),
)

#: The dates of ``resource_legal_date_entry-into-force`` are of several kinds, each
#: told by an annotation of the date: ``ANNOTATION/TYPE_OF_DATE`` in a notice,
#: ``{EV|…/authority/fd_335/EV}``; in the SPARQL store an ``owl:Axiom`` on the date
#: (``owl:annotatedSource`` the work, ``owl:annotatedTarget`` the date) with
#: ``annotation:type_of_date`` (UNCONFIRMED by the Publications Office: the
#: namespace is that of the axioms in the real RDF tree notices, the property
#: name and value shape a public project's record of the live store).  32014R0001
#: lists 2014-01-05 typed ``EV`` (``DATPUB +1``: entry into force) and 2014-01-01
#: typed ``MA`` (its Article 2: the date of application).
ANNOTATION = "http://publications.europa.eu/ontology/annotation#"
DATE_TYPE = "type_of_date"
ENTRY_INTO_FORCE = "EV"

#: Concept-valued facts (labels: ``skos:prefLabel`` with lower-case language tags).
CONCEPTS: tuple[ValueFact, ...] = (
    ValueFact("authors", "work_created_by_agent", "authors"),
    ValueFact("resource_types", "work_has_resource-type", "resource_types"),
    ValueFact("eurovoc", "work_is_about_concept_eurovoc", "eurovoc"),
    ValueFact("subject_matter", "resource_legal_is_about_subject-matter", "subject_matter"),
)

_AMENDS = "resource_legal_amends_resource_legal"
_REPEALS = "resource_legal_repeals_resource_legal"
_IMPLICITLY_REPEALS = "resource_legal_implicitly_repeals_resource_legal"
_ADOPTS = "resource_legal_adopts_resource_legal"

#: Links between works, one row per (property, direction).
RELATIONS: tuple[Relation, ...] = (
    Relation("based_on", "resource_legal_based_on_resource_legal", False,
             "RESOURCE_LEGAL_BASED_ON_RESOURCE_LEGAL"),
    Relation("amends", _AMENDS, False, "RESOURCE_LEGAL_AMENDS_RESOURCE_LEGAL"),
    Relation("amended_by", _AMENDS, True, "RESOURCE_LEGAL_AMENDED_BY_RESOURCE_LEGAL"),
    Relation("repeals", _REPEALS, False, "RESOURCE_LEGAL_REPEALS_RESOURCE_LEGAL"),
    Relation("repeals", _IMPLICITLY_REPEALS, False,
             "RESOURCE_LEGAL_IMPLICITLY_REPEALS_RESOURCE_LEGAL"),
    Relation("repealed_by", _REPEALS, True, "RESOURCE_LEGAL_REPEALED_BY_RESOURCE_LEGAL"),
    Relation("repealed_by", _IMPLICITLY_REPEALS, True,
             "RESOURCE_LEGAL_IMPLICITLY_REPEALED_BY_RESOURCE_LEGAL"),
    Relation("adopted_act", _ADOPTS, True, "RESOURCE_LEGAL_ADOPTED_BY_RESOURCE_LEGAL"),
    Relation("proposal", _ADOPTS, False, "RESOURCE_LEGAL_ADOPTS_RESOURCE_LEGAL"),
    Relation("consolidated_versions", "act_consolidated_based_on_resource_legal", True,
             "RESOURCE_LEGAL_CONSOLIDATED_BY_ACT_CONSOLIDATED"),
    Relation("consolidated_versions", "act_consolidated_consolidates_resource_legal", True,
             "RESOURCE_LEGAL_CONSOLIDATED_BY_ACT_CONSOLIDATED"),
)  # fmt: skip

#: The Relations fields, in model order.
RELATION_KEYS: tuple[str, ...] = tuple(dict.fromkeys(r.key for r in RELATIONS))

#: Document -> dossier, dossier -> proposal, dossier -> produced act(s); the class of a
#: dossier (``rdf:type cdm:dossier``) and its flag that the proposal was adopted.
WORK_DOSSIER = "work_part_of_dossier"
DOSSIER_PROPOSAL = "dossier_initiated_by_act_preparatory"
DOSSIER_ADOPTED_ACT = "dossier_produces_resource_legal"
DOSSIER = "dossier"
DOSSIER_ADOPTED_PROPOSAL = "dossier_adopted-proposal"
#: The dossier's procedure code literal (``2018/0172/COD``).
PROCEDURE_CODE = "procedure_code_interinstitutional_reference_procedure"

#: OJ issue of a work and, on the issue, its number, year and collection.
PUBLISHED_IN_OJ = "resource_legal_published_in_official-journal"
OJ_NUMBER = "official-journal_number"
OJ_YEAR = "official-journal_year"
OJ_COLLECTION = "official-journal_part_of_collection_document"

#: Expressions: work -> expression, expression -> work, its language and its title.
WORK_EXPRESSION = "work_has_expression"
EXPRESSION_WORK = "expression_belongs_to_work"
EXPRESSION_LANGUAGE = "expression_uses_language"
EXPRESSION_TITLE = "expression_title"


def notice_element(prop: str) -> str:
    """The notice element of a CDM property: ``work_date_document`` -> ``WORK_DATE_DOCUMENT``."""
    return prop.upper()
