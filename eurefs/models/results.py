"""Outcomes of batch resolution: one :class:`ResolveResult` per input."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from eurefs.errors import AmbiguousReference
from eurefs.models.document import Document
from eurefs.models.frozen import FrozenModel
from eurefs.models.references import Reference


class ErrorInfo(FrozenModel):
    """Why one input failed: the error class name, its message and any candidates."""

    model_config = ConfigDict(frozen=True)

    type: str
    message: str
    candidates: list[str] = Field(default_factory=list)


class ResolveResult(FrozenModel):
    """The outcome for one input of a batch: a document or an error, never both.

    Attributes:
        input: The input as given (a string, or the reference's text).
        reference: The parsed reference (None when the input did not parse, or is a
            Cellar identifier looked up as it is: :func:`eurefs.lookup.identifier_lookup`).
        document: The resolved document, on success.
        error: What went wrong, on failure.
    """

    model_config = ConfigDict(frozen=True)

    input: str
    reference: Reference | None = None
    document: Document | None = None
    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        """True when a document was found."""
        return self.document is not None


def error_info(exc: Exception) -> ErrorInfo:
    """The record of an exception: class name, message, and candidates if ambiguous."""
    cands = exc.candidates if isinstance(exc, AmbiguousReference) else []
    return ErrorInfo(type=type(exc).__name__, message=str(exc), candidates=cands)
