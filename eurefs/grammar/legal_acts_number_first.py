"""Acts cited number first, for languages whose record sets ``number_before_type``
(Hungarian ``A Bizottság 1089/2010/EU rendelete``, ``a 2007/2/EK európai parlamenti és
tanácsi irányelv``, ``az (EU) 2016/679 rendelet``), the act's ordinal perhaps after the
number (``a 77/388 hatodik tanácsi irányelv``: the record's ``pinpoints.title_ordinals``).

The span runs from an institution written in front (``A Bizottság``) through the type
word; the normal form is the number as written and the type word's dictionary form
(``1089/2010/EU rendelet``).  The number is read as in ``legal_acts``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from eurefs.grammar import (
    act_pinpoints,
    agreement_bodies,
    authors_before,
    domain_eras,
    keyword_lines,
    legislator,
)
from eurefs.grammar.base import SLASH, Anchor, Context, Family
from eurefs.grammar.common import collapse_spaces, lazy_compile, words
from eurefs.grammar.legal_act_numbers import make
from eurefs.grammar.legal_act_words import Act
from eurefs.grammar.number_order import split_number
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.pattern_store import compile_pattern

_LANGS = [lg for lg in LANGUAGES if lg.number_before_type]
#: written type form (lower case) -> {language: act_type}
_TYPES: dict[str, dict[str, str]] = {}
for _lg in _LANGS:
    for _act, _forms in _lg.act_types.items():
        for _form in _forms:
            _TYPES.setdefault(_form.lower(), {})[_lg.code] = _act
_DOMAIN = words(*(d for lg in _LANGS for d in lg.domains)) if _LANGS else "(?!)"
# An act's domains, up to three (``966/2012/EU, Euratom rendelet``, ``az (EU, Euratom)
# 2018/1046 rendelet``), as ``domain_eras.DOMAINS`` reads them after a type word.
_DOMAINS = _DOMAIN + domain_eras.LATER_DOMAIN + r"{0,2}"


def _pattern() -> re.Pattern[str]:
    if not _LANGS:
        return re.compile(r"(?!)")
    authors = words(*(a for lg in _LANGS for a in lg.authors))
    gaps = words(*(g for lg in _LANGS for g in lg.author_phrases))
    subs = words(*(s for lg in _LANGS for s in lg.subtypes_before))
    # an agreement body between number and type word (``1/80 társulási tanácsi határozat``)
    bodies = "|".join(lg.agreement_bodies.between for lg in _LANGS if lg.agreement_bodies.between)
    # the act's ordinal after its number (``a 77/388 hatodik tanácsi irányelv``)
    ordinals = words(*(o for lg in _LANGS for o in lg.pinpoints.title_ordinals))
    markers = words(*(m for lg in _LANGS for m in lg.number_markers))
    return lazy_compile(  # compiled on first use: most texts cite no act number first
        r"(?<![\w/])(?:(?P<author>" + authors + r")[ ](?:az?[ ])?)?"
        # the Court's insertion in a quotation: ``[a 2003/88] irányelv``
        r"(?P<br>\[(?:az?[ ])?)?"
        r"(?P<num>(?:\((?P<dom>" + _DOMAINS + r")\)[ ])?"
        # (the domain may follow a space, as the records write it: ``a 95/46 EK irányelv``)
        r"(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})(?:(?:/|[ ](?=(?-i:" + _DOMAIN + r")[ ]))"
        r"(?P<suf>" + _DOMAINS + r"))?)(?(br)\])"
        # the record's marker after the number (``az (EU) 2016/679 számú rendelet``)
        r"(?:[ ](?P<mark>" + markers + r"))?"
        r"(?:[ ](?:" + ordinals + r"))?"
        r"(?:[ ](?:(?P<nbody>" + (bodies or "(?!)") + r")|(?P<gap>" + gaps + r")))?"
        r"(?:[ ](?P<sub>" + subs + r"))?"
        r"[ ](?P<type>" + words(*_TYPES) + r")(?![\w-])",
        re.IGNORECASE,
    )


PATTERN = _pattern()
_CONJUNCTIONS = words(*(c for lg in _LANGS for c in lg.list_conjunctions)) if _LANGS else "(?!)"
# An earlier member of a list written number first, with its domain, right before the
# text's end (``az 1987/94/EK, a 306/96/EK ... és a 778/1999/EK rendelet``: Commission
# Regulation (EC) No 2133/2001, EUR-Lex 32001R2133 in Hungarian).
_MEMBER_BEFORE = lazy_compile(
    r"(?<![\w/-])(?:(?:az?|Az?)[ ])?(?P<num>(?:\((?P<dom>" + _DOMAINS + r")\)[ ])?"
    r"(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})(?(dom)|/(?P<suf>" + _DOMAINS + r")))"
    r"(?:[ ]?,|[ ](?:" + _CONJUNCTIONS + r"))[ ](?:az?[ ])?$"
)
# (the number alone, for ``make``, which ends the span where the match ends)
_NUMBER_AT = lazy_compile(r"[^ ]+(?:[ ][^ ]+)?")
_MEMBER_REACH = 40  # characters a member takes, with its article and separator
#: How far before a number's slash a match can start: the longest author (``az Európai
#: Parlament és a Tanács``), an article, a domain and the first half of the number.
_REACH = max((len(a) for lg in _LANGS for a in lg.authors), default=0) + len("az (EU) 1234")
#: An earlier member of a list before an agreement body's decision (``2/76``).
_NUMBER = compile_pattern(r"(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})")


# The first letters of the type words: a window without any of them is skipped cheaply.
_STEMS = tuple({f.split()[0][:5] for f in _TYPES})
# ... of which those an ASCII window can hold (most windows, in most languages)
_ASCII_STEMS = tuple(s for s in _STEMS if s.isascii())


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """Matches in a window around a slash, tried only when a type word may be there.

    The type word follows the number, so it is looked for after the window's first slash.
    """
    # (what follows the first slash, by ``partition``: ``str.find`` with bounds parses its
    # arguments from a tuple, and would cost more than the copy of the window)
    _, slash, after = text[pos:endpos].partition("/")
    if not slash:
        return  # no number
    low = after.lower()
    for stem in _ASCII_STEMS if low.isascii() else _STEMS:
        if stem in low:
            yield from PATTERN.finditer(text, pos, endpos)
            return


def _number_first_ref(m: re.Match[str], lang: str, act_type: str) -> LegalActRef | None:
    """The reference of an act cited number first (``1089/2010/EU rendelete``) in ``lang``,
    with its normal form.

    ``m`` has the groups of an act number (``a``, ``b``, ``dom``, ``suf``) plus ``type``,
    and optionally ``author`` and ``sub``.
    """
    record = BY_CODE[lang]
    sub = (m.group("sub") or "").lower()
    subtype = next((v for k, v in record.subtypes_before.items() if k.lower() == sub), None)
    word = record.type_word(act_type, m.group("type"))
    act = Act(act_type, lang, word, m.group("author"), subtype)
    number = (*m.group("a", "b", "dom", "suf"), None, None, None, None)
    # ``1082/2013 európai parlamenti és tanácsi határozat``: the legislator between number
    # and type word (before the number, the author: see ``make``) is in the normal form
    named = legislator.form(lang, m.group("gap"))
    ref = make(m, m.start(), act, number, legislator_named=named is not None)
    if ref is None:
        return None
    typed = record.with_subtype(word, act_type, subtype)
    author = None
    if not legislator.needs_legislator(ref.act_type, ref.number_first, ref.domain):
        named = None
    elif named is None:
        author = legislator.form(lang, act.author)
    parts = (author, collapse_spaces(m.group("num")), named, typed)
    return ref.model_copy(update={"normalized": " ".join(p for p in parts if p)})


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a number-first citation into a :class:`LegalActRef`."""
    langs = _TYPES[m.group("type").lower()]
    lang = ctx.language(langs, m.start(), 60)
    ref = _number_first_ref(m, lang, langs[lang])
    if ref is None or (m.group("mark") and not ref.domain and len(m.group("b")) == 4):
        # (with the marker, a number with its year last and no domain is as Hungarian bodies
        # number theirs: ``a képviselő-testület 35/2019 számú határozata``, a town council's)
        return ()
    if (
        not ref.domain
        and ref.author is None
        and authors_before.qualified(m.string, m.start(), lang)
    ):
        return ()  # a national author before the number: ``a Kormány 1/2003 rendelete``
    pinpoint = act_pinpoints.find(ctx, m.start(), m.end(), lang)  # ``6. cikke (1) bekezdése``
    if pinpoint is None and ctx.region.startswith(keyword_lines.START, m.end()):
        # ``– A 88. cikk –``
        pinpoint = keyword_lines.find(ctx.region, ctx.before(m.start(), 3), m.end(), lang)
    if pinpoint is not None:
        ref = ref.model_copy(update={"pinpoint": pinpoint})
    if ref.act_type == "decision":  # ``a Társulási Tanács 1/80 határozata``: no CELEX
        between = m.group("nbody")
        if between and not ref.domain:  # ``az 1/80 társulási tanácsi határozat``
            number, _, word = ref.normalized.partition(" ")
            ref = ref.model_copy(update={"normalized": f"{number} {between} {word}"})
            named = agreement_bodies.Body(ref.start, ref.end, between, prefix=False)
            return (agreement_bodies.apply(_numbered(ref, m.group(0)), named, m.string),)
        body = agreement_bodies.find(m, ctx, ref.start, lang)
        if body is not None:
            last = agreement_bodies.apply(_numbered(ref, m.group(0)), body, m.string)
            return (*_earlier_members(body, ref, m.string), last)
    return (*_listed_before(ref, m), ref)


