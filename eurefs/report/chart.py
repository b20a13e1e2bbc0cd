"""Bar charts drawn as inline SVG: no script, no library, prints as it shows.

Each chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>`` for
screen readers, one ``<title>`` per bar for the exact figure, and the figures
written next to the bars so the chart reads without hovering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eurefs.report.html_text import html_text as _esc

_BAR_HEIGHT = 18
_GAP = 6
_LABEL_WIDTH = 250
_PLOT_WIDTH = 380
_COUNT_WIDTH = 50


@dataclass(frozen=True)
class Bar:
    """One bar: its label, value, and the reference kind that colours it (or "")."""

    label: str
    value: int
    kind: str = ""


def _short(label: str, limit: int = 38) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def horizontal_bars(bars: Sequence[Bar], *, title: str, description: str, chart_id: str) -> str:
    """A horizontal bar chart (one row per bar, longest first as given)."""
    if not bars:
        return f'<p class="empty" id="{_esc(chart_id)}">{_esc(title)}: nothing to plot.</p>'
    top = max(b.value for b in bars) or 1
    height = len(bars) * (_BAR_HEIGHT + _GAP) + _GAP
    width = _LABEL_WIDTH + _PLOT_WIDTH + _COUNT_WIDTH
    parts = [
        f'<svg id="{_esc(chart_id)}" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="{_esc(chart_id)}-t {_esc(chart_id)}-d"'
        ' xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{_esc(chart_id)}-t">{_esc(title)}</title>',
        f'<desc id="{_esc(chart_id)}-d">{_esc(description)}</desc>',
    ]
    for i, bar in enumerate(bars):
        y = _GAP + i * (_BAR_HEIGHT + _GAP)
        w = max(1, round(_PLOT_WIDTH * bar.value / top))
        mid = y + _BAR_HEIGHT / 2 + 4
        kind = f" k-{_esc(bar.kind)}" if bar.kind else ""
        parts.append(
            f'<g class="bar{kind}" data-kind="{_esc(bar.kind)}">'
            f"<title>{_esc(bar.label)}: {bar.value}</title>"
            f'<text class="label" x="{_LABEL_WIDTH - 8}" y="{mid}" text-anchor="end">'
            f"{_esc(_short(bar.label))}</text>"
            f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{w}" height="{_BAR_HEIGHT}" rx="2"/>'
            f'<text class="value" x="{_LABEL_WIDTH + w + 6}" y="{mid}">{bar.value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def column_bars(bars: Sequence[Bar], *, title: str, description: str, chart_id: str) -> str:
    """A vertical bar chart over an ordered axis (years), labels under the columns."""
    if not bars:
        return f'<p class="empty" id="{_esc(chart_id)}">{_esc(title)}: nothing to plot.</p>'
    top = max(b.value for b in bars) or 1
    col = max(14, min(40, 640 // len(bars)))
    plot_h, base = 220, 250
    width = len(bars) * col + 40
    parts = [
        f'<svg id="{_esc(chart_id)}" class="chart" role="img" viewBox="0 0 {width} {base + 60}" '
        f'width="{width}" height="{base + 60}" '
        f'aria-labelledby="{_esc(chart_id)}-t {_esc(chart_id)}-d" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{_esc(chart_id)}-t">{_esc(title)}</title>',
        f'<desc id="{_esc(chart_id)}-d">{_esc(description)}</desc>',
        f'<line class="axis" x1="20" y1="{base}" x2="{width - 10}" y2="{base}"/>',
    ]
    dense = len(bars) > 30
    for i, bar in enumerate(bars):
        x = 20 + i * col + 2
        h = round(plot_h * bar.value / top) if bar.value else 0
        cx = x + (col - 4) / 2
        # On a long axis only every fifth year is written out (the bar titles say the rest).
        show_label = not dense or not bar.label.isdigit() or int(bar.label) % 5 == 0
        column = (
            f'<rect x="{x}" y="{base - h}" width="{col - 4}" height="{h}" rx="2"/>'
            f'<text class="value" x="{cx}" y="{base - h - 4}" text-anchor="middle">'
            f"{bar.value}</text>"
            if h
            else ""
        )
        label = (
            f'<text class="label" x="{cx}" y="{base + 8}" '
            f'transform="rotate(60 {cx} {base + 8})">{_esc(bar.label)}</text>'
            if show_label
            else ""
        )
        parts.append(
            f'<g class="bar"><title>{_esc(bar.label)}: {bar.value}</title>{column}{label}</g>'
        )
    parts.append("</svg>")
    return "".join(parts)
