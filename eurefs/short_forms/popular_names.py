"""Popular names: acts and Commission documents cited by a name everyone knows.

The names live in ``eurefs/data/popular_names.json`` (data, not code, read by
``eurefs.data.popular_name_entries``): one entry per work with its CELEX, its
citation (``cite``, which must parse to that CELEX), names per language and the
source that ties the name to the work.
See docs/back-references.md for how to add one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Iterator
from functools import cached_property, lru_cache
from heapq import merge
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

from eurefs.data import popular_name_entries
from eurefs.identifiers import celex_act_type
from eurefs.records import record
from eurefs.short_forms import dated_names, proposal_names
from eurefs.short_forms.common import Candidate, Target, word_start
from eurefs.short_forms.longer_titles import inside_longer_name
from eurefs.short_forms.name_forms import (
    after_joined_article,
    after_ordinal,
    dashes_in,
    declined_names,
    initialism_names,
    name_end,
    shared_name,
    spelling_variants,
    unify_dashes,
)
from eurefs.short_forms.name_mentions import MODIFIES, glossed_acronym, revision_after
from eurefs.short_forms.name_numbers import number_after, other_number_before
from eurefs.short_forms.name_search import every_match, may_start, name_starts, with_closes
from eurefs.short_forms.name_tails import NAME_END, pattern_matches, tail_spans
from eurefs.short_forms.name_trie import trie_regex
from eurefs.short_forms.national_copies import FOREIGN_ENDS, foreign_use, national_copy

_Seen = dict[str, int] | None  # (``name_at``)


@record
class PopularName:
    """One entry of the data file."""

    celex: str
    cite: str
    kind: str
    names: dict[str, tuple[str, ...]]
    source: str
    #: acronyms in Latin letters read only in their own language (Dutch ``AVG``, in
    #: Austrian law the ``Allgemeines Verwaltungsverfahrensgesetz``): ``local_names``
    local: frozenset[str] = frozenset()
    #: the act's own date, as its title gives it (``Regulation (EU) 2024/1689 ... of 13 June
    #: 2024``), where the file records it: a text dated before it names the proposal
    #: (``short_forms/dated_names``); else the CELEX's year is compared
    date: dt.date | None = None

    @cached_property
    def target(self) -> Target:
        """The target a mention of this name points to."""
        return Target(self.kind, self.cite, self.celex, (self.celex,), celex_act_type(self.celex))


@lru_cache(maxsize=1)
def load() -> tuple[PopularName, ...]:
    """The entries of the package's popular-names file."""
    return tuple(
        PopularName(
            celex=e["celex"],
            cite=e["cite"],
            kind=e.get("kind", "legal_act"),
            names={lang: tuple(v) for lang, v in e["names"].items()},
            source=e["source"],
            local=frozenset(e.get("local_names", ())),
            date=dt.date.fromisoformat(e["date"]) if "date" in e else None,
        )
        for e in popular_name_entries()
    )


@lru_cache(maxsize=4)
def names_for(lang: str) -> dict[str, PopularName]:
    """Written name -> entry for one language (acronyms in Latin letters of every language
    included, ``name_forms.shared_name``, but for an entry's ``local_names``)."""
    table: dict[str, PopularName] = {}
    for entry in load():
        for name_lang, names in entry.names.items():
            for name in names:
                if name_lang == lang or (shared_name(name) and name not in entry.local):
                    spellings = spelling_variants(name) if not name.isupper() else {name}
                    if name_lang == lang:  # (``rendeletet``: the name in another case)
                        spellings.update(*map(spelling_variants, declined_names(name, lang)))
                        spellings.update(initialism_names(name, lang))  # (``REACH-VO``)
                    for spelling in spellings:
                        table.setdefault(spelling, entry)
    return table


