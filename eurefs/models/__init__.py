"""Models: references found in text and documents resolved from them.

Every name is imported on first use: the extraction engine imports the light
references of ``eurefs.models.light`` from this package, and ``eurefs parse`` and
``eurefs extract`` must not import pydantic (start-up, issue 10).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eurefs.models.document import Concept, Document, DocumentUrls, OjPublication, Relations
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

_DOCUMENT_NAMES = frozenset({"Concept", "Document", "DocumentUrls", "OjPublication", "Relations"})


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'eurefs.models' has no attribute {name!r}")
    import importlib

    module = "document" if name in _DOCUMENT_NAMES else "references"
    value = getattr(importlib.import_module(f"eurefs.models.{module}"), name)
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
