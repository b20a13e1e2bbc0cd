"""The later uses of defined aliases (``the GDPR``, ``the Directive``, Polish ``dyrektywy``).

A use matches only the aliases whose definition ends at or before it, and is bound
to the latest such definition of its alias.  So what is found before a position
never depends on definitions after it: a text fed definition by definition (a
stream, ``eurefs.short_forms.incremental``) gets the uses the whole text gets, and a
longer alias defined later does not hide an earlier alias's use (``('the CMO') ...
the CMO Regulation ... ('the CMO Regulation')``: the first ``CMO Regulation`` is a
use of ``CMO``).
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, cast

from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.alias_forms import phrase_forms, use_forms
from eurefs.short_forms.common import (
    WORD_JOINERS,
    Candidate,
    act_ordinals,
    alternation,
    glued,
    ordinal_before,
    words,
)
from eurefs.short_forms.definition_words import bare_lead, compound_type, determined, named_after
from eurefs.short_forms.name_mentions import revision_after
from eurefs.short_forms.national_copies import other_law
from eurefs.short_forms.use_search import Searcher, ink_of, plain_searchers

if TYPE_CHECKING:
    from eurefs.short_forms.definitions import Definition
    from eurefs.short_forms.popular_names import NameScan

__all__ = ["UseScanner"]

_new = tuple.__new__

_SENTENCE_START = compile_pattern(r"(?:^|[.!?:]\s+|\n\s*)\Z")


def _size(m: re.Match[str]) -> int:
    """The size of the plain alias a match holds, blanks folded."""
    return len(" ".join(m.group("plain").split()))


class UseScanner:
    """Uses of defined aliases, found left to right as definitions come into force.

    Definitions are :meth:`add`-ed in any order before the uses after them are
    :meth:`scan`-ned.  One alternation of every alias in force matches, at the
    leftmost place, a plain alias before a bare type word and the longest plain alias
    (alternations are longest first).  The same match is found as the leftmost of
    several searches: plain aliases come into force in generations, each searched on
    its own, two of equal size merged into one (so compiling the patterns costs
    ``n log n`` for ``n`` aliases, not ``n * n``); the bare type words (a few forms
    per language) are one pattern, rebuilt when one comes into force.
    """

    def __init__(self, text: str, lang: str, names: NameScan | None = None) -> None:
        self.text, self.lang = text, lang
        self._names = names  # the text's popular-name scan, when made
        self._pending: list[tuple[int, int, Definition]] = []  # a heap by definition end
        self._added = 0
        self._latest: dict[str, Definition] = {}  # key -> latest definition in force
        self._key_of: dict[str, str] = {}  # written form -> key
        self._bare: list[str] = []
        self._capitalised: set[str] = set()
        self._compounds: set[str] = set()  # aliases that are compounds of a type word
        self._lead = bare_lead(lang)
        self._suffixes = tuple(words(lang).alias_suffixes)
        self._generations: list[tuple[list[str], list[Searcher]]] = []
        self._searchers: list[Searcher] = []  # those of every generation, in order
        self._bare_searcher: Searcher | None = None
        self._starts: dict[str, list[int]] = {}  # first characters -> ``_starts_of``
        self._pos = 0

    def add(self, d: Definition) -> None:
        """A definition; it applies to uses from its end on."""
        heapq.heappush(self._pending, (d.end, self._added, d))
        self._added += 1

    def definitions(self) -> list[Definition]:
        """The definitions in force (the latest of each alias) and those still to come."""
        return [*self._latest.values(), *(d for _, _, d in self._pending)]

    def _activate(self, d: Definition) -> None:
        """Put a definition in force (as ``find_uses`` read every definition)."""
        if d.bare_type:
            key, forms = use_forms(d.alias, self.lang)
            if d.alias[:1].islower():  # also at the start of a sentence
                initial = tuple(f[0].upper() + f[1:] for f in forms)
                self._capitalised.update(initial)
                forms += initial
            new = [f for f in forms if f not in self._key_of]
            if new:
                self._bare.extend(new)
                w = words(self.lang)
                ink = ink_of([*w.articles, *w.fused_articles]) + ink_of(self._bare)
                self._bare_searcher = Searcher(self._bare_pattern(), ink)
        else:
            key, forms = d.alias, phrase_forms(d.alias, self.lang)
            if compound_type(d.alias, self.lang):  # (``arvonlisäverodirektiivi``)
                self._compounds.add(d.alias)
            if d.alias[:1].islower():  # ``tjänstedirektivet``, also at a sentence start
                initial = tuple(f[0].upper() + f[1:] for f in forms)
                self._capitalised.update(initial)
                forms += initial
            new = [f for f in forms if f not in self._key_of]
            if new:
                self._add_plain(new)
        self._latest[key] = d
        self._key_of.update(dict.fromkeys(forms, key))

    def _add_plain(self, aliases: list[str]) -> None:
        gens = self._generations
        gens.append((aliases, plain_searchers(aliases, self._suffixes, self._starts_of)))
        while len(gens) > 1 and len(gens[-1][0]) >= len(gens[-2][0]):
            merged = gens[-2][0] + gens[-1][0]
            gens[-2:] = [(merged, plain_searchers(merged, self._suffixes, self._starts_of))]
        self._searchers = [s for _, searchers in gens for s in searchers]

    def _starts_of(self, aliases: list[str]) -> list[int] | None:
        """Where a use of ``aliases`` can start, when each is a name the text's popular-name
        scan finds (a use is the alias followed by what ends a name, so the scan's
        pattern matches there too) and the language adds no case endings; else None."""
        scan = self._names
        if scan is None or scan.starts is None or self._suffixes:
            return None
        if not all(alias in scan.names for alias in aliases):
            return None
        firsts = "".join(sorted({alias[:1] for alias in aliases}))
        # (merged generations ask again for the same first characters: the list is read
        # only, so one serves them all)
        found = self._starts.get(firsts)
        if found is None:
            found = sorted(chain.from_iterable(scan.starts.get(first, ()) for first in firsts))
            self._starts[firsts] = found
        return found

    def _bare_pattern(self) -> re.Pattern[str]:
        # an act number (or, without an article, a bracket) after the word makes it
        # another citation; a plain number is a pinpoint (``az irányelv 7. cikke``)
        lead = self._lead
        after = r"(?![\w-]|\s*\d+\s*/)" if lead else r"(?![\w-]|\s*\d+\s*/|\s*\()"
        return re.compile(rf"{lead}(?P<bare>{alternation(self._bare)}){after}")

    def _peek(self, limit: int) -> re.Match[str] | None:
        """The match one alternation of every alias in force would find next from
        ``_pos``, if it starts before ``limit``: the leftmost; at one place a plain
        alias before a bare word, and the longest plain alias (groups by first
        character never match at one place)."""
        text, pos = self.text, self._pos
        best: re.Match[str] | None = None
        best_at = -1  # where ``best`` starts
        best_len = -1  # the size of the alias in ``best``, read only when another ties
        for searcher in self._searchers:
            # the searcher's own fast paths, inlined (most searchers hold their next
            # match, or know none comes before ``limit``: a call per searcher and use
            # cost more than the search)
            at = searcher.at
            if at >= pos:
                if at >= limit:
                    continue
                m = searcher.next
            else:
                lo, hi = searcher.clear
                if lo <= pos and limit <= hi:
                    continue
                m = searcher.search(text, pos, hi if lo <= pos < hi else pos, limit)
                if m is None:
                    continue
                at = searcher.at
            if best is None or at < best_at:
                best, best_at, best_len = m, at, -1
            elif at == best_at:
                if best_len < 0:
                    best_len = _size(best)
                size = _size(cast("re.Match[str]", m))  # (a searcher's next: ``at`` >= 0)
                if size > best_len:
                    best, best_len = m, size
        bare = self._bare_searcher
        if bare is not None:
            m = bare.peek(text, pos, limit)
            if m is not None and (best is None or bare.at < best_at):
                best = m
        return best

    def scan(self, stop: int) -> list[Candidate]:
        """The uses starting before ``stop``; every definition ending before ``stop``
        must have been added."""
        uses: list[Candidate] = []
        while True:
            due = self._pending[0][0] if self._pending else None
            # a use at or after the next definition's end may be of its alias
            m = self._peek(stop if due is None or stop < due else due)
            if m is None:
                if due is None or due >= stop:
                    return uses
                self._activate(heapq.heappop(self._pending)[2])
                self._pos = max(self._pos, due)
                continue
            text, at = self.text, m.start()
            # not inside a word (``word_start``, inlined; but after a glued article:
            # Maltese ``tad-``): searched again from the next character, since an alias
            # may start a word inside this match (``theEuropean Chips Act``: ``Chips Act``),
            # as the popular-name scan's starts, which are word starts only, find it
            if at and (text[at - 1].isalnum() or text[at - 1] in WORD_JOINERS):
                if text[at - 1] != "-" or not glued(text, at, self.lang):
                    self._pos = at + 1
                    continue
            self._pos = m.end()
            use = self._use(m)
            if use is not None:
                uses.append(use)

    def _use(self, m: re.Match[str]) -> Candidate | None:
        text = self.text
        # (a bare word's match is the bare searcher's, the form a slice: a call on a match
        # costs ~1 k instructions; a group by name more: without case endings, the plain
        # alias is the whole match)
        bare = self._bare_searcher is not None and m.re is self._bare_searcher.pattern
        s, e = m.span("bare") if bare else m.span("plain") if self._suffixes else m.span()
        written = text[s:e]
        if not bare and self._suffixes and m.group("suffix"):
            e = m.end("suffix")  # the case ending is part of the use (``MiFIRi``)
        if bare and (
            (not self._lead and determined(text, s, e, self.lang))
            or named_after(text, e, self.lang)
        ):
            return None
        key = self._key_of.get(written)
        if key is None:  # a form is written with single spaces
            written = " ".join(written.split())
            key = self._key_of.get(written)
            if key is None:
                return None
        if written in self._capitalised and not _SENTENCE_START.search(text, max(0, s - 4), s):
            return None
        if other_law(text, s, written):
            return None  # ``the UK GDPR`` after ``('the GDPR')``; ``the US Chips Act``
        d = self._latest[key]
        if not bare and revision_after(text, e, d.alias):
            return None  # ``MiFID II`` after ``("MiFID")``: another act (or several)
        if d.alias in self._compounds and _after_ordinal(text, s, self.lang):
            return None
        # positional, without the keyword handling of the named tuple's constructor
        return _new(Candidate, (s, e, "defined_term", d.target, None, d.alias, None))


@lru_cache(maxsize=8)
def _ordinals(lang: str) -> frozenset[str]:
    """The words before a compound alias that make it another act: the record's ordinals
    and further determiners (Finnish ``kuudes arvonlisäverodirektiivi`` is the Sixth VAT
    Directive, ``toisen arvonlisäverodirektiivin`` the Second's)."""
    ordinals = (*act_ordinals(lang), *words(lang).other_determiners)
    return frozenset(w.lower() for w in ordinals)


def _after_ordinal(text: str, start: int, lang: str) -> bool:
    """Whether the use at ``start`` of an alias that is a compound ending in a type word
    stands right after an ordinal (:func:`_ordinals`, or a number written as one: Dutch
    ``6e btw-richtlijn`` after ``(hierna: 'btw-richtlijn')``)."""
    before = text[max(0, start - 30) : start].split()
    if before and before[-1].lower() in _ordinals(lang):
        return True
    return ordinal_before(text, start, lang)
