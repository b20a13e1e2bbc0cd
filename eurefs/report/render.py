"""The report page: one self-contained HTML file (style, script and charts inline)."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Sequence

from eurefs.export.items import document_title
from eurefs.models.references import BaseReference
from eurefs.report.assets import CSS, JS, KIND_STYLES, kind_label
from eurefs.report.chart import Bar, column_bars, horizontal_bars
from eurefs.report.html_text import html_text as _esc
from eurefs.report.model import ReportInput, WorkRow, mark_id

# Nothing may load from outside the page: a browser blocks (and reports) any attempt.
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
_TOP_WORKS = 25


def _kinds_in_order(kinds: set[str]) -> list[str]:
    known = [k for k in KIND_STYLES if k in kinds]
    return known + sorted(kinds - set(known))


def _filters(inputs: Sequence[ReportInput], rows: Sequence[WorkRow]) -> str:
    # Every kind that has a highlight gets a box (a short form may never start a row).
    mentions: Counter[str] = Counter(str(ref.kind) for doc in inputs for ref in doc.references)
    mentions.update({r.kind: 0 for r in rows})
    boxes = "".join(
        f'<label><input type="checkbox" value="{_esc(k)}" checked> '
        f'<span class="swatch k-{_esc(k)}" aria-hidden="true"></span>'
        f"{_esc(kind_label(k))} ({mentions[k]})</label>"
        for k in _kinds_in_order(set(mentions))
    )
    return (
        '<section aria-labelledby="filters-h"><h2 id="filters-h">Filter by kind</h2>'
        '<fieldset class="filters"><legend>Kinds shown (number of mentions)</legend>'
        f'{boxes}</fieldset><p id="shown" aria-live="polite">{len(rows)} of {len(rows)} '
        "works shown</p></section>"
    )


def _year_bars(years: Counter[int]) -> list[Bar]:
    """One bar per year from the first to the last, empty years included (a true axis)."""
    if not years:
        return []
    first, last = min(years), max(years)
    if last - first > 120:  # a stray year would make the axis unreadable: years with data only
        return [Bar(str(y), years[y]) for y in sorted(years)]
    return [Bar(str(y), years.get(y, 0)) for y in range(first, last + 1)]


def _charts(rows: Sequence[WorkRow]) -> str:
    top = sorted(rows, key=lambda r: -r.mentions)[:_TOP_WORKS]
    per_work = horizontal_bars(
        [Bar(r.label, r.mentions, r.kind) for r in top],
        title="Citations per work",
        description=f"Mentions of the {len(top)} most cited works, most cited first.",
        chart_id="chart-work",
    )
    years: Counter[int] = Counter()
    undated = 0
    for r in rows:
        if r.year is None:
            undated += r.mentions
        else:
            years[r.year] += r.mentions
    per_year = column_bars(
        _year_bars(years),
        title="Citations per year of the work cited",
        description="Mentions summed by the year of the cited work"
        + (f"; {undated} mentions of works without a year are not shown." if undated else "."),
        chart_id="chart-year",
    )
    note = (
        f'<p class="muted">{undated} mentions of works without a year '
        "(Treaty articles, …) are not plotted.</p>"
    )
    return (
        '<section aria-labelledby="plot-h"><h2 id="plot-h">Citations</h2>'
        '<fieldset class="plot-switch"><legend>Plot</legend>'
        '<label><input type="radio" name="plot" value="work" checked> per work</label>'
        '<label><input type="radio" name="plot" value="year"> per year</label></fieldset>'
        f'<figure id="plot-work">{per_work}</figure>'
        f'<figure id="plot-year" hidden>{per_year}{note if undated else ""}</figure></section>'
    )


def _resolved_cells(row: WorkRow) -> str:
    if row.result is None or row.result.document is None:
        why = row.not_resolvable or (
            f"{row.result.error.type}: {row.result.error.message}"
            if row.result is not None and row.result.error is not None
            else "Not resolved."
        )
        return f'<td class="muted" colspan="4" data-value="">{_esc(why)}</td>'
    doc = row.result.document
    title = document_title(doc) or ""
    date = doc.date.isoformat() if doc.date else ""
    rtype = doc.resource_type
    type_text = (rtype.label or rtype.code) if rtype else ""
    in_force = {True: "yes", False: "no", None: "unknown"}[doc.in_force]
    title_cell = _esc(title) if title else '<span class="muted">no title in Cellar</span>'
    return (
        f'<td data-value="{_esc(title)}">{title_cell}</td>'
        f'<td data-value="{_esc(date)}">{_esc(date)}</td>'
        f'<td data-value="{_esc(type_text)}">{_esc(type_text)}</td>'
        f'<td data-value="{in_force}">{in_force}</td>'
    )


def _celex_cell(row: WorkRow) -> str:
    """The CELEX number the text gives, else the resolved document's (said so)."""
    found = row.resolved_celex
    if found is None:
        return f'<td data-value="{_esc(row.celex or "")}">{_esc(row.celex or "")}</td>'
    return (
        f'<td data-value="{_esc(found)}">{_esc(found)}<br>'
        '<span class="muted">from Cellar</span></td>'
    )


