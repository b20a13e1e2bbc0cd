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
    kind of its target is keyed like the full reference it stands for; an Official
    Journal citation by the page it names (``oj:OJ 2016 L 119, p. 1``), so the same page
    cited in two languages or two forms is one work.  Takes the
    public models and the engine's light references alike (read by kind, so the
    CSV writer and :mod:`eurefs.dask` need not build pydantic models for it).
    """
    if ref.celex:
        return ref.celex
    if ref.kind == "oj":
        publishes: str | None = getattr(ref, "publishes", None)
        if publishes:
            return publishes  # the publication of the act cited before it
        page = _oj_page(ref)
        if page is not None:
            return f"oj:{page}"
    elif ref.kind == "treaty_article":
        return f"treaty:{cast(_OfTreaty, ref).treaty}"
    return f"{work_kind(ref)}:{ref.normalized}"


class _OfOj(Protocol):
    series: str | None
    issue: str | None
    year: int | None
    page: int | None
    act_number: str | None


def _oj_page(ref: AnyReference) -> str | None:
    """The page (or act) an OJ citation names, written one way whatever the citation's
    language and form (``OJ 2016 L 119, p. 1`` for ``JO L 119 du 4.5.2016, p. 1`` and
    ``OJ L 119, 4.5.2016, pp. 1-88``; ``OJ L, 2024/1689``), read back by
    :func:`eurefs.parse`; None where the citation names no page Cellar knows by an id."""
    if not ref.cellar_ids:
        return None
    oj = cast(_OfOj, ref)
    if oj.act_number and oj.series:
        return f"OJ {oj.series}, {oj.act_number}"
    if oj.series and oj.year and oj.issue and oj.page is not None:
        return f"OJ {oj.year} {oj.series} {oj.issue}, p. {oj.page}"
    return None


def work_label(ref: AnyReference) -> str:
    """How people name the work: the normalised form, or for an article the Treaty's
    abbreviation in the language of the reference (``article 8 TUE``: ``TUE``, where
    the work's key says ``treaty:TEU``)."""
    if ref.kind == "treaty_article" and not ref.celex:
        treaty = cast(_OfTreaty, ref).treaty
        # (the records are built by now: the grammar that made the reference reads them)
        from eurefs.languages import BY_CODE

        record = BY_CODE.get(ref.lang)
        written = record.treaties.get(treaty) if record is not None else None
        return written.code if written is not None else treaty
    return ref.normalized
