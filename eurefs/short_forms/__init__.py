"""Back-references inside a document: defined terms, anaphors and popular names.

:func:`find_short_forms` takes a text and the full references found in it (``eurefs.scanner``)
and returns :class:`~eurefs.models.light.ShortFormRef` objects; :func:`with_short_forms`
gives both in one list with antecedent indexes into it.  One pass over the candidates in
text order keeps, per act type, the mentions seen so far, which is what anaphors resolve against.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Collection, Mapping, Sequence
from itertools import islice
from operator import attrgetter, eq, itemgetter
from typing import Any

from eurefs.identifiers import eurlex_celex_url
from eurefs.models.light import BaseReference, ShortFormRef
from eurefs.short_forms.after_pinpoints import after_pinpoint_finder, norm_line_finder
from eurefs.short_forms.anaphors import MentionLog, find_anaphors
from eurefs.short_forms.common import Candidate, Target, detect_language
from eurefs.short_forms.definition_words import paren_end
from eurefs.short_forms.definitions import defines, find_definitions, find_uses
from eurefs.short_forms.genitive_pinpoints import genitive_pinpoint_finder
from eurefs.short_forms.name_acronyms import cited_acronyms, find_name_acronyms, with_sites
from eurefs.short_forms.name_normal_forms import localized
from eurefs.short_forms.name_pinpoints import keyword_pinpoint, name_pinpoint_finder
from eurefs.short_forms.pinpoints import pinpoint_finder
from eurefs.short_forms.popular_names import find_popular_names, names_for, scan_names
from eurefs.short_forms.type_words import scan_type_words
from eurefs.short_forms.unseen import holds_unseen, on_copy, seen_through
from eurefs.short_forms.walk import walk

__all__ = ["find_short_forms", "with_short_forms"]

_RANK = {"defined_term": 0, "popular_name": 1, "anaphor": 2}


def _select(
    candidates: list[Candidate],
    blocked_starts: list[int],
    blocked_ends: list[int],
    sites: list[tuple[int, int]],
    last_end: int = -1,
) -> list[Candidate]:
    """Candidates outside full references (spans ``blocked_starts[i]`` to
    ``blocked_ends[i]``) and definition sites, without overlaps (defined terms win over
    popular names, popular names over anaphors); none starting before ``last_end`` (the
    end of the last one kept before these).

    The blocked spans and ``sites`` are sorted and disjoint: one sweep over each, in step
    with the candidates sorted by start, the span each stands at read once (a candidate's
    start and end by index: a named tuple's field by name is a descriptor call).
    """
    _sort_candidates(candidates)
    kept: list[Candidate] = []
    nb, ns = len(blocked_ends), len(sites)
    b = s = 0
    # the first blocked span and site not ending before the candidate's start
    b_start, b_end = (blocked_starts[0], blocked_ends[0]) if nb else (_NEVER, _NEVER)
    s_start, s_end = sites[0] if ns else (_NEVER, _NEVER)
    for c in candidates:
        start = c[0]
        if last_end > start:
            continue
        end = c[1]
        # spans ending before this start end before every later one too
        if b_end <= start:
            b += 1
            while b < nb and blocked_ends[b] <= start:
                b += 1
            b_start, b_end = (blocked_starts[b], blocked_ends[b]) if b < nb else (_NEVER, _NEVER)
        if b_start < end:
            continue
        if s_end <= start:
            s += 1
            while s < ns and sites[s][1] <= start:
                s += 1
            s_start, s_end = sites[s] if s < ns else (_NEVER, _NEVER)
        if s_start < end:
            continue
        kept.append(c)
        last_end = end
    return kept


# (past the last span: no candidate starts or ends there)
_NEVER = sys.maxsize


def _candidate_order(c: Candidate) -> tuple[int, int, int]:
    return c.start, _RANK[c.how], c.start - c.end


def _sort_candidates(candidates: list[Candidate]) -> None:
    """Sort by start, then defined terms, popular names, anaphors, then the longest.

    Sorted by start alone (a key read in C) when no two start together, as is usual.
    """
    candidates.sort(key=_FIRST)
    starts = list(map(_FIRST, candidates))
    if any(map(eq, starts, islice(starts, 1, None))):
        candidates.sort(key=_candidate_order)


_FIRST = itemgetter(0)
# Every field of a short form is given: one fields set serves them all.  No reference's
# fields set changes once it is made (the public models are frozen; a copy, pydantic's
# ``model_copy`` or ``LightReference.model_copy``, makes a set of its own), and a copy
# per short form, with its freeing, cost ~4.5 k instructions: 2 % of the pass.
_FIELDS = {f.name for f in ShortFormRef.FIELDS}
# (each in the model's order: a field's name read from its named tuple costs ~300
# instructions, ~37 k a template when read twice a field)
_NAMES = tuple(f.name for f in ShortFormRef.FIELDS)
# Fields other modules add to every reference (``doc_page``...) keep their defaults.
_DEFAULTS = {f.name: f.default for f in ShortFormRef.FIELDS if not f.required and not f.is_list}


class _Emitter:
    """Makes ShortFormRef objects from complete, correctly typed fields.

    Every field here is typed by construction.  ``tests/short_forms`` check that the
    result equals the validated model (so a pydantic change cannot go unnoticed).
    The fields a short form takes from its target (and antecedent) are worked out
    once per target and antecedent.
    """

    def __init__(
        self, text: str, lang: str, refs: Sequence[BaseReference] | Mapping[int, BaseReference]
    ) -> None:
        self.text = text
        self.lang = lang
        self.refs = refs
        self._pinpoint = pinpoint_finder(lang)
        self._after = after_pinpoint_finder(lang)  # None where pinpoints come first
        # after a genitive where pinpoints come first (``dataskyddsförordningens artikel 6``)
        self._genitive = genitive_pinpoint_finder(lang)
        self._norm_line = norm_line_finder(lang)  # (``DSGVO Art16``: a list of norms)
        # after a popular name where pinpoints come first (``GDPR Article 6(1)(f)``)
        self._after_name = name_pinpoint_finder(lang)
        self._by_target: dict[tuple[Target, int | None], dict[str, Any]] = {}

    def _template(self, target: Target, ante: int | None) -> dict[str, Any]:
        ante_ref = self.refs[target.antecedent] if target.antecedent is not None else None
        normalized = target.normalized
        if ante_ref is None and target.celex is not None:
            # (a popular name before any full citation: the cite, in the text's language)
            normalized = localized(normalized, target.celex, self.lang) or normalized
        fields = {
            **_DEFAULTS,
            "kind": "short_form",
            "normalized": normalized,
            "celex": target.celex,
            # the links of the work pointed to: the antecedent's, or those of the CELEX
            **_links(target, ante_ref),
            "lang": self.lang,
            "target_kind": target.kind,
            "act_type": target.act_type,
            "antecedent": ante,
            "antecedent_start": ante_ref.start if ante_ref is not None else None,
            "antecedent_end": ante_ref.end if ante_ref is not None else None,
        }
        # the order of the validated model's fields (its repr shows them so)
        template = dict(zip(_NAMES, map(fields.get, _NAMES), strict=True))
        self._by_target[(target, ante)] = template
        return template

    def emit(self, c: Candidate, target: Target, ante: int | None) -> ShortFormRef:
        """The short form of candidate ``c`` pointing to ``target`` (``ante``: the
        antecedent's index in the list returned, which may differ from ``target``'s)."""
        template = self._by_target.get((target, ante)) or self._template(target, ante)
        start, end, how, _target, _act_type, name, pinpoint = c
        text = self.text
        fields = template.copy()
        fields["text"] = text[start:end]
        fields["start"] = start
        fields["end"] = end
        fields["celex_candidates"] = [*target.celex_candidates]
        fields["cellar_ids"] = [*template["cellar_ids"]]
        fields["how"] = how
        fields["name"] = name
        fields["pinpoint"] = (
            pinpoint
            or self._pinpoint(text, start)
            or (self._after(text, end) if self._after is not None else None)
            or (self._genitive(text, start, end) if self._genitive is not None else None)
            or (self._norm_line(text, start, end) if self._norm_line is not None else None)
            or (
                self._after_name(text, start, end)
                if self._after_name is not None
                and (how == "popular_name" or (how == "defined_term" and _named(fields["text"])))
                else None
            )
            or (keyword_pinpoint(text, end, self.lang) if how == "popular_name" else None)
        )
        # (``light_base.made``, inlined: one call less a reference; the class called, which
        # has no ``__init__`` of its own: ~1.0 k instructions, ``object.__new__`` ~1.3 k)
        ref = ShortFormRef()
        ref.__dict__ = fields  # (no ``__setattr__`` of its own: no call through ``object``'s)
        ref.fields_set = _FIELDS
        return ref


def _named(alias: str) -> bool:
    """Whether a defined term is written as a name, whose pinpoint may follow it as a
    popular name's does (``Regulation (EU) 2016/679 (the "GDPR") ... (GDPR Art. 9)``): an
    acronym or a name in mixed capitals (``DORA``, ``AI Act``), not a type word
    (``Directive``, ``the Regulation``)."""
    return alias[:1].isupper() and not alias.istitle()


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


def _resolve(text: str, refs: list[BaseReference]) -> tuple[str, list[tuple[Candidate, Target]]]:
    """The language of the text and every back-reference with its target, in text order."""
    lang = detect_language(text, refs)
    # (a model's attribute costs ~90 ns: read once, for every step here)
    starts = [r.start for r in refs]
    # one scan for popular names, whose matches are also where aliases that are
    # popular names can be used, and the brackets that may close a definition
    names = scan_names(text, lang, paren_end(lang) if defines(lang) else None)
    known = frozenset(names_for(lang))
    definitions, sites = find_definitions(text, refs, lang, known, starts, names.close_ends)
    type_words = scan_type_words(text, lang)
    acronyms = find_name_acronyms(text, lang, names, names_for(lang))
    # (``DORA (Regulation (EU) 2022/2554)``: the citation gives the acronym)
    if cited := cited_acronyms(text, lang, refs, starts, names_for(lang)):
        acronyms = sorted([*acronyms, *cited], key=_START)
    definitions += acronyms
    sites = with_sites(sites, acronyms)
    uses = find_uses(text, definitions, lang, names)
    candidates = [
        *uses,
        # a popular name used as a defined term (``the GDPR``) is that use
        *find_popular_names(text, lang, {(c.start, c.end) for c in uses}, names),
        *find_anaphors(text, lang, type_words),
    ]
    if not candidates:
        return lang, []
    ends = [r.end for r in refs]
    kept = _select(candidates, starts, ends, sites)
    log = MentionLog(text, lang, sites, type_words, refs)
    log.copies = {d.copy_of: d.start for d in definitions if d.copy_of is not None}
    return lang, walk(text, lang, refs, starts, ends, kept, log)


@seen_through
def find_short_forms(text: str, refs: Sequence[BaseReference]) -> list[ShortFormRef]:
    """Back-references in ``text``.

    Args:
        text: The text.
        refs: The full references found in it, sorted and non-overlapping (the
            output of the scanner); ``antecedent`` indexes point into this list.

    Returns:
        Short forms in text order, none overlapping a full reference (soft hyphens seen through).
    """
    ref_list = list(refs)
    lang, resolved = _resolve(text, ref_list)
    if not resolved:
        return []
    emitter = _Emitter(text, lang, ref_list)
    return [emitter.emit(c, t, t.antecedent) for c, t in resolved]


def with_short_forms(
    text: str,
    refs: Sequence[BaseReference],
    kinds: Collection[str] | None = None,
    unseen: bool | None = None,
) -> list[BaseReference]:
    """The full references of ``text`` (of ``kinds``; all when None) and its short
    forms (when ``kinds`` is None or holds ``short_form``), in one sorted list.

    Antecedent indexes point into the returned list; they are None where the
    antecedent's kind was filtered out (its span is still given).  ``unseen``: whether
    names may hold what is never seen (``short_forms.unseen``; None: looked for here).
    """
    ref_list = list(refs)
    with_short = kinds is None or "short_form" in kinds
    if not with_short:
        return [r for r in ref_list if kinds is None or r.kind in kinds]
    if holds_unseen(text) if unseen is None else unseen:
        out = on_copy(text, ref_list, lambda t, r: with_short_forms(t, r, kinds, False))
        if out is not None:
            return out
    lang, resolved = _resolve(text, ref_list)
    keep = None if kinds is None else [i for i, r in enumerate(ref_list) if r.kind in kinds]
    kept = ref_list if keep is None else [ref_list[i] for i in keep]
    if not resolved:  # (the emitter's patterns are compiled on first use: not for this)
        return kept
    # where a kept full reference ends up: its rank among the kept ones plus the
    # number of short forms that start before it (none starts where one does)
    rank = None if keep is None else {i: k for k, i in enumerate(keep)}
    short_starts = [c[0] for c, _ in resolved]  # (a named tuple's field by index: no descriptor)
    new_index: dict[int, int | None] = {}

    def final_index(i: int) -> int | None:
        k = i if rank is None else rank.get(i)
        return None if k is None else k + bisect.bisect_left(short_starts, ref_list[i].start)

    emit = _Emitter(text, lang, ref_list).emit
    shorts: list[BaseReference] = []
    for c, t in resolved:
        i = t.antecedent
        if i is not None:
            ante = new_index[i] if i in new_index else new_index.setdefault(i, final_index(i))
        else:
            ante = None
        shorts.append(emit(c, t, ante))
    out = [*kept, *shorts]
    out.sort(key=_START)  # two sorted runs: one merge
    return out


_START = attrgetter("start")