def _listed_before(last: LegalActRef, m: re.Match[str]) -> list[LegalActRef]:
    """The earlier members of a list the last of which ``m`` is, each of its act type
    (``az 1987/94/EK, a 306/96/EK és a 778/1999/EK rendelet``: span the number, normal
    form the number and the dictionary type word).  Only members with their domain."""
    typed = last.normalized.rpartition(" ")[2]  # ``rendelet``
    act = Act(last.act_type, last.lang, typed, None, None)
    out: list[LegalActRef] = []
    end = m.start("br") if m.group("br") else m.start("num")
    while (n := _MEMBER_BEFORE.search(m.string, max(0, end - _MEMBER_REACH), end)) is not None:
        number = (*n.group("a", "b", "dom", "suf"), None, None, None, None)
        at = n.start("num")
        alone = _NUMBER_AT.match(m.string, at, n.end("num"))
        ref = make(alone, at, act, number) if alone is not None else None
        if ref is None:
            break
        out.append(ref.model_copy(update={"normalized": f"{collapse_spaces(n['num'])} {typed}"}))
        end = n.start()
    return out[::-1]


def _numbered(ref: LegalActRef, written: str) -> LegalActRef:
    """A body's decision read number first, as its ``No`` says in other languages
    (``12/2019 határozata``: No 12 of 2019, not 2019 of 1912)."""
    n = _NUMBER.search(written)
    parts = split_number(ref.act_type, n.group("a"), n.group("b"), True, None) if n else None
    if parts is None:
        return ref
    year, number, number_first = parts
    return ref.model_copy(update={"year": year, "number": number, "number_first": number_first})


