"""Numbered legal acts: ``Regulation (EU) 2016/679``, ``Directive 95/46/EC``, lists of them.

Covers every numbering era (``Regulation (EEC) No 1408/71``, ``Regulation (EC)
No 1049/2001``, ``Regulation (EU) 2016/679``), sloppy forms (``Regulation
2016/679``, ``Reg. (EU) 1308/2013``, ``No.``), author and subtype words
(``Commission Delegated Regulation``, ``Council Framework Decision``), lists
(``Directives 97/7/EC, 98/27/EC and 2002/65/EC``: one reference each) and a
pinpoint in front (``Article 6(1)(a) of ...``).  Placeholders (``…/…``) have no
digits and never match.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Sequence

from eurefs.grammar import (
    agreement_bodies,
    agreement_decisions,
    ecb_numbers,
    eu_bodies,
    hyphen_numbers,
    later_dates,
    legal_act_compounds,
    legislator,
    misordered_numbers,
    national_acts,
    title_numbers,
    title_ordinals,
)
from eurefs.grammar.base import SLASH, SLASH_SPACED, Anchor, Context, Family
from eurefs.grammar.citation_tails import ends_a_citation
from eurefs.grammar.common import SEP, first_chars, lazy_compile, words
from eurefs.grammar.finite_strings import IGNORECASE_ASCII
from eurefs.grammar.legal_act_numbers import (
    GROUPS,
    MEMBER_START,
    by_legislator,
    make,
    number_pattern,
)
from eurefs.grammar.legal_act_pattern import COMPOUND, DASHED, PATTERN
from eurefs.grammar.legal_act_words import (
    AUTHOR_LANGS,
    CPD_LANGS,
    OPENING_MARKS,
    SUB_BEFORE_LANGS,
    TYPE_FORMS,
    Act,
    act_for,
    framework_before,
    writes_domains,
)
from eurefs.grammar.legal_act_words import GROUPS as WORD_GROUPS
from eurefs.grammar.type_word_spellings import framework_after, unaccented_jha_decision
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.pattern_store import compile_pattern

_PLAIN = PATTERN, COMPOUND  # (``DASHED`` where a region may hold a number with hyphens)


# A further member of a list: ``, 98/27/EC``, `` and (EC) No 595/2009``, with a
# footnote marker allowed before the separator (``2016/679 (6) and (EU) 2018/1725``).
def _continuation(conj: tuple[str, ...]) -> re.Pattern[str]:
    return lazy_compile(
        r"(?:[ ]?\([0-9]{1,3}\))?(?:[ ]?,[ ]?(?:"
        + words(*conj)
        + r")?|[ ]?;[ ]?|"
        + SEP
        + words(*conj)
        + r")"
        + SEP
        + r"?(?="
        + MEMBER_START
        + r")"
        + number_pattern("", dashes=True),
        re.IGNORECASE,
    )


_CONTINUATION = {lg.code: _continuation(lg.list_conjunctions) for lg in LANGUAGES}


_Pick = Callable[[tuple[str | None, ...]], tuple[str | None, ...]]


class _Picks(dict[int, tuple[_Pick, _Pick, int, int]]):
    """Getters of the words and the number from ``m.groups()``, and where ``ta``/``gap`` are,
    by the number of groups of the match's pattern (``DASHED``'s one more: its hyphen's)."""

    def __missing__(self, groups: int) -> tuple[_Pick, _Pick, int, int]:
        pattern = next(p for p in (PATTERN, DASHED[0]) if p.groups == groups)
        i = {name: n - 1 for name, n in pattern.groupindex.items()}
        words, number = (operator.itemgetter(*(i[g] for g in gs)) for gs in (WORD_GROUPS, GROUPS))
        self[groups] = words, number, i["ta"], i["gap"]
        return self[groups]


