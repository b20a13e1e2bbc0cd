"""The walk of the short-form pass: the candidates and the full references in text
order, each anaphor resolved against the mentions logged before it
(:class:`~eurefs.short_forms.anaphors.MentionLog`)."""

from __future__ import annotations

import bisect
from typing import Any

from eurefs.models.light import BaseReference
from eurefs.short_forms.anaphors import Mention, MentionLog
from eurefs.short_forms.common import TARGET_KINDS, Candidate, Target, target_of, words
from eurefs.short_forms.definitions import title_like
from eurefs.short_forms.glossed_names import glossed


def in_own_title(
    text: str, lang: str, c: Candidate, last_full: tuple[int, str, str] | None
) -> bool:
    """Whether a popular name is part of the title of the act cited just before it
    (``Directive (EU) 2018/1972 ... establishing the European Electronic
    Communications Code``): the citation is the mention, its title is not another; not
    after a comma and a word that restates the act (``words(lang).title_restatements``:
    ``..., δηλαδή ο νέος Γενικός Κανονισμός ...``, 'that is, the new GDPR').
    ``last_full``: end, key and kind of the latest full reference."""
    if last_full is None or c.target is None or last_full[1] != c.target.key:
        return False
    gap = text[last_full[0] : c.start]
    return len(gap) < 600 and title_like(gap, lang, last_full[2]) and not _restated(gap, lang)


def _restated(gap: str, lang: str) -> bool:
    """Whether ``gap`` holds a comma and then one of the language's restating words."""
    return any(f", {w} " in gap for w in words(lang).title_restatements)


def walk(
    text: str,
    lang: str,
    refs: list[BaseReference],
    starts: list[int],
    ends: list[int],
    kept: list[Candidate],
    log: MentionLog,
) -> list[tuple[Candidate, Target]]:
    """Resolve the candidates in one walk through them and the full references, in text
    order (a full reference first at the same offset).  ``ShortFormStream`` walks a
    stream alike, chunk by chunk: a change here belongs there too (``test_chunked``)."""
    latest_full: dict[str, int] = {}
    last_full: tuple[int, str, str] | None = None  # end, key and kind of the latest full one
    out: list[tuple[Candidate, Target]] = []
    by_type = log.by_type
    # (the full references read where the walk reaches them: none after the last candidate)
    f, nf = 0, len(refs)
    next_full = starts[0] if nf else len(text) + 1  # where the next one starts
    for c in kept:
        cs, ce, how, target, act_type, _name, _pin = c
        if next_full <= cs:
            while f < nf and starts[f] <= cs:
                full: Any = refs[f]  # (attributes: ~130 instructions each, ``vars`` ~1.3 k)
                if (kind := full.kind) in TARGET_KINDS:  # (others: only before ``thereof``)
                    key: str = full.celex or f"{kind}:{full.normalized}"
                    if (full_type := full.act_type if kind == "legal_act" else None) is not None:
                        seen = by_type[full_type]
                        if seen and seen[-1][3] == key:
                            seen[-1] = (starts[f], ends[f], f, key)
                        else:
                            seen.append((starts[f], ends[f], f, key))
                    latest_full[key] = f
                    last_full = (ends[f], key, kind)
                f += 1
            next_full = starts[f] if f < nf else len(text) + 1
        if how == "popular_name" and _not_a_mention(text, lang, c, last_full, refs, starts):
            continue
        if how == "anaphor":
            if act_type is None:
                _note_latest_full(log, refs, starts, ends, cs)
            target = log.resolve(c)
        if target is None:
            if act_type is not None:
                log.add(cs, ce, act_type, None)
            continue
        key = target.celex or f"{target.kind}:{target.normalized}"  # target.key, inlined
        if target.antecedent is None and (k := latest_full.get(key)) is not None:
            # (a popular name's: the full reference's normal form)
            target = target._replace(antecedent=k, normalized=refs[k].normalized)
        entry: Mention = (cs, ce, target, key)
        if target.act_type is not None:  # (``log.add``, inlined: its key is known)
            seen = by_type[target.act_type]
            if seen and seen[-1][3] == key:
                seen[-1] = entry
            else:
                seen.append(entry)
        log.last_any = entry
        out.append((c, target))
    return out


def _not_a_mention(
    text: str,
    lang: str,
    c: Candidate,
    last_full: tuple[int, str, str] | None,
    refs: list[BaseReference],
    starts: list[int],
) -> bool:
    """Whether a popular name is part of the title of the act cited just before it
    (:func:`in_own_title`) or a gloss of another act's name (``glossed``)."""
    return in_own_title(text, lang, c, last_full) or glossed(text, lang, c, refs, starts)


def _note_latest_full(
    log: MentionLog, refs: list[BaseReference], starts: list[int], ends: list[int], pos: int
) -> None:
    """Make the full reference last before ``pos`` the log's latest mention when it
    comes after the latest one logged (``thereof`` resolves to the latest of all)."""
    j = bisect.bisect_right(starts, pos) - 1
    if j >= 0 and (log.last_any is None or starts[j] > log.last_any[0]):
        target = target_of(refs[j], j)
        log.last_any = (starts[j], ends[j], target, None if target is None else target.key)
