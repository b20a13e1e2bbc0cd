"""How a language writes a definition and the later uses of its alias, from its record.

The words come from each language's ``back_references``
(:class:`~eurefs.languages.back_references.BackReferenceWords`): the intro
(``hereinafter``, ``zwanej dalej``), the quotation marks (Danish ``»...«``), words after
the alias (Dutch ``genoemd``), aliases without quotation marks (Hungarian
``(a továbbiakban: irányelv)``); the declined forms in which a defined type word is used
later (Polish ``„dyrektywą”`` ... ``dyrektywy``) are ``short_forms/alias_forms``'.  No
language is named here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from eurefs.grammar.national_acts import authored_at
from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import (
    act_ordinals,
    alternation,
    bounded,
    ordinal_before,
    singular_type_forms,
    words,
)

_OPEN = "‘'\"“«„‚"
_CLOSE = "’'\"”»“‘"


@lru_cache(maxsize=8)
def quotation_marks(lang: str) -> tuple[str, str]:
    """Opening and closing quotation marks (for a character class): the usual ones
    and the language's own pairs (Danish ``»«``)."""
    pairs = words(lang).quotes
    opening = _OPEN + "".join(p[0] for p in pairs if p[0] not in _OPEN)
    closing = _CLOSE + "".join(p[1] for p in pairs if p[1] not in _CLOSE)
    return re.escape(opening), re.escape(closing)


@lru_cache(maxsize=8)
def short_title_tails(lang: str) -> frozenset[str]:
    """The last two letters of the words a short title ends in (``on`` of ``Regulation``)."""
    return frozenset(t[-2:] for t in words(lang).short_title_words)


@lru_cache(maxsize=8)
def paren_end(lang: str) -> re.Pattern[str]:
    """The ``)`` that can close a definition: after a closing quote (and a space), or after
    the last letters of a short-title word (``Regulation``, ``Directive``, ``Act``).  Every
    match is that one character, the literal first (a search skips ahead to it), then
    lookbehinds grouped under tests of the one before it (most brackets fail at a few).
    Every branch asks for one of a few characters before the ``)``: one test of the set of
    them goes first (a third of the brackets, ``(EU)``, ``(a)``, fail there at once)."""
    cl, blank = quotation_marks(lang)[1], "[ \u00a0]"
    branches = [
        rf"(?<=[{cl}]\))",
        rf"(?<={blank}\))(?:(?<=[{cl}]{blank}\))|(?<=[0-9]{blank}\))(?:{_calls(cl, blank)}))",
        rf"(?<=[{cl} \u00a00-9][0-9]\))(?:{_calls(cl, '')})",  # (not ``(1)``)
    ]
    before = f"{cl} \u00a00-9"  # (what the branches ask for right before the ``)``)
    if tails := sorted(short_title_tails(lang)):
        lasts = re.escape("".join(sorted({t[-1] for t in tails})))
        ends = "|".join(rf"(?<={re.escape(t)}\))" for t in tails)
        # and a short title's acronym in brackets of its own before the ``)`` (``(the
        # Waste Framework Directive (WFD))``): after its last capital and its ``)``
        branches += [rf"(?<=[{lasts}]\))(?:{ends})", r"(?<=[A-Z]\)\))"]
        before += lasts + r"\)"
    return compile_pattern(rf"\)(?<=[{before}]\))(?:" + "|".join(branches) + ")")


def _calls(cl: str, after: str) -> str:
    """The ``)`` after a closing quote and a footnote call of one or two figures (EUR-Lex
    sets it inside the bracket: ``(‘the VAT Directive’ 1 )``), with a space before it or
    not (each a lookbehind of its own width), and ``after`` it (a blank, or nothing)."""
    return "|".join(
        rf"(?<=[{cl}]{a}[0-9]{{{n}}}{after}\))" for n in (1, 2) for a in ("", "[ \u00a0]")
    )