def _earlier_members(
    body: agreement_bodies.Body, last: LegalActRef, text: str
) -> list[LegalActRef]:
    """The earlier numbers of a list written number first, each the body's decision
    (``a Társulási Tanács 2/76 és 1/80 határozata``: ``2/76``, normalised ``Társulási
    Tanács 2/76 határozat``; its span the number alone, no CELEX)."""
    typed = last.normalized.partition(" ")[2]  # ``határozat``
    act = Act(last.act_type, last.lang, typed, None, None)
    out = []
    for start, end in body.members:
        n = _NUMBER.match(text, start, end)
        if n is None or n.end() != end:
            continue
        ref = make(n, start, act, (n.group("a"), n.group("b"), None, None, None, None, None, None))
        if ref is not None:
            ref = _numbered(ref.model_copy(update={"normalized": f"{n.group(0)} {typed}"}), n[0])
            member = agreement_bodies.Body(start, end, body.name, prefix=True)
            out.append(agreement_bodies.apply(ref, member, text))
    return out


#: Only when some loaded language cites number first.  It runs around the slashes
#: the numbered acts look for anyway (the anchor is searched once per text).
FAMILIES: tuple[Family, ...] = (
    (
        Family(
            kind="legal_act",
            pattern=PATTERN,
            build=build,
            anchors=(Anchor(SLASH, before=max(30, _REACH), after=60),),
            finder=find_matches,
            priority=10,
        ),
    )
    if _LANGS
    else ()
)
