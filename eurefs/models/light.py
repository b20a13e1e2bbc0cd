"""The light references of the extraction engine: one class per kind, pydantic-free.

GENERATED from the public models (``eurefs.models.references``) by
``python -m eurefs.models.light_gen``; do not edit.  ``tests/models/test_light.py``
fails when this module differs from what the generator renders, so the fields of a
kind have one home, the public model (see ``eurefs.models.light_gen`` for why this
module is generated and committed rather than built at run time).

The classes carry the public models' names, so the grammar reads the same either way;
the engine makes only these, and ``eurefs.models.public.to_model`` turns one into the
public model at the door of the public API.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from eurefs.kinds import ReferenceKind as ReferenceKind
from eurefs.models.light_base import Field, LightReference

ActType = Literal[
    "regulation",
    "directive",
    "decision",
    "framework_decision",
    "recommendation",
    "joint_action",
    "common_position",
    "common_strategy",
    "opinion",
    "guideline",
]
ComDocType = Literal[
    "COM",
    "JOIN",
    "SEC",
    "SWD",
    "C",
]
ShortFormHow = Literal[
    "defined_term",
    "anaphor",
    "popular_name",
]


class BaseReference(LightReference):
    """Light BaseReference."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, True),
        Field("text", False, True),
        Field("start", False, True),
        Field("end", False, True),
        Field("normalized", False, True),
        Field("celex", False, False, None),
        Field("celex_candidates", True, False),
        Field("eli", False, False, None),
        Field("cellar_ids", True, False),
        Field("eurlex_url", False, False, None),
        Field("lang", False, False, "en"),
        Field("doc_page", False, False, None),
    )
    kind: ReferenceKind
    text: str
    start: int
    end: int
    normalized: str
    celex: str | None
    celex_candidates: list[str]
    eli: str | None
    cellar_ids: list[str]
    eurlex_url: str | None
    lang: str
    doc_page: int | None


class ComDocumentRef(BaseReference):
    """Light ComDocumentRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "com_document"),
        *BaseReference.FIELDS[1:],
        Field("doc_type", False, True),
        Field("year", False, True),
        Field("number", False, True),
        Field("version", False, False, None),
        Field("nature", False, False, None),
    )
    kind: Literal["com_document"]
    doc_type: ComDocType
    year: int
    number: int
    version: int | None
    nature: Literal["proposal", "communication"] | None


class LegalActRef(BaseReference):
    """Light LegalActRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "legal_act"),
        *BaseReference.FIELDS[1:],
        Field("act_type", False, True),
        Field("subtype", False, False, None),
        Field("author", False, False, None),
        Field("domain", False, False, None),
        Field("year", False, False, None),
        Field("number", False, False, None),
        Field("number_first", False, False, False),
        Field("date", False, False, None),
        Field("pinpoint", False, False, None),
    )
    kind: Literal["legal_act"]
    act_type: ActType
    subtype: Literal["delegated", "implementing"] | None
    author: str | None
    domain: str | None
    year: int | None
    number: str | None
    number_first: bool
    date: dt.date | None
    pinpoint: str | None


class OjRef(BaseReference):
    """Light OjRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "oj"),
        *BaseReference.FIELDS[1:],
        Field("series", False, False, None),
        Field("issue", False, False, None),
        Field("year", False, False, None),
        Field("date", False, False, None),
        Field("page", False, False, None),
        Field("last_page", False, False, None),
        Field("act_number", False, False, None),
        Field("item", False, False, None),
        Field("edition", False, False, None),
        Field("edition_period", False, False, None),
        Field("edition_chapter", False, False, None),
        Field("edition_volume", False, False, None),
        Field("publishes", False, False, None),
    )
    kind: Literal["oj"]
    series: str | None
    issue: str | None
    year: int | None
    date: dt.date | None
    page: int | None
    last_page: int | None
    act_number: str | None
    item: int | None
    edition: str | None
    edition_period: str | None
    edition_chapter: int | None
    edition_volume: str | None
    publishes: str | None


class CelexRef(BaseReference):
    """Light CelexRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "celex"),
        *BaseReference.FIELDS[1:],
        Field("sector", False, True),
        Field("year", False, True),
        Field("descriptor", False, True),
        Field("number", False, True),
    )
    kind: Literal["celex"]
    sector: str
    year: int
    descriptor: str
    number: str


class EliRef(BaseReference):
    """Light EliRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "eli"),
        *BaseReference.FIELDS[1:],
        Field("typedoc", False, True),
        Field("year", False, True),
        Field("number", False, True),
        Field("version", False, False, None),
    )
    kind: Literal["eli"]
    typedoc: str
    year: int
    number: str
    version: str | None


class EcliRef(BaseReference):
    """Light EcliRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "ecli"),
        *BaseReference.FIELDS[1:],
        Field("country", False, True),
        Field("court", False, True),
        Field("year", False, True),
        Field("ordinal", False, True),
        Field("pinpoint", False, False, None),
    )
    kind: Literal["ecli"]
    country: str
    court: str
    year: int
    ordinal: str
    pinpoint: str | None


class CaseRef(BaseReference):
    """Light CaseRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "case"),
        *BaseReference.FIELDS[1:],
        Field("court", False, False, None),
        Field("number", False, True),
        Field("year", False, True),
        Field("suffix", False, False, None),
        Field("joined", False, False, False),
        Field("range_end", False, False, None),
        Field("opinion", False, False, False),
        Field("pinpoint", False, False, None),
    )
    kind: Literal["case"]
    court: Literal["C", "T", "F"] | None
    number: int
    year: int
    suffix: str | None
    joined: bool
    range_end: int | None
    opinion: bool
    pinpoint: str | None


class ProcedureRef(BaseReference):
    """Light ProcedureRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "procedure"),
        *BaseReference.FIELDS[1:],
        Field("year", False, True),
        Field("number", False, True),
        Field("procedure_type", False, True),
    )
    kind: Literal["procedure"]
    year: int
    number: str
    procedure_type: str


class TreatyArticleRef(BaseReference):
    """Light TreatyArticleRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "treaty_article"),
        *BaseReference.FIELDS[1:],
        Field("treaty", False, True),
        Field("articles", True, True),
    )
    kind: Literal["treaty_article"]
    treaty: str
    articles: list[str]


class ShortFormRef(BaseReference):
    """Light ShortFormRef."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("kind", False, False, "short_form"),
        *BaseReference.FIELDS[1:],
        Field("how", False, True),
        Field("target_kind", False, False, "legal_act"),
        Field("act_type", False, False, None),
        Field("antecedent", False, False, None),
        Field("antecedent_start", False, False, None),
        Field("antecedent_end", False, False, None),
        Field("name", False, False, None),
        Field("pinpoint", False, False, None),
    )
    kind: Literal["short_form"]
    how: ShortFormHow
    target_kind: ReferenceKind
    act_type: ActType | None
    antecedent: int | None
    antecedent_start: int | None
    antecedent_end: int | None
    name: str | None
    pinpoint: str | None


Reference = (
    ComDocumentRef
    | LegalActRef
    | OjRef
    | CelexRef
    | EliRef
    | EcliRef
    | CaseRef
    | ProcedureRef
    | TreatyArticleRef
    | ShortFormRef
)
"""Any light reference (the light twin of the public ``Reference``)."""