#: A footnote call between a definition's closing quote and its ``)`` (see ``_calls``).
CALL_BEFORE_PAREN = r"(?:[ \u00a0]?[0-9]{1,2})?"
_CALL_CHARS = frozenset("0123456789 \u00a0")


def before_paren(text: str, end: int) -> str:
    """The two characters before the ``)`` that ends at ``end``, or before the footnote
    call in front of it (``’ 1 )``: `` ’``)."""
    before = text[end - 3 : end - 1]
    if before[-1:].isdigit() or before[:1].isdigit():
        k = end - 1
        while k > end - 5 and text[k - 1] in _CALL_CHARS:
            k -= 1
        before = text[k - 2 : k]
    return before


@lru_cache(maxsize=8)
def definition_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The rest of a definition after its intro (``hereinafter`` -> ``‘the Directive’)``,
    also with words after the alias, ``„de richtlijn” genoemd)``, or without quotation
    marks, ``(a továbbiakban: irányelv)``), and a definition with closing words but no
    intro (Irish ``(“an Treoir” anseo feasta)``); None where the record has none."""
    w = words(lang)
    op, cl = quotation_marks(lang)
    art = rf"(?:{alternation(list(w.articles))}[ \u00a0]?)?" if w.articles else ""
    forms = [rf"{art}[{op}][ \u00a0]?(?P<alias>[^{op}{cl}()]{{1,80}}?)[ \u00a0]?[{cl}]"]
    if w.unquoted_aliases:
        forms.append(rf"(?P<plain>[^{op}{cl}()\n;:,.]{{1,60}}?)")
    alias = f"(?:{'|'.join(forms)})"
    closing = alternation(list(w.definition_closings)) if w.definition_closings else None
    after_intro = None
    if w.definition_intros:
        after_intro = re.compile(
            rf"(?P<intro>{alternation(list(w.definition_intros))})\s*[:,\u2013\u2014-]?\s*"
            rf"{alias}(?:\s+(?P<closing>{closing}))?\s*\)"
            if closing
            else rf"(?P<intro>{alternation(list(w.definition_intros))})\s*[:,\u2013\u2014-]?\s*"
            rf"{alias}\s*\)"
        )
    firsts = [rf"\(\s*{alias}\s+(?P<closing>{closing})\s*\)"] if closing else []
    if w.bracketed_acronyms:
        firsts.append(_bracketed_acronym(lang))
    alias_first = re.compile("|".join(firsts)) if firsts else None
    return after_intro, alias_first


def bracketed_acronym_site(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the definition site ``text[start:end]`` is an acronym alone in brackets
    (:func:`_bracketed_acronym`), not a short title's bracket (``(arbetstidsdirektivet)``)."""
    if not words(lang).bracketed_acronyms:
        return False
    return _bare_pattern(lang).fullmatch(text, start, end) is not None


@lru_cache(maxsize=4)
def _bare_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(_bracketed_acronym(lang))


def _bracketed_acronym(lang: str) -> str:
    """An acronym alone in brackets right after an act's number (``back_references.
    bracketed_acronyms``: ``Verordnung (EU) Nr. 1215/2012 (EuGVVO)``, ``RL 93/13/EWG
    (KlauselRL)``): three characters or more, a capital first and last, a hyphen only before
    a capital (``UVP-RL``); never a domain or a treaty's abbreviation of the record (``(EWG)``,
    ``(AEUV)``).  Bound only to the act it follows (``definitions.bind_site``)."""
    record = BY_CODE[lang]
    others = {*record.domains, *(a for t in record.treaties.values() for a in t.abbreviations)}
    # (nor a court's the record knows: ``EuGH``)
    others |= {w for w in record.hint_words if w[:1].isupper() and not w.istitle()}
    # (the bracket first, a literal ``re`` skips to; the number's end checked behind it)
    return (
        r"\((?:(?<=[^\W_][ \u00a0]\()|(?<=[0-9A-Z]\())(?!" + alternation(sorted(others))
        + r"\))(?P<bare>[A-Z](?:[A-Za-z]|-(?=[A-Z])){1,14}[A-Z])"
        # a second name set equal to it (``(EuGVVO = Brüssel-I-VO)``)
        + r"(?:[ \u00a0]=[ \u00a0](?P<also>[^\W\d_](?:[^\W_]|[- ](?=[^\W_])){1,24}))?\)"
    )  # fmt: skip


