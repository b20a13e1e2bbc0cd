"""The grammar's families run over a text: the full references, with exact spans.

How it stays fast: the text is folded once into a view (``eurefs.textview``:
every run of white space one space or one paragraph break, soft hyphens
dropped, ligatures spelt out, with an offset map back).  Each family names
cheap *anchors* (``COM``, ``OJ``, the slash of ``2016/679`` ...), found once
per view.  Where a match must start at its anchor, the pattern is tried right
there; otherwise windows around the anchors are merged into regions and the
pattern runs only inside them.  A family may also name a guard that must occur
somewhere in the text, and a finder that replaces a costly ``finditer``.
Overlaps are dropped in view offsets; only the references kept are mapped back,
so spans always index the original text.

No short forms here: they are read from these references (``eurefs.short_forms``, which
reads a written form back with :func:`extract_kinds`), and ``eurefs.scanner`` runs both.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain, compress, islice, starmap
from typing import TYPE_CHECKING

from eurefs import anchor_scan, latin1
from eurefs.grammar import (
    FAMILIES,
    Anchor,
    Context,
    Family,
    agreement_bodies,
    call_sequence,
    oj_forms,
    pinpoint_headings,
    provision_lines,
    treaty_eras,
    written_alike,
)
from eurefs.grammar.base import nothing_before
from eurefs.grammar.named_again import NamedTreaties
from eurefs.grammar.national_numbers import NationalNumbers
from eurefs.grammar.publications import link as link_publications
from eurefs.grammar.whole_text import WholeText
from eurefs.models.light import BaseReference
from eurefs.selection import drop_overlaps
from eurefs.spans import merge_spans
from eurefs.textview import MADE_BEYOND_LATIN1, TextView

if TYPE_CHECKING:
    from eurefs.models import light

# Anchors closer than this on average are searched as windows, not tried one by one.
_DENSE = 64


def _regions(
    family: Family, text: str, anchor_cache: dict[str, list[int]]
) -> list[tuple[int, int]]:
    """Merged windows ``(start, end)`` around the family's anchors."""
    if not family.anchors:
        return [(0, len(text))]
    # the positions of anchors with one reach (``19`` and ``20`` of a year) sorted together
    # in C and windowed once: their windows, merged, are those of each anchor merged
    reaches: dict[tuple[int, int], list[int]] = {}
    for anchor in family.anchors:
        if positions := _positions(anchor, text, anchor_cache):
            reach = (anchor.before, anchor.after)
            held = reaches.get(reach)
            reaches[reach] = positions if held is None else sorted(chain(held, positions))
    n = len(text)
    found = [_windows(positions, *reach, n) for reach, positions in reaches.items()]
    if len(found) == 1:  # (one reach: its windows are sorted and merged already)
        return found[0]
    if not found:
        return []
    return merge_spans(sorted(r for windows in found for r in windows))


def _windows(positions: list[int], before: int, after: int, n: int) -> list[tuple[int, int]]:
    """The windows ``(p - before, p + after)`` around sorted ``positions``, clipped to
    ``(0, n)`` and merged where they overlap or touch (``merge_spans``): two windows
    merge when their positions are at most ``before + after`` apart, so the regions
    are cut where the gap is wider, found in C loops (no tuple per position)."""
    if not positions:
        return []
    rest = islice(positions, 1, None)
    cut = list(map((before + after).__lt__, map(operator.sub, rest, positions)))
    firsts = [positions[0], *compress(islice(positions, 1, None), cut)]
    lasts = [*compress(positions, cut), positions[-1]]
    starts = [p - before for p in firsts]
    ends = [p + after for p in lasts]
    starts[0] = max(0, starts[0])  # positions are sorted: only these two can fall outside
    ends[-1] = min(n, ends[-1])
    return list(zip(starts, ends, strict=True))


def _positions(anchor: Anchor, clean: str, anchor_cache: dict[str, list[int]]) -> list[int]:
    key = anchor.pattern.pattern
    positions = anchor_cache.get(key)
    if positions is None:
        if anchor.rare and anchor.rare not in clean:
            positions = []
        elif (found := _shared_search(key, clean, anchor_cache)) is not None:
            anchor_cache.update(found)  # this anchor and its siblings, in one search
            positions = anchor_cache[key]
        else:
            positions = [m.start() for m in anchor.pattern.finditer(clean)]
        anchor_cache[key] = positions
    return positions