@lru_cache(maxsize=4)
def _lower_tails(lang: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """Names that start in lower case but hold a capital (``ePrivacy Directive``,
    ``2030 Digital Compass``), by the first character of their tail from that capital
    on: ``P`` -> ``(1, "ePrivacy Directive")``.  The tails join the pattern of capitalised
    names, and each place the pattern stops at such a capital is checked for the whole
    name, as written, right there: no separate search of the text per name."""
    tails: dict[str, list[tuple[int, str]]] = {}
    for name in names_for(lang):
        if not name[:1].isupper():
            k = next((i for i, ch in enumerate(name) if ch.isupper()), -1)
            if k > 0:
                tails.setdefault(name[k], []).append((k, name))
    return {first: tuple(found) for first, found in tails.items()}


@lru_cache(maxsize=4)
def _joins(lang: str) -> str:
    """The characters right before the capital of a lower-case name's tail (``e`` in
    ``ePrivacy Directive``): the tail may start after one (``name_search.may_start``)."""
    return "".join(
        sorted({name[k - 1] for found in _lower_tails(lang).values() for k, name in found})
    )


@lru_cache(maxsize=4)
def _pattern_names(lang: str) -> tuple[str, ...]:
    """What :func:`name_pattern` finds: the names that start with a capital, and the
    tails of those that hold one."""
    names = [n for n in names_for(lang) if n[:1].isupper()]
    names += [name[k:] for found in _lower_tails(lang).values() for k, name in found]
    return tuple(names)


@lru_cache(maxsize=4)
def name_pattern(lang: str) -> re.Pattern[str] | None:
    """One pattern for the popular names of a language that start with a capital, and
    the tails of those that hold one (None when there are none): the scan then only
    stops at capital letters."""
    names = _pattern_names(lang)
    if not names:
        return None
    return re.compile(trie_regex(list(names)) + name_end(lang))


# A text up to this long is first checked for the names, one by one: for a short text
# that is far cheaper than compiling the pattern (a one-line ``eurefs extract``).
_SHORT_TEXT = 2000


def _may_hold_name(text: str, lang: str) -> bool:
    """Whether :func:`name_pattern` may match in ``text`` (always, for a long text).

    The pattern reads a space of a name as any run of white space, and a hyphen as any
    of ``name_forms.DASHES``: with each run one space and each dash ``-``, every match
    is the name as written."""
    if len(text) > _SHORT_TEXT or not _pattern_names(lang):
        return True
    flat = unify_dashes(" ".join(text.split()))
    return any(name in flat for name in _pattern_names(lang))


@lru_cache(maxsize=4)
def lower_names(lang: str) -> tuple[str, ...]:
    """Names without a capital (``règlement général ...``): each is found with
    ``str.find`` as written, far cheaper than letting the pattern above stop at every
    small letter."""
    return tuple(n for n in names_for(lang) if not any(ch.isupper() for ch in n))


def name_scans(text: str, lang: str) -> list[Iterator[tuple[int, int]]]:
    """Spans that may be popular names: one lazy scan for the pattern (in text order,
    but a lower-case name holding a capital comes right after the match of its tail,
    up to :func:`tail_reach` characters before it), one per name without a capital
    (in text order)."""
    scans: list[Iterator[tuple[int, int]]] = []
    if not _may_hold_name(text, lang):
        scans.append(iter(()))  # what the pattern would find, without compiling it
    elif (pattern := name_pattern(lang)) is not None:
        scans.append(pattern_matches(text, pattern, _lower_tails(lang), _joins(lang)))
    scans.extend(lower_scans(text, lang))
    return scans


def lower_scans(text: str, lang: str) -> list[Iterator[tuple[int, int]]]:
    """One scan per name without a capital (:func:`finds`, in text order); one with a
    hyphen is also found where the text writes a dash (``directive\u2011cadre``)."""
    dashes = dashes_in(text) if _hyphenated(lang) else ""
    return [
        merge(finds(text, name), *(finds(text, name.replace("-", d)) for d in dashes))
        if dashes and "-" in name
        else finds(text, name)
        for name in lower_names(lang)
    ]


@lru_cache(maxsize=4)
def _hyphenated(lang: str) -> bool:
    return any("-" in name for name in lower_names(lang))


def tail_reach(lang: str) -> int:
    """How far before the match of its tail a lower-case name holding a capital starts."""
    return max((k for found in _lower_tails(lang).values() for k, _ in found), default=0)


def finds(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands as written, not followed by a letter, digit or hyphen."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if NAME_END.match(text, end):
            yield at, end
        at = text.find(name, end)


def _matches(text: str, lang: str) -> Iterator[tuple[int, int]]:
    """Spans that may be popular names, in no particular order."""
    for scan in name_scans(text, lang):
        yield from scan


def name_at(
    text: str, start: int, end: int, table: dict[str, PopularName], lang: str, seen: _Seen = None
) -> Candidate | None:
    """The popular name a span of :func:`name_scans` is (None when not one here); one glossed
    in a proposal's title is noted in ``seen``, CELEX -> first place (``proposal_names``)."""
    written = text[start:end]
    # names in the table are written with single spaces
    entry = table.get(written)
    if entry is None:
        written = unify_dashes(" ".join(written.split()))
        entry = table.get(written)
        if entry is None:
            return None
    if proposal_names.in_proposal_title(text, start):  # (the proposal's name)
        return proposal_names.noted(seen, entry.celex, start)
    # in brackets: a gloss of the acronym before it, the acronym the mention (``DSA (Digital
    # Services Act)``), else defined there (``(Visakodex)`` after a title): no mention
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        span = glossed_acronym(text, start, end, written, table)
        if span is None or dated_names.before_its_work(
            text, span[0], entry.celex, lang, entry.date
        ):
            return None
        return Candidate(*span, "popular_name", target=entry.target, name=written)
    if (
        not (word_start(text, start) or after_joined_article(text, start))
        or MODIFIES.match(text, end)
        or revision_after(text, end, written)
        or inside_longer_name(text, start, written, lang)
        or national_copy(text, start)
        or (written.endswith(FOREIGN_ENDS) and foreign_use(text, start, end, written, entry.celex))
        or after_ordinal(text, start, written, lang)
        or dated_names.before_its_work(text, start, entry.celex, lang, entry.date)
        or other_number_before(text, start, entry.celex, lang)
    ):
        return None
    # the act's number right after the name is the same mention's (``name_numbers``)
    if (after := number_after(text, end, entry.celex)) is False:
        return None
    return Candidate(start, after or end, "popular_name", target=entry.target, name=written)


class NameScan(NamedTuple):
    """One scan of a text with the pattern of :func:`name_pattern`.

    ``spans``: the matches where a name may start (``name_search.may_start``: not
    inside a word), each after the last one's end, each followed by the lower-case
    names holding a capital found at its tail (as :func:`name_scans` yields them).
    ``starts``: every place where the pattern matches and a name may start, also inside
    another match, by first character (None: the text was not scanned): a superset of
    where any of ``names``, the names the pattern finds, can start a word
    (``uses.UseScanner`` reads it instead of searching the text again for aliases that
    are popular names).
    """

    spans: list[tuple[int, int]]
    starts: dict[str, list[int]] | None
    names: frozenset[str]
    #: where each match of the pattern ``closes`` given to :func:`scan_names` ends (None:
    #: not searched)
    close_ends: list[int] | None = None


def scan_names(text: str, lang: str, closes: re.Pattern[str] | None = None) -> NameScan:
    """The text's :class:`NameScan`: the pattern matched at each place
    ``name_search.name_starts`` finds on a one-byte copy of the text (a literal-led
    search), or, where it finds none (a first capital beyond Latin-1), one pass of the
    pattern over the text, the matches inside another match found by searching again
    from the character after each start.

    ``closes``: a pattern whose every match is one ``)`` (the brackets that may close a
    definition, ``definition_words.paren_end``), searched in the same pass as the names
    where that pass tests the set of their first characters at every character."""
    if not _may_hold_name(text, lang) or name_pattern(lang) is None:
        return NameScan([], None, frozenset())
    pattern = name_pattern(lang)
    assert pattern is not None
    tails, joins = _lower_tails(lang), _joins(lang)
    spans: list[tuple[int, int]] = []
    starts: dict[str, list[int]] = {}
    close_ends: list[int] = []
    names = _pattern_names(lang)
    places = name_starts(text, names, joins)
    if places is not None:
        matches: Iterable[re.Match[str]] = filter(None, map(pattern.match, repeat(text), places))
        if closes is not None:
            close_ends = [m.end() for m in closes.finditer(text)]
    else:
        led = pattern if closes is None else with_closes(names, name_end(lang), closes.pattern)
        found = every_match(text, led, close_ends)
        matches = (m for m in found if may_start(text, m.start(), joins))
    last_end = 0
    for m in matches:
        start = m.start()
        first = text[start]
        starts.setdefault(first, []).append(start)
        if start >= last_end:
            last_end = m.end()
            spans.append((start, last_end))
            if first in tails:
                spans.extend(tail_spans(text, start, tails))
    return NameScan(
        spans, starts, _pattern_name_set(lang), close_ends if closes is not None else None
    )


@lru_cache(maxsize=4)
def _pattern_name_set(lang: str) -> frozenset[str]:
    return frozenset(_pattern_names(lang))


def find_popular_names(
    text: str, lang: str, skip: Collection[tuple[int, int]] = (), scan: NameScan | None = None
) -> list[Candidate]:
    """Every popular name in the text, as candidates with their target.

    Args:
        text: The text.
        lang: Its language.
        skip: Spans already taken by the use of a defined term (which wins over a
            popular name with the same span), left out at once.
        scan: The text's :func:`scan_names`, when already made.
    """
    table = names_for(lang)
    found: list[Candidate] = []
    proposals: dict[str, int] = {}
    for span in (scan or scan_names(text, lang)).spans:
        if span not in skip and (c := name_at(text, *span, table, lang, proposals)) is not None:
            found.append(c)
    for lower in lower_scans(text, lang):
        found.extend(
            c
            for start, end in lower
            if (start, end) not in skip
            and (c := name_at(text, start, end, table, lang, proposals)) is not None
        )
    found.sort(key=_START)
    return proposal_names.left_out(found, proposals) if proposals else found


_START = attrgetter("start")
