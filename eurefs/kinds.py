"""The reference kinds and the input formats, without the models or the readers: what the
command line needs to build its parser.

``eurefs.models.references`` re-exports the kinds and :mod:`eurefs.readers` the input
formats; this module exists so that ``eurefs --help`` need not import pydantic or the
readers.
"""

from __future__ import annotations

from typing import Literal, get_args

# The order is the one of KINDS, then short_form (last: KINDS is every name before it).
ReferenceKind = Literal[
    "com_document",
    "legal_act",
    "oj",
    "celex",
    "eli",
    "ecli",
    "case",
    "procedure",
    "treaty_article",
    "short_form",
]

#: The nine kinds of full references, in the order used for documentation and scoring.
KINDS: tuple[ReferenceKind, ...] = get_args(ReferenceKind)[:-1]

#: The kind of back-references (``the GDPR``, ``that Regulation``): see ``ShortFormRef``.
SHORT_FORM: Literal["short_form"] = "short_form"

#: Every kind ``extract`` can return: the full kinds, then ``short_form``.
ALL_KINDS: tuple[ReferenceKind, ...] = (*KINDS, SHORT_FORM)


class KindFacts:
    """The plain facts of a kind, from which the tables keyed by kind are derived (the
    lookups' :data:`eurefs.lookup.BY_CELEX`, the links' reasons
    ``annotation/links.NO_SINGLE_DOCUMENT``, the report's ``report/assets.KIND_STYLES``)."""

    # (a plain class: a ``NamedTuple`` compiled each of its field's annotations, strings
    # here, when this module was imported: ~11M instructions of every ``eurefs --help``)
    __slots__ = ("background", "by_celex", "foreground", "label", "no_single_document")

    def __init__(
        self,
        label: str,
        background: str,
        foreground: str,
        *,
        by_celex: bool = False,
        no_single_document: str | None = None,
    ) -> None:
        #: The report's legend label.
        self.label = label
        #: Its colours in the report (background, text).
        self.background = background
        self.foreground = foreground
        #: Looked up by the CELEX number its text gave, where it gave one.
        self.by_celex = by_celex
        #: Why a reference of the kind names no single document, whatever the target
        #: (None: it may name one); said where a linked text has no link for it.
        self.no_single_document = no_single_document


#: One row a kind (mypy checks each key against the kinds), in the report's legend order.
KIND_FACTS: dict[ReferenceKind, KindFacts] = {
    "legal_act": KindFacts("Legal acts", "#cfe2ff", "#0a4fb3", by_celex=True),
    "com_document": KindFacts("Commission documents", "#ffe1b0", "#8f4a00"),
    "oj": KindFacts(
        "Official Journal",
        "#e5dcf5",
        "#5a32a3",
        no_single_document="an Official Journal citation names a page, not one document",
    ),
    "celex": KindFacts("CELEX numbers", "#cdeee4", "#0c6651", by_celex=True),
    "eli": KindFacts("ELI", "#d2f1f9", "#086578", by_celex=True),
    "ecli": KindFacts("ECLI", "#f9d5d9", "#9c1f2c"),
    "case": KindFacts(
        "Case numbers",
        "#ffd5e8",
        "#8c0050",
        no_single_document="a case number names several documents (judgment, opinions, orders)",
    ),
    "procedure": KindFacts(
        "Procedures",
        "#e3e6ea",
        "#3d4349",
        no_single_document="a procedure groups several documents (proposal, positions, act)",
    ),
    "treaty_article": KindFacts(
        "Treaty articles",
        "#fff0a6",
        "#6b5500",
        no_single_document="a Treaty article is part of a Treaty, not a document of its own",
    ),
    "short_form": KindFacts("Short forms", "#e6f4d2", "#3f6212", by_celex=True),
}

#: Formats eurefs reads, the values of ``--input-format`` (:mod:`eurefs.readers`).
INPUT_FORMATS: tuple[str, ...] = ("pdf", "docx", "html", "formex", "text")