def _shared_search(
    key: str, clean: str, anchor_cache: dict[str, list[int]]
) -> dict[str, list[int]] | None:
    """The positions of the anchor ``key`` and its siblings found by one search, or None
    where each is searched alone (a short text, a text too dense with candidates: that
    is decided once per text, under the shared search's own key in ``anchor_cache``)."""
    group = _anchor_groups().get(key) if len(clean) >= anchor_scan.MIN_TEXT else None
    if group is None or group.search.pattern in anchor_cache:
        return None
    found = group.positions(clean)
    if found is None:
        anchor_cache[group.search.pattern] = []  # alone: no anchor has this key
    return found


_GROUPS: list[dict[str, anchor_scan.AnchorGroup]] = []
_RARE: list[list[tuple[str, str]]] = []


def _absent_rare(text: str, anchor_cache: dict[str, list[int]]) -> None:
    """No positions for the anchors whose rare character (one beyond Latin-1: ``Č``,
    ``ч``) the view of ``text`` cannot hold, where the extraction has read which
    characters beyond Latin-1 the text holds (``latin1.beyond_latin1``): a set look-up
    each, not an ``in`` test of the view (a pass over it: on 1 MB of the benchmark text
    the 13 tests cost ~5.6M instructions, ``ő`` 2.3M of them)."""
    beyond = latin1.beyond_latin1(text)
    if beyond is None:
        return
    if not _RARE:
        _RARE.append(
            sorted(
                {
                    (a.pattern.pattern, a.rare)
                    for f in FAMILIES
                    for a in f.anchors
                    if len(a.rare) == 1 and ord(a.rare) > 0xFF
                }
            )
        )
    for key, rare in _RARE[0]:
        if rare not in beyond and rare not in MADE_BEYOND_LATIN1:
            anchor_cache[key] = []


def _anchor_groups() -> dict[str, anchor_scan.AnchorGroup]:
    """The grammar's anchors that share a search (planned on first use)."""
    if not _GROUPS:
        anchors = {a.pattern.pattern: a for f in FAMILIES for a in f.anchors if not a.rare}
        _GROUPS.append(anchor_scan.plan(a.pattern for a in anchors.values()))
    return _GROUPS[0]


def _scan(
    family: Family,
    view: str,
    anchor_cache: dict[str, list[int]],
    named_before: Callable[[], bool] = nothing_before,
    whole: WholeText | None = None,
) -> list[BaseReference]:
    """References of one family, with spans in ``view`` offsets (``named_before``,
    ``whole``: see :class:`Context`).

    The patterns run on the whole view (``pos``/``endpos`` bound them to each
    region; look-behinds still see what precedes), so no copy is made.
    """
    ctx = Context(view, "", named_before, whole)
    positions: list[int] = []
    if family.anchors and all(a.at_start for a in family.anchors):
        positions = sorted({p for a in family.anchors for p in _positions(a, view, anchor_cache)})
    if positions and len(positions) * _DENSE < len(view):
        # Every match starts at an anchor: try the pattern there, once.
        matches: Iterable[re.Match[str]] = _matches_at(family.pattern, view, positions)
    elif positions:  # (dense: within the merged windows, each bounding its matches)
        matches = _matches_at_in(
            family.pattern, view, positions, _regions(family, view, anchor_cache)
        )
    else:
        matches = _matches_in_regions(family, view, _regions(family, view, anchor_cache))
    build = family.build
    return [ref for m in matches for ref in build(m, ctx)]


def _matches_at(pattern: re.Pattern[str], clean: str, positions: list[int]) -> list[re.Match[str]]:
    matches = []
    end = 0
    match = pattern.match
    for p in positions:
        if p >= end:
            m = match(clean, p)
            if m is not None:
                end = m.end()
                matches.append(m)
    return matches


