"""Typed errors raised by eurefs.

Every failure a user can meet is one of these classes, so scripts can catch
``eurefs.EurefsError`` and batch runs can turn any of them into an error record.
"""

from __future__ import annotations


class EurefsError(Exception):
    """Base class of every error eurefs raises on purpose."""


class ParseError(EurefsError, ValueError):
    """A string is not exactly one EU reference (or an identifier fails its grammar).

    Attributes:
        text: The input that could not be parsed.
    """

    def __init__(self, message: str, text: str = "") -> None:
        super().__init__(message)
        self.text = text


class ConfigurationError(EurefsError, ValueError):
    """An option or setting is invalid (an endpoint that is not an http(s) URL, a bad timeout,
    an unknown reference kind or output format)."""


class WrongArgumentType(EurefsError, TypeError):
    """A public function was given an argument of a type it does not take
    (``extract(None)``, ``extract(b"...")``, ``kinds=5``, ``group([1])``); also a TypeError."""


class ResolveError(EurefsError):
    """A reference could not be resolved into a document.

    Attributes:
        reference: The normalised reference (or raw input) that failed, if known.
    """

    def __init__(self, message: str, reference: str | None = None) -> None:
        super().__init__(message)
        self.reference = reference


class NotFound(ResolveError):
    """The Publications Office does not know the reference."""


#: What a :class:`NotFound` says, when Cellar answers and when the cache replays the
#: answer (``… (cached)``): one text, so that an offline run reads as the live one did.
NOT_IN_CELLAR = "not found in Cellar"


class AmbiguousReference(ResolveError):
    """The reference matches several works; ``candidates`` lists them (CELEX or Cellar URIs)."""

    def __init__(
        self, message: str, reference: str | None = None, candidates: list[str] | None = None
    ) -> None:
        super().__init__(message, reference)
        self.candidates: list[str] = list(candidates or [])


class ServiceUnavailable(ResolveError):
    """The service could not be reached or kept failing after all retries."""


class ResponseError(ResolveError):
    """The service answered with something eurefs cannot read (bad XML/JSON, XML bomb, ...)."""


class OfflineMiss(ResolveError):
    """Offline mode was requested and the cache holds no answer for the reference."""


class ReadError(EurefsError):
    """A document could not be read into text.

    Attributes:
        source: The path or name of the document.
    """

    def __init__(self, message: str, source: str = "") -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source


class UnsupportedFormat(ReadError):
    """The content is not one of the formats eurefs reads (or not the one asked for)."""


class CorruptDocument(ReadError):
    """The file claims a format but is damaged or truncated."""


class EncryptedDocument(ReadError):
    """The PDF is encrypted and does not open without a password."""


class NoTextLayer(ReadError):
    """The PDF has pages but no text on them (a scan): it needs OCR first."""


class UnsafeDocument(ReadError):
    """The input is refused as hostile: XML entity declarations, a zip bomb, oversized parts."""


class DocumentTooLarge(ReadError):
    """The input has more bytes than its reader takes (:mod:`eurefs.readers.limits`)."""


class ReaderWarning(UserWarning):
    """A document was read, but not quite as it says it should be (the text may be off).

    Attributes:
        source: The path or name of the document.
        detail: What happened, without the source.
    """

    def __init__(self, message: str, source: str = "") -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source
        self.detail = message


class CharsetWarning(ReaderWarning):
    """An HTML page's declared charset does not fit its bytes; it was read as its bytes are.

    Attributes:
        declared: The charset the page declares (None when it declares none).
        used: The encoding the page was read with (a Python codec name).
    """

    def __init__(self, message: str, source: str, declared: str | None, used: str) -> None:
        super().__init__(message, source)
        self.declared = declared
        self.used = used
