"""What the resolver makes of an answer: the document it names, trust checks, errors, records.

Kept apart from :mod:`eurefs.resolver` so that the rules are in one small place:
a batch answer names one document per lookup or says why not
(:func:`document_for`), an answer must be about what was asked (:func:`check_answer`), every error
message names the reference once, at its start (:func:`named_error`), and a
batch record and a raised error say the same thing (:func:`failed_record`,
:func:`error_from_record`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from eurefs import errors
from eurefs.cellar import sparql
from eurefs.cellar.cellar_works import DOSSIER_IS_NO_DOCUMENT
from eurefs.cellar.sparql_ids import is_work_uri as is_work_uri
from eurefs.errors import (
    NOT_IN_CELLAR,
    AmbiguousReference,
    EurefsError,
    NotFound,
    ParseError,
    ResolveError,
    ResponseError,
)
from eurefs.identifiers import ELI_BASE, cellar_work_uri, resource_scheme_id
from eurefs.lookup import Lookup
from eurefs.models.document import Document
from eurefs.models.references import BaseReference
from eurefs.models.results import ResolveResult, error_info

__all__ = [
    "answer_for",
    "asked_works",
    "check_answer",
    "document_for",
    "error_from_record",
    "failed_record",
    "input_text",
    "is_work_uri",
    "named_error",
    "procedure_rank",
    "record",
]


def procedure_rank(m: sparql.WorkMatch) -> int:
    """Adopted act first; a dossier also "produces" Council documents and OJ C items,
    so only a sector-3 CELEX (legislation) counts as the adopted act."""
    if m.via == "adopted_act":
        return 0 if (m.celex or "").startswith("3") else 3
    return {"self": 1, "proposal": 2}.get(m.via, 4)


def document_for(
    lk: Lookup,
    matches: dict[str, list[sparql.WorkMatch]],
    docs: dict[str, Document],
    not_works: set[str],
) -> Document:
    """The one document a lookup names in a batch answer, or the typed error why there is none.

    Args:
        lk: The lookup.
        matches: Identifier value -> the works the SPARQL answer matched to it.
        docs: Work URI -> its document (the works whose facts were fetched).
        not_works: URIs the answer gave as works that are no Cellar work URI.
    """
    odd = sorted({m.work for v in lk.values for m in matches.get(v, [])} & not_works)
    try:
        return _pick(lk, matches, docs)
    except NotFound:
        if not odd:
            raise
        aliases = [a for a in (resource_scheme_id(w) for w in odd) if a]
        if len(aliases) == len(odd):
            named = ", ".join(f"{s}:{i}" for s, i in aliases)
            raise NotFound(
                f"Cellar names {named} for it but holds no work for that", lk.key
            ) from None
        raise ResponseError(
            f"the SPARQL answer names {odd[0]!r}, not a Cellar work", lk.key
        ) from None


def _pick(
    lk: Lookup, matches: dict[str, list[sparql.WorkMatch]], docs: dict[str, Document]
) -> Document:
    """The one document a lookup names, or the typed error why there is none."""
    if any(m.via == "dossier" for v in lk.values for m in matches.get(v, [])):
        raise ResolveError(DOSSIER_IS_NO_DOCUMENT, lk.key)
    found: list[sparql.WorkMatch] = []
    for v in lk.values:  # values are in preference order
        found.extend(m for m in matches.get(v, []) if m.work in docs)
    works = list(dict.fromkeys(m.work for m in found))
    if not works:
        raise NotFound(NOT_IN_CELLAR, lk.key)
    if lk.multi:
        # Case: judgment before order before opinion; procedure: adopted act first.
        if lk.route == "sameas":
            found.sort(key=procedure_rank)
            works = list(dict.fromkeys(m.work for m in found))
        main = docs[works[0]]
        others = [docs[w].celex or w for w in works[1:]]
        return main.model_copy(update={"other_documents": others})
    if lk.route == "oj_page" and len(works) > 1:
        works = _acts(works, docs)
    if len(works) > 1:
        names = [docs[w].celex or w for w in works]
        if len(set(names)) < len(names):  # works sharing a CELEX: name them by URI
            names = works
        raise AmbiguousReference(
            f"{len(works)} works match {lk.key}: {', '.join(names)}", lk.key, names
        )
    return docs[works[0]]


def _acts(works: list[str], docs: dict[str, Document]) -> list[str]:
    """The works of an OJ page that are acts (a CELEX number), when any is.

    A page's numbered alias may name a work that is no act: rows recorded for the
    GDPR's dossier (2012/0011/COD) list ``oj/JOL_2016_119_R_0001_01``, a bare OJ work
    with no CELEX, type or title, beside the act's own ``oj/JOL_2016_119_R_0001``.
    Two acts stay an ambiguity.
    """
    acts = [w for w in works if docs[w].celex]
    return acts or works


def input_text(item: Any) -> str:
    """The text of a resolver input, as its result records it (a string, or a reference's text)."""
    return item if isinstance(item, str) else str(getattr(item, "text", item))


def named_error(exc: EurefsError, name: str) -> EurefsError:
    """The error with a message that names the reference once, at its start."""
    message = str(exc)
    if message.startswith(f"{name}: ") or (isinstance(exc, ParseError) and name in message):
        return exc
    message = f"{name}: {message}"
    if isinstance(exc, AmbiguousReference):
        return AmbiguousReference(message, name, exc.candidates)
    if isinstance(exc, ResolveError):
        return type(exc)(message, name)
    if isinstance(exc, ParseError):
        return ParseError(message, exc.text)
    return EurefsError(message)


def failed_record(text: str, ref: BaseReference | None, exc: EurefsError) -> ResolveResult:
    """The error record of one input whose reference parsed, or that is a Cellar identifier
    given as such (``ref`` None: the message names the input)."""
    name = ref.normalized if ref is not None else text.strip()
    return ResolveResult(input=text, reference=ref, error=error_info(named_error(exc, name)))


def check_answer(scheme: str, ident: str, doc: Document) -> None:
    """Check that a document Cellar returned for ``scheme:ident`` is about that identifier.

    A notice or SPARQL answer for another work (a mix-up at the service or a
    proxy) must never be returned or cached under the identifier asked for.

    Raises:
        ResponseError: when the document carries neither that identifier nor, for
            ``celex``, that CELEX number.
    """
    wanted = f"{scheme}:{ident}"
    if doc.celex == ident and scheme == "celex":
        return
    if wanted in doc.identifiers:
        return
    if scheme == "eli" and doc.eli == f"{ELI_BASE}/{ident}":
        return
    if scheme == "ecli" and doc.ecli == ident:
        return
    if scheme == "cellar" and doc.cellar_uri == cellar_work_uri(wanted):
        return
    other = doc.celex or doc.cellar_uri or "an unidentified work"
    raise ResponseError(f"Cellar answered with {other}, not with {wanted}; answer not used")


def error_from_record(result: ResolveResult, name: str) -> ResolveError:
    """The exception a failed single resolution of the reference called ``name`` stands
    for (its record names the class)."""
    err = result.error
    assert err is not None
    if err.type == "AmbiguousReference":
        return AmbiguousReference(err.message, name, err.candidates)
    cls = getattr(errors, err.type, ResolveError)
    if not (isinstance(cls, type) and issubclass(cls, ResolveError)):
        cls = ResolveError
    return cls(err.message, name)


def answer_for(
    lk: Lookup,
    matches: dict[str, list[sparql.WorkMatch]],
    docs: dict[str, Document],
    not_works: set[str],
    failed: Mapping[str, ResponseError] | None = None,
) -> Document | EurefsError:
    """:func:`document_for`, checked with :func:`check_answer` for a CELEX, or the error.

    A lookup with a value, or a work named for it, that the service could not answer
    (``failed``: value or work URI -> why) gets that error: what is missing might have
    been its document, or another that makes it ambiguous.
    """
    for value in lk.values:
        named = [value, *(m.work for m in matches.get(value, []))]
        lost = next((failed[n] for n in named if failed and n in failed), None)
        if lost is not None:
            return lost
    try:
        doc = document_for(lk, matches, docs, not_works)
        if lk.route == "celex" and lk.notice is not None:
            check_answer(*lk.notice, doc)  # a CELEX answer carries that CELEX
    except EurefsError as exc:
        return exc
    return doc


def record(item: Any, ref: BaseReference | None, answer: Document | EurefsError) -> ResolveResult:
    """The result of one input whose reference parsed (or, ``ref`` None, of a Cellar
    identifier given as such), from its lookup's answer (a document given with the
    input's own reference)."""
    text = input_text(item)
    if isinstance(answer, EurefsError):
        return failed_record(text, ref, answer)
    document = answer.model_copy(update={"reference": ref})
    return ResolveResult(input=text, reference=ref, document=document)


def asked_works(
    lookups: Iterable[Lookup], matches: dict[str, list[sparql.WorkMatch]]
) -> tuple[list[str], set[str]]:
    """The works the step-1 answer names for the lookups (each once, in order), and the
    URIs it gives as works that are no Cellar work URI."""
    works: dict[str, None] = {}
    not_works: set[str] = set()
    for lk in lookups:
        for v in lk.values:
            for m in matches.get(v, []):
                if is_work_uri(m.work):
                    works[m.work] = None
                else:
                    not_works.add(m.work)
    return list(works), not_works
