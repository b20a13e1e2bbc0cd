"""Anaphors: ``that Regulation``, ``the said Directive``, ``cette directive``, ``der
genannten Verordnung``, ``Article 5 thereof``; Danish ``direktivets artikel 5``, with no
determiner, in ``short_forms/definite_genitives``.

An anaphor points to the nearest earlier mention (full or short) of an act of its type, and
only when nothing makes that doubtful: the nearest mention is itself unresolved (an
ambiguous anaphor before it); another work of that type is mentioned in the same sentence
as that mention or later (``Regulation A and Regulation B ... that Regulation``); the type
word appears, not as a mention, between the two (``the decision of the referring court ...
that decision``); the nearest mention is far away (over 5 000 characters; 1 500 for
decisions).  ``this Regulation`` / ``le présent règlement`` are never anaphors; German
``dieser Verordnung`` is one only outside legislative texts, where it is the text itself.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from operator import itemgetter

from eurefs.models.light import BaseReference
from eurefs.short_forms.alias_forms import declined_forms
from eurefs.short_forms.common import (
    SENTENCE_BOUNDARY,
    Candidate,
    Target,
    alternation,
    bounded_alternation,
    date_stops,
    target_of,
    words,
)
from eurefs.short_forms.definite_genitives import definite_doubt, find_definite_genitives
from eurefs.short_forms.determiners import determiner_at, determiner_types, last_words
from eurefs.short_forms.legislative import drop_national_selves, is_legislative
from eurefs.short_forms.national_copies import (
    COPY_REACH,
    copied,
    copy_phrase_end,
    copy_phrase_words,
)
from eurefs.short_forms.type_words import TypeWord, other_meaning

# Beyond this distance from the nearest mention of its type, an anaphor is left alone
# (the development texts need 2 600 characters at most); ``that decision`` is more often a
# national court's or authority's decision, so it must follow its act closely.
_MAX_DISTANCE = {"decision": 1500}


@lru_cache(maxsize=16)
def _same_act(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """After an article such as "the", a stray type word still means the act just cited
    ("referred to by the regulation"), unless a word follows that makes it something else
    ("the decision of") or a number does: (article before, qualifier after), or None."""
    w = words(lang)
    if not w.same_act_articles:
        return None
    quals = rf"\s+{alternation(list(w.act_qualifiers))}\b|" if w.act_qualifiers else ""
    return (
        re.compile(rf"(?:^|\W){alternation(list(w.same_act_articles))}\s+$"),
        re.compile(rf"{quals}\s*\d"),
    )


@lru_cache(maxsize=16)
def _self_words(lang: str) -> tuple[str, ...]:
    """``this `` and the like, lower case, as they end the text before a type word."""
    return tuple(f"{w.lower()} " for w in words(lang).self_words)


def find_anaphors(
    text: str, lang: str, type_words: list[TypeWord], legislative: bool | None = None
) -> list[Candidate]:
    """Every anaphor candidate (unresolved), in text order.

    ``legislative`` says whether the whole text is an act (:func:`is_legislative`);
    None: read it from ``text`` (pass it when ``text`` is only part of the document).
    """
    w = words(lang)
    if not w.anaphor_determiners and not w.thereof and not w.anaphor_determiners_after:
        return []
    if legislative is None:
        legislative = is_legislative(text, lang)
    drop_self = bool(w.self_determiners) and legislative
    found: list[Candidate] = _after(text, lang, type_words) if w.anaphor_determiners_after else []
    if w.anaphor_determiners:
        before = _before(text, lang, type_words, w.self_determiners if drop_self else ())
        found += before if drop_self else drop_national_selves(text, before, w.self_determiners)
    later = [  # ``Article 5 thereof``; outside acts, ``direktivets artikel 5``
        *(_thereof(text, w.thereof, lang) if w.thereof else ()),
        *(() if legislative else find_definite_genitives(text, lang, type_words)),
    ]
    if later or w.anaphor_determiners_after:
        found += later
        found.sort(key=_START)
    return found


def _before(
    text: str, lang: str, type_words: list[TypeWord], self_determiners: tuple[str, ...]
) -> list[Candidate]:
    """Anaphors whose determiner stands before the type word (``that Regulation``), but
    for ``self_determiners`` (``this``, in an act)."""
    det_ends = last_words(lang)
    endings = tuple(det_ends)
    lasts = frozenset(e[-1] for e in endings)  # (the letters a determiner ends in)
    types_of = determiner_types(lang)
    found: list[Candidate] = []
    for i, (start, end, act_type, singular) in enumerate(type_words):
        if singular is None:
            continue
        # cheap tests first: the word before must end a determiner (most type words
        # follow one space after a word: its last letter tested, then the word in place,
        # without a copy or a slice)
        if start > 1 and text[start - 1] == " " and not (ch := text[start - 2]).isspace():
            if ch not in lasts or not text.endswith(endings, 0, start - 1):
                continue
        elif not text[start - 24 if start > 24 else 0 : start].rstrip().endswith(endings):
            continue
        # No determiner holds a type word (a test checks every language): each is searched
        # for after the type word before, not 40 characters back again.
        previous_end = type_words[i - 1][1] if i else 0
        lo = start - 40 if start - 40 > previous_end else previous_end
        if (found_det := determiner_at(text, lang, lo, start, det_ends)) is None:
            continue
        det_start, det = found_det
        if det in self_determiners:
            continue
        if (types := types_of.get(det)) is not None and not (
            act_type in types or text[start:end].lower() in types
        ):
            continue  # a masculine determiner before a feminine type word, or the like
        found.append(_new(Candidate, (det_start, end, "anaphor", None, act_type, None, None)))
    return found


@lru_cache(maxsize=8)
def determiner_after(lang: str) -> re.Pattern[str]:
    """A determiner right after a type word (`` αυτής`` in ``της οδηγίας αυτής``)."""
    dets = alternation(list(words(lang).anaphor_determiners_after))
    return re.compile(rf"[ \u00a0]+(?P<det>{dets})(?![\w-])")


@lru_cache(maxsize=8)
def _plural_heads(lang: str) -> tuple[str, ...]:
    """The language's plural article + type word pairs, lower case, space first."""
    return tuple(f" {h.lower()}" for h in words(lang).plural_heads)


