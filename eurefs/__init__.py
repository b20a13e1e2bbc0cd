"""eurefs: find references to EU documents in text and resolve them.

The public API::

    import eurefs
    refs = eurefs.extract(text)                   # every reference, with exact spans
    ref = eurefs.parse("COM(2021) 752 final")     # one reference given alone
    doc = eurefs.resolve("COM(2021) 752 final")   # the document behind it (Cellar)
    results = eurefs.resolve_many(references)     # batches: a result or an error record each
"""

from __future__ import annotations

# Defined before the imports below: the HTTP client puts it in its User-Agent.
__version__ = "0.1.0"

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
from eurefs.models.results import ResolveResult
from eurefs.resolver import Resolver, resolve, resolve_many
from eurefs.scanner import extract, parse

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
    "ResolveResult",
    "Resolver",
    "ResponseError",
    "ServiceUnavailable",
    "TreatyArticleRef",
    "__version__",
    "extract",
    "parse",
    "resolve",
    "resolve_many",
]
