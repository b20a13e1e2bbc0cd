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
from collections.abc import Mapping
from functools import lru_cache

from eurefs.languages import BY_CODE
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern
from eurefs.records import record
from eurefs.short_forms.alias_groups import (
    after_definition,
    conjoined_aliases,
    earlier_aliases,
    last_cited,
    names_work,
    owns_all,
    popular_celex,
)
from eurefs.short_forms.alias_words import acceptable_alias, short_title, strip_article, type_named
from eurefs.short_forms.common import (
    CITATION_KINDS,
    TARGET_KINDS,
    Candidate,
    Target,
    alternation,
    target_of,
    words,
)
from eurefs.short_forms.definition_words import (
    CALL_BEFORE_PAREN,
    before_paren,
    bracketed_acronym_site,
    national_act_pattern,
    national_nouns,
    paren_end,
    quotation_marks,
    sentence_end_in,
    short_title_tails,
    title_word_before,
    with_intro_sites,
)
from eurefs.short_forms.gap_dates import replace_dates
from eurefs.short_forms.national_copies import national_site
from eurefs.short_forms.nested_titles import WINDOW as _WINDOW
from eurefs.short_forms.nested_titles import nested_sites
from eurefs.short_forms.popular_names import NameScan
from eurefs.short_forms.uses import UseScanner


# Both definition forms end in ")": each ")" is found with str.find (fast) and these
# patterns are matched backwards from it, on a short window ending there.
@lru_cache(maxsize=8)
def _quoted(lang: str) -> re.Pattern[str]:
    op, cl = quotation_marks(lang)
    return re.compile(
        rf"[{op}][ \u00a0]?(?P<alias>[^{op}{cl}()]{{1,80}}?)[ \u00a0]?[{cl}]{CALL_BEFORE_PAREN}"
        rf"[ \u00a0]?\)\Z"
    )


_PARENS = compile_pattern(r"\([^()]*\)")
_FOOTNOTE_CALL = compile_pattern(r"\A[ \u00a0]*\[?[0-9]{1,3}\]?(?=\s|\Z)")
_MAX_GAP = 700


@record
class Definition:
    """An alias bound to a target from ``end`` on; ``start``-``end`` is the definition site
    (``target`` None: a national copy of the act cited up to ``copy_of``, giving nothing)."""

    alias: str
    bare_type: bool
    start: int
    end: int
    target: Target | None
    copy_of: int | None = None


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
def _authors(lang: str) -> re.Pattern[str] | None:
    # after the number: the record's author phrases (``du Conseil``) and the words' own
    phrases = list(words(lang).authors) + list(BY_CODE[lang].author_phrases)
    return re.compile(alternation(phrases)) if phrases else None


@lru_cache(maxsize=8)
def _title_end(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\S){alternation(list(words(lang).title_ends))}\Z")


@lru_cache(maxsize=32)
def _title_dates(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(words(lang).title_dates))


@lru_cache(maxsize=1)
def title_like(gap: str, lang: str, kind: str) -> bool:
    """Whether only a title, author, date and bracketed matter stand in ``gap``.

    The last answer is kept: the aliases of one site (``("the Directive" or "RED")``)
    ask of the same gap, and :func:`_named_owner` asks again where :func:`_antecedent`
    asked (1 MB of the benchmark text: 10 of 61 calls, ~58 k instructions each)."""
    g = _PARENS.sub(" ", _PARENS.sub(" ", gap))
    # a national act's noun first, a test in C (the pattern tries most characters of a gap)
    nouns = national_nouns(lang) if kind == "legal_act" else ()
    national = national_act_pattern(lang) if any(n in g for n in nouns) else None
    if national is not None and national.search(g):
        return False
    # a footnote call right after the citation (``Richtlijn 96/71/EG 1 ("de richtlijn")``)
    g = _FOOTNOTE_CALL.sub(" ", g, count=1)
    # a date on its own line must not leave a blank line behind
    # (the language's own title dates first: they take the full stop after the year)
    if words(lang).title_dates:
        g = _title_dates(lang).sub("\x00", g)
    g = replace_dates(g, lang)
    if sentence_end_in(g):
        return False
    g = g.replace("\x00", " ")
    authors = _authors(lang)
    g = (authors.sub(" ", g) if authors is not None else g).strip(" ,\t\r\n")
    if kind != "legal_act":
        return not g
    if words(lang).title_ends and _title_end(lang).search(g):
        return True
    return _title_start(lang).match(g) is not None


