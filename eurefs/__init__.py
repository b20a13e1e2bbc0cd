"""eurefs: find references to EU documents in text and resolve them.

The public API::

    import eurefs
    refs = eurefs.extract(text)                   # every reference, with exact spans
    doc = eurefs.read_document("act.pdf")         # PDF, DOCX, HTML, Formex or text
    refs = eurefs.extract(doc)                    # ... references carry doc_page
    ref = eurefs.parse("COM(2021) 752 final")     # one reference given alone
    doc = eurefs.resolve("COM(2021) 752 final")   # the document behind it (Cellar)
    results = eurefs.resolve_many(references)     # batches: a result or an error record each
    works = eurefs.group(refs)                    # per cited work: its mentions, full and short
    html = eurefs.annotate(text)                  # the text with every reference linked
"""

from __future__ import annotations

# Defined before the imports below: the HTTP client puts it in its User-Agent.
__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from eurefs.errors import (
    AmbiguousReference,
    CharsetWarning,
    ConfigurationError,
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    EurefsError,
    NoTextLayer,
    NotFound,
    OfflineMiss,
    ParseError,
    ReadError,
    ReaderWarning,
    ResolveError,
    ResponseError,
    ServiceUnavailable,
    UnsafeDocument,
    UnsupportedFormat,
    WrongArgumentType,
)

if TYPE_CHECKING:  # imported lazily at run time, see __getattr__
    from eurefs.annotation import annotate, annotate_html
    from eurefs.chunked import iter_extract
    from eurefs.models import (
        ALL_KINDS,
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
        ShortFormRef,
        TreatyArticleRef,
    )
    from eurefs.models.results import ResolveResult
    from eurefs.parsing import parse
    from eurefs.readers import read_document
    from eurefs.resolver import Resolver, resolve, resolve_many
    from eurefs.scanner import extract
    from eurefs.text import DocumentText
    from eurefs.works import CitedWork, group

# Where each public name lives.  They are imported on first use, so that
# ``eurefs parse`` does not pay for the HTTP stack and ``import eurefs`` stays cheap.
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        ("KINDS", "ALL_KINDS", "CaseRef", "CelexRef", "ComDocumentRef", "EcliRef", "EliRef",
         "LegalActRef", "OjRef", "ProcedureRef", "Reference", "ShortFormRef", "TreatyArticleRef"),
        "eurefs.models.references",
    ),
    "Document": "eurefs.models.document",
    "ResolveResult": "eurefs.models.results",
    "Resolver": "eurefs.resolver",
    "resolve": "eurefs.resolver",
    "resolve_many": "eurefs.resolver",
    "extract": "eurefs.scanner",
    "iter_extract": "eurefs.chunked",
    "parse": "eurefs.parsing",
    "read_document": "eurefs.readers",
    "DocumentText": "eurefs.text",
    "annotate": "eurefs.annotation",
    "annotate_html": "eurefs.annotation",
    "group": "eurefs.works",
    "CitedWork": "eurefs.works",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'eurefs' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "ALL_KINDS",
    "KINDS",
    "AmbiguousReference",
    "CaseRef",
    "CelexRef",
    "CharsetWarning",
    "CitedWork",
    "ComDocumentRef",
    "ConfigurationError",
    "CorruptDocument",
    "Document",
    "DocumentText",
    "DocumentTooLarge",
    "EcliRef",
    "EliRef",
    "EncryptedDocument",
    "EurefsError",
    "LegalActRef",
    "NoTextLayer",
    "NotFound",
    "OfflineMiss",
    "OjRef",
    "ParseError",
    "ProcedureRef",
    "ReadError",
    "ReaderWarning",
    "Reference",
    "ResolveError",
    "ResolveResult",
    "Resolver",
    "ResponseError",
    "ServiceUnavailable",
    "ShortFormRef",
    "TreatyArticleRef",
    "UnsafeDocument",
    "UnsupportedFormat",
    "WrongArgumentType",
    "__version__",
    "annotate",
    "annotate_html",
    "extract",
    "group",
    "iter_extract",
    "parse",
    "read_document",
    "resolve",
    "resolve_many",
]
