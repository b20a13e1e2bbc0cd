"""What the resolver makes of an answer: trust checks, error messages and records.

Kept apart from :mod:`eurefs.resolver` so that the rules are in one small place:
an answer must be about what was asked (:func:`check_answer`), every error
message names the reference once, at its start (:func:`named_error`), and a
batch record and a raised error say the same thing (:func:`failed_record`,
:func:`error_from_record`).
"""

from __future__ import annotations

from typing import Any

from eurefs import errors
from eurefs.cellar import sparql
from eurefs.cellar.sparql_ids import is_work_uri as is_work_uri
from eurefs.errors import (
    AmbiguousReference,
    EurefsError,
    ParseError,
    ResolveError,
    ResponseError,
)
from eurefs.identifiers import ELI_BASE
from eurefs.models.document import Document
from eurefs.models.references import BaseReference
from eurefs.models.results import ResolveResult, error_info

__all__ = [
    "check_answer",
    "error_from_record",
    "failed_record",
    "input_text",
    "is_work_uri",
    "named_error",
    "procedure_rank",
]


def procedure_rank(m: sparql.WorkMatch) -> int:
    """Adopted act first; a dossier also "produces" Council documents and OJ C items,
    so only a sector-3 CELEX (legislation) counts as the adopted act."""
    if m.via == "adopted_act":
        return 0 if (m.celex or "").startswith("3") else 3
    return {"self": 1, "proposal": 2}.get(m.via, 4)


def input_text(item: Any) -> str:
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


def failed_record(text: str, ref: BaseReference, exc: EurefsError) -> ResolveResult:
    """The error record of one input whose reference parsed."""
    return ResolveResult(
        input=text, reference=ref, error=error_info(named_error(exc, ref.normalized))
    )


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
    other = doc.celex or doc.cellar_uri or "an unidentified work"
    raise ResponseError(f"Cellar answered with {other}, not with {wanted}; answer not used")


def error_from_record(result: ResolveResult, ref: BaseReference) -> ResolveError:
    """The exception a failed single resolution stands for (its record names the class)."""
    err = result.error
    assert err is not None
    if err.type == "AmbiguousReference":
        return AmbiguousReference(err.message, ref.normalized, err.candidates)
    cls = getattr(errors, err.type, ResolveError)
    if not (isinstance(cls, type) and issubclass(cls, ResolveError)):
        cls = ResolveError
    return cls(err.message, ref.normalized)