def intro_hit_scans(text: str, lang: str, start: int = 0) -> list[Iterator[int]]:
    """Where each intro of the language stands right after ``(``, ``;`` or ``,``, from
    ``start`` on: one lazy scan per intro, in text order (found with ``str.find``:
    intros are rare words)."""
    intros = words(lang).definition_intros
    # an intro that starts with another one is found at that one's hits
    return [
        _intro_hits(text, intro, start)
        for intro in intros
        if not any(o != intro and intro.startswith(o) for o in intros)
    ]


def _intro_hits(text: str, intro: str, start: int) -> Iterator[int]:
    at = text.find(intro, start)
    while at >= 0:
        k = at - 1
        while k >= 0 and text[k] in " \u00a0\t\n":
            k -= 1
        if k >= 0 and text[k] in "(;,":
            yield at
        at = text.find(intro, at + len(intro))


def intro_hits(text: str, lang: str) -> list[int]:
    """Where an intro of the language stands right after ``(``, ``;`` or ``,``."""
    return sorted({at for scan in intro_hit_scans(text, lang) for at in scan})


def with_intro_sites(
    text: str, lang: str, sites: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``sites`` and the definitions led by an intro (or ended by closing words) that
    they miss, in text order."""
    if not finds_intro_sites(lang):
        return sorted(sites)  # the backward match from ")" sees every quoted definition
    known = {start for start, _, _ in sites}
    firsts = definition_patterns(lang)[1]
    found = intro_sites(text, lang, intro_hits(text, lang), firsts.finditer(text) if firsts else ())
    taken: dict[int, int] = {}  # the first site found at a start, and its aliases (same end)
    for start, end, alias in found:
        if start not in known and taken.setdefault(start, end) == end:
            sites.append((start, end, alias))
    return sorted(sites)


def finds_intro_sites(lang: str) -> bool:
    """Whether definitions are also looked for from their intro or closing words."""
    w = words(lang)
    return bool(w.definition_closings or w.unquoted_aliases or w.bracketed_acronyms)


def intro_sites(
    text: str, lang: str, hits: Iterable[int], firsts: Iterable[re.Match[str]]
) -> list[tuple[int, int, str]]:
    """The definitions led by the intros at ``hits``, then those of the matches of the
    alias-first pattern (``firsts``), in that order: ``(start, end, raw alias)``."""
    after_intro = definition_patterns(lang)[0]
    found: list[tuple[int, re.Match[str]]] = []
    if after_intro is not None:
        for at in hits:
            m = after_intro.match(text, at)
            # the site opens at the bracket: before the intro, or before the OJ citation
            opening = text.rfind("(", max(0, at - 150), at)
            if m is not None and opening >= 0 and ")" not in text[opening:at]:
                found.append((opening, m))
    found.extend((m.start(), m) for m in firsts)
    out = []
    for start, m in found:
        groups = m.groupdict()
        alias = groups.get("alias") or groups.get("plain") or groups.get("bare")
        out.append((start, m.end(), alias or ""))
        if also := groups.get("also"):
            out.append((start, m.end(), also))
    return out


@lru_cache(maxsize=1024)
def compound_type(word: str, lang: str) -> str | None:
    """The act type of a compound ending in a type word (Hungarian ``földgázirányelv``,
    German ``Datenschutz-Grundverordnung``), or None."""
    low = word.lower()
    for form, act_type in singular_type_forms(lang).items():
        if len(form) >= 5 and len(low) > len(form) + 2 and low.endswith(form.lower()):
            return act_type
    return None


@lru_cache(maxsize=8)
def bare_lead(lang: str) -> str:
    """What must stand before a bare type-word use: an article (``the Directive``,
    Maltese ``id-Direttiva``, one fused with its preposition: Spanish ``del
    Reglamento``), or nothing where the language has no articles."""
    arts = (*words(lang).articles, *words(lang).fused_articles)
    spaced = [a for a in arts if not a.endswith("-")]
    joined = [a for a in arts if a.endswith("-")]
    leads = ([rf"{alternation(spaced)}\s+"] if spaced else []) + (
        [alternation(joined)] if joined else []
    )
    return f"(?:{'|'.join(leads)})" if leads else ""


@lru_cache(maxsize=8)
def _determiners(lang: str) -> frozenset[str]:
    """Words before a type word that make it another reference (``tej``, ``niniejszej``),
    and the language's ordinals: ``šesté směrnice`` is the Sixth Directive, not the
    directive defined as ``„směrnice“``."""
    w, record = words(lang), BY_CODE[lang]
    every = w.anaphor_determiners + w.self_determiners + w.self_words + w.other_determiners
    # ... and its subtypes: ``prováděcího nařízení`` is an implementing regulation
    others = (*act_ordinals(lang), *record.subtypes_before)
    return frozenset(d.split()[-1].lower() for d in (*every, *others))


def determined(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a bare type word at ``text[start:end]`` is something other than a use of
    an alias: a determiner before it (the anaphor finder's, or the text's own
    ``niniejszej``), a number written as an ordinal (Swedish ``6:e direktivet``, the Sixth
    Directive), or the start of a title after it (``dyrektywy w sprawie ...`` is
    another directive, named by its title)."""
    before = text[max(0, start - 30) : start].split()
    if before and (before[-1].lower() in _determiners(lang) or ordinal_before(text, start, lang)):
        return True
    return _title_after(lang).match(text, end) is not None


@lru_cache(maxsize=8)
def _numbered_after(lang: str) -> re.Pattern[str]:
    """A number marker and a number right after a type word (``Regolamento n. 1/2019``)."""
    markers = BY_CODE[lang].number_markers
    if not markers:
        return re.compile(r"(?!)")
    return re.compile(rf"[ \u00a0]+{alternation(list(markers))}[ \u00a0]?\d")


def named_after(text: str, end: int, lang: str) -> bool:
    """Whether the bare type word ending at ``end`` names another act by what follows it:
    a number marker and a number, or an author that is no EU author (Italian ``del
    Regolamento del Garante n. 1/2000``, the data protection authority's own rules, after
    ``(di seguito, “Regolamento”)`` for the GDPR; ``del Regolamento del Consiglio`` is
    still a use).  The author only where the language writes articles, whose link (``del``)
    stands before it: without one a capitalised word after the type word may start the
    sentence's next phrase (Polish ``art. 5 rozporządzenia Komisja wszczyna``)."""
    if _numbered_after(lang).match(text, end) is not None:
        return True
    return bool(bare_lead(lang)) and authored_at(text, end, lang)


@lru_cache(maxsize=8)
def _title_after(lang: str) -> re.Pattern[str]:
    """The start of a title after a type word, or a subtype written after it (Polish
    ``rozporządzenia wykonawczego``: an implementing regulation)."""
    starts = (*words(lang).title_starts, *BY_CODE[lang].subtypes_after)
    return re.compile(rf"[ \u00a0]+{alternation(list(starts))}(?![\w-])" if starts else r"(?!)")


@lru_cache(maxsize=32)
def national_nouns(lang: str) -> tuple[str, ...]:
    """The first word of each of the record's ``national_act_words`` (a test in C before
    :func:`national_act_pattern` is searched)."""
    return tuple(n.split()[0] for n in words(lang).national_act_words)


@lru_cache(maxsize=32)
def national_act_pattern(lang: str) -> re.Pattern[str] | None:
    """A national act named after a comma or conjunction (``, Zakon``, ``and the
    Employment Relationships Act``): up to four capitalised words, then a noun of the
    record's ``national_act_words``."""
    nouns = words(lang).national_act_words
    if not nouns:
        return None
    links = rf",|\b{alternation(BY_CODE[lang].article_conjunctions)}"
    the = rf"(?:{alternation([a.lower() for a in words(lang).articles])}\s+)?"
    return re.compile(
        rf"(?:{links})\s+{the if words(lang).articles else ''}(?:[A-Z]\w*\s+){{0,4}}"
        rf"{alternation(list(nouns))}\b"
    )


# a colon before a word in small letters runs on inside a title (``Gemeinsames
# Mehrwertsteuersystem: einheitliche steuerpflichtige Bemessungsgrundlage``, ``Common
# system of value added tax: uniform basis of assessment``)
_SENTENCE_END = compile_pattern(r"[.;!?]\s|:\s(?![a-zß-öø-ÿα-ωа-я])|\n\s*\n")


def sentence_end_in(gap: str) -> bool:
    """Whether a sentence ends in ``gap`` (a stop and a blank, or a blank line).  Every
    end holds one of six signs, and most gaps before a definition hold none: six tests
    in C tell so for less than the search (~30 k instructions on 200 characters)."""
    if "." in gap or "\n" in gap or ":" in gap or ";" in gap or "!" in gap or "?" in gap:
        return _SENTENCE_END.search(gap) is not None
    return False


@lru_cache(maxsize=4)
def _in_title(lang: str) -> re.Pattern[str]:
    """What before a citation makes it part of a title: a comma, a conjunction, or a verb
    of the title, perhaps with its article (``che abroga la direttiva 95/46/CE``).

    One alternation of branches each led by its first character (``common.bounded``):
    ``re`` skips ahead to the set of them, where a pattern led by ``\\b`` is tried at
    every character of the window.  It matches where ``\\b(?:verbs)(?:\\s+articles)?|
    \\b(?:words)|,`` and then ``\\s*$`` match, and every match runs to the window's end:
    the same matches (``tests/short_forms/test_in_title.py``)."""
    w, record = words(lang), BY_CODE[lang]
    if not w.in_title_before:
        return re.compile(r",\s*$")
    joins = (*record.article_conjunctions, *record.list_conjunctions)
    verbs = {v for v in w.in_title_before if v not in joins}
    arts = [a for a in w.articles if not a.endswith("-")]
    article = rf"(?:\s+{alternation(arts)})?" if verbs and arts else ""
    ordered = sorted(set(w.in_title_before), key=lambda x: (-len(x), x))
    branches = [bounded(x) + (article if x in verbs else "") for x in ordered]
    return re.compile(rf"(?:{'|'.join(branches)}|,)\s*$")


@lru_cache(maxsize=4)
def _in_title_ends(lang: str) -> tuple[str, ...]:
    """What every match of :func:`_in_title` ends in, its blanks left out: the last word
    of a title word (``by`` of ``amended by``), an article, or a comma."""
    w = words(lang)
    return tuple({*(x.split()[-1] for x in w.in_title_before), *w.articles, ","})


def title_word_before(text: str, start: int, lang: str) -> re.Match[str] | None:
    """:func:`_in_title`'s match right before ``start`` (in the 25 characters before it).
    Most citations follow a word that ends no match (``of``, ``to``): a test in C tells
    so, where the pattern, led by word boundaries, is tried at every character."""
    lo = start - 25 if start > 25 else 0
    if not text[lo:start].rstrip().endswith(_in_title_ends(lang)):
        return None
    return _in_title(lang).search(text, lo, start)
