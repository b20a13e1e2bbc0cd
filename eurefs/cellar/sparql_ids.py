"""Identifier checks and SPARQL term escaping for the Cellar query builders.

Every identifier is checked against the grammar of its scheme in
:data:`eurefs.identifiers.SCHEMES` (``re.fullmatch``)
before it may enter a query, and is then written as an escaped literal or as an
IRI made of checked, percent-encoded parts.  Anything else is a ParseError, so a
value such as ``32016R0679" } ; DROP ...`` can never reach the endpoint.
All regexes are linear: bounded quantifiers, no quantified groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eurefs.errors import ParseError
from eurefs.identifiers import (
    CELLAR_WORK_URI,
    SCHEMES,
    Scheme,
    split_id,
    validate_celex,
)

__all__ = [
    "ID_DOCUMENT_SCHEMES",
    "SAMEAS_SCHEMES",
    "iri",
    "is_work_uri",
    "literal",
    "resource_uri",
    "unique_batch",
    "validate_celex_id",
    "validate_id_document",
    "validate_sameas_id",
    "validate_work_uri",
]

_CELLAR_WORK_RE = re.compile(CELLAR_WORK_URI)
_IRI_FORBIDDEN_RE = re.compile(r"[\x00-\x20<>\"{}|^`\\]")

#: Schemes Cellar also stores as ``cdm:work_id_document "scheme:id"`` literals.
ID_DOCUMENT_SCHEMES: dict[str, Scheme] = {n: s for n, s in SCHEMES.items() if s.id_document}
#: Schemes looked up through ``owl:sameAs <resource URI>`` (every scheme eurefs knows).
SAMEAS_SCHEMES: dict[str, Scheme] = dict(SCHEMES)


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


def validate_celex_id(value: str) -> str:
    """Return the CELEX number stripped; ParseError when it is none
    (:func:`eurefs.identifiers.validate_celex`)."""
    return validate_celex(value)


def validate_id_document(value: str) -> str:
    """Check a ``cdm:work_id_document`` value.

    Examples: ``comnat:COM_2021_0752_FIN``, ``ecli:ECLI:EU:C:2014:317``,
    ``celex:32016R0679``, ``oj:JOL_2016_119_R_0001``, ``immc:COM(2018)340 final``.

    Raises:
        ParseError: for an unknown scheme or an id that fails the scheme's grammar.
    """
    scheme, ident = split_id(value)
    if scheme.name not in ID_DOCUMENT_SCHEMES:
        raise ParseError(f"not a valid work_id_document value: {value!r}", value)
    return f"{scheme.name}:{ident}"


def validate_sameas_id(value: str) -> tuple[str, str, str]:
    """Check a ``scheme:id`` for an owl:sameAs lookup; return ``(normalised, uri, level)``.

    The id is written as in the resource URI path, decoded: ``eli:reg/2016/679/oj``,
    ``case:C-673/17``, ``oj:JOL_2016_119_R_0001``,
    ``uriserv:OJ.L_.2016.119.01.0001.01.ENG``, ``procedure:2018_172``.
    ``level`` is ``work``, ``expression`` (uriserv) or ``dossier`` (procedure).

    Raises:
        ParseError: for an unknown scheme or an id that fails the scheme's grammar.
    """
    scheme, ident = split_id(value)
    return f"{scheme.name}:{ident}", scheme.resource_uri(ident), scheme.level


def resource_uri(scheme: str, ident: str) -> str:
    """Resource URI of a checked id, as :meth:`eurefs.identifiers.Scheme.resource_uri` writes it."""
    return SCHEMES[scheme].resource_uri(ident)


def validate_work_uri(value: str) -> str:
    """Check a Cellar work URI (``http://publications.europa.eu/resource/cellar/<uuid>``).

    Raises:
        ParseError: when it is not one.
    """
    v = value.strip()
    if not _CELLAR_WORK_RE.fullmatch(v):
        raise ParseError(f"not a Cellar work URI: {value!r}", value)
    return v


def is_work_uri(value: str) -> bool:
    """Whether ``value`` is a Cellar work URI (see :func:`validate_work_uri`)."""
    return _CELLAR_WORK_RE.fullmatch(value.strip()) is not None


def unique_batch(values: Iterable[str]) -> list[str]:
    """The values of one query, each once, in their order.

    Raises:
        ValueError: for an empty batch.
    """
    out = list(dict.fromkeys(values))
    if not out:
        raise ValueError("empty batch: give at least one identifier")
    return out
