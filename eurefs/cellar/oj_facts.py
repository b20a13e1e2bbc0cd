"""The Official Journal issues a work was published in: raw facts per issue, and what they say.

Both resolution paths file what Cellar says of each issue a work is linked to
(``cdm:resource_legal_published_in_official-journal``) under the issue's URI, an
:class:`OjFacts` each; :func:`publications` turns them into one
:class:`~eurefs.models.document.OjPublication` per issue, and :func:`summary` into the
one a Document shows as ``oj``.  A work linked to two issues keeps each issue's own
facts (its number, year, date, and the page and ``oj`` alias that name that issue),
and the summary holds only what both say: never one issue's number with the other's
date, nor a page or alias of one of them as the work's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import unquote

from eurefs.identifiers import OJ_PAGE_ALIAS_RE, URISERV_RE, resource_scheme_id
from eurefs.models.document import OjPublication

__all__ = ["OjFacts", "publications", "summary"]

_T = TypeVar("_T")


@dataclass
class OjFacts:
    """Raw facts about one Official Journal issue a work was published in.

    Attributes:
        uri: URI of the OJ work (Cellar URI).
        numbers: ``cdm:official-journal_number`` values (``001``).
        years: ``cdm:official-journal_year`` values.
        collections: URIs of ``cdm:official-journal_part_of_collection_document``
            (``.../document-collection/OJ-L``).
        dates: ``cdm:work_date_document`` of the OJ work (the issue date).
    """

    uri: str
    numbers: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)


def _one(values: Iterable[_T]) -> _T | None:
    """The value Cellar gives, None when it gives none or several (no pick among them)."""
    found = set(values)
    return next(iter(found)) if len(found) == 1 else None


def _issue_of(scheme: str, ident: str) -> tuple[str | None, int | None, str | None]:
    """(series, year, issue) a classic ``oj`` page alias or ``uriserv`` id names (Nones
    for any other id: it names no issue)."""
    m = (OJ_PAGE_ALIAS_RE if scheme == "oj" else URISERV_RE).fullmatch(ident)
    if m is None:
        return None, None, None
    issue: str = m["issue"]
    return m["series"], int(m["year"]), str(int(issue)) if issue.isdigit() else issue


def publications(
    issues: Iterable[OjFacts],
    sameas: Iterable[str],
    expression_sameas: Iterable[str],
    parse_date: Callable[[str], dt.date | None],
) -> list[OjPublication]:
    """One publication per issue, sorted by date, series, issue.

    The page is that of the work's ``uriserv`` expression ids, its ``uri`` the work's
    ``oj`` alias: with one issue, all of them (several pages or none: no page); with
    several, those that name the issue's series, year and number, so a page or alias
    is never given to an issue it does not name.
    """
    issues = list(issues)
    aliases = sorted(s for s in map(resource_scheme_id, sameas) if s and s[0] == "oj")
    pages = [s for s in map(resource_scheme_id, expression_sameas) if s and s[0] == "uriserv"]
    out = [_publication(oj, aliases + pages, parse_date, alone=len(issues) == 1) for oj in issues]
    return sorted(out, key=lambda p: (str(p.date), p.series or "", p.issue or "", p.uri or ""))


def _publication(
    oj: OjFacts,
    ids: list[tuple[str, str]],
    parse_date: Callable[[str], dt.date | None],
    *,
    alone: bool,
) -> OjPublication:
    """The facts of one issue, with the page and ``oj`` alias of the ids that name it
    (all of them when it is the work's only issue)."""
    codes = {unquote(c.rstrip("/").rsplit("/", 1)[-1]) for c in oj.collections}
    series = _one(c[3:] for c in codes if c.startswith("OJ-") and c[3:])
    numbers = {n.strip() for n in oj.numbers if n.strip()}
    issue = _one(str(int(n)) if n.isdigit() else n for n in numbers)
    year = _one(int(y) for y in oj.years if y.strip().isdigit())
    date = _one(d for d in map(parse_date, oj.dates) if d is not None)
    key = (series, year, issue)
    own = [(s, i) for s, i in ids if alone or (None not in key and _issue_of(s, i) == key)]
    page = _one(
        int(m["page"]) for s, i in own if s == "uriserv" and (m := URISERV_RE.match(i)) is not None
    )
    uri = next((f"oj:{i}" for s, i in own if s == "oj"), None)
    return OjPublication(series=series, issue=issue, year=year, date=date, page=page, uri=uri)


def summary(found: list[OjPublication]) -> OjPublication | None:
    """The work's one publication; for several, what all of them say (a field they
    differ on, or one of them does not give, is None)."""
    if not found:
        return None

    def agreed(name: str) -> object:
        values = [getattr(p, name) for p in found]
        return values[0] if None not in values and len(set(values)) == 1 else None

    return OjPublication.model_validate({name: agreed(name) for name in OjPublication.model_fields})
