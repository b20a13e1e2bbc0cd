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
from typing import TYPE_CHECKING

from eurefs.short_forms.common import Candidate, alternation, word_start, words
from eurefs.short_forms.definition_words import bare_lead, determined, use_forms

if TYPE_CHECKING:
    from eurefs.short_forms.definitions import Definition

__all__ = ["UseScanner"]

# Aliases without bare type words are searched in groups by first character when there
# are at most this many groups: ``re`` then skips to each group's first character at
# memchr speed, where one alternation of all of them tests every character.
_MAX_GROUPS = 5
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)\Z")


class UseScanner:
    """Uses of defined aliases, found left to right as definitions come into force.

    Definitions are :meth:`add`-ed in any order before the uses after them are
    :meth:`scan`-ned; the alias pattern is rebuilt when a new written form comes
    into force (a document defines a few dozen).
    """

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self._pending: list[tuple[int, int, Definition]] = []  # a heap by definition end
        self._added = 0
        self._latest: dict[str, Definition] = {}  # key -> latest definition in force
        self._key_of: dict[str, str] = {}  # written form -> key
        self._plain: list[str] = []
        self._bare: list[str] = []
        self._capitalised: set[str] = set()
        self._lead = bare_lead(lang)
        endings = words(lang).alias_suffixes
        self._suffix = rf"(?P<suffix>{alternation(list(endings))})?" if endings else ""
        self._patterns: list[re.Pattern[str]] | None = None
        self._pos = 0
        # each pattern's next match from where it was last searched (before ``_pos``)
        self._next: list[re.Match[str] | bool | None] = []

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
            self._bare.extend(new)
        else:
            key, forms = d.alias, (d.alias,)
            new = [f for f in forms if f not in self._key_of]
            self._plain.extend(new)
        if new:
            self._patterns = None
        self._latest[key] = d
        self._key_of.update(dict.fromkeys(forms, key))

    def _build(self) -> list[re.Pattern[str]]:
        if not self._bare:
            groups: dict[str, list[str]] = {}
            for alias in self._plain:
                groups.setdefault(alias[:1], []).append(alias)
            if len(groups) <= _MAX_GROUPS:
                return [
                    re.compile(rf"(?P<plain>{alternation(g)}){self._suffix}(?![\w-])")
                    for g in groups.values()
                ]
        parts = []
        if self._plain:
            parts.append(rf"(?P<plain>{alternation(self._plain)}){self._suffix}(?![\w-])")
        if self._bare:
            # an act number (or, without an article, a bracket) after the word makes
            # it another citation; a plain number is a pinpoint (``az irányelv 7. cikke``)
            lead = self._lead
            after = r"(?![\w-]|\s*\d+\s*/)" if lead else r"(?![\w-]|\s*\d+\s*/|\s*\()"
            parts.append(rf"{lead}(?P<bare>{alternation(self._bare)}){after}")
        return [re.compile("|".join(parts))]

    def _peek(self) -> re.Match[str] | None:
        """The next match of the aliases in force from ``_pos``: the leftmost of the
        groups' next matches (groups by first character never match at the same place,
        and within a group the alternation chooses as one alternation of all would)."""
        if self._patterns is None:
            if not self._latest:
                return None
            self._patterns = self._build()
            self._next = [False] * len(self._patterns)
        best: re.Match[str] | None = None
        for i, pattern in enumerate(self._patterns):
            m = self._next[i]
            if m is False or (isinstance(m, re.Match) and m.start() < self._pos):
                m = self._next[i] = pattern.search(self.text, self._pos)
            if isinstance(m, re.Match) and (best is None or m.start() < best.start()):
                best = m
        return best

    def scan(self, stop: int) -> list[Candidate]:
        """The uses starting before ``stop``; every definition ending before ``stop``
        must have been added."""
        uses: list[Candidate] = []
        while True:
            m = self._peek()
            due = self._pending[0][0] if self._pending else None
            if due is not None and due < stop and (m is None or due <= m.start()):
                self._activate(heapq.heappop(self._pending)[2])
                self._pos = max(self._pos, due)
                continue
            if m is None or m.start() >= stop:
                return uses
            self._pos = m.end()
            use = self._use(m)
            if use is not None:
                uses.append(use)

    def _use(self, m: re.Match[str]) -> Candidate | None:
        text = self.text
        if not word_start(text, m.start()):
            return None
        group = "bare" if self._bare and m.group("bare") is not None else "plain"
        s, e = m.span(group)
        if group == "plain" and self._suffix and m.group("suffix"):
            e = m.end("suffix")  # the case ending is part of the use (``MiFIRi``)
        if group == "bare" and not self._lead and determined(text, s, self.lang):
            return None
        written = " ".join(m.group(group).split())
        if written in self._capitalised and not _SENTENCE_START.search(text, max(0, s - 4), s):
            return None
        key = self._key_of.get(written)
        if key is None:
            return None
        d = self._latest[key]
        return Candidate(s, e, "defined_term", target=d.target, name=d.alias)
