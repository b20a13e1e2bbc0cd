"""The scanner's choice among overlapping candidates: longer spans win, then higher family
priority, then the earlier start (``eurefs.scanner``)."""

from __future__ import annotations

import bisect
import operator
from itertools import islice

from eurefs.models.light import BaseReference


def drop_overlaps(refs: list[tuple[BaseReference, int]]) -> list[BaseReference]:
    """Drop overlaps: longer spans win, then higher family priority, then earlier start.

    Candidates are sorted by start once and cut into clusters of transitively
    overlapping spans; only inside a cluster (almost always one or two
    candidates) is the greedy choice made.  That keeps the selection O(n log n)
    with no list insertions in the common case, even for texts dense with references.
    Where no candidate overlaps the one before it, none overlaps any other: that, the
    common case, is told in a C loop (1 MB of the benchmark text, 1,483 candidates and
    no overlap: 5.2 -> 3.0 M instructions).
    """
    refs.sort(key=lambda rp: rp[0].start)
    starts = [ref.start for ref, _ in refs]
    if all(map(operator.le, [ref.end for ref, _ in refs], islice(starts, 1, None))):
        return [ref for ref, _ in refs]
    kept: list[BaseReference] = []
    i, n = 0, len(refs)
    while i < n:
        j, reach = i + 1, refs[i][0].end
        while j < n and refs[j][0].start < reach:
            reach = max(reach, refs[j][0].end)
            j += 1
        if j == i + 1:
            kept.append(refs[i][0])
        else:
            kept.extend(_cluster(refs[i:j]))
        i = j
    return kept


def _cluster(refs: list[tuple[BaseReference, int]]) -> list[BaseReference]:
    """The greedy choice inside one cluster of overlapping candidates."""
    refs.sort(key=lambda rp: (-(rp[0].end - rp[0].start), -rp[1], rp[0].start))
    starts: list[int] = []
    kept: list[BaseReference] = []
    for ref, _ in refs:
        i = bisect.bisect_right(starts, ref.start)
        if i > 0 and kept[i - 1].end > ref.start:
            continue
        if i < len(kept) and kept[i].start < ref.end:
            continue
        starts.insert(i, ref.start)
        kept.insert(i, ref)
    return kept