def _after(text: str, lang: str, type_words: list[TypeWord]) -> list[Candidate]:
    """Anaphors whose determiner follows the type word, in one of its singular cases
    (a plural such as ``οδηγίες`` or ``directivele`` is never one act)."""
    singular = declined_forms(lang)
    after = determiner_after(lang)
    plural = _plural_heads(lang)
    found: list[Candidate] = []
    for start, end, act_type, _ in type_words:
        if text[start:end].lower() not in singular:
            continue
        m = after.match(text, end)
        if m is not None:
            if plural and " ".join(text[max(0, start - 12) : end].lower().split()).endswith(plural):
                continue
            found.append(_new(Candidate, (start, m.end(), "anaphor", None, act_type, None, None)))
    return found


@lru_cache(maxsize=8)
def _thereof_pin(lang: str) -> re.Pattern[str]:
    """The pinpoint before ``thereof``: ``Article 5(1)``, ``Articles 3 and 4``, ``Annex II``."""
    w = words(lang)
    # the boundary before the pinpoint word checked after its first letter: ``re``
    # skips to those letters (a pattern led by ``\\b`` is tried at every character)
    heads = bounded_alternation(list(w.thereof_pinpoint_words))
    repeated = re.escape(w.thereof_pinpoint_words[0])
    conj = "".join(rf"|\s+{c}\s+" for c in map(re.escape, w.pinpoint_conjunctions))
    number = r"[\dIVXLC]+[a-z]?"
    return re.compile(
        rf"(?P<pin>{heads}\s+{number}(?:\(\w{{1,4}}\))*"
        rf"(?:(?:\s*,\s*{conj})(?:(?:{repeated}\s+)?{number})?(?:\(\w{{1,4}}\))*){{0,6}})"
        r"\s+$"
    )