def _joins_no_act(
    text: str, refs: list[BaseReference], i: int, m: re.Match[str], lang: str, act_type: str | None
) -> bool:
    """Whether ``and`` before ``refs[i]`` joins it to no act of a title (``the Disability
    Discrimination Act 1995 and Directive 2000/78/EC ("the Framework Directive")``): an
    alias naming the act's type, and no act cited in the 150 characters before."""
    if act_type is None or getattr(refs[i], "act_type", None) != act_type:
        return False
    if m.group().strip() not in BY_CODE[lang].article_conjunctions:
        return False
    return i == 0 or refs[i - 1].end < m.start() - 150


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
        if ref.kind in CITATION_KINDS:
            i -= 1
            continue
        if ref.kind not in TARGET_KINDS:
            return None
        m = title_word_before(text, ref.start, lang)
        # (after a bracket defining an alias, "and" joins two citations: no title)
        if m and not _joins_no_act(text, refs, i, m, lang, act_type):
            if not after_definition(text, m.start(), lang):
                i -= 1
                continue
        if not title_like(text[ref.end : at], lang, ref.kind):
            return None
        if act_type is not None and getattr(ref, "act_type", None) != act_type:
            return None
        return i
    return None


#: A definition site starts at most this far before the ``)`` that closes it, or before
#: the intro it is found from (the quoted alias, the words before it, and the ``(``
#: of a ``(...; hereinafter ...)``).
SITE_REACH = 300


def paren_sites(
    text: str, lang: str, start: int = 0, stop: int | None = None, ends: list[int] | None = None
) -> list[tuple[int, int, str]]:
    """``(site start, site end, raw alias)`` for each ``)`` in ``text[start:stop]`` that
    closes a definition, in text order of the ``)`` (``ends``: where each match of
    ``paren_end`` in the whole text ends, when already found)."""
    sites: list[tuple[int, int, str]] = []
    if ends is None:
        stop = len(text) if stop is None else stop
        ends = [m.end() for m in paren_end(lang).finditer(text, start, stop)]
    if not ends:  # most short texts: the patterns below are not compiled
        return sites
    prefix = _prefix(lang)
    closing = set(quotation_marks(lang)[1].replace("\\", ""))
    quoted = _quoted(lang)
    short, tails = short_title(lang), short_title_tails(lang)
    for end in ends:
        before = before_paren(text, end)
        if before[-1:] in closing or before[:1] in closing:
            # nothing these patterns match holds a bracket (the aliases, quotation marks,
            # blanks, intros, articles and joins do not): each starts at the last ``(``
            # before the ``)`` or after it, and is looked for from there on
            opening = text.rfind("(", max(0, end - _WINDOW), end - 1)
            m = quoted.search(text, opening + 1 if opening >= 0 else max(0, end - _WINDOW), end)
            if m is None:
                continue
            aliases, first = earlier_aliases(text, lang, m.start(), opening + 1)
            head = prefix.search(text, max(0, first - 45, opening), first)
            if head is None:
                continue
            site_start = head.start()
            if text[site_start] != "(":
                opening = text.rfind("(", max(0, site_start - 150), site_start)
                if opening < 0 or ")" in text[opening:site_start]:
                    continue
                site_start = opening
            sites.extend((site_start, end, alias) for alias in [*aliases, m.group("alias")])
        elif short is not None and before in tails:
            t = short.search(text, max(0, end - _WINDOW), end)
            if t is not None:
                sites.append((t.start(), end, t.group("alias")))
        elif short is not None and before[-1:] == ")":
            sites.extend(nested_sites(text, lang, end))
    return sites


def defines(lang: str) -> bool:
    """Whether the language's record says anything of definitions."""
    w = words(lang)
    return bool(w.title_starts or w.definition_intros)


