"""Defined terms: an alias defined next to a full reference, and its later uses.

``Regulation (EU) 2016/679 ... (‘the GDPR’)``, ``Directive 2000/60/EC
(hereinafter 'the Directive')``, ``(ci-après le « règlement »)``,
``(im Folgenden „Verordnung“)``, and short titles in the act's own title
(``(Data Governance Act)``).  The definition itself is not a back-reference
(the full reference is right there); every later use is.

The alias belongs to the nearest full reference before it when only its title,
author, date and OJ citation stand between them; a citation inside that title
(``repealing Directive 95/46/EC``) is passed over.  Aliases that name no act
(``(‘the referring court’)``) are ignored: an alias must contain an act word,
be an acronym, or be a known popular name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from eurefs.languages import BY_CODE
from eurefs.models.references import BaseReference
from eurefs.short_forms.common import (
    Candidate,
    Target,
    alternation,
    singular_type_forms,
    target_of,
    word_start,
    words,
)
from eurefs.short_forms.definition_words import (
    bare_lead,
    compound_type,
    determined,
    quotation_marks,
    use_forms,
    with_intro_sites,
)


# Both definition forms end in ")": each ")" is found with str.find (fast) and these
# patterns are matched backwards from it, on a short window ending there.
@lru_cache(maxsize=8)
def _quoted(lang: str) -> re.Pattern[str]:
    op, cl = quotation_marks(lang)
    return re.compile(
        rf"[{op}][ \u00a0]?(?P<alias>[^{op}{cl}()]{{1,80}}?)[ \u00a0]?[{cl}][ \u00a0]?\)\Z"
    )


_SHORT_TITLE = re.compile(
    r"\((?:the\s)?(?P<alias>(?:[A-Z][\w-]*\s){0,6}(?:Regulation|Directive|Act|Code))\)\Z"
)
_WINDOW = 100


# The ")" that can close a definition: after a closing quote (and a space), or after
# the last letters of "Regulation", "Directive", "Act", "Code".  The literal ")" comes
# first so that the search skips ahead to it.
@lru_cache(maxsize=8)
def _paren_end(lang: str) -> re.Pattern[str]:
    cl = quotation_marks(lang)[1]
    return re.compile(
        rf"\)(?:(?<=[{cl}]\))|(?<=[{cl}][ \u00a0]\))|(?<=on\))|(?<=ve\))|(?<=ct\))|(?<=de\)))"
    )


_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*(?: (?:[IVX]{1,4}|[2-9]))?")
_PARENS = re.compile(r"\([^()]*\)")
_DATES = re.compile(
    r"\b(?:of|du|vom|de|del)\s+\d{1,2}(?:er|\.)?\s+(?:de\s+)?[^\W\d]{3,10}\s+(?:de\s+)?\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)\Z")
_SENTENCE_END = re.compile(r"[.;!?:]\s|\n\s*\n")
_MAX_GAP = 700


@dataclass(frozen=True)
class Definition:
    """An alias bound to a target from ``end`` on; ``start``-``end`` is the definition site."""

    alias: str
    bare_type: bool
    start: int
    end: int
    target: Target


@lru_cache(maxsize=4)
def _prefix(lang: str) -> re.Pattern[str]:
    w = words(lang)
    intro = alternation(list(w.definition_intros))
    art = alternation(list(w.articles))
    # after a comma (inside the brackets of an OJ citation) only with an intro
    comma = rf"|,(?=\s*{intro})" if w.definition_intros else ""
    return re.compile(rf"(?:\(|;{comma})\s*(?:{intro}\s*[:,\u2013\u2014-]?\s*)?(?:{art}\s*)?$")


@lru_cache(maxsize=4)
def _title_start(lang: str) -> re.Pattern[str]:
    w = words(lang)
    if not w.title_starts:
        return re.compile(r"[\s,]*$")
    return re.compile(rf"[\s,]*(?:$|{alternation(list(w.title_starts))}\b)")


@lru_cache(maxsize=4)
def _in_title(lang: str) -> re.Pattern[str]:
    w = words(lang)
    if not w.in_title_before:
        return re.compile(r",\s*$")
    return re.compile(rf"(?:\b{alternation(list(w.in_title_before))}|,)\s*$")


@lru_cache(maxsize=4)
def _authors(lang: str) -> re.Pattern[str] | None:
    # after the number: the record's author phrases (``du Conseil``) and the words' own
    phrases = list(words(lang).authors) + list(BY_CODE[lang].author_phrases)
    return re.compile(alternation(phrases)) if phrases else None


def _strip_article(alias: str, lang: str) -> str:
    for art in sorted(words(lang).articles, key=len, reverse=True):
        if alias.startswith(art) and alias[len(art) : len(art) + 1] in (" ", "\u00a0", ""):
            return alias[len(art) :].strip()
        if art.endswith(("'", "\u2019", "-")) and alias.startswith(art):
            return alias[len(art) :].strip()
    return alias.strip()


def _alias_type(alias: str, lang: str) -> tuple[str | None, bool]:
    """The act type an alias names (``the CMO Regulation`` -> regulation) and
    whether the alias is that type word alone."""
    forms = singular_type_forms(lang)
    last = alias.split()[-1] if alias.split() else ""
    act_type = forms.get(last) or forms.get(alias) or compound_type(last, lang)
    return act_type, alias in forms


def acceptable_alias(alias: str, lang: str, known_names: frozenset[str]) -> bool:
    """Whether an alias can name an act: an act word, an acronym, or a popular name."""
    if not alias or len(alias) > 70:
        return False
    if alias in known_names or _ACRONYM.fullmatch(alias):
        return True
    parts = alias.split()
    return (
        any(w in singular_type_forms(lang) for w in parts)
        or any(w in words(lang).alias_type_words for w in parts)
        or compound_type(parts[-1], lang) is not None
    )


@lru_cache(maxsize=8)
def _title_end(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\S){alternation(list(words(lang).title_ends))}\Z")


@lru_cache(maxsize=8)
def _title_dates(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(words(lang).title_dates))


def title_like(gap: str, lang: str, kind: str) -> bool:
    """Whether only a title, author, date and bracketed matter stand in ``gap``."""
    g = _PARENS.sub(" ", _PARENS.sub(" ", gap))
    # a date on its own line must not leave a blank line behind
    g = _DATES.sub("\x00", g)
    if words(lang).title_dates:
        g = _title_dates(lang).sub("\x00", g)
    if _SENTENCE_END.search(g):
        return False
    g = g.replace("\x00", " ")
    authors = _authors(lang)
    g = (authors.sub(" ", g) if authors is not None else g).strip(" ,\t\r\n")
    if kind != "legal_act":
        return not g
    if words(lang).title_ends and _title_end(lang).search(g):
        return True
    return _title_start(lang).match(g) is not None


def _antecedent(
    text: str,
    refs: list[BaseReference],
    starts: list[int],
    at: int,
    lang: str,
    act_type: str | None,
) -> int | None:
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and at - refs[i].end <= _MAX_GAP:
        ref = refs[i]
        if ref.end > at:
            return None
        if ref.kind in ("oj", "celex", "eli"):
            i -= 1
            continue
        if ref.kind not in ("legal_act", "com_document"):
            return None
        if _in_title(lang).search(text, max(0, ref.start - 25), ref.start):
            i -= 1
            continue
        if not title_like(text[ref.end : at], lang, ref.kind):
            return None
        if act_type is not None and getattr(ref, "act_type", None) != act_type:
            return None
        return i
    return None


def find_definitions(
    text: str, refs: list[BaseReference], lang: str, known_names: frozenset[str]
) -> tuple[list[Definition], list[tuple[int, int]]]:
    """Every alias the text defines next to a full reference, in text order, and
    the spans of all definition sites (also of aliases bound to nothing here:
    a popular name defined there is still a definition, not a mention)."""
    w = words(lang)
    if not (w.title_starts or w.definition_intros):  # the record says nothing of definitions
        return [], []
    starts = [r.start for r in refs]
    found: list[Definition] = []
    sites: list[tuple[int, int, str]] = []
    prefix = _prefix(lang)
    closing = set(quotation_marks(lang)[1].replace("\\", ""))
    quoted = _quoted(lang)
    for close in _paren_end(lang).finditer(text):
        end = close.end()
        before = text[end - 3 : end - 1]
        if before[-1:] in closing or before[:1] in closing:
            m = quoted.search(text, max(0, end - _WINDOW), end)
            if m is None:
                continue
            head = prefix.search(text, max(0, m.start() - 45), m.start())
            if head is None:
                continue
            site_start = head.start()
            if text[site_start] != "(":
                opening = text.rfind("(", max(0, site_start - 150), site_start)
                if opening < 0 or ")" in text[opening:site_start]:
                    continue
                site_start = opening
            sites.append((site_start, end, m.group("alias")))
        elif lang == "en" and before in ("on", "ve", "ct", "de"):
            t = _SHORT_TITLE.search(text, max(0, end - _WINDOW), end)
            if t is not None:
                sites.append((t.start(), end, t.group("alias")))
    sites = with_intro_sites(text, lang, sites)
    spans: list[tuple[int, int]] = []
    for site_start, site_end, raw in sites:
        alias = _strip_article(" ".join(raw.split()), lang)
        if not acceptable_alias(alias, lang, known_names):
            continue
        if not spans or spans[-1][1] <= site_start:
            spans.append((site_start, site_end))
        act_type, bare = _alias_type(alias, lang)
        i = _antecedent(text, refs, starts, site_start, lang, act_type)
        if i is None:
            continue
        target = target_of(refs[i], i)
        if target is not None:
            found.append(Definition(alias, bare, site_start, site_end, target))
    return found, spans


# Aliases are searched in groups by first character when there are at most this many
# groups: ``re`` then skips to each group's first character at memchr speed, where
# one alternation of all of them tests every character of the text against a set.
_MAX_GROUPS = 5


def _alias_matches(text: str, plain: list[str], pos: int) -> list[tuple[int, int]] | None:
    r"""The spans ``finditer`` of the alternation of ``plain`` (then ``(?![\w-])``) gives
    from ``pos``, found with one search per group of aliases with the same first
    character and merged; None where that could differ (more groups than is worth
    it, or a group's first character inside one of its aliases, which lets two of its
    matches overlap: the skipped one could be the one a single search finds)."""
    groups: dict[str, list[str]] = {}
    for alias in plain:
        groups.setdefault(alias[:1], []).append(alias)
    if len(groups) > _MAX_GROUPS or any(
        not first.strip() or any(first in a[1:] for a in aliases)
        for first, aliases in groups.items()
    ):
        return None
    spans = sorted(
        m.span()
        for aliases in groups.values()
        for m in re.compile(rf"{alternation(aliases)}(?![\w-])").finditer(text, pos)
    )
    # groups start with different characters: matches of two groups never share a start
    kept: list[tuple[int, int]] = []
    last_end = pos
    for start, end in spans:
        if start >= last_end:
            kept.append((start, end))
            last_end = end
    return kept


def _use_spans(
    text: str, plain: list[str], bare: list[str], lead: str, pos: int
) -> list[tuple[int, int, str]]:
    """Start, end and group (``plain``, ``bare``) of the alias in every match of the
    aliases from ``pos`` that starts a word (an article before a bare type word is
    not part of the alias)."""
    if not bare:
        spans = _alias_matches(text, plain, pos)
        if spans is not None:
            return [(s, e, "plain") for s, e in spans if word_start(text, s)]
    parts = []
    if plain:
        parts.append(rf"(?P<plain>{alternation(plain)})(?![\w-])")
    if bare:
        # an act number (or, without an article, a bracket) after the word makes it
        # another citation; a plain number is a pinpoint (Hungarian ``az irányelv 7. cikke``)
        after = r"(?![\w-]|\s*\d+\s*/)" if lead else r"(?![\w-]|\s*\d+\s*/|\s*\()"
        parts.append(rf"{lead}(?P<bare>{alternation(bare)}){after}")
    found = []
    for m in re.compile("|".join(parts)).finditer(text, pos):
        if word_start(text, m.start()):
            group = "plain" if plain and m.group("plain") is not None else "bare"
            found.append((*m.span(group), group))
    return found


def find_uses(text: str, definitions: list[Definition], lang: str) -> list[Candidate]:
    """Every use of a defined alias after its definition, bound to the latest definition."""
    if not definitions:
        return []
    by_key: dict[str, list[Definition]] = {}
    key_of: dict[str, str] = {}  # written form -> key
    plain: list[str] = []
    bare: list[str] = []
    capitalised: set[str] = set()
    for d in definitions:
        if d.bare_type:
            key, forms = use_forms(d.alias, lang)
            if d.alias[:1].islower():  # also at the start of a sentence
                initial = tuple(f[0].upper() + f[1:] for f in forms)
                capitalised.update(initial)
                forms += initial
            bare.extend(f for f in forms if f not in key_of)
        else:
            key, forms = d.alias, (d.alias,)
            plain.extend(f for f in forms if f not in key_of)
        by_key.setdefault(key, []).append(d)
        key_of.update(dict.fromkeys(forms, key))
    ends = {key: [d.end for d in ds] for key, ds in by_key.items()}
    lead = bare_lead(lang)
    uses: list[Candidate] = []
    for s, e, group in _use_spans(text, plain, bare, lead, min(d.end for d in definitions)):
        if group == "bare" and not lead and determined(text, s, lang):
            continue
        written = " ".join(text[s:e].split())
        if written in capitalised and not _SENTENCE_START.search(text, max(0, s - 4), s):
            continue
        use_key = key_of.get(written)
        if use_key is None:
            continue
        i = bisect.bisect_right(ends[use_key], s) - 1  # the latest definition before the use
        if i < 0:
            continue
        d = by_key[use_key][i]
        uses.append(Candidate(s, e, "defined_term", target=d.target, name=d.alias))
    return uses