def _thereof(text: str, thereof: tuple[str, ...], lang: str) -> list[Candidate]:
    """``thereof`` after a pinpoint (``Article 5 thereof``): the pinpoint is kept."""
    found: list[Candidate] = []
    for word in thereof:
        at = text.find(word)
        # No pinpoint holds the word (none of its parts is a number, pinpoint word or
        # conjunction): the window starts after the one before, not 120 characters back
        # again (``Article 1 thereof `` repeated read each ``Article`` seven times).
        end = 0
        while at >= 0:
            lo = at - 120 if at - 120 > end else end
            end = at + len(word)
            if not text[end : end + 1].isalnum():
                # compiled only where ``thereof`` is (cached per language)
                pin = _thereof_pin(lang).search(text, lo, at)
                if pin is not None:
                    pinpoint = " ".join(pin.group("pin").split())
                    found.append(Candidate(at, end, "anaphor", pinpoint=pinpoint))
            at = text.find(word, end)
    return found


_new = tuple.__new__
_START = itemgetter(0)


#: A mention in the log: start, end, what it points to (a target; the index of a
#: full reference, whose target is made only when needed; None: unresolved) and the
#: key of that work (None: unresolved).
Mention = tuple[int, int, "Target | int | None", "str | None"]


def log_mention(by_type: dict[str, list[Mention]], act_type: str, entry: Mention) -> None:
    """Add ``entry`` to its type's mentions, in place of the latest when both are of
    one work (a key, not None: an unresolved mention is no work)."""
    seen = by_type.setdefault(act_type, [])
    if seen and entry[3] is not None and seen[-1][3] == entry[3]:
        seen[-1] = entry
    else:
        seen.append(entry)


