"""Models: references found in text and documents resolved from them."""

from eurefs.models.document import Concept, Document, DocumentUrls, OjPublication, Relations
from eurefs.models.references import (
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
    TreatyArticleRef,
)

__all__ = [
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
    "TreatyArticleRef",
]
