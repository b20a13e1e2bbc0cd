"""The bodies of international agreements as a language names them: a part of its record
(``Language.agreement_bodies``; read in ``grammar/agreement_bodies`` and
``grammar/agreement_decisions``)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from eurefs.records import field, record


@record
class AgreementBodyWords:
    """The bodies of international agreements whose numbered decisions are not EU acts.

    Attributes:
        before / after: Regular expressions for the bodies on the language's list (no
            CELEX for their decisions): just before the type word (ending in ``$``) / just
            after the number.  Their group ``body`` is the body's name, which goes into
            the span, the normal form and ``author``.
        any_before / any_after: The same for a body on no list, read by its form (``of
            the EU-Korea Trade Committee``, a name then ``Committee``, ``Council``,
            ``Board`` ...): a decision numbered without an EU domain that such a body
            follows (or precedes) gets no CELEX.  A name equal to one of the record's
            institutions (``authors``, ``author_phrases``, ``back_references.authors``:
            ``of the Council``) is not a body: that decision keeps its CELEX.
        between: The same for a body written between a number written first and the
            type word (Hungarian ``az 1/80 társulási tanácsi határozat``, the body as an
            adjective).
        words: Words that are by themselves a body's decision, written form -> (normal
            form, the body): German ``ARB`` and ``Assoziationsratsbeschluss`` (``Art. 6
            ARB 1/80``).
    """

    before: str | None = None
    after: str | None = None
    any_before: str | None = None
    any_after: str | None = None
    between: str | None = None
    words: Mapping[str, tuple[str, str]] = field(default_factory=lambda: MappingProxyType({}))
