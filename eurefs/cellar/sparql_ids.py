"""Identifier grammars and SPARQL term escaping for the Cellar query builders.

Every identifier is checked against the grammar of its scheme (``re.fullmatch``)
before it may enter a query, and is then written as an escaped literal or as an
IRI made of checked, percent-encoded parts.  Anything else is a ParseError, so a
value such as ``32016R0679" } ; DROP ...`` can never reach the endpoint.
All regexes are linear: bounded quantifiers, no quantified groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote

from eurefs.errors import ParseError
from eurefs.identifiers import CELEX_RE, CELLAR_RESOURCE_BASE

__all__ = [
    "ID_DOCUMENT_SCHEMES",
    "SAMEAS_SCHEMES",
    "iri",
    "literal",
    "resource_uri",
    "validate_celex_id",
    "validate_id_document",
    "validate_sameas_id",
    "validate_work_uri",
]

_COMNAT_RE = re.compile(r"(?:COM|JOIN|SWD|SEC|C)_\d{4}_\d{4}[A-Z]?_[A-Z0-9]{1,10}")
_ECLI_RE = re.compile(r"ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Za-z0-9.]{1,25}")
_OJ_RE = re.compile(r"[A-Z]{1,3}_[A-Z0-9_]{1,40}")
_IMMC_RE = re.compile(r"[A-Za-z0-9()_.-][A-Za-z0-9()_. -]{0,60}")
_URISERV_RE = re.compile(r"OJ\.[A-Z]_?\.\d{4}\.[0-9A-Z]{3,4}\.\d{2}\.\d{4}\.\d{2}(?:\.[A-Z]{3})?")
_CASE_RE = re.compile(r"(?:[CTF]-)?\d{1,4}/\d{2}(?: ?P)?")
_PROCEDURE_RE = re.compile(r"\d{4}_\d{1,4}[A-Z]?")
_CONSOLIDATION_RE = re.compile(r"\d{4}[A-Z]{1,2}\d{4}/\d{8}")
_ELI_SEGMENT_RE = re.compile(r"[A-Za-z0-9_().-]{1,40}")
_CELLAR_WORK_RE = re.compile(
    re.escape(CELLAR_RESOURCE_BASE)
    + r"/cellar/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)
_IRI_FORBIDDEN_RE = re.compile(r"[\x00-\x20<>\"{}|^`\\]")


def _eli_ok(value: str) -> bool:
    parts = value.split("/")
    return 3 <= len(parts) <= 8 and all(_ELI_SEGMENT_RE.fullmatch(p) for p in parts)


#: ``cdm:work_id_document`` schemes -> check of the part after ``scheme:``.
ID_DOCUMENT_SCHEMES: dict[str, Callable[[str], bool]] = {
    "celex": lambda v: CELEX_RE.fullmatch(v) is not None,
    "comnat": lambda v: _COMNAT_RE.fullmatch(v) is not None,
    "ecli": lambda v: _ECLI_RE.fullmatch(v) is not None,
    "oj": lambda v: _OJ_RE.fullmatch(v) is not None,
    "immc": lambda v: _IMMC_RE.fullmatch(v) is not None,
}

#: owl:sameAs schemes -> (check, what the URI names: work / expression / dossier).
SAMEAS_SCHEMES: dict[str, tuple[Callable[[str], bool], str]] = {
    "celex": (lambda v: CELEX_RE.fullmatch(v) is not None, "work"),
    "comnat": (lambda v: _COMNAT_RE.fullmatch(v) is not None, "work"),
    "ecli": (lambda v: _ECLI_RE.fullmatch(v) is not None, "work"),
    "oj": (lambda v: _OJ_RE.fullmatch(v) is not None, "work"),
    "immc": (lambda v: _IMMC_RE.fullmatch(v) is not None, "work"),
    "eli": (_eli_ok, "work"),
    "case": (lambda v: _CASE_RE.fullmatch(v) is not None, "work"),
    "consolidation": (lambda v: _CONSOLIDATION_RE.fullmatch(v) is not None, "work"),
    "uriserv": (lambda v: _URISERV_RE.fullmatch(v) is not None, "expression"),
    "procedure": (lambda v: _PROCEDURE_RE.fullmatch(v) is not None, "dossier"),
}


def literal(value: str) -> str:
    """A SPARQL string literal (``"..."``) with ``\\``, ``"``, newlines and tabs escaped."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


def iri(value: str) -> str:
    """``<value>`` after checking it holds no character an IRIREF forbids.

    Raises:
        ParseError: for a forbidden character (space, ``<>"{}|^`\\``, controls).
    """
    if not value or _IRI_FORBIDDEN_RE.search(value):
        raise ParseError(f"not a safe IRI: {value!r}", value)
    return f"<{value}>"


def _split(value: str) -> tuple[str, str]:
    scheme, sep, ident = value.strip().partition(":")
    if not sep or not ident:
        raise ParseError(f"expected 'scheme:id', got {value!r}", value)
    return scheme.lower(), ident


def validate_celex_id(value: str) -> str:
    """Return the CELEX number stripped; ParseError when it fails the CELEX grammar."""
    v = value.strip()
    if not CELEX_RE.fullmatch(v):
        raise ParseError(f"not a CELEX number: {value!r} (expected e.g. 32016R0679)", value)
    return v


def validate_id_document(value: str) -> str:
    """Check a ``cdm:work_id_document`` value.

    Examples: ``comnat:COM_2021_0752_FIN``, ``ecli:ECLI:EU:C:2014:317``,
    ``celex:32016R0679``, ``oj:JOL_2016_119_R_0001``, ``immc:COM(2018)340 final``.

    Raises:
        ParseError: for an unknown scheme or an id that fails the scheme's grammar.
    """
    scheme, ident = _split(value)
    check = ID_DOCUMENT_SCHEMES.get(scheme)
    if check is None or not check(ident):
        raise ParseError(f"not a valid work_id_document value: {value!r}", value)
    return f"{scheme}:{ident}"


def validate_sameas_id(value: str) -> tuple[str, str, str]:
    """Check a ``scheme:id`` for an owl:sameAs lookup; return ``(normalised, uri, target)``.

    The id is written as in the resource URI path, decoded: ``eli:reg/2016/679/oj``,
    ``case:C-673/17``, ``oj:JOL_2016_119_R_0001``,
    ``uriserv:OJ.L_.2016.119.01.0001.01.ENG``, ``procedure:2018_172``.
    ``target`` is ``work``, ``expression`` (uriserv) or ``dossier`` (procedure).

    Raises:
        ParseError: for an unknown scheme or an id that fails the scheme's grammar.
    """
    scheme, ident = _split(value)
    spec = SAMEAS_SCHEMES.get(scheme)
    if spec is None or not spec[0](ident):
        raise ParseError(f"not a valid Cellar identifier: {value!r}", value)
    return f"{scheme}:{ident}", resource_uri(scheme, ident), spec[1]


def resource_uri(scheme: str, ident: str) -> str:
    """Resource URI of a checked id: ELI keeps its ``/``; other ids are percent-encoded whole."""
    safe = "/" if scheme == "eli" else ""
    return f"{CELLAR_RESOURCE_BASE}/{scheme}/{quote(ident, safe=safe)}"


def validate_work_uri(value: str) -> str:
    """Check a Cellar work URI (``http://publications.europa.eu/resource/cellar/<uuid>``).

    Raises:
        ParseError: when it is not one.
    """
    v = value.strip()
    if not _CELLAR_WORK_RE.fullmatch(v):
        raise ParseError(f"not a Cellar work URI: {value!r}", value)
    return v
