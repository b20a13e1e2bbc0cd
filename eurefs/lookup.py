"""How each reference kind is looked up in Cellar: the identifiers to ask for.

A :class:`Lookup` names one query route (``celex``, ``id_document`` or
``sameas``, see :mod:`eurefs.cellar.sparql`) and the values to ask for, plus the
notice URI (scheme, id) the single-reference path reads.  Nothing here guesses a
CELEX Cellar does not confirm: a COM number goes through its ``comnat`` id, a
case through the CELEX numbers of the documents a case can have, and only those
Cellar knows are returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from eurefs import identifiers as ids
from eurefs.errors import ResolveError
from eurefs.models.references import (
    BaseReference,
    CaseRef,
    CelexRef,
    ComDocumentRef,
    EcliRef,
    EliRef,
    LegalActRef,
    OjRef,
    ProcedureRef,
)

Route = Literal["celex", "id_document", "sameas"]

#: Case-law descriptors, most wanted first: judgment, order, AG opinion, OJ notices.
CASE_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "C": ("CJ", "CO", "CC", "CN", "CA", "CB", "CV", "CP", "CD", "CS", "CT", "CU", "CX"),
    "T": ("TJ", "TO", "TN", "TA", "TB", "TT"),
    "F": ("FJ", "FO", "FN", "FA", "FB", "FT"),
}


@dataclass(frozen=True)
class Lookup:
    """What to ask Cellar for one reference.

    Attributes:
        key: Cache key (stable across runs): ``kind:value``.
        route: Which step-1 query finds the work(s).
        values: Identifiers for that query (several for a case: one per document type).
        notice: ``(scheme, id)`` of the resource to read a notice from, or None when
            the reference is only resolved through SPARQL.
        multi: True when several works are expected (case, procedure); the first
            in preference order is returned and the others listed.
    """

    key: str
    route: Route
    values: tuple[str, ...]
    notice: tuple[str, str] | None
    multi: bool = False


def lookup_for(ref: BaseReference) -> Lookup:
    """The lookup of a reference.

    Raises:
        ResolveError: for references that name no single document
            (treaty articles, C(YYYY) documents, acts cited without a number,
            OJ citations without page or act number).
    """
    if isinstance(ref, CelexRef | LegalActRef | EliRef) and ref.celex:
        return Lookup(f"celex:{ref.celex}", "celex", (ref.celex,), ("celex", ref.celex))
    if isinstance(ref, EliRef):
        path = ref.normalized.removeprefix(ids.ELI_BASE + "/")
        return Lookup(f"eli:{path}", "sameas", (f"eli:{path}",), ("eli", path))
    if isinstance(ref, ComDocumentRef):
        if ref.doc_type == "C":
            raise ResolveError(
                f"{ref.normalized}: C documents are not in Cellar under their C number; "
                "resolve the act they were published as instead",
                ref.normalized,
            )
        comnat = ids.comnat_id(ref.doc_type, ref.year, ref.number)
        return Lookup(f"comnat:{comnat}", "id_document", (f"comnat:{comnat}",), ("comnat", comnat))
    if isinstance(ref, EcliRef):
        return Lookup(
            f"ecli:{ref.normalized}",
            "id_document",
            (f"ecli:{ref.normalized}",),
            ("ecli", ref.normalized),
        )
    if isinstance(ref, CaseRef) and ref.court is not None and not ref.opinion:
        celexes = tuple(
            ids.build_celex("6", ref.year, d, ref.number) for d in CASE_DESCRIPTORS[ref.court]
        )
        return Lookup(f"case:{ref.normalized}", "celex", celexes, None, multi=True)
    if isinstance(ref, ProcedureRef):
        proc = f"{ref.year}_{int(ref.number[:4])}{ref.number[4:]}"
        return Lookup(f"procedure:{proc}", "sameas", (f"procedure:{proc}",), None, multi=True)
    if isinstance(ref, OjRef):
        if ref.act_number and ref.cellar_ids:
            oj = ref.cellar_ids[0]
            return Lookup(oj, "sameas", (oj,), ("oj", oj.removeprefix("oj:")))
        if ref.cellar_ids:
            uriserv = ref.cellar_ids[0] + ".ENG"
            return Lookup(ref.cellar_ids[0], "sameas", (uriserv,), None)
    raise ResolveError(
        f"{ref.kind} {ref.normalized!r} does not name one document that Cellar can look up",
        ref.normalized,
    )
