"""eurefs: find references to EU documents in text and resolve them.

The public API::

    import eurefs
    refs = eurefs.extract(text)          # every reference, with exact spans
    ref = eurefs.parse("COM(2021) 752 final")
"""

from __future__ import annotations

from eurefs.errors import (
    AmbiguousReference,
    EurefsError,
    NotFound,
    OfflineMiss,
    ParseError,
    ResolveError,
    ResponseError,
    ServiceUnavailable,
)
from eurefs.models import (
    KINDS,
    CaseRef,
    CelexRef,
    ComDocumentRef,
    Document,
    EcliRef,
    EliRef,
    LegalActRef,
    OjRef,
    ProcedureRef,
    Reference,
    TreatyArticleRef,
)

__version__ = "0.1.0"

__all__ = [
    "KINDS",
    "AmbiguousReference",
    "CaseRef",
    "CelexRef",
    "ComDocumentRef",
    "Document",
    "EcliRef",
    "EliRef",
    "EurefsError",
    "LegalActRef",
    "NotFound",
    "OfflineMiss",
    "OjRef",
    "ParseError",
    "ProcedureRef",
    "Reference",
    "ResolveError",
    "ResponseError",
    "ServiceUnavailable",
    "TreatyArticleRef",
    "__version__",
]

from eurefs.scanner import extract, parse

__all__ += ["extract", "parse"]

from eurefs.resolver import (  # noqa: E402
    Resolver,
    ResolveResult,
    resolve,
    resolve_many,
)

__all__ += ["ResolveResult", "Resolver", "resolve", "resolve_many"]