def _matches_at_in(
    pattern: re.Pattern[str], clean: str, positions: list[int], regions: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """The matches ``pattern.finditer`` gives in each of ``regions`` (sorted, disjoint: the
    windows around ``positions``, sorted) where every match starts at one of ``positions``:
    the pattern tried there alone.  A search tries it at every character between them too,
    which costs a pattern that cannot skip ahead to its first characters (the treaty
    articles', a look-behind first: on ``'článok 6 EÚ law, '`` repeated, ~77M instructions
    searched at 0.05 MB against ~62M tried at the article words)."""
    matches = []
    match = pattern.match
    i, n = 0, len(positions)
    for start, stop in regions:
        end = start
        while i < n and positions[i] < stop:
            p = positions[i]
            i += 1
            if p >= end:
                m = match(clean, p, stop)
                if m is not None:
                    end = m.end()
                    matches.append(m)
    return matches


def _matches_in_regions(
    family: Family, clean: str, regions: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    if not regions:  # no anchor found: the pattern (compiled on first use) is not needed
        return iter(())
    # chained in C: a generator frame per region costs more than the search of a small one
    find = family.finder if family.finder is not None else family.pattern.finditer
    return chain.from_iterable(starmap(partial(find, clean), regions))


def _to_original(refs: list[BaseReference], view: TextView) -> None:
    """Give each reference its span and text in the original text (in place).

    The references are new objects no caller has seen yet, so their fields are
    set directly rather than copied: a copy per reference would cost more than
    the whole mapping.
    """
    text = view.text
    if view.identical:  # same offsets; only the text may differ (a folded space)
        for ref in refs:
            if text[ref.start : ref.end] != ref.text:
                vars(ref)["text"] = text[ref.start : ref.end]
        return
    spans = view.orig_spans([(ref.start, ref.end) for ref in refs])
    for ref, (start, end) in zip(refs, spans, strict=True):
        fields = ref.__dict__  # (``vars`` is a builtin call: several times dearer)
        fields["start"], fields["end"], fields["text"] = start, end, text[start:end]


def _families(wanted: set[str] | None) -> tuple[Family, ...]:
    if wanted is None:
        return FAMILIES
    return tuple(f for f in FAMILIES if f.kind in wanted)


def extract_kinds(
    text: str,
    wanted: set[str] | None,
    named: NamedTreaties | None,
    named_before: Callable[[], bool] = nothing_before,
    whole: WholeText | None = None,
) -> list[light.Reference]:
    """:func:`_extract` of the families of the ``wanted`` kinds (all when None), and of
    legal acts with OJ citations (which an OJ citation may give the publication of:
    ``grammar.publications``; only the wanted kinds are returned)."""
    if wanted is None or "oj" not in wanted or "legal_act" in wanted:
        return _extract(text, _families(wanted), named, named_before, whole)
    families = _families({*wanted, "legal_act"})
    refs = _extract(text, families, named, named_before, whole)
    return [ref for ref in refs if ref.kind in wanted]


def _extract(
    text: str,
    families: Sequence[Family],
    named: NamedTreaties | None,
    named_before: Callable[[], bool] = nothing_before,
    whole: WholeText | None = None,
) -> list[light.Reference]:
    """The full references of ``text`` found by ``families``; ``named`` drops the articles
    cited by a treaty's short name the text has not named in full before (None keeps them:
    a chunk's, which ``named_before`` says whether the text before it may have named);
    ``whole`` is what the whole text tells (None: ``text``'s own; a chunk's is its
    text's: ``grammar.whole_text``)."""
    if whole is None:
        whole = WholeText(text)
    anchor_cache: dict[str, list[int]] = {}
    found: list[tuple[BaseReference, int]] = []
    view = TextView(text)
    _absent_rare(text, anchor_cache)
    whole.saw(text, view.dropped, view.edit_starts())
    folded = view.view
    for family in families:
        # The guard (searches of the whole view: ~20 ns a character for the case words
        # where none is found) only where one of the family's anchors is: else nothing.
        anchors = family.anchors
        if family.requires is not None and (
            (anchors and not any(_positions(a, folded, anchor_cache) for a in anchors))
            or not any(search.search(folded) for search in family.requires)
        ):
            continue
        priority = family.priority
        found.extend(
            (ref, priority) for ref in _scan(family, folded, anchor_cache, named_before, whole)
        )
    kept = agreement_bodies.cited_again(drop_overlaps(found))
    if folded is not text:
        _to_original(kept, view)
        oj_forms.keep_ordinal_signs(kept, text)
    written_alike.decide(kept, text)
    call_sequence.split(kept, text, lambda part: _extract(part, families, None, whole=whole))
    treaty_eras.apply(kept, whole, text)
    if named is not None:
        kept = NationalNumbers().apply(named.apply(kept, text), text)
    pinpoint_headings.drop(kept, text)
    provision_lines.apply(kept, text)
    link_publications(kept, text)
    return kept  # type: ignore[return-value]
