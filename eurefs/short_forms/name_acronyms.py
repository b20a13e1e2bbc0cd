"""Acronyms a text gives a popular name: ``the Digital Services Act (DSA)``,
``Regulation (EU) 2022/2065 (the Digital Services Act or DSA)``.

An acronym in brackets right after a popular name (quoted or not, after the language's
intro and article: ``(hereinafter 'DSA')``), or joined to a name that opens a bracket
by the language's "or", a comma or a slash (``(Digital Services Act, DSA)``,
``(Digital Services Act/DSA)``), is an alias of the name's work from the bracket on:
its later uses are defined terms.  Only an acronym of the name is taken: its letters
are the initials of the name's words (``DSA``: Digital Services Act; ``MiCAR``:
Markets in Crypto-Assets Regulation), in that language or another in which the work
has a name (``le règlement sur les services numériques (DSA)``), so that ``the Data
Act (EU)`` or ``the GDPR (OJ)`` defines nothing.  An acronym that is itself a popular
name (``General Data Protection Regulation (GDPR)``) is left to the name's own scan.

The other way round, an acronym of the work's names before the work's citation in brackets
(``DORA (Regulation (EU) 2022/2554)``; :func:`cited_acronym`) is its alias from the acronym
on: the citation is the mention, as after a popular name (``glossed_names``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import attrgetter

from eurefs.models.light import BaseReference
from eurefs.short_forms.alias_groups import names_work, of_any_name
from eurefs.short_forms.alias_words import alias_type
from eurefs.short_forms.common import (
    Candidate,
    alternation,
    singular_type_forms,
    target_of,
    words,
)
from eurefs.short_forms.definition_words import quotation_marks
from eurefs.short_forms.definitions import Definition
from eurefs.short_forms.name_mentions import acronym_before
from eurefs.short_forms.popular_names import NameScan, PopularName, lower_scans, name_at

_ACRONYM = r"(?P<acronym>[A-Z][A-Za-z0-9]{0,10}[A-Z0-9])"


@lru_cache(maxsize=8)
def _after_name(lang: str) -> re.Pattern[str]:
    """What follows a name to give it an acronym: ``(DSA)``, ``("DSA")``, ``(the
    'DSA')``, ``(hereinafter 'DSA')``, or, in the name's own bracket, `` or DSA)``,
    ``, DSA)``, ``/DSA)``."""
    w = words(lang)
    op, cl = quotation_marks(lang)
    art = rf"(?:{alternation(list(w.articles))}[ \u00a0]?)?" if w.articles else ""
    # (blanks bounded: a long run of them stops the match at once)
    intro = _intro(lang)
    joins = [r"\s{0,2}[,/]\s{0,2}"]
    if w.alias_separators:
        joins.append(rf"\s{{1,2}}{alternation(list(w.alias_separators))}\s{{1,2}}")
    return re.compile(
        rf"[ \u00a0]?\(\s{{0,2}}{intro}{art}(?P<q>[{op}])?[ \u00a0]?{_ACRONYM}"
        rf"(?(q)[ \u00a0]?[{cl}])\s{{0,2}}\)"
        rf"|(?P<join>{'|'.join(joins)}){art}{_ACRONYM.replace('acronym', 'joined')}\s{{0,2}}\)"
    )


def _intro(lang: str) -> str:
    intros = words(lang).definition_intros
    return rf"(?:{alternation(list(intros))}[ \u00a0]?[:,]?\s{{0,2}})?" if intros else ""


@lru_cache(maxsize=8)
def _opening(lang: str) -> re.Pattern[str]:
    """A bracket opening right before a name (``(the Digital Services Act or DSA)``)."""
    w = words(lang)
    art = rf"(?:{alternation(list(w.articles))}[ \u00a0]?)?" if w.articles else ""
    return re.compile(rf"\(\s{{0,2}}{_intro(lang)}{art}\Z")


def name_acronym(
    text: str, lang: str, c: Candidate, table: dict[str, PopularName]
) -> Definition | None:
    """The definition of the acronym the text gives the popular name ``c`` right after
    it (``table``: the language's popular names, ``names_for``), or None; ``c`` the acronym
    a name in brackets glosses (``DSA (Digital Services Act)``), that acronym's."""
    if c.name is not None and text[c.end : c.end + 2] in _GLOSS_OPENS:
        close = text.find(")", c.end + 2, c.end + 2 + 2 * len(c.name))
        if close > 0 and (d := _glossed(text, lang, c.end + 2, close, table)) is not None:
            return d
    m = _acronym_after(text, lang, c.end)
    return None if m is None else _definition(text, lang, c, m, table)


def find_name_acronyms(
    text: str, lang: str, scan: NameScan, table: dict[str, PopularName]
) -> list[Definition]:
    """The acronyms given to the popular names of ``text`` (``scan``: its name scan), in
    text order: the name is read (``name_at``) only where an acronym follows it."""
    spans = [*scan.spans, *(span for found in lower_scans(text, lang) for span in found)]
    found = []
    after = None
    for start, end in spans:
        if text[end : end + 1] not in _TRIGGERS:  # (``_acronym_after``, inlined)
            if text[end : end + 1] == ")" and (d := _glossed(text, lang, start, end, table)):
                found.append(d)
            continue
        after = after or _after_name(lang)
        m = after.match(text, end)
        if m is not None and (c := name_at(text, start, end, table, lang)) is not None:
            d = _definition(text, lang, c, m, table)
            if d is not None:
                found.append(d)
        elif m is None and (d := _type_word_alias(text, lang, start, end, table)) is not None:
            found.append(d)
    return sorted(found, key=_START)


@lru_cache(maxsize=8)
def _type_after_name(lang: str) -> re.Pattern[str] | None:
    """The act's type word alone, after the language's intro (which it needs), as the
    name's alias: ``(toliau – Reglamentas)``; None where the record has no intro."""
    w = words(lang)
    if not w.definition_intros:
        return None
    op, cl = quotation_marks(lang)
    art = rf"(?:{alternation(list(w.articles))}[ \u00a0]?)?" if w.articles else ""
    intro = rf"{alternation(list(w.definition_intros))}[ \u00a0]?[:,\u2013\u2014-]?\s{{0,2}}"
    forms = alternation(list(singular_type_forms(lang)))
    return re.compile(
        rf"[ \u00a0]?\(\s{{0,2}}{intro}{art}(?P<q>[{op}])?[ \u00a0]?(?P<type>{forms})"
        rf"(?(q)[ \u00a0]?[{cl}])\s{{0,2}}\)"
    )


def _type_word_alias(
    text: str, lang: str, start: int, end: int, table: dict[str, PopularName]
) -> Definition | None:
    """The type word the text gives the popular name at ``start``-``end`` as its alias
    (``ES Bendrasis duomenų apsaugos reglamentas (toliau – Reglamentas)``), if the name's
    act is of that type: a bare-type alias of its work from the bracket on."""
    pattern = _type_after_name(lang)
    m = pattern.match(text, end) if pattern is not None else None
    if m is None or (c := name_at(text, start, end, table, lang)) is None or c.target is None:
        return None
    act_type, bare = alias_type(m.group("type"), lang)
    if not bare or act_type is None or act_type != c.target.act_type:
        return None
    return Definition(m.group("type"), True, m.start(), m.end(), c.target)


_START = attrgetter("start")


# what opens the bracket of a name glossing an acronym (``name_mentions``)
_GLOSS_OPENS = (" (", "\u00a0(")


def _glossed(
    text: str, lang: str, start: int, end: int, table: dict[str, PopularName]
) -> Definition | None:
    """The acronym the name at ``start``-``end`` glosses in brackets (``DSA (Digital
    Services Act)``, ``name_mentions``) as an alias of its work from the bracket on."""
    if acronym_before(text, start) is None:  # (most bracketed names: none)
        return None
    c = name_at(text, start, end, table, lang)
    if c is None or c.start >= start:
        return None
    return Definition(text[c.start : c.end], False, start - 1, end + 1, c.target)


# what may follow a name that is given an acronym: most names are followed by none of them
_TRIGGERS = " \u00a0(,/"


def _acronym_after(text: str, lang: str, end: int) -> re.Match[str] | None:
    if text[end : end + 1] not in _TRIGGERS:
        return None
    return _after_name(lang).match(text, end)


def _definition(
    text: str, lang: str, c: Candidate, m: re.Match[str], table: dict[str, PopularName]
) -> Definition | None:
    """The acronym of ``m`` (matched after the name ``c``) as a definition, if it is one."""
    if c.target is None or c.name is None:
        return None
    acronym = m.group("acronym") or m.group("joined")
    if m.group("join") is not None and not _opening(lang).search(
        text, max(0, c.start - 60), c.start
    ):
        return None  # ``the GDPR, DSA)``: the name does not open the bracket
    entry = table.get(c.name)
    if entry is None or acronym in table or len(acronym) < 3 or not of_any_name(acronym, entry):
        return None
    return Definition(acronym, False, m.start(), m.end(), c.target)


def add_site(sites: list[tuple[int, int]], d: Definition) -> None:
    """Put the site of the acronym ``d`` into ``sites`` (sorted, disjoint) unless it
    overlaps one of them."""
    i = bisect.bisect_left(sites, (d.start, d.end))
    if (i and sites[i - 1][1] > d.start) or (i < len(sites) and sites[i][0] < d.end):
        return
    sites.insert(i, (d.start, d.end))


def with_sites(sites: list[tuple[int, int]], found: list[Definition]) -> list[tuple[int, int]]:
    """The definition sites ``sites`` (sorted, disjoint) and those of the acronyms ``found``
    (from the bracket or the join on: the name stays a mention) that overlap none of them
    nor an earlier one."""
    if not found:
        return sites
    starts = [start for start, _ in sites]
    extra: list[tuple[int, int]] = []
    for start, end in sorted((d.start, d.end) for d in found):
        i = bisect.bisect_left(starts, end)  # the last site starting before ``end``
        if (i and sites[i - 1][1] > start) or (extra and extra[-1][1] > start):
            continue
        extra.append((start, end))
    return sorted([*sites, *extra])


def cited_acronyms(
    text: str,
    lang: str,
    refs: list[BaseReference],
    starts: list[int],
    table: dict[str, PopularName],
) -> list[Definition]:
    """:func:`cited_acronym` of every full reference right after a bracket, in text order."""
    found = []
    # (a plain loop: 1 MB of the benchmark text, 1,483 full references, 182 after a bracket,
    # 1.61M instructions, where the C chain ``compress(..., map("(".__eq__,
    # map(text.__getitem__, ...)))`` cost 2.43M, PYTHONMALLOC=malloc 1.82M against 2.63M:
    # each call through a method wrapper makes an argument tuple.  At a start of 0,
    # ``text[-1]`` stands before no reference: ``cited_acronym`` reads the slice.)
    for i, start in enumerate(starts):
        if (
            text[start - 1] == "("
            and (d := cited_acronym(text, lang, refs[i], i, table)) is not None
        ):
            found.append(d)
    return found


def cited_acronym(
    text: str, lang: str, ref: BaseReference, index: int, table: dict[str, PopularName]
) -> Definition | None:
    """The acronym the citation ``ref`` (the full reference ``index``), alone in brackets,
    glosses (``DORA (Regulation (EU) 2022/2554)``: an acronym of one of the cited work's
    popular names, ``alias_groups.names_work``) as an alias of that work from the acronym
    on, or None; not an acronym that is a popular name itself (``GDPR (Regulation (EU)
    2016/679)``: ``glossed_names``)."""
    start, end = ref.start, ref.end
    if ref.kind != "legal_act" or text[end : end + 1] != ")" or text[start - 1 : start] != "(":
        return None
    m = acronym_before(text, start)
    if m is None:
        return None
    acronym = m.group()[:-2]
    if acronym in table or not names_work(acronym, vars(ref)["celex"], lang):
        return None
    return Definition(acronym, False, m.start(), m.start() + len(acronym), target_of(ref, index))
