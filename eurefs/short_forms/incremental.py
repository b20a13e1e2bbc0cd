"""Short forms of a text whose full references arrive chunk by chunk (a stream).

:func:`eurefs.short_forms.with_short_forms` takes every full reference of a text at
once.  :class:`ShortFormStream` is fed them in text order, a chunk at a time, and
gives back the same records (full references and short forms, same fields, same
antecedent indexes) as soon as nothing later in the text can change them: a
record waits until the full references ``LAG`` characters past it are known.

What a back-reference depends on is either near it or carried from chunk to chunk:

* the language: read from the first ``LANGUAGE_SAMPLE`` characters
  (:func:`~eurefs.short_forms.common.detect_language`), which the caller scans first;
* whether the text is an act (its ``this Regulation`` is then no anaphor): a few
  substring tests on the whole text, once;
* definitions: found at each ``)`` as the text is fed, bound in text order once no
  later ``)`` can open a site before them (``SITE_REACH``); their uses are found by one
  :class:`~eurefs.short_forms.definitions.UseScanner` that runs across chunks;
* popular names: their scans over the whole text run lazily, across chunks; an acronym
  given to one (``the Digital Services Act (DSA)``) is put in force, with its site, as the
  name is found, before the uses up to it are searched;
* type words and anaphor candidates: read in windows around each stretch (their
  patterns look a few dozen characters around a word, and a word's tail cannot
  overlap another occurrence of itself, so a window finds what the whole text has);
* the walk (mentions per act type, the latest full citation of each work, the last
  citation): carried, with what no later anaphor can reach dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Generic, TypeVar

from eurefs.kinds import SHORT_FORM
from eurefs.models.light import BaseReference
from eurefs.short_forms import _Emitter, _select
from eurefs.short_forms.anaphors import MentionLog, find_anaphors
from eurefs.short_forms.common import Candidate, Target, target_of
from eurefs.short_forms.definition_words import (
    definition_patterns,
    finds_intro_sites,
    intro_hit_scans,
    intro_sites,
)
from eurefs.short_forms.definitions import (
    SITE_REACH,
    Definition,
    bind_site,
    defines,
    paren_sites,
)
from eurefs.short_forms.glossed_names import glossed
from eurefs.short_forms.legislative import is_legislative
from eurefs.short_forms.name_acronyms import add_site, cited_acronym, name_acronym
from eurefs.short_forms.popular_names import name_at, name_scans, names_for, tail_reach
from eurefs.short_forms.proposal_names import left_out
from eurefs.short_forms.type_words import TypeWord, scan_type_words
from eurefs.short_forms.uses import UseScanner
from eurefs.short_forms.walk import in_own_title

__all__ = ["LAG", "ShortFormStream"]

T = TypeVar("T")

#: A record is given once the full references this far past it are known: well over a
#: definition site (``SITE_REACH``) and a back-reference with what follows it.
LAG = 1_000
# Type words and anaphors are read in windows reaching this far either side of a stretch.
_WINDOW_MARGIN = 300
# What the walk keeps behind the last record given: an anaphor looks back at most
# 5 000 characters to its antecedent and 1 000 before that (a sentence), a definition
# 700 characters before its site.
_KEEP = 10_000


class _Lazy(Generic[T]):
    """A lazy scan in text order, one item looked ahead: what starts before a point."""

    def __init__(self, items: Iterator[T], start: Callable[[T], int]) -> None:
        self.items, self.start = items, start
        self.head = next(items, None)

    def before(self, stop: int) -> list[T]:
        out: list[T] = []
        while self.head is not None and self.start(self.head) < stop:
            out.append(self.head)
            self.head = next(self.items, None)
        return out


def _first(span: tuple[int, int]) -> int:
    return span[0]


def _itself(at: int) -> int:
    return at


def _match_start(m: re.Match[str]) -> int:
    return m.start()


class ShortFormStream:
    """The records of ``text`` (full references of ``kinds``, all when None, and short
    forms), given in order while its full references are fed in order.

    Args:
        text: The whole text (back-references look around themselves in it).
        lang: Its language, as :func:`~eurefs.short_forms.common.detect_language` gives it.
        kinds: The full-reference kinds to give (None: all); short forms are always given.
    """

    def __init__(self, text: str, lang: str, kinds: Collection[str] | None = None) -> None:
        self.text, self.lang = text, lang
        self.kinds = None if kinds is None else frozenset(kinds) - {SHORT_FORM}
        self.legislative = is_legislative(text, lang)
        self.names = names_for(lang)
        self.known_names = frozenset(self.names)
        self.name_scans = [_Lazy(s, _first) for s in name_scans(text, lang)]
        self.names_held: list[list[tuple[int, int]]] = [[] for _ in self.name_scans]
        self.proposals: dict[str, int] = {}  # CELEX -> where glossed in a proposal's title
        self.tail_reach = tail_reach(lang) + 1
        self.defines = defines(lang)
        firsts = definition_patterns(lang)[1] if finds_intro_sites(lang) else None
        intros = intro_hit_scans(text, lang) if finds_intro_sites(lang) else []
        self.intro_scans = [_Lazy(s, _itself) for s in intros]
        self.firsts = _Lazy(firsts.finditer(text) if firsts else iter(()), _match_start)
        self.uses = UseScanner(text, lang)
        # full references enter the log as targets (not as indexes into a list)
        self.log = MentionLog(text, lang, [], [], [])
        self.refs: list[BaseReference] = []  # full references from ``self.first`` on
        self.first = 0  # global index of refs[0]
        self.known = 0  # every full reference starting before this has been fed
        self.sites_scanned = 0  # every ``)`` before this has been looked at
        # sites found, not yet bound, with their rank: one closed by ")" (0) hides one
        # found from an intro (1) or closing words (2) at the same start, and of these
        # the first found wins (as ``definition_words.with_intro_sites`` has it)
        self.raw_sites: list[tuple[tuple[int, int, str], tuple[int, int]]] = []
        self.site_spans: list[tuple[int, int]] = []
        self.generated = 0  # candidates starting before this have been found
        self.pending: tuple[list[Candidate], list[Candidate], list[Candidate]] = ([], [], [])
        self.done = 0  # records starting before this have been given
        self.cited = 0  # full references (global index) read for an acronym they gloss
        self.last_kept_end = 0
        self.latest_full: dict[str, int] = {}
        self.last_full: tuple[int, str, str] | None = None  # end, key, kind
        self.given = 0  # records given so far (the index of the next one)
        # full references short forms may point to, and their index in the records
        self.antecedents: dict[int, BaseReference] = {}
        self.positions: dict[int, int | None] = {}

    def feed(self, refs: Sequence[BaseReference], known: int) -> list[BaseReference]:
        """Take the full references starting in ``[previous known, known)`` (every
        kind, in order) and give the records that are now final."""
        self.refs.extend(refs)
        self.known = known
        if known >= len(self.text):
            return self.finish()
        return self._advance(known - LAG, known - SITE_REACH)

    def finish(self) -> list[BaseReference]:
        """The remaining records (every full reference has been fed)."""
        self.known = len(self.text)
        return self._advance(len(self.text) + 1, len(self.text) + 1)

    def _advance(self, upto: int, bind_to: int) -> list[BaseReference]:
        if upto <= self.generated:
            return []
        self._bind_sites(bind_to)
        self._generate(upto)
        out = self._walk(self._final_until(upto, bind_to))
        self._forget()
        return out

    # -- definitions -------------------------------------------------------------

    def _bind_sites(self, bind_to: int) -> None:
        """Find the sites closed (or introduced) before ``known`` and bind, in text
        order, those starting before ``bind_to`` (nothing still to come opens a site
        before it)."""
        if not self.defines:
            return
        self._find_sites()
        ready = [s for s in self.raw_sites if s[0][0] < bind_to]
        self.raw_sites = [s for s in self.raw_sites if s[0][0] >= bind_to]
        best: dict[int, tuple[int, int]] = {}
        for site, rank in ready:
            best[site[0]] = min(best.get(site[0], rank), rank)
        sites = sorted(site for site, rank in ready if rank[0] == 0 or rank == best[site[0]])
        starts = [r.start for r in self.refs]
        last_end = self.site_spans[-1][1] if self.site_spans else 0
        for site in sites:
            defined = {e.alias: e.end for e in self.uses.definitions()}
            acceptable, d = bind_site(
                self.text, self.refs, starts, site, self.lang, self.known_names, defined
            )
            if not acceptable:
                continue
            if last_end <= site[0]:
                self.site_spans.append((site[0], site[1]))
                last_end = site[1]
            if d is None:
                continue
            if d.target is None:  # a national copy's alias: its uses give nothing
                self.uses.add(d)
                if d.copy_of is not None:  # ... and an anaphor after it speaks of the copy
                    self.log.copies[d.copy_of] = d.start
            elif d.target.antecedent is not None:
                target = d.target._replace(antecedent=d.target.antecedent + self.first)
                self.uses.add(Definition(d.alias, d.bare_type, d.start, d.end, target))

    def _find_sites(self) -> None:
        text, lang, known = self.text, self.lang, self.known
        found = [(site, (0, 0)) for site in paren_sites(text, lang, self.sites_scanned, known)]
        hits = sorted({at for scan in self.intro_scans for at in scan.before(known)})
        for at in hits:
            found.extend((site, (1, at)) for site in intro_sites(text, lang, [at], ()))
        for m in self.firsts.before(known):
            found.extend((site, (2, m.start())) for site in intro_sites(text, lang, (), [m]))
        self.raw_sites.extend(found)
        self.sites_scanned = known

    # -- candidates ---------------------------------------------------------------

    def _generate(self, upto: int) -> None:
        """Find every candidate starting in ``[generated, upto)``."""
        lo, text = self.generated, self.text
        uses, names, anaphors = self.pending
        # a scan may give a span up to ``tail_reach`` before the one it gave last
        found: list[Candidate] = []
        for scan, held in zip(self.name_scans, self.names_held, strict=True):
            held.extend(scan.before(upto + self.tail_reach))
            found.extend(
                c
                for start, end in held
                if start < upto
                and (c := name_at(text, start, end, self.names, self.lang, self.proposals))
                is not None
            )
            held[:] = [span for span in held if span[0] >= upto]
        found.sort(key=lambda c: c.start)
        if self.proposals:  # (names glossed in a proposal's title: ``proposal_names``)
            found = left_out(found, self.proposals)
        # the acronyms of these names come into force before the uses up to ``upto``
        for c in found:
            if (d := name_acronym(text, self.lang, c, self.names)) is not None:
                self.uses.add(d)
                # every site it could overlap is bound by now (it ends before ``bind_to``)
                add_site(self.site_spans, d)
        self._cited_acronyms(upto)
        uses.extend(self.uses.scan(upto))
        # a popular name used as a defined term is that use (``_select`` keeps the use)
        names.extend(found)
        w_lo = max(0, lo - _WINDOW_MARGIN)
        window = text[w_lo : min(len(text), upto + _WINDOW_MARGIN)]
        shifted = scan_type_words(window, self.lang)
        type_words = [
            TypeWord(t.start + w_lo, t.end + w_lo, t.act_type, t.singular) for t in shifted
        ]
        self.log.type_words.extend(t for t in type_words if lo <= t.start < upto)
        self.log.type_word_starts = [t.start for t in self.log.type_words]
        for c in find_anaphors(window, self.lang, shifted, self.legislative):
            if lo <= c.start + w_lo < upto:
                anaphors.append(c._replace(start=c.start + w_lo, end=c.end + w_lo))
        self.generated = upto

    def _cited_acronyms(self, upto: int) -> None:
        """The acronyms the citations starting before ``upto`` gloss (``DORA (Regulation
        (EU) 2022/2554)``, ``name_acronyms.cited_acronym``), in force before the uses up
        to ``upto``: every site they could overlap is bound by now."""
        text, refs, first = self.text, self.refs, self.first
        i = max(self.cited - first, 0)
        while i < len(refs) and refs[i].start < upto:
            if text[refs[i].start - 1 : refs[i].start] == "(" and (
                d := cited_acronym(text, self.lang, refs[i], first + i, self.names)
            ):
                self.uses.add(d)
                add_site(self.site_spans, d)
            i += 1
        self.cited = first + i

    def _final_until(self, upto: int, bind_to: int) -> int:
        """Where the records can be given up to: ``upto``, or the start of a candidate
        reaching where full references or sites are not all known yet."""
        final = upto
        for group in self.pending:
            for c in group:
                if c.end > bind_to:
                    final = min(final, c.start)
        return final

    # -- the walk -----------------------------------------------------------------

    def _walk(self, final: int) -> list[BaseReference]:
        """The records starting in ``[done, final)``, in order (as ``walk`` of
        ``eurefs.short_forms.walk`` gives them, a full reference first at the same offset)."""
        now: list[Candidate] = []
        for group in self.pending:
            now.extend(c for c in group if c.start < final)
            group[:] = [c for c in group if c.start >= final]
        self.log.sites = self.site_spans
        self.log.site_starts = [s for s, _ in self.site_spans]
        starts = [r.start for r in self.refs]
        ends = [r.end for r in self.refs]
        kept = _select(now, starts, ends, self.site_spans, self.last_kept_end)
        if kept:
            self.last_kept_end = kept[-1].end
        i, stop = bisect.bisect_left(starts, self.done), bisect.bisect_left(starts, final)
        emitter = _Emitter(self.text, self.lang, self.antecedents)
        out: list[BaseReference] = []
        for c in kept:
            while i < stop and starts[i] <= c.start:
                self._full(self.refs[i], self.first + i, out)
                i += 1
            short = self._short(c, starts, emitter)
            if short is not None:
                out.append(short)
        while i < stop:
            self._full(self.refs[i], self.first + i, out)
            i += 1
        self.given += len(out)
        self.done = final
        return out

    def _full(self, ref: BaseReference, index: int, out: list[BaseReference]) -> None:
        given = self.kinds is None or ref.kind in self.kinds
        if given:
            out.append(ref)
        full = target_of(ref, index)
        if full is None:
            self.log.last_any = (ref.start, ref.end, None, None)
            return
        self.antecedents[index] = ref
        self.positions[index] = self.given + len(out) - 1 if given else None
        self.log.add(ref.start, ref.end, full.act_type, full)
        self.latest_full[full.key] = index
        self.last_full = (ref.end, full.key, full.kind)

    def _short(self, c: Candidate, starts: list[int], emitter: _Emitter) -> BaseReference | None:
        text, lang, log = self.text, self.lang, self.log
        if c.how == "popular_name" and (
            in_own_title(text, lang, c, self.last_full) or glossed(text, lang, c, self.refs, starts)
        ):
            return None
        target = c.target if c.how != "anaphor" else log.resolve(c)
        if target is None:
            if c.act_type is not None:
                log.add(c.start, c.end, c.act_type, None)
            return None
        if target.antecedent is None and target.key in self.latest_full:
            k = self.latest_full[target.key]  # (a popular name's: the full reference's form)
            target = target._replace(antecedent=k, normalized=self.antecedents[k].normalized)
        log.add(c.start, c.end, target.act_type, target)
        ante = None if target.antecedent is None else self.positions[target.antecedent]
        return emitter.emit(c, target, ante)

    # -- memory -------------------------------------------------------------------

    def _forget(self) -> None:
        """Drop what no record after ``done`` can look at."""
        horizon = self.done - _KEEP
        drop = 0
        while drop < len(self.refs) and self.refs[drop].end < horizon:
            drop += 1
        if drop:
            del self.refs[:drop]
            self.first += drop
        log = self.log
        for seen in log.by_type.values():
            cut = 0
            while cut < len(seen) - 1 and seen[cut][1] < horizon:
                cut += 1
            del seen[:cut]
        cut = 0
        while cut < len(log.type_words) and log.type_words[cut].start < horizon:
            cut += 1
        del log.type_words[:cut]
        log.type_word_starts = [t.start for t in log.type_words]
        cut = 0
        while cut < len(self.site_spans) - 1 and self.site_spans[cut][1] < horizon:
            cut += 1
        del self.site_spans[:cut]
        if len(self.antecedents) > 2 * len(self.latest_full) + 4_000:
            self._forget_antecedents()

    def _forget_antecedents(self) -> None:
        live: set[int | None] = set(self.latest_full.values())
        live.update(d.target.antecedent for d in self.uses.definitions() if d.target)
        for group in self.pending:
            live.update(c.target.antecedent for c in group if c.target is not None)
        for seen in self.log.by_type.values():
            live.update(t.antecedent for _, _, t, _ in seen if isinstance(t, Target))
        if self.log.last_any is not None and isinstance(self.log.last_any[2], Target):
            live.add(self.log.last_any[2].antecedent)
        keep = [i for i in self.antecedents if i in live or i >= self.first]
        self.antecedents = {i: self.antecedents[i] for i in keep}
        self.positions = {i: self.positions[i] for i in keep}
