"""Parse SPARQL SELECT results in JSON, in the W3C form and in Virtuoso's (Cellar's) form,
and read the rows of step 1 (identifiers -> works) into :class:`WorkMatch` values."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eurefs.errors import ResponseError

__all__ = ["Term", "WorkMatch", "matches_from_rows", "parse_sparql_json", "rows_from_result"]


@dataclass(frozen=True)
class Term:
    """One RDF term of a SPARQL JSON result.

    Attributes:
        kind: ``uri``, ``literal`` or ``bnode`` (Virtuoso's ``typed-literal`` is a literal).
        value: The lexical value or IRI.
        datatype: Datatype IRI of a typed literal.
        lang: Language tag of a literal.
    """

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None


_KINDS = {"uri": "uri", "literal": "literal", "typed-literal": "literal", "bnode": "bnode"}


def _term(var: str, raw: Any) -> Term:
    if not isinstance(raw, Mapping):
        raise ResponseError(f"SPARQL JSON: binding of ?{var} is not an object")
    kind, value = raw.get("type"), raw.get("value")
    if kind not in _KINDS or not isinstance(value, str):
        raise ResponseError(f"SPARQL JSON: bad term for ?{var}: type={kind!r}")
    datatype, lang = raw.get("datatype"), raw.get("xml:lang")
    if datatype is not None and not isinstance(datatype, str):
        raise ResponseError(f"SPARQL JSON: bad datatype for ?{var}")
    if lang is not None and not isinstance(lang, str):
        raise ResponseError(f"SPARQL JSON: bad language tag for ?{var}")
    return Term(_KINDS[kind], value, datatype, lang)


def parse_sparql_json(data: bytes | str) -> list[dict[str, Term]]:
    """Parse a SPARQL SELECT result in JSON (W3C form or Virtuoso's) into rows.

    Accepts ``"type": "literal"`` with or without ``datatype``, Virtuoso's
    ``"typed-literal"``, a head with extra keys (``"link": []``) and rows that
    leave OPTIONAL variables unbound (absent from the row dict).

    Raises:
        ResponseError: for invalid or truncated JSON, or a document that is not
            a SELECT result (no ``head.vars`` list, no ``results.bindings`` list,
            malformed terms, variables not declared in the head).
    """
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ResponseError(f"SPARQL response is not valid JSON: {exc}") from exc
    return rows_from_result(doc)


def rows_from_result(doc: Any) -> list[dict[str, Term]]:
    """Rows of an already-decoded SPARQL JSON result (see :func:`parse_sparql_json`).

    Raises:
        ResponseError: for a document that is not a well-formed SELECT result.
    """
    head = doc.get("head") if isinstance(doc, dict) else None
    results = doc.get("results") if isinstance(doc, dict) else None
    variables = head.get("vars") if isinstance(head, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(variables, list) or not all(isinstance(v, str) for v in variables):
        raise ResponseError("SPARQL JSON: missing head.vars (not a SELECT result)")
    if not isinstance(bindings, list):
        raise ResponseError("SPARQL JSON: missing results.bindings")
    declared = set(variables)
    rows = []
    for raw_row in bindings:
        if not isinstance(raw_row, dict):
            raise ResponseError("SPARQL JSON: a binding row is not an object")
        unknown = set(raw_row) - declared
        if unknown:
            raise ResponseError(f"SPARQL JSON: row binds undeclared variables {sorted(unknown)}")
        rows.append({var: _term(var, raw) for var, raw in raw_row.items()})
    return rows


@dataclass(frozen=True)
class WorkMatch:
    """One identifier -> work row of step 1.

    Attributes:
        input: The identifier as normalised into the query.
        work: Cellar URI of the work.
        via: ``self``, ``expression``, ``proposal`` or ``adopted_act``.
        celex: CELEX of the work when Cellar has one.
    """

    input: str
    work: str
    via: str = "self"
    celex: str | None = None


def matches_from_rows(rows: Iterable[Mapping[str, Term]]) -> list[WorkMatch]:
    """Read step-1 rows (``?input ?work ?via ?celex``) into sorted, de-duplicated matches."""
    out: set[WorkMatch] = set()
    for row in rows:
        inp, work = row.get("input"), row.get("work")
        if inp is None or work is None:
            continue
        via, celex = row.get("via"), row.get("celex")
        out.add(
            WorkMatch(
                inp.value, work.value, via.value if via else "self", celex.value if celex else None
            )
        )
    return sorted(out, key=lambda m: (m.input, m.work, m.via, m.celex or ""))