_PICKS = _Picks()


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match (and any list members after it) into :class:`LegalActRef` objects."""
    if "body" in m.re.groupindex:  # ``Beschluss des Gemeinsamen EWR-Ausschusses Nr. 1/95``
        return agreement_decisions.build(m, ctx)
    words_of, number_of, ta, gap = _PICKS[m.re.groups]
    groups = m.groups()  # one call for all the groups read
    if groups[ta]:
        return title_numbers.build(m, ctx)
    act = act_for(words_of(groups), ctx, *m.span())
    if act is None:
        return ()
    if act.act_type == "decision" and _framework(m, act.lang):
        return ()  # a framework decision in a form no record lists: no decision's CELEX
    number = number_of(groups)
    # after an author phrase (``directives du Conseil 2009/65/CE``) or a heading in capitals
    # (``DECISÕES``, a paragraph break, ``2012/430/UE``: ``leading_numbers``) only the number
    num = m.start("num")
    heading = ctx.region[num - 2 : num] == "  " and m.group("type").isupper()
    start = num if heading or (groups[gap] and not BY_CODE[act.lang].author_in_span) else m.start()
    pinpoint = title_ordinals.find(ctx, m.start(), m.end(), act.lang)
    first = make(m, start, act, number, pinpoint=pinpoint)
    if first is None:  # ``Regulamentul (UE) nr. 679/2016``: a candidate, no CELEX
        first = misordered_numbers.read(m, start, act, number, pinpoint)
    if first is None or national_acts.national(ctx.region, m.end(), act.lang):
        return ()
    # ``Reglamento 1/2005, de 15 de septiembre``, ``asetuksessa 234/2009``, ``Všeobecne záväzné``
    if national_acts.marked(first, ctx, m.start(), number[4]):
        return ()
    first = later_dates.checked(_completed(m, start, act, number, first, groups[gap]), m.string)
    decision = act.act_type == "decision" and not national_acts.named(first, ctx.region)
    if decision and first.celex is not None:  # ``... (ECB/2015/38)``: ecb_numbers
        first = ecb_numbers.without_oj_celex(first, ctx.region, act.lang)
    body = agreement_bodies.find(m, ctx, first.start, act.lang) if decision else None
    if body is not None and body.end > first.end:  # the body after the number ends the list
        return (agreement_bodies.apply(first, body, m.string),)
    if not groups[gap] and national_acts.authored(first, ctx.region):  # ``Nr. 1/2014 der FMA``
        return ()
    refs: list[LegalActRef] = [first]
    pos = m.end()
    # Members of a list each get their own reference (span = the bare number part).
    continuation, listed = _CONTINUATION[act.lang], (number[2], number[4])
    while True:
        c = continuation.match(ctx.region, pos)
        if c is None:
            break
        member_number = c.group(*GROUPS)
        member_act = act
        if not writes_domains(act.lang, member_number[2], member_number[3]):
            # ``Directive 1993/1, 1993/1/CE``: the member's domain says another language
            words = words_of(groups)[:7] + member_number[2:5]
            member_act = act_for(words, ctx, *c.span()) or act
        member = make(c, c.start("num"), member_act, member_number, listed=listed)
        if member is None or national_acts.bare(member, member_number[4]):  # (as the first)
            break
        refs.append(member)
        pos = c.end()
    refs = eu_bodies.typed(refs, m.string, m.start()) if decision and body is None else refs
    bodied = agreement_bodies.of_list(refs, body, m.string, act.lang) if decision else refs
    # a body after the list names it (``... of the Trade Committee``), else a national author
    return bodied if bodied is not refs else national_acts.listed(refs, ctx.region)


def _framework(m: re.Match[str], lang: str) -> bool:
    """Whether the decision ``m`` cites is a framework decision in a form no record lists:
    an adjective before its type word (``framework_before``), its second word in capitals
    after it (``DECISION CADRE 2005/214/JAI``: ``type_word_spellings``)."""
    return framework_before(m.string, m.start(), lang) or framework_after(m.group("acro"))


def _completed(
    m: re.Match[str],
    start: int,
    act: Act,
    number: tuple[str | None, ...],
    first: LegalActRef,
    gap: str | None,
) -> LegalActRef:
    """``first`` with the CELEX its legislator named after it gives (``by_legislator``),
    or a JHA decision typed without accents with its candidates (``DECISION
    2005/214/JAI``: ``type_word_spellings.unaccented_jha_decision``)."""
    if first.celex is None and legislator.needs_legislator(
        first.act_type, first.number_first, first.domain
    ):
        return by_legislator(m, start, act, number, first, gap)
    if act.act_type == "decision" and first.domain is not None:
        return unaccented_jha_decision(first, m.group("type"))
    return first


# Where a match can start.  Running PATTERN (case-insensitive, many alternatives)
# at every position is slow; instead find the type words in the lower-cased
# region with a case-sensitive search, and try PATTERN only at the starts of the
# few tokens before each (author, qualifier, compound prefix) and at the word itself.
# Type words where a citation can hold them: at the start of a word, or after a compound
# prefix there (``durchführungsverordnung``).  Elsewhere in a word ``PATTERN`` cannot
# match; the word boundary first rules out most positions before the type-word trie
# (over 24 languages it opens at nearly every letter) is tried.
# (After the boundary, a look-ahead of the words' first characters turns away the
# boundaries at a word's end and before digits or signs: ``re`` enters the optional
# compound prefix, a repeat, only before a letter that may start one: 25% fewer
# instructions in these searches.)
_TYPE_BODY = r"(?:" + words(*CPD_LANGS) + r")?" + words(*TYPE_FORMS)
_TYPE_FIND = lazy_compile(r"\b" + first_chars(*CPD_LANGS, *TYPE_FORMS) + _TYPE_BODY)
# Led by a character a word can follow (``\W``, what ``\b`` asks before a letter), the
# search skips from one to the next at the speed of a character-set scan instead of
# entering the pattern at every position (a third of the time, in English text).
_TYPE_AFTER = lazy_compile(r"\W(" + first_chars(*CPD_LANGS, *TYPE_FORMS) + _TYPE_BODY + ")")
# In ASCII text, the ASCII ones and only the ASCII words (a word with another letter
# cannot match there): half the pattern, half its compile time in a one-line extract.
_ASCII_CPD = [w for w in CPD_LANGS if w.isascii()]
_ASCII_TYPES = [w for w in TYPE_FORMS if w.isascii()]
_TYPE_AFTER_ASCII = lazy_compile(
    r"[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]("
    + first_chars(*_ASCII_CPD, *_ASCII_TYPES)
    + r"(?:"
    + words(*_ASCII_CPD)
    + r")?"
    + words(*_ASCII_TYPES)
    + ")"
)
_TITLE_NUMBER_FIND = compile_pattern(r"\([0-9]{2,4}/[0-9]{1,4}/")
_TOKEN = compile_pattern(r"[^\s#>*]+")
_PREFIX_REACH = 60  # characters before a type word where its author/qualifiers can start
_SPLITS = 8  # splits enough for five words and the paragraph breaks between them
# First letters of the words that can open a citation before its type word.
_PREFIX_INITIALS = frozenset(w[0] for w in (*AUTHOR_LANGS, *SUB_BEFORE_LANGS))
# ... and their first two characters: with many languages loaded nearly every letter
# opens some author, two characters still rule out most words
_PREFIX_PAIRS = frozenset(w[:2] for w in (*AUTHOR_LANGS, *SUB_BEFORE_LANGS))
# ... and their first words, lower-cased: a word written in ASCII opens a match only as
# the first word of an author or a qualifier (``PATTERN`` wants a separator after it),
# which rules out the ``de`` and ``der`` that share their first letters with ``delegated``
# (none when such a word holds a letter ``re.IGNORECASE`` reads as an ASCII one)
_FIRSTS = frozenset(w.lower().split(" ")[0] for w in (*AUTHOR_LANGS, *SUB_BEFORE_LANGS))
_PREFIX_FIRSTS = None if IGNORECASE_ASCII.intersection("".join(_FIRSTS)) else _FIRSTS


def _may_open(word: str) -> bool:
    """Whether ``word`` (lower-cased) may be the first word of an author or a qualifier."""
    pair = word[:2]
    return (
        pair in _PREFIX_PAIRS or (pair[:1] in _PREFIX_INITIALS and not pair[1:].isalpha())
    ) and (_PREFIX_FIRSTS is None or word in _PREFIX_FIRSTS or not word.isascii())


# ... which, for a word written in ASCII, comes to one look-up: the ASCII first words that
# pass the test of their first characters (None: every word takes the whole test)
_OPENING_ASCII = (
    None
    if _PREFIX_FIRSTS is None
    else frozenset(w for w in _PREFIX_FIRSTS if w and w.isascii() and _may_open(w))
)


def _after_mark(word: str) -> bool:
    """Whether ``word`` (lower-cased) is an opening mark glued to a word that may open
    (``(commission``: ``OPENING_MARKS``)."""
    rest = word[1:]
    if not rest or word[0] not in OPENING_MARKS:
        return False
    if _OPENING_ASCII is not None and rest.isascii():
        return rest in _OPENING_ASCII
    return _may_open(rest)


def _openers(low: str, q: int, spaced: bool) -> list[int]:
    """Where a match holding the type word at ``low[q]`` may start (offsets in ``low``).

    The word holding the type word (a German compound starts there) and the words
    before it, up to four within ``_PREFIX_REACH``, that may be an author or a
    qualifier.  ``spaced``: ``low`` separates its words by spaces only, so they are
    found by splitting (the common case; else by ``_TOKEN``).
    """
    lo = q - _PREFIX_REACH if q > _PREFIX_REACH else 0
    if spaced:
        # the last five words, walked back from the end (a paragraph break leaves an
        # empty part); a word opens when ``_may_open`` says so (an ASCII word: one look-up)
        parts = low[lo : q + 1].rsplit(" ", _SPLITS)
        if len(parts) == 1:  # one word from ``lo`` to the type word
            return [lo]
        # the word holding the type word (never empty: it ends with ``low[q]``) opens
        e = q - len(parts[-1])  # (the space before it)
        out, words, opening = [e + 1], 1, _OPENING_ASCII
        for part in parts[-2:0:-1]:
            e -= len(part)
            if part:
                if part in opening if opening is not None and part.isascii() else _may_open(part):
                    out.append(e)
                elif part[0] in OPENING_MARKS and _after_mark(part):
                    out.append(e + 1)
                words += 1
                if words == 5:
                    return out
            e -= 1
        first = parts[0]
        if len(parts) <= _SPLITS:  # the first part is the first word (or nothing)
            if first and _may_open(first):
                out.append(lo)
            elif first and first[0] in OPENING_MARKS and _after_mark(first):
                out.append(lo + 1)
            return out
    # other separators (or more than five words in the first part): the general way
    tokens = list(_TOKEN.finditer(low, lo, q + 1))
    out = [tokens[-1].start()]
    for t in tokens[-5:-1]:
        word = t.group()
        if _may_open(word):
            out.append(t.start())
        elif word[0] in OPENING_MARKS and _after_mark(word):
            out.append(t.start() + 1)
    return out


def _type_words(low: str, end: int) -> list[int]:
    """Where ``_TYPE_FIND.finditer(low, 0, end)`` matches."""
    after = (_TYPE_AFTER_ASCII if low.isascii() else _TYPE_AFTER).search
    # searched in ``led``: a space leads a type word at the very start, so that one
    # pattern serves (a second would cost its compilation in every short text)
    led = " " + low
    out: list[int] = []
    i = 0  # where to search next, in ``led``
    while True:
        if i and not (led[i - 1].isalnum() or led[i - 1] == "_"):
            # after a type word ending in a non-word character (``reg.``) a word may
            # start at once, with no character of its own to lead it
            at = _TYPE_FIND.match(low, i - 1, end)
            if at is not None:
                out.append(at.start())
                i = at.end() + 1
                continue
        found = after(led, i, end + 1)
        if found is None:
            return out
        out.append(found.start(1) - 1)
        i = found.end()


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches ``PATTERN.finditer(text, pos, endpos)`` would give, found from type words."""
    low = text[pos:endpos].lower()
    if len(low) != endpos - pos:  # a character whose lower case is longer: play safe
        yield from DASHED[0].finditer(text, pos, endpos)
        return
    # the patterns with the numbers with hyphens only where the region may hold one
    dashed = "-" in low and any(map(low.__contains__, hyphen_numbers.HYPHENS))
    pattern, compound = DASHED if dashed else _PLAIN
    last_slash = hyphen_numbers.last_number(low) if dashed else low.rfind("/")
    if last_slash < 0:  # no number: nothing to find (no type word after the last has one)
        yield from pattern.finditer(text, pos, endpos)
        return
    title = _TITLE_NUMBER_FIND.search(low)  # ``(98/699/JI)``, rare: found before listed
    starts = (
        [m.start() + 1 for m in _TITLE_NUMBER_FIND.finditer(low, title.start())] if title else []
    )
    spaced = not ("#" in low or ">" in low or "*" in low) and low.isprintable()
    for q in _type_words(low, last_slash):
        # (an opener before the type word may be the end of the citation before it)
        for s in _openers(low, q, spaced):  # (a loop: most type words have one or two)
            if s == q or not ends_a_citation(text, pos + s):
                starts.append(s)
        starts.append(q)
    # a body's decision in one word (``ARB 1/80``), where the region may hold one
    body_words = set(agreement_decisions.word_starts(text, pos, pos + last_slash, low))
    starts.extend(body_words)
    end, spans, spaced_number = 0, [], None
    for s in sorted(set(starts)):
        if s < end:
            continue
        found = pattern.match(text, pos + s, endpos) or agreement_decisions.match(
            text, pos + s, endpos
        )
        if found is None and s in body_words:
            found = agreement_decisions.match_word(text, pos + s, endpos)
        if found is not None:
            spaced_number = spaced_number or legal_act_compounds.NUMBER.search(low, end, s)
            end = found.end() - pos
            spans.append((s, end))
            yield found
    # before a number no match took, a type word joined to a word (``momsdirektivet``)
    if spaced_number or legal_act_compounds.NUMBER.search(low, end):
        yield from legal_act_compounds.matches(compound, text, pos, endpos, low, spans)


FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    anchors=(
        Anchor(SLASH, before=80, after=30),
        Anchor(SLASH_SPACED, before=80, after=30),
        *hyphen_numbers.ANCHORS,
    ),
    finder=find_matches,
    priority=10,
)
