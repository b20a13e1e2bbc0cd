"""Regulations of 1958 to 1962, numbered without a year: ``Regulation No 17 of the
Council``, ``Council Regulation No 17``, ``Regulation No 31 (EEC)``, ``règlement n° 17 du
Conseil``, ``Verordnung Nr. 17 des Rates``.

Until the end of 1962 the EEC numbered its regulations in one sequence without a year
(Regulation No 3 of 1958 on social security for migrant workers, No 17 of 6 February
1962, No 153 of 21 December 1962: EUR-Lex 31962R0017, 31962R0153), from 1963 with the
year (``Regulation No 17/63/EEC``).  Euratom numbered its own in a second sequence
beside it (its Regulation No 3 of 1958 on the security of its information; ``Regulation
No 31 (EEC), 11 (EAEC)`` of 1962 is one act, EUR-Lex 31962R0031).  So the number alone
tells neither the year nor the act, and no CELEX is given; where the citation's date
gives a year of the sequence, the CELEX the year and number make is the one candidate
(``celex_candidates``), unless the citation names Euratom.

A number is taken only with an EU marker beside it: an institution before the type word
(``Council Regulation No 17``) or after the number (``of the Council``, ``du Conseil``:
the record's ``author_phrases`` and ``back_references.authors``, not followed by a
further name: ``of the Council of Ministers``), a domain in brackets (``(EEC)``), or the
Official Journal of those years in brackets (``Regulation No 17 (OJ 13, 21.2.1962, p.
204)``: its issue date must give a year of the sequence; a span of years, the English
special edition's ``1959-1962``, gives none), or EUR-Lex's heading of those titles
(``EEC Council: Regulation No 1 determining the languages ...``, ``EEC: Regulation No 27
of the Commission``, ``CEE: Règlement n° 27 de la Commission``): the EEC's, the heading's
author; found, as the others, only near a date of those years, which gives the candidate
(with no date the heading alone is not found: an anchor of its own, at the heading's colon,
cost 0.2% more instructions per extract, one at each ``E`` 0.3%, a substring test of each
heading 1.5%).  A bare ``Regulation No 3`` says nothing and is left alone, as is one whose
date is of another year; so is ``Council Regulation No 17`` with no date or OJ after it
(a search of its own for a number after a marker cost 17% more instructions, and ``UNECE
Regulation No 17``, the vehicle regulation, shows that a number of this size alone is no
EU act's).  The marker after the number is in the span and the normal form, as the
legislator is (``legislator``): it says the act is the EU's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from eurefs import identifiers as ids
from eurefs.grammar import legal_acts_dated, official_journal, oj_series, title_ordinals
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import SEP, lazy_compile, words
from eurefs.grammar.domain_forms import canon_domain
from eurefs.languages import BY_CODE, LANGUAGES, index
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.models.prototypes import construct
from eurefs.pattern_store import compile_pattern

_RECORDS = [lg for lg in LANGUAGES if not lg.number_before_type]
_TYPE_LANGS = index(lambda lg: lg.act_types.get("regulation", ()), fold=True)
_AUTHOR_LANGS = index(lambda lg: lg.authors, fold=True)
_AFTER_LANGS = index(lambda lg: (*lg.author_phrases, *lg.back_references.authors), fold=True)
# (without a marker's dot, which the pattern takes apart: older EUR-Lex texts set a blank
# before it, ``Verordening nr . 17 van de Raad van 6 februari 1962``)
_MARKER_LANGS = index(lambda lg: (m.rstrip(".") for m in lg.number_markers), fold=True)
_TYPES = frozenset(w for lg in _RECORDS for w in _TYPE_LANGS if lg.code in _TYPE_LANGS[w])
_DOMAINS = words(*(d for lg in LANGUAGES for d in lg.domains))
_EURATOM = frozenset(w.lower() for lg in LANGUAGES for w, n in lg.domains.items() if n == "Euratom")
_FIRST, _LAST = 1958, 1962
_WINDOW = 160  # characters before the date's year where the citation may start
_LARGEST = 199  # the EEC's sequence reached No 153 in December 1962 (EUR-Lex 31962R0153)

_MARKER = r"(?P<no>(?i:" + words(*_MARKER_LANGS) + r"))(?:[ ]?\.)?[ ]?"
_NUMBER = r"(?P<n>[1-9][0-9]{0,2})(?![0-9/]|[.,][0-9])"
# EUR-Lex's heading of the titles of those years: the Community and perhaps the author, a
# colon (``EEC Council: Regulation No 17: First Regulation implementing Articles 85 and 86
# of the Treaty``, ``EEC: Regulation No 27 of the Commission``, ``CEE: Règlement n° 27 de
# la Commission``; the records' ``early_headings``): it says the act is the EEC's (no
# Euratom one) in its title's language.
_HEADINGS = {d: (lg.code, a) for lg in LANGUAGES for d, a in lg.early_headings.items()}
_HEADING = (
    r"(?P<head>(?P<hdom>" + words(*_HEADINGS) + r")(?:[ ](?P<hauth>"
    + words(*(a for _, a in _HEADINGS.values())) + r"))?:[ ])"
)  # fmt: skip
PATTERN = lazy_compile(
    r"(?<![\w-])" + _HEADING + r"?(?:(?P<author>(?i:" + words(*_AUTHOR_LANGS) + r"))" + SEP + r")?"
    r"(?P<type>(?i:"
    + words(*_TYPES)
    + r"))"
    + SEP
    + _MARKER
    + _NUMBER
    + r"(?:"
    + SEP
    + r"(?P<dom>\((?:"
    + _DOMAINS
    + r")(?:,[ ]?(?:"
    + _DOMAINS
    + r"))*\))"
    + r"|"
    + SEP
    + r"(?P<gap>(?i:"
    + words(*_AFTER_LANGS)
    + r"))(?![\w])"
    # or the Official Journal in brackets right after it (``Regulation No 17 (OJ 13,
    # 21.2.1962, p. 204)``): left out of the span, as the OJ is a reference of its own
    # (its issue or year then a blank or comma: not a national gazette's ``Nr. 5/1962``;
    # fewer markers than the family's ``oj_series.opening_bracket``, on purpose: Italy's
    # own gazette is cited ``GU n. 45 del ...``)
    + r"|(?P<oj>(?=[ ]?\((?:"
    + oj_series.JOURNALS
    + r")[ ,]?[ ]?(?:(?:Nr\.?|No|n°)[ ])?[0-9]{1,4}[ ,]))"
    + r")?"
)
# after an institution, a further name makes it another body (``of the Council of Ministers``)
_NAMED_ON = compile_pattern(r"[ ](?:[^\W\d_]{1,4}[ ])?[^\W\d_]*[A-ZÀ-ÞΑ-ΩА-Я]")
_YEAR = compile_pattern(r"(?<![0-9])(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
_RANGE = compile_pattern(r"[ ]?[-–][ ]?(?:19|20)[0-9]{2}")
_SENTENCE_END = compile_pattern(r"(?<![0-9])[.;][ ]|[ ]{2}")  # (not ``6. Februar``)
_WORD = compile_pattern(r"\S+")
_OPENERS = "([\"'“‘«„"  # a word may start after one (``(Council Regulation``)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """A :class:`LegalActRef` for an early regulation (see the module docstring)."""
    author, gap, dom, oj, head = m.group("author", "gap", "dom", "oj", "hdom")
    if not (author or gap or dom or head or oj is not None) or int(m.group("n")) > _LARGEST:
        return ()
    if gap and _NAMED_ON.match(m.string, m.end()):
        return ()
    written = m.group("type")
    langs = set(_TYPE_LANGS[written.lower()]) & set(_MARKER_LANGS[m.group("no").lower()])
    for word, table in ((author, _AUTHOR_LANGS), (gap, _AFTER_LANGS)):
        if word:
            langs &= table.get(word.lower(), frozenset())
    if head:  # (the heading's language, and its author if it names one)
        langs &= {_HEADINGS[head][0]}
        author = author or m.group("hauth")
    if not langs:
        return ()
    lang = next(iter(langs)) if len(langs) == 1 else ctx.language(sorted(langs), m.start(), 80)
    year = _date_year(m.string, m.end(), oj is not None)
    if year is False or (year is None and not (author or gap or dom or head)):
        return ()  # (the OJ says the act is the EU's only with an issue of those years)
    record = BY_CODE[lang]
    norm = f"{record.type_word('regulation', written)} {record.number_marker} {m.group('n')}"
    norm = f"{author} {norm}" if author else norm
    if dom or head:
        norm += f" ({canon_domain(dom[1:-1] if dom else head)})"
    elif gap:
        norm += f" {gap}"
    euratom = bool(dom) and any(d.strip().lower() in _EURATOM for d in dom[1:-1].split(","))
    celex = ids.legal_act_celex("regulation", year, m.group("n")) if year else None
    ref = _reference(m, norm, lang, year, [celex] if celex and not euratom else [])
    pinpoint = title_ordinals.find(ctx, m.start(), m.end(), lang)  # (``Article 3 of ...``)
    if head or pinpoint:  # (and the heading's author and domain)
        update = {"author": author, "domain": canon_domain(head)} if head else {}
        ref = ref.model_copy(update={**update, "pinpoint": pinpoint})
    return (ref,)


def _date_year(text: str, end: int, bracket: bool) -> int | bool | None:
    """The year of the date after the citation, in its sentence or (``bracket``: the OJ
    in brackets after it, whose abbreviation may end in a dot) its bracket (None without
    one, False when it is no year of the sequence: then the number is another's)."""
    after = text[end : end + 60]
    stop = after.find(")") if bracket else -1
    if not bracket:
        dot = _SENTENCE_END.search(after)
        stop = dot.start() if dot else -1
    found = _YEAR.search(after, 0, stop if stop >= 0 else len(after))
    if found is None or _RANGE.match(after, found.end()):
        # (the first year of a span is no date: ``OJ, English Special Edition 1959-1962``)
        return None
    year = int(found.group())
    return year if _FIRST <= year <= _LAST else False


def _reference(
    m: re.Match[str], norm: str, lang: str, year: int | None, candidates: list[str]
) -> LegalActRef:
    return construct(
        LegalActRef,
        text=m.group(),
        start=m.start(),
        end=m.end(),
        normalized=norm,
        celex=None,
        celex_candidates=candidates,
        eli=None,
        cellar_ids=[],
        eurlex_url=None,
        lang=lang,
        act_type="regulation",
        subtype=None,
        author=m.group("author"),
        domain=canon_domain(m.group("dom")[1:-1]) if m.group("dom") else None,
        year=year,
        number=m.group("n"),
        number_first=True,
        pinpoint=None,
    )


_LAST_CHARS = "".join(
    sorted(
        {
            re.escape(c)
            for lg in LANGUAGES
            for m in lg.number_markers
            for c in (m[-1].lower(), m[-1].upper())
        }
    )
)
# the years of the sequence, as the anchors find them (``19`` led: a literal search)
_SEQUENCE_YEAR = compile_pattern(r"19(?:5[89]|6[0-2])(?![0-9])")
# a number right after a number marker (``No 17``, ``n° 17``, ``Nr. 17``), in a window
_DIGIT = compile_pattern(
    r"[1-9](?:(?<=[" + _LAST_CHARS + r"][ ][1-9])|(?<=[" + _LAST_CHARS + r"][1-9]))"
)


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches ``PATTERN.finditer(text, pos, endpos)`` gives, tried only at a number
    after a marker's last character (the anchor, led by a digit: a character-set scan)
    whose word before the marker is a regulation's type word (a set look-up), at that
    word and the two before it (an institution)."""
    if _SEQUENCE_YEAR.search(text, pos, endpos) is None:
        return  # a window of another year's date (nearly all): nothing to try
    end = pos
    for digit in _DIGIT.finditer(text, pos, endpos):
        at = digit.start()
        head = text[max(end, at - 60) : at].split()
        # the type word before the marker (``No``; ``n o`` is two words), perhaps right
        # after an opening bracket (``(Regulation No 17 of the Council ...)``)
        if not any(
            len(head) > k and head[-1 - k].lstrip(_OPENERS).lower() in _TYPES for k in (1, 2)
        ):
            continue
        starts = [w.start() for w in _WORD.finditer(text, max(end, at - 60), at)]
        for start in starts[-5:-1]:
            start += text[start] in _OPENERS
            found = PATTERN.match(text, start, endpos)
            if found is not None and found.end() > at:
                end = found.end()
                yield found
                break


FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    finder=find_matches,
    # where a year of the 1950s or 1960s follows a word (``6 February 1962``): the search
    # ``legal_acts_dated`` makes anyway (and ``official_journal`` the next), so it costs
    # nothing more.  A search of its own for
    # a number after a marker (``[1-9]`` led: a character-set scan of the whole text)
    # cost 17% more instructions per extract (callgrind, 1 MB): a citation with no date
    # after it in its window is not found (``Council Regulation No 17`` alone).
    anchors=(
        Anchor(legal_acts_dated.YEAR_ANCHORS[0].pattern, _WINDOW, 6),
        # ... and the OJ's issue dates before 1968 (``OJ 13, 21.2.1962, p. 204``)
        Anchor(official_journal.EARLY_ISSUE_ANCHOR.pattern, _WINDOW, 6),
    ),
    priority=2,
)
