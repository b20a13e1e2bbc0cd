"""Back-references inside a document: defined terms, anaphors and popular names.

:func:`find_short_forms` takes a text and the full references found in it
(``eurefs.scanner``) and returns :class:`~eurefs.models.references.ShortFormRef`
objects; :func:`with_short_forms` gives both in one list with antecedent indexes into it.
One pass over the candidates in text order keeps, per act type, the mentions
seen so far, which is what anaphors resolve against.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from eurefs.identifiers import eurlex_celex_url
from eurefs.models.references import BaseReference, ShortFormRef
from eurefs.short_forms.anaphors import MentionLog, find_anaphors
from eurefs.short_forms.common import (
    Candidate,
    Target,
    detect_language,
    find_pinpoint,
    target_of,
)
from eurefs.short_forms.definitions import find_definitions, find_uses, title_like
from eurefs.short_forms.popular_names import find_popular_names, names_for
from eurefs.short_forms.type_words import scan_type_words

__all__ = ["find_short_forms", "with_short_forms"]

_RANK = {"defined_term": 0, "popular_name": 1, "anaphor": 2}


def _inside(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and spans[i][1] > s:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < e


def _select(
    candidates: list[Candidate], blocked: list[tuple[int, int]], sites: list[tuple[int, int]]
) -> list[Candidate]:
    """Candidates outside full references and definition sites, without overlaps
    (defined terms win over popular names, popular names over anaphors)."""
    b_starts = [s for s, _ in blocked]
    s_starts = [s for s, _ in sites]
    candidates.sort(key=lambda c: (c.start, _RANK[c.how], -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in candidates:
        if _inside(blocked, b_starts, c.start, c.end) or _inside(sites, s_starts, c.start, c.end):
            continue
        if kept and kept[-1].end > c.start:
            continue
        kept.append(c)
    return kept


_FIELDS = frozenset(ShortFormRef.model_fields)
# Fields other modules add to every reference (``doc_page``...) keep their defaults.
_DEFAULTS = {
    name: f.default
    for name, f in ShortFormRef.model_fields.items()
    if not f.is_required() and f.default_factory is None
}


def _fast_short_form(fields: dict[str, Any]) -> ShortFormRef:
    """A ShortFormRef from complete, correctly typed fields, without validation.

    Validation costs ~25 times the construction, more than finding the short form;
    every field here is typed by construction.  ``tests/short_forms`` check that the
    result equals the validated model (so a pydantic change cannot go unnoticed).
    """
    ref = object.__new__(ShortFormRef)
    object.__setattr__(ref, "__dict__", {**_DEFAULTS, **fields})
    object.__setattr__(ref, "__pydantic_fields_set__", set(_FIELDS))
    object.__setattr__(ref, "__pydantic_extra__", None)
    object.__setattr__(ref, "__pydantic_private__", None)
    return ref


def _links(target: Target, ante_ref: BaseReference | None) -> dict[str, Any]:
    if ante_ref is not None:
        return {
            "eli": ante_ref.eli,
            "cellar_ids": list(ante_ref.cellar_ids),
            "eurlex_url": ante_ref.eurlex_url,
        }
    if target.celex is None:
        return {"eli": None, "cellar_ids": [], "eurlex_url": None}
    return {
        "eli": None,
        "cellar_ids": [f"celex:{target.celex}"],
        "eurlex_url": eurlex_celex_url(target.celex),
    }


def _emit(
    text: str,
    lang: str,
    c: Candidate,
    target: Target,
    ante: int | None,
    ante_ref: BaseReference | None,
) -> ShortFormRef:
    return _fast_short_form(
        {
            "kind": "short_form",
            "text": text[c.start : c.end],
            "start": c.start,
            "end": c.end,
            "normalized": target.normalized,
            "celex": target.celex,
            "celex_candidates": list(target.celex_candidates),
            # the links of the work pointed to: the antecedent's, or those of the CELEX
            **_links(target, ante_ref),
            "lang": lang,
            "how": c.how,
            "target_kind": target.kind,
            "act_type": target.act_type,
            "antecedent": ante,
            "antecedent_start": ante_ref.start if ante_ref is not None else None,
            "antecedent_end": ante_ref.end if ante_ref is not None else None,
            "name": c.name,
            "pinpoint": c.pinpoint or find_pinpoint(text, c.start, lang),
        }
    )


def _in_order(
    refs: Sequence[BaseReference], cands: Sequence[Candidate]
) -> Iterator[tuple[int, int]]:
    """``(0, ref index)`` and ``(1, candidate index)`` merged by start (both lists are sorted)."""
    i = j = 0
    while i < len(refs) or j < len(cands):
        if j >= len(cands) or (i < len(refs) and refs[i].start <= cands[j].start):
            yield 0, i
            i += 1
        else:
            yield 1, j
            j += 1


def _in_own_title(text: str, lang: str, c: Candidate, last_full: tuple[int, Target] | None) -> bool:
    """Whether a popular name is part of the title of the act cited just before it
    (``Directive (EU) 2018/1972 ... establishing the European Electronic
    Communications Code``): the citation is the mention, its title is not another."""
    if last_full is None or c.target is None or last_full[1].key != c.target.key:
        return False
    gap = text[last_full[0] : c.start]
    return len(gap) < 600 and title_like(gap, lang, last_full[1].kind)


_OPENING = re.compile(r"[ \t\n]{0,2}\([ \t]{0,2}")


def _glossed_by_citation(
    text: str, c: Candidate, refs: Sequence[BaseReference], starts: list[int]
) -> bool:
    """Whether the full citation of the same work follows in brackets
    (``the Water Framework Directive (2000/60/EC)``): one mention, the citation."""
    j = bisect.bisect_left(starts, c.end)
    if j >= len(refs) or c.target is None or not _OPENING.fullmatch(text, c.end, refs[j].start):
        return False
    full = target_of(refs[j], j)
    return full is not None and full.key == c.target.key


def _resolve(text: str, refs: list[BaseReference]) -> tuple[str, list[tuple[Candidate, Target]]]:
    """The language of the text and every back-reference with its target, in text order."""
    lang = detect_language(text, refs)
    definitions, sites = find_definitions(text, refs, lang, frozenset(names_for(lang)))
    type_words = scan_type_words(text, lang)
    candidates = [
        *find_uses(text, definitions, lang),
        *find_popular_names(text, lang),
        *find_anaphors(text, lang, type_words),
    ]
    if not candidates:
        return lang, []
    kept = _select(candidates, [(r.start, r.end) for r in refs], sites)
    log = MentionLog(text, lang, sites, type_words)
    starts = [r.start for r in refs]
    latest_full: dict[str, int] = {}
    last_full: tuple[int, Target] | None = None  # end and target of the latest full reference
    out: list[tuple[Candidate, Target]] = []
    for kind, k in _in_order(refs, kept):
        if kind == 0:
            ref = refs[k]
            full = target_of(ref, k)
            if full is None:
                log.last_any = (ref.start, ref.end, None)
                continue
            log.add(ref.start, ref.end, full.act_type, full)
            latest_full[full.key] = k
            last_full = (ref.end, full)
            continue
        c = kept[k]
        if c.how == "popular_name" and (
            _in_own_title(text, lang, c, last_full) or _glossed_by_citation(text, c, refs, starts)
        ):
            continue
        target = c.target if c.how != "anaphor" else log.resolve(c)
        if target is None:
            if c.act_type is not None:
                log.add(c.start, c.end, c.act_type, None)
            continue
        if target.antecedent is None and target.key in latest_full:
            target = target._replace(antecedent=latest_full[target.key])
        log.add(c.start, c.end, target.act_type, target)
        out.append((c, target))
    return lang, out


def find_short_forms(text: str, refs: Sequence[BaseReference]) -> list[ShortFormRef]:
    """Back-references in ``text``.

    Args:
        text: The text.
        refs: The full references found in it, sorted and non-overlapping (the
            output of the scanner); ``antecedent`` indexes point into this list.

    Returns:
        Short forms in text order, none overlapping a full reference.
    """
    ref_list = list(refs)
    lang, resolved = _resolve(text, ref_list)
    return [
        _emit(
            text,
            lang,
            c,
            t,
            t.antecedent,
            ref_list[t.antecedent] if t.antecedent is not None else None,
        )
        for c, t in resolved
    ]


def with_short_forms(
    text: str, refs: Sequence[BaseReference], kinds: Collection[str] | None = None
) -> list[BaseReference]:
    """The full references of ``text`` (of ``kinds``; all when None) and its short
    forms (when ``kinds`` is None or holds ``short_form``), in one sorted list.

    Antecedent indexes point into the returned list; they are None where the
    antecedent's kind was filtered out (its span is still given).
    """
    ref_list = list(refs)
    lang, resolved = _resolve(text, ref_list)
    keep = [i for i, r in enumerate(ref_list) if kinds is None or r.kind in kinds]
    with_short = kinds is None or "short_form" in kinds
    if not with_short:
        return [ref_list[i] for i in keep]
    # final position of every kept full reference: its rank among the kept ones
    # plus the number of short forms that start before it
    new_index: dict[int, int] = {}
    out: list[BaseReference] = []
    j = 0
    for i in keep:
        start = ref_list[i].start
        while j < len(resolved) and resolved[j][0].start < start:
            c, t = resolved[j]
            out.append(_short(text, lang, c, t, new_index, ref_list))
            j += 1
        new_index[i] = len(out)
        out.append(ref_list[i])
    for c, t in resolved[j:]:
        out.append(_short(text, lang, c, t, new_index, ref_list))
    return out


def _short(
    text: str,
    lang: str,
    c: Candidate,
    t: Target,
    new_index: dict[int, int],
    refs: list[BaseReference],
) -> ShortFormRef:
    ante_ref = refs[t.antecedent] if t.antecedent is not None else None
    ante = new_index.get(t.antecedent) if t.antecedent is not None else None
    return _emit(text, lang, c, t, ante, ante_ref)
