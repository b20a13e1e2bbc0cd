"""The works a text cites: its references grouped by the work they name.

A work is keyed by its CELEX number when the reference gives one; otherwise
by kind and normalised form (``com_document:COM(2021) 752 final``), and
Treaty articles by their Treaty (``treaty:TFEU``), so ``Article 6 TEU`` and
``Article 2 TEU`` count as two mentions of the TEU; an Official Journal citation
that gives the publication of the act cited before it (``publishes``:
``Directive 95/46/EC ... (OJ L 281, 23.11.1995, p. 31)``) counts for that act.  Back-references
(``short_form``: ``the GDPR``, ``that Directive``) count for the work they
point to.  The report's table, the citation graph and :func:`group` (eyecite's
``resolve_citations`` for EU law) all use this grouping.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, cast

from eurefs.arguments import checked_references
from eurefs.work_keys import work_key, work_kind, work_label

if TYPE_CHECKING:
    from eurefs.models.references import BaseReference

__all__ = ["CitedWork", "cited_works", "group", "range_members", "work_key", "work_label"]


class _OfRange(Protocol):  # a CaseRef's fields (read by kind: no pydantic import here)
    number: int
    range_end: int | None


@dataclass
class CitedWork:
    """One work and its mentions in a text.

    Attributes:
        key: See :func:`work_key`.
        label: The normalised form of the first mention (the Treaty for articles).
        kind: The kind of the first mention.
        celex: The CELEX number, when the text gives it.
        references: Every mention, in text order.
    """

    key: str
    label: str
    kind: str
    celex: str | None
    references: list[BaseReference] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        """How many times the text cites the work."""
        return len(self.references)

    @property
    def first(self) -> BaseReference:
        """The first mention."""
        return self.references[0]


#: At most this many cases inside ranges are listed for one text: a real text has a few
#: dozen, while a text made of ranges (``C-1/01 to C-99/01, `` x 3,000, 96 KB) would make
#: 291,000 references (4 s, 500 MB); past it a warning says the rest are left out.
MAX_RANGE_MEMBERS = 2000


def cited_works(references: Iterable[BaseReference]) -> list[CitedWork]:
    """The works cited by ``references``, in order of first mention."""
    works: dict[str, CitedWork] = {}
    room, warned = MAX_RANGE_MEMBERS, False
    for written in sorted(references, key=lambda r: (r.start, r.end)):
        members = range_members(written, room + 1)  # (one more: whether the cap cuts it)
        if len(members) > room:
            members = members[:room]
            if not warned:
                warnings.warn(_TOO_MANY, stacklevel=3)
                warned = True
        room -= len(members)
        for ref in (written, *members):
            key = work_key(ref)
            work = works.get(key)
            if work is None:
                work = works[key] = CitedWork(key, work_label(ref), work_kind(ref), ref.celex)
            work.references.append(ref)
    return list(works.values())


_TOO_MANY = (
    f"more than {MAX_RANGE_MEMBERS} cases inside ranges of cases in one text: the cases "
    "inside the later ranges are not listed as works (their ranges' ends are)"
)


def range_members(ref: BaseReference, most: int = MAX_RANGE_MEMBERS) -> list[BaseReference]:
    """The cases between the two numbers of a range of cases, which the text cites without
    writing their numbers (``C-250/99 P to C-252/99 P``: C-251/99 P; the first number
    carries ``range_end``), ``most`` of them at the most.  Each is the first number's
    reference (its span, where the range is written) with the case's own number, normal
    form and Cellar id."""
    if ref.kind != "case" or not (last := cast(_OfRange, ref).range_end):
        return []
    number = cast(_OfRange, ref).number
    last = min(last, number + 1 + most)
    written = re.compile(rf"(?<![0-9]){number}(?=/)")
    return [
        ref.model_copy(
            update={
                "number": n,
                "normalized": written.sub(str(n), ref.normalized, count=1),
                "cellar_ids": [written.sub(str(n), i, count=1) for i in ref.cellar_ids],
                "range_end": None,
            }
        )
        for n in range(number + 1, last)
    ]


def group(references: Iterable[BaseReference]) -> list[CitedWork]:
    """Every cited work with all its mentions, full and short, in text order.

    The EU counterpart of eyecite's ``resolve_citations``: ``Regulation (EU)
    2016/679``, ``the GDPR`` and ``that regulation`` in one text are one work
    with three mentions.  Works come in order of first mention.

    Args:
        references: The output of ``eurefs.extract`` (or any references of one text).

    Raises:
        WrongArgumentType: (a TypeError) for a string (a text is extracted first:
            ``group(extract(text))``), or anything but an iterable of references.
    """
    return cited_works(checked_references("group", references))
