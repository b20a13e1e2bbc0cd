"""The identifier schemes of EU documents: format, validation and Cellar resource URI.

This package is the one home of identifier knowledge.  The grammar builders take
their CELEX, ELI, ``comnat``, case, procedure, OJ and ``uriserv`` identifiers from
here, :mod:`eurefs.lookup` validates what it asks Cellar for against
:data:`SCHEMES`, the SPARQL builders (:mod:`eurefs.cellar.sparql_ids`) check
every value with the same patterns, and the HTTP client builds notice URLs with
:func:`cellar_resource_uri`.  Import from ``eurefs.identifiers``; the modules are:

* :mod:`~eurefs.identifiers.celex`: CELEX and ELI numbers of acts, made from a
  citation's parts (sector, year, descriptor, number; ELI typedocs);
* :mod:`~eurefs.identifiers.schemes`: every Cellar scheme (``celex``, ``eli``,
  ``comnat``, ``case`` ...) with its grammar, a real example and its resource URI;
* :mod:`~eurefs.identifiers.cellar_ids`: the ids of cited documents in those
  schemes (``COM_2021_0752_FIN``, ``C-131/12``, ``2018_172``, ``OJ.L_.2016.119...``);
* :mod:`~eurefs.identifiers.eurlex`: EUR-Lex page URLs.

Rules follow ``shared/research/reference-formats.md`` and ``cellar-api.md``; only
ASCII digits make an identifier (``[0-9]``, never ``\\d``).
"""

from __future__ import annotations

from eurefs.identifiers.celex import (
    ACT_DESCRIPTORS,
    CASE_DESCRIPTORS,
    CELEX_RE,
    COM_DESCRIPTORS,
    COM_TYPES,
    COMNAT_TYPES,
    DESCRIPTOR_ACT_TYPES,
    ELI_ACT_TYPES,
    ELI_BASE,
    ELI_TYPEDOCS,
    FIRST_LETTERED_CASE_YEAR,
    OJ_NUMBERED_DESCRIPTORS,
    OPINION_DESCRIPTORS,
    build_celex,
    case_celex_candidates,
    celex_act_type,
    com_celex_candidates,
    consolidation_date_ok,
    eli_act_type,
    eli_celex,
    full_year,
    is_celex,
    legal_act_celex,
    legal_act_eli,
    validate_celex,
)
from eurefs.identifiers.cellar_ids import (
    C_DOCUMENT_NUMBER_MAX,
    CELLAR_UUID,
    CELLAR_WORK_URI,
    COMNAT_NUMBER_MAX,
    COMNAT_RE,
    OJ_ACT_RE,
    OJ_PAGE_ALIAS_RE,
    PROCEDURE_LITERAL_RE,
    URISERV_PAGE_RE,
    case_id,
    cellar_work_uri,
    comnat_id,
    comnat_number_ok,
    comnat_written,
    oj_act_id,
    oj_issue_alias,
    oj_page_aliases,
    oj_page_values,
    procedure_from_literal,
    procedure_id,
    procedure_literal,
    uriserv_id,
)
from eurefs.identifiers.eurlex import EURLEX_BASE, eurlex_celex_url, eurlex_com_url, eurlex_uri_url
from eurefs.identifiers.schemes import (
    CELLAR_RESOURCE_BASE,
    CELLAR_RESOURCE_HOST_PATTERN,
    CELLAR_RESOURCE_PATTERN,
    RESOURCE_URI_RE,
    SCHEMES,
    URISERV_RE,
    Level,
    Scheme,
    cellar_resource_uri,
    resource_scheme_id,
    scheme_and_id,
    scheme_base,
    scheme_of,
    split_id,
)

__all__ = [
    "ACT_DESCRIPTORS",
    "CASE_DESCRIPTORS",
    "CELEX_RE",
    "CELLAR_RESOURCE_BASE",
    "CELLAR_RESOURCE_HOST_PATTERN",
    "CELLAR_RESOURCE_PATTERN",
    "CELLAR_UUID",
    "CELLAR_WORK_URI",
    "COMNAT_NUMBER_MAX",
    "COMNAT_RE",
    "COMNAT_TYPES",
    "COM_DESCRIPTORS",
    "COM_TYPES",
    "C_DOCUMENT_NUMBER_MAX",
    "DESCRIPTOR_ACT_TYPES",
    "ELI_ACT_TYPES",
    "ELI_BASE",
    "ELI_TYPEDOCS",
    "EURLEX_BASE",
    "FIRST_LETTERED_CASE_YEAR",
    "OJ_ACT_RE",
    "OJ_NUMBERED_DESCRIPTORS",
    "OJ_PAGE_ALIAS_RE",
    "OPINION_DESCRIPTORS",
    "PROCEDURE_LITERAL_RE",
    "RESOURCE_URI_RE",
    "SCHEMES",
    "URISERV_PAGE_RE",
    "URISERV_RE",
    "Level",
    "Scheme",
    "build_celex",
    "case_celex_candidates",
    "case_id",
    "celex_act_type",
    "cellar_resource_uri",
    "cellar_work_uri",
    "com_celex_candidates",
    "comnat_id",
    "comnat_number_ok",
    "comnat_written",
    "consolidation_date_ok",
    "eli_act_type",
    "eli_celex",
    "eurlex_celex_url",
    "eurlex_com_url",
    "eurlex_uri_url",
    "full_year",
    "is_celex",
    "legal_act_celex",
    "legal_act_eli",
    "oj_act_id",
    "oj_issue_alias",
    "oj_page_aliases",
    "oj_page_values",
    "procedure_from_literal",
    "procedure_id",
    "procedure_literal",
    "resource_scheme_id",
    "scheme_and_id",
    "scheme_base",
    "scheme_of",
    "split_id",
    "uriserv_id",
    "validate_celex",
]
