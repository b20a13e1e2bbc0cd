"""Works given by their own Cellar id (``cellar:<uuid>``): is each a work Cellar holds?

A user may give a work by the Cellar URI a notice or a SPARQL answer names
(:func:`eurefs.lookup.identifier_lookup`).  Its step-1 query asks no alias: it checks
that the store holds the resource at all and says whether it is a procedure's dossier
(``rdf:type cdm:dossier``, as the real procedure notices type it: ``TYPE`` children of
``DOSSIER``), whose URI has the same form as a work's but names no document.  Rows
``?input ?work ?via ?celex``, ``?via`` ``self`` or ``dossier``.
"""

from __future__ import annotations

from collections.abc import Iterable

from eurefs.cellar import cdm
from eurefs.cellar.sparql_ids import iri, literal, unique_batch
from eurefs.identifiers import cellar_work_uri

__all__ = ["DOSSIER_IS_NO_DOCUMENT", "build_cellar_work_query"]

#: What a procedure's dossier given as a work is told (the SPARQL path and the notices').
DOSSIER_IS_NO_DOCUMENT = (
    "a procedure's dossier, not a document: resolve its procedure "
    "(procedure:<year>_<number>) for the proposal and the adopted act"
)


def build_cellar_work_query(values: Iterable[str]) -> str:
    """Step 1 for works given as ``cellar:<uuid>``.

    Raises:
        ParseError: for a value that is no ``cellar:<uuid>``.
        ValueError: for an empty batch.
    """
    ids = unique_batch(values)
    rows = "\n".join(f"    ({literal(v)} {iri(cellar_work_uri(v))})" for v in ids)
    return (
        f"PREFIX cdm: <{cdm.CDM}>\n"
        "SELECT DISTINCT ?input ?work ?via ?celex WHERE {\n"
        f"  VALUES (?input ?work) {{\n{rows}\n  }}\n"
        "  FILTER EXISTS { ?work ?p ?o }\n"
        f"  OPTIONAL {{ ?work a ?dossier . FILTER(?dossier = cdm:{cdm.DOSSIER}) }}\n"
        '  BIND(IF(BOUND(?dossier), "dossier", "self") AS ?via)\n'
        f"  OPTIONAL {{ ?work cdm:{cdm.CELEX} ?celex }}\n"
        "}"
    )