def _short_note(row: WorkRow) -> str:
    short = sum(1 for _, ref in row.references if ref.kind == "short_form")
    return f'<br><span class="muted">{short} short</span>' if short else ""


def _table(inputs: Sequence[ReportInput], rows: Sequence[WorkRow], resolved: bool) -> str:
    cols = ["Work", "Kind", "Mentions", "First occurrence", "CELEX"]
    if resolved:
        cols += ["Title", "Date", "Type", "In force"]
    cols.append("Link")
    head = "".join(
        f'<th scope="col" data-col="{i}"><button type="button">{_esc(c)}</button></th>'
        for i, c in enumerate(cols)
    )
    body = []
    for r in rows:
        doc = inputs[r.first_doc]
        where = doc.location(r.first.start)
        if len(inputs) > 1:
            where = f"{os.path.basename(doc.name) or doc.name}, {where}"
        first = f'<a class="jump" href="#{mark_id(r.first_doc, r.first)}">{_esc(where)}</a>'
        link = f'<a href="{_esc(r.url)}">EUR-Lex</a>' if r.url else ""
        body.append(
            f'<tr data-kind="{_esc(r.kind)}" data-key="{_esc(r.key)}">'
            f'<th scope="row" data-value="{_esc(r.label)}">{_esc(r.label)}</th>'
            f'<td data-value="{_esc(r.kind)}"><span class="kind k-{_esc(r.kind)}">'
            f"{_esc(kind_label(r.kind))}</span></td>"
            f'<td class="num" data-value="{r.mentions}">{r.mentions}{_short_note(r)}</td>'
            f'<td data-value="{r.first_doc:05d}{r.first.start:012d}">{first}</td>'
            + _celex_cell(r)
            + (_resolved_cells(r) if resolved else "")
            + f'<td class="link" data-value="{_esc(r.url or "")}">{link}</td></tr>'
        )
    return (
        '<section id="works" aria-labelledby="works-h" tabindex="-1">'
        '<h2 id="works-h">Works cited</h2><table id="works-table">'
        f"<caption>{len(rows)} works; select a column heading to sort.</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></section>"
    )


def _marked_text(doc_index: int, text: str, refs: Sequence[BaseReference]) -> str:
    from eurefs.annotation import non_overlapping
    from eurefs.works import work_key

    out: list[str] = []
    pos = 0
    for ref in non_overlapping(refs, len(text)):
        out.append(_esc(text[pos : ref.start], quote=False))
        tip = ref.normalized + (f" — CELEX {ref.celex}" if ref.celex else "")
        out.append(
            f'<mark class="ref k-{_esc(ref.kind)}" id="{mark_id(doc_index, ref)}" tabindex="-1" '
            f'data-kind="{_esc(ref.kind)}" data-work="{_esc(work_key(ref))}" title="{_esc(tip)}">'
            f"{_esc(text[ref.start : ref.end], quote=False)}</mark>"
        )
        pos = ref.end
    out.append(_esc(text[pos:], quote=False))
    return "".join(out)


def render_report(
    inputs: Sequence[ReportInput], rows: Sequence[WorkRow], *, resolved: bool, title: str
) -> str:
    """The whole report page as a string."""
    from eurefs import __version__

    n_refs = sum(len(d.references) for d in inputs)
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    texts = "".join(
        f'<article aria-labelledby="doc-{i}-h"><h3 id="doc-{i}-h">{_esc(d.name)}</h3>'
        f'<div class="text">{_marked_text(i, d.text, d.references)}</div></article>'
        for i, d in enumerate(inputs)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f'<meta name="generator" content="eurefs {_esc(__version__)}">'
        f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>"
        '<a class="skip" href="#works">Skip to the works cited</a>'
        f"<header><h1>{_esc(title)}</h1>"
        f'<p class="meta">{len(inputs)} document{"s" if len(inputs) != 1 else ""}, '
        f"{n_refs} references, {len(rows)} works cited. Made by eurefs {_esc(__version__)} "
        f"on {when}.</p></header><main>"
        + _filters(inputs, rows)
        + _charts(rows)
        + _table(inputs, rows, resolved)
        + f'<section aria-labelledby="texts-h"><h2 id="texts-h">Texts</h2>{texts}</section>'
        + f"</main><script>{JS}</script></body></html>\n"
    )