class MentionLog:
    """Mentions seen so far in the walk, per act type, for resolving anaphors.

    Of mentions of one work in a row, only the latest is kept (:func:`log_mention`):
    an anaphor reads the latest mention of its type and the one of another work before
    it, which is then the one before (the spans never overlap, so ends grow along a
    list, and the earlier mentions of the run were read only to be passed over).
    ``sites`` are spans whose words do not count as stray type words (definition
    sites); ``last_any`` is the latest mention of any type (for ``thereof``);
    ``refs`` are the full references mention indexes point into; ``copies``: where the
    citations end that a definition site took into national law, and where that site
    starts (``... as it forms part of domestic law ('the UK GDPR')``: an anaphor after
    it speaks of the national copy, which has no EU act).
    """

    def __init__(
        self,
        text: str,
        lang: str,
        sites: list[tuple[int, int]],
        type_words: list[TypeWord],
        refs: list[BaseReference],
    ) -> None:
        self.text, self.lang, self.sites, self.type_words, self.refs = (
            text, lang, sites, type_words, refs
        )  # fmt: skip
        self.by_type: defaultdict[str, list[Mention]] = defaultdict(list)
        self.last_any: Mention | None = None
        self.site_starts = [s for s, _ in sites]
        self.type_word_starts = list(map(_START, type_words))  # (a field by index: in C)
        self.copies: dict[int, int] = {}
        self.definite = definite_doubt(lang)  # (``direktivets artikel 5``; None: no such words)
        self.copy_words = copy_phrase_words(lang)  # (none: no national copies)

    def add(self, start: int, end: int, act_type: str | None, target: Target | None) -> None:
        """Record a mention (``target`` None: an anaphor that could not be resolved)."""
        entry = (start, end, target, None if target is None else target.key)
        if act_type is not None:
            log_mention(self.by_type, act_type, entry)
        self.last_any = entry

    def _target(self, pointed: Target | int | None) -> Target | None:
        if type(pointed) is int:
            return target_of(self.refs[pointed], pointed)
        return pointed  # type: ignore[return-value]

    def resolve(self, cand: Candidate) -> Target | None:
        """The target of an anaphor, or None when it is absent or ambiguous."""
        at, at_end, _, _, act_type, _, _ = cand  # (a field read costs more than this)
        if act_type is None:
            return self._resolve_thereof(cand)
        seen = self.by_type.get(act_type)
        if not seen:
            return None
        start, end, pointed, key = seen[-1]
        if key is None or at - end > _MAX_DISTANCE.get(act_type, 5000):
            return None
        if self.definite and self.definite(self.text, at, at_end, end, act_type):
            return None  # a definite genitive far from its act or past a compound of its type
        if self.copies and copied(end, at, self.copies):
            return None  # the national copy of the act (``the UK GDPR``)
        # another work of the type in the same sentence as the nearest mention: doubtful
        # (no slice: a copy per anaphor is quadratic; the sentence, usually a few words
        # back, is only looked for when another work is near, which is rare)
        sentence: int | None = None
        i = len(seen) - 2
        while i >= 0:
            _, e, _, k = seen[i]
            if e <= start - 1000:
                break
            if k is None or k != key:
                if sentence is None:
                    sentence = self._sentence_start(start)
                if e > sentence:
                    return None
                break
            i -= 1
        if self._stray_type_word(act_type, end, at):
            return None
        if self._retained(end, at):
            return None  # the national copy, named by no alias (``as retained in UK law``)
        if type(pointed) is int:  # (``_target``, inlined)
            return target_of(self.refs[pointed], pointed)
        return pointed  # type: ignore[return-value]

    def _retained(self, end: int, at: int) -> bool:
        """Whether a national-copy phrase follows the mention ending at ``end`` in its
        sentence, before the anaphor at ``at`` (``copy_phrase_end``, asked only where
        one of its words is: most gaps hold none, and the call costs more than the test)."""
        if not (copy_words := self.copy_words):
            return False
        gap = self.text[end : at if at < end + COPY_REACH else end + COPY_REACH]
        for word in copy_words:
            if word in gap:
                return copy_phrase_end(self.text, self.lang, end, at) >= 0
        return False

    def _resolve_thereof(self, cand: Candidate) -> Target | None:
        if self.last_any is None:
            return None
        start, end, pointed, key = self.last_any
        target = self._target(pointed)
        at = cand.start  # (the gap searched in place, not copied)
        if target is None or at - end > 300 or SENTENCE_BOUNDARY.search(self.text, end, at):
            return None
        if (self.copies and copied(end, at, self.copies)) or self._retained(end, at):
            return None
        if self._other_work_before(start, key):
            return None
        return target

    def _other_work_before(self, start: int, key: str | None) -> bool:
        """Whether a work other than ``key`` is mentioned in the sentence before the
        mention at ``start``: ``thereof`` then follows a list or a title citing other
        acts (``Regulation (EC) No 1907/2006 ..., repealing ... Directives 91/155/EEC and
        2000/21/EC, and in particular Article 64(8) thereof`` is the Regulation's article,
        not the last Directive's), so which work it means is left undecided."""
        sentence: int | None = None
        for seen in self.by_type.values():
            i = len(seen)
            while i:  # (a range per type costs more than its one or two steps)
                i -= 1
                _, e, _, k = seen[i]
                if e > start:
                    continue
                if e <= start - 1000:
                    break
                if k != key:
                    if sentence is None:
                        sentence = self._sentence_start(start)
                    if e > sentence:
                        return True
                    break
        return False

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts (a "sentence" is at most 1 000
        characters: a list without full stops ends there; a date's stop ends none,
        :func:`date_stops`: ``Verordnung A vom 16. Februar 2011 ... zur Änderung der
        Verordnung B`` is one sentence, and B no clear antecedent)."""
        lo = max(0, pos - 1000)
        last = lo
        inner = date_stops(self.lang)
        for m in SENTENCE_BOUNDARY.finditer(self.text, lo, pos):
            if inner is None or inner.match(self.text, m.start()) is None:
                last = m.end()
        return last

    def _stray_type_word(self, act_type: str, start: int, end: int) -> bool:
        site_starts = self.site_starts
        starts = self.type_word_starts
        i = bisect.bisect_left(starts, start)
        n = len(starts)
        while i < n and starts[i] < end:
            tw = self.type_words[i]
            i += 1
            if tw.act_type != act_type:
                continue
            j = bisect.bisect_right(site_starts, tw.start) - 1
            if j >= 0 and self.sites[j][1] > tw.start:
                continue
            before = self.text[max(0, tw.start - 16) : tw.start].lower()
            if before.endswith(_self_words(self.lang)) or other_meaning(
                self.text, tw.start, tw.end, self.lang
            ):
                continue
            same = _same_act(self.lang)
            if same and same[0].search(before) and not same[1].match(self.text, tw.end):
                continue
            return True
        return False
