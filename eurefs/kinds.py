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

#: Formats eurefs reads, the values of ``--input-format`` (:mod:`eurefs.readers`).
INPUT_FORMATS: tuple[str, ...] = ("pdf", "docx", "html", "formex", "text")
