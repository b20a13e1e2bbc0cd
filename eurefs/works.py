"""The works a text cites: its references grouped by the work they name.

A work is keyed by its CELEX number when the reference gives one; otherwise
by kind and normalised form (``com_document:COM(2021) 752 final``), and
Treaty articles by their Treaty (``treaty:TFEU``), so ``Article 6 TEU`` and
``Article 2 TEU`` count as two mentions of the TEU.  The report's table and
the citation graph both use this grouping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from eurefs.models.references import BaseReference, TreatyArticleRef


def work_key(ref: BaseReference) -> str:
    """The key of the work a reference names (``32016R0679``, ``treaty:TFEU``...).

    A back-reference (a short form such as ``that Regulation``) that carries the
    kind of its target is keyed like the full reference it stands for.
    """
    if ref.celex:
        return ref.celex
    if isinstance(ref, TreatyArticleRef):
        return f"treaty:{ref.treaty}"
    target_kind = getattr(ref, "target_kind", None)
    return f"{target_kind or ref.kind}:{ref.normalized}"


def work_label(ref: BaseReference) -> str:
    """How people name the work: the normalised form, or the Treaty for an article."""
    if isinstance(ref, TreatyArticleRef) and not ref.celex:
        return ref.treaty
    return ref.normalized


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


def cited_works(references: Iterable[BaseReference]) -> list[CitedWork]:
    """The works cited by ``references``, in order of first mention."""
    works: dict[str, CitedWork] = {}
    for ref in sorted(references, key=lambda r: (r.start, r.end)):
        key = work_key(ref)
        work = works.get(key)
        if work is None:
            work = works[key] = CitedWork(key, work_label(ref), ref.kind, ref.celex)
        work.references.append(ref)
    return list(works.values())
