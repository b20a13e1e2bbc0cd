"""The key of the work a reference names, for either model of a reference.

Kept apart from :mod:`eurefs.works` (the grouping) so that the CLI's records and
:mod:`eurefs.dask` can carry each reference's ``work`` without importing
``dataclasses`` and pydantic (start-up of ``eurefs extract``, issue 10).  See
:mod:`eurefs.works` for what counts as one work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Union, cast

if TYPE_CHECKING:  # read by kind at run time: no pydantic for the CSV writer (start-up)
    from eurefs.models import light
    from eurefs.models.references import BaseReference

#: a public model, or the engine's light reference of the same kind
AnyReference = Union["BaseReference", "light.BaseReference"]


class _OfTreaty(Protocol):
    treaty: str


def work_kind(ref: AnyReference) -> str:
    """The kind of the work: a short form's target kind, else the reference's own."""
    target: str | None = getattr(ref, "target_kind", None)
    return target if ref.kind == "short_form" and target else ref.kind


def work_key(ref: AnyReference) -> str:
    """The key of the work a reference names (``32016R0679``, ``treaty:TFEU``...).

    A back-reference (a short form such as ``that Regulation``) that carries the
    kind of its target is keyed like the full reference it stands for.  Takes the
    public models and the engine's light references alike (read by kind, so the
    CSV writer and :mod:`eurefs.dask` need not build pydantic models for it).
    """
    if ref.celex:
        return ref.celex
    if ref.kind == "oj":
        publishes: str | None = getattr(ref, "publishes", None)
        if publishes:
            return publishes  # the publication of the act cited before it
    elif ref.kind == "treaty_article":
        return f"treaty:{cast(_OfTreaty, ref).treaty}"
    return f"{work_kind(ref)}:{ref.normalized}"


def work_label(ref: AnyReference) -> str:
    """How people name the work: the normalised form, or the Treaty for an article."""
    if ref.kind == "treaty_article" and not ref.celex:
        return cast(_OfTreaty, ref).treaty
    return ref.normalized