def bind_site(
    text: str,
    refs: list[BaseReference],
    starts: list[int],
    site: tuple[int, int, str],
    lang: str,
    known_names: frozenset[str],
    defined: Mapping[str, int] | None = None,
) -> tuple[bool, Definition | None]:
    """Whether a site defines an acceptable alias, and its definition when the alias
    belongs to a full reference before it (``antecedent`` indexes ``refs``; ``defined``:
    where the definitions before it of each alias end)."""
    site_start, site_end, raw = site
    alias = strip_article(" ".join(raw.split()), lang)
    if not acceptable_alias(alias, lang, known_names):
        return False, None
    act_type, bare = type_named(alias, lang)
    i = _antecedent(text, refs, starts, site_start, lang, act_type)
    if i is not None and bracketed_acronym_site(text, lang, site_start, site_end):
        # a bare acronym's bracket (``bracketed_acronyms``) names the act it follows at
        # once, or after its title, no act cited in it, where it ends in that act's type
        # (``Verordnung (EG) Nr. 44/2001 des Rates vom 22.12.2000 über ... (EuGVVO)``)
        follows = site_start - refs[i].end in (0, 1) and not text[refs[i].end : site_start].strip()
        typed = act_type is not None and last_cited(refs, starts, site_start) == i
        i = i if (follows or typed) and refs[i].kind == "legal_act" else None
    taken = False
    if (joined := conjoined_aliases(text, lang, site_start, site_end)) is not None:
        if i is not None and not owns_all(refs, starts, i, site_start, joined, lang):
            i = None  # aliases joined by "and" after two acts: which names which is not said
    else:
        i, taken = _named_owner(text, refs, starts, site_start, i, alias, lang)
    if (copy := national_site(text, lang, refs, starts, i, site_start, alias)) is not None:
        return True, Definition(alias, bare, site_start, site_end, None, refs[copy].end)
    target = target_of(refs[i], i) if i is not None else None
    if target is None:  # a popular name taken for no act told (``taken``), or an alias
        # defined before and again for no act told (``Later, Directive 2006/112/EC ('the
        # Directive')``): its uses give nothing, not the act it named before
        again = defined is not None and defined.get(alias, site_start + 1) <= site_start
        return True, Definition(alias, bare, site_start, site_end, None) if taken or again else None
    return True, Definition(alias, bare, site_start, site_end, target)


def _named_owner(
    text: str,
    refs: list[BaseReference],
    starts: list[int],
    at: int,
    i: int | None,
    alias: str,
    lang: str,
) -> tuple[int | None, bool]:
    """``i``, the act the alias's place gives it, unless the alias is a name (a popular
    name or its acronym) of the last act cited before it, in a list or a title (``...
    and Regulation (EU) 2022/2065 ("DSA")``, ``amending ... 2016/679 ('GDPR')``): that
    act.  A popular name of another work names ``i`` when the bracket follows it at once
    (``No 809/2004 (the "Prospectus Regulation")``), else (or after a list) none."""
    j = last_cited(refs, starts, at)
    if j is not None and j != i and names_work(alias, getattr(refs[j], "celex", None), lang):
        return (j if title_like(text[refs[j].end : at], lang, "legal_act") else None), False
    popular = popular_celex(alias, lang)
    k = i if i is not None else j  # j: a list's last act
    if k is None or popular in (None, getattr(refs[k], "celex", None)):
        return i, False
    if i is None:  # taken where only a title stands between
        return None, title_like(text[refs[k].end : at], lang, "legal_act")
    return (None if _FOOTNOTE_CALL.sub("", text[refs[i].end : at], count=1).strip() else i), True


def find_definitions(
    text: str,
    refs: list[BaseReference],
    lang: str,
    known_names: frozenset[str],
    starts: list[int] | None = None,
    ends: list[int] | None = None,
) -> tuple[list[Definition], list[tuple[int, int]]]:
    """Every alias the text defines next to a full reference, in text order, and
    the spans of all definition sites (also of aliases bound to nothing here:
    a popular name defined there is still a definition, not a mention).
    ``starts``: where each of ``refs`` starts, when known; ``ends``: where the matches
    of ``paren_end`` end, when known (the popular-name scan finds them).

    ``ShortFormStream`` (``eurefs.short_forms.incremental``) binds a stream's sites
    the same way, chunk by chunk, from the same pieces."""
    if not defines(lang):
        return [], []
    if starts is None:
        starts = [r.start for r in refs]
    found: list[Definition] = []
    spans: list[tuple[int, int]] = []
    defined: dict[str, int] = {}
    for site in with_intro_sites(text, lang, paren_sites(text, lang, ends=ends)):
        acceptable, definition = bind_site(text, refs, starts, site, lang, known_names, defined)
        if not acceptable:
            continue
        if not spans or spans[-1][1] <= site[0]:
            spans.append((site[0], site[1]))
        if definition is not None:
            found.append(definition)
            defined[definition.alias] = definition.end
    return found, spans


def find_uses(
    text: str, definitions: list[Definition], lang: str, names: NameScan | None = None
) -> list[Candidate]:
    """Every use of a defined alias after its definition, bound to the latest
    definition before it (see :class:`~eurefs.short_forms.uses.UseScanner`; ``names``:
    the text's popular-name scan, when made)."""
    scanner = UseScanner(text, lang, names)
    for d in definitions:
        scanner.add(d)
    return scanner.scan(len(text) + 1)
