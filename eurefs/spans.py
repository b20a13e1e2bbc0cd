"""Spans of a text, ``(start, end)``, joined where they overlap or touch: the scanner's
windows, the view's folded runs and dropped characters, the footnote calls."""

from __future__ import annotations


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching ``(start, end)`` spans joined; ``spans`` sorted by start."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged
