"""Models: references found in text and documents resolved from them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eurefs.models.references import (
    ALL_KINDS,
    KINDS,
    REFERENCE_ADAPTER,
    BaseReference,
    CaseRef,
    CelexRef,
    ComDocumentRef,
    EcliRef,
    EliRef,
    LegalActRef,
    OjRef,
    ProcedureRef,
    Reference,
    ReferenceKind,
    ShortFormRef,
    TreatyArticleRef,
)

if TYPE_CHECKING:
    from eurefs.models.document import Concept, Document, DocumentUrls, OjPublication, Relations

# The document models are imported on first use: extraction (``eurefs parse``,
# ``eurefs extract``) needs only the references.
_DOCUMENT_NAMES = frozenset({"Concept", "Document", "DocumentUrls", "OjPublication", "Relations"})


def __getattr__(name: str) -> Any:
    if name not in _DOCUMENT_NAMES:
        raise AttributeError(f"module 'eurefs.models' has no attribute {name!r}")
    from eurefs.models import document

    value = getattr(document, name)
    globals()[name] = value
    return value


__all__ = [
    "ALL_KINDS",
    "KINDS",
    "REFERENCE_ADAPTER",
    "BaseReference",
    "CaseRef",
    "CelexRef",
    "ComDocumentRef",
    "Concept",
    "Document",
    "DocumentUrls",
    "EcliRef",
    "EliRef",
    "LegalActRef",
    "OjPublication",
    "OjRef",
    "ProcedureRef",
    "Reference",
    "ReferenceKind",
    "Relations",
    "ShortFormRef",
    "TreatyArticleRef",
]
