"""``eurefs extract --group``: one record per cited work instead of one per reference."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eurefs.models.light_base import LightReference
    from eurefs.models.references import BaseReference

GROUP_COLUMNS = ("work", "label", "kind", "celex", "mentions", "spans")


def work_records(
    refs: Iterable[LightReference | BaseReference], *, doc: str | None = None, flat: bool = False
) -> Iterator[dict[str, Any]]:
    """One record per work: its key, label, kind, CELEX, number of mentions and spans.

    ``spans`` are ``[start, end]`` pairs in text order, or ``"start-end"`` strings
    when ``flat`` (for CSV and the table, where a list of pairs reads badly).
    """
    # here: only --group needs them (start-up, issue 10)
    from eurefs.models.public import as_model
    from eurefs.works import group

    for work in group([as_model(r) for r in refs]):
        spans: list[Any] = [
            f"{r.start}-{r.end}" if flat else [r.start, r.end] for r in work.references
        ]
        rec: dict[str, Any] = {} if doc is None else {"doc": doc}
        rec.update(
            work=work.key,
            label=work.label,
            kind=work.kind,
            celex=work.celex,
            mentions=work.mentions,
            spans=spans,
        )
        yield rec
