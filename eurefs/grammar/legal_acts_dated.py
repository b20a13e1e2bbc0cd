"""Acts cited by date only.

English: ``Commission Recommendation of 6 May 2003``, ``Council Framework Decision of
13 June 2002`` (span from the institution through the date, normalised without it:
``Recommendation of 6 May 2003``); a plain ``Decision of ...`` needs its institution,
as a bare "decision of 4 May" is usually a procedural step.  Without the institution,
the Official Journal with its series in brackets right after the date makes an act the
EU's (``Directive of 25 July 1985 (OJ L 210, 7.8.1985, p. 29)``).

French and German: ``Rahmenbeschluss des Rates vom 26. Juni 2001``, ``Gemeinsamen
Maßnahme vom 17. Dezember 1996``, ``décision-cadre du Conseil du 13 juin 2002``.  The
span runs from the type word through the date (an author phrase in between is inside); the
normalised form drops the author (``Rahmenbeschluss vom 26. Juni 2001``).  No
number, so no CELEX.  A list continues with ``sowie vom 19. März 1998`` /
``et du 5 mai 1998`` (the further date is its own reference).  Decisions are not
taken (``décision du Conseil du 23 juillet 2014`` is a procedural step), nor
upper-case type words (``GEMEINSAME MAßNAHME vom 3. Dezember 1998`` is a title).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from eurefs.grammar import authors_before, closing_numbers, leading_numbers, oj_series, years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import SEP, collapse_spaces, lazy_compile, words
from eurefs.grammar.legal_act_words import OPENING_MARKS, UNION_ONLY_TYPES, Act
from eurefs.grammar.procedure_steps import closes_footnote
from eurefs.languages import BY_CODE, LANGUAGES, Language, index
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

# Two shapes, chosen by what a language's record holds: institutions written after the
# type word (``Rahmenbeschluss des Rates vom ...``) or before it (``Commission ... of``).
_AFTER = [lg for lg in LANGUAGES if lg.dated_act_types and lg.author_phrases]
_BEFORE = [lg for lg in LANGUAGES if lg.dated_act_types and lg.authors]


def _type_forms(langs: list[Language], exact: bool) -> dict[str, dict[str, str]]:
    """written type form (lower case unless ``exact``) -> {language: act_type}."""
    out: dict[str, dict[str, str]] = {}
    for lg in langs:
        for act in lg.dated_act_types:
            for f in lg.act_types.get(act, ()):
                if exact and f.endswith("."):
                    continue  # full words only (``Recommendation``, not ``Rec.``)
                out.setdefault(f if exact else f.lower(), {})[lg.code] = act
    return out


def _months(langs: Sequence[Language]) -> dict[str, dict[str, int]]:
    """month name (lower case) -> {language: month number}."""
    out: dict[str, dict[str, int]] = {}
    for lg in langs:
        for i, names in enumerate(lg.months):
            for name in names:
                out.setdefault(name.lower(), {})[lg.code] = i + 1
    return out


def date_pattern(langs: list[Language]) -> str:
    prep = words(*(w for lg in langs for w in lg.date_words))
    suffixes = [s for lg in langs for s in lg.day_suffixes]
    day_suffix = r"(?:" + words(*suffixes) + r")?" if suffixes else ""
    joiners = [j for lg in langs for j in lg.date_joiners]
    join = r"(?:" + words(*joiners) + SEP + r")?" if joiners else ""
    return (
        r",?" + SEP + r"(?P<prep>" + prep + r")" + SEP + r"(?P<day>[0-9]{1,2})" + day_suffix + SEP
        + join + r"(?P<month>" + words(*(n for lg in langs for ns in lg.months for n in ns)) + r")"
        + SEP + join + r"(?P<year>(?:19|20)[0-9][0-9])(?![\d/])"
    )  # fmt: skip


_TYPES = _type_forms(_AFTER, exact=False)
_MONTHS = _months(LANGUAGES)
_DATE = date_pattern(_AFTER) if _AFTER else r"(?!)"

PATTERN = lazy_compile(
    r"(?<![\w-])(?P<type>" + words(*_TYPES) + r")(?![\w-])"
    r"(?:"
    + SEP
    + r"(?P<author>"
    + words(*(p for lg in _AFTER for p in lg.author_phrases))
    + r"))?"
    + _DATE,
    re.IGNORECASE,
)

_MORE = {
    lg.code: lazy_compile(
        r"[^;.]{0,300}?(?<![\w])" + words(*lg.list_conjunctions) + _DATE,
        re.IGNORECASE,
    )
    for lg in _AFTER
}
# the Official Journal in brackets right after the date, with its series, makes a bare
# type word the EU's: ``la directive du 25 juillet 1985 (JO L 210 du 7.8.1985, p. 29)``,
# ``(ABl. EG Nr. L 210``; not the French journal's ``(JO 26 juillet 1985, p. 8512)``
_OJ_AFTER = lazy_compile(oj_series.opening_bracket(r"[LC][ ]?[0-9]"))
_PREP_LANGS = index(lambda lg: lg.date_words, fold=True)
_AUTHOR_LANGS = index(lambda lg: lg.author_phrases, fold=True)


def _date(m: re.Match[str], lang: str) -> dt.date | None:
    month = _MONTHS.get(m.group("month").lower(), {}).get(lang)
    if month is None:
        return None
    return years.past_date(int(m.group("year")), month, int(m.group("day")))


def _ref(m: re.Match[str], start: int, lang: str, act_type: str, word: str) -> LegalActRef | None:
    date = _date(m, lang)
    if date is None:
        return None
    date_text = collapse_spaces(m.string[m.start("prep") : m.end()])
    return reference(
        LegalActRef,
        m.string[start : m.end()],
        start,
        m.end(),
        normalized=f"{word} {date_text}",
        lang=lang,
        act_type=act_type,
        date=date,
    )


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match (and any ``sowie vom ...`` after it) into date-only :class:`LegalActRef`."""
    written = m.group("type")
    if not any(c.islower() and c != "ß" for c in written):
        return ()  # an upper-case title, not a citation
    langs = _TYPES[written.lower()]
    cands = set(langs) & _PREP_LANGS.get(m.group("prep").lower(), frozenset())
    if m.group("author"):
        cands &= _AUTHOR_LANGS.get(m.group("author").lower(), frozenset())
    cands = {c for c in cands if c in _MONTHS.get(m.group("month").lower(), {})}
    if not cands:
        return ()
    lang = ctx.language(cands, m.start(), 80)
    act_type = langs[lang]
    word = BY_CODE[lang].type_word(act_type, written)
    if act_type not in UNION_ONLY_TYPES and m.group("author"):
        # what makes it an EU act's citation stays in its normal form (it parses again)
        word = f"{word} {collapse_spaces(m.group('author'))}"
    if (first := _ref(m, m.start(), lang, act_type, word)) is None:
        return ()
    if numbered := leading_numbers.find(ctx, m.start(), BY_CODE[lang], act_type, None):
        return (numbered,)  # ``92/131/CEE: Recommandation de la Commission, du ...``
    act = Act(act_type, lang, BY_CODE[lang].act_types[act_type][0], None, None)
    if (numbered := closing_numbers.find(ctx, m.start(), m.end(), act)) is not None:
        return (numbered,)  # ``... od wartości dodanej Nr 2006/112/WE``
    national = act_type not in UNION_ONLY_TYPES and not m.group("author")
    if national and _OJ_AFTER.match(m.string, m.end()) is None:
        return ()  # ``Verordnung vom 12. Mai 2016``: as likely a national act
    refs: list[BaseReference] = [first]
    more = _MORE[lang].match(ctx.region, m.end())
    if more is not None and more.group("prep").lower() in BY_CODE[lang].date_words:
        member = _ref(more, more.start("prep"), lang, act_type, word)
        if member is not None:
            refs.append(member)
    return refs


# Institution and qualifier before the type word (inside the span); case-sensitive,
# as a lower-case "recommendation of 6 May" is not a title.  An institution may start
# with a small letter (Swedish running text: ``rådets förordning av den ...``).
_TYPES_BEFORE = _type_forms(_BEFORE, exact=True)
_AUTHORS_BEFORE = index(lambda lg: (f for a in lg.authors for f in (a, a[:1].lower() + a[1:])))
_SUBS_BEFORE = index(lambda lg: lg.subtypes_before)
PATTERN_BEFORE = lazy_compile(
    r"(?<![\w-])(?:(?P<author>" + words(*_AUTHORS_BEFORE) + r")" + SEP + r")?"
    r"(?:(?P<sub>" + words(*_SUBS_BEFORE) + r")" + SEP + r")?"
    r"(?P<type>" + words(*_TYPES_BEFORE) + r")"
    + (date_pattern(_BEFORE) if _BEFORE else r"(?!)")
)  # fmt: skip


def build_before(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """An act cited by date with its institution first: a :class:`LegalActRef` without CELEX."""
    langs = _TYPES_BEFORE[m.group("type")]
    cands = set(langs) & _PREP_LANGS.get(m.group("prep").lower(), frozenset())
    for group, table in (("author", _AUTHORS_BEFORE), ("sub", _SUBS_BEFORE)):
        if m.group(group):
            cands &= table.get(m.group(group), frozenset())
    cands = {c for c in cands if c in _MONTHS.get(m.group("month").lower(), {})}
    if not cands:
        return ()
    lang = ctx.language(cands, m.start(), 80)
    record = BY_CODE[lang]
    act_type = langs[lang]
    sub = m.group("sub")
    if act_type == "decision" and not sub and closes_footnote(m.string, m.start(), record):
        return ()  # ``Opinion of the European Parliament ... and Council Decision of ...``
    if authors_before.qualified(m.string, m.start(), lang):
        return ()  # ``Federal Council Decision of 8 October 2014``: a national body's
    subtype = record.subtypes_before[sub] if sub else None
    if numbered := leading_numbers.find(ctx, m.start(), record, act_type, subtype):
        return (numbered,)  # ``93/97/EEC: Council Decision of 9 February 1993``
    national = act_type not in UNION_ONLY_TYPES and not (m.group("author") or sub)
    if national and _OJ_AFTER.match(m.string, m.end()) is None:
        return ()  # ``Regulation of 3 March 2010``: as likely a national act
    if (date := _date(m, lang)) is None:
        return ()
    date_text = collapse_spaces(m.string[m.start("prep") : m.end()])
    word = record.with_subtype(record.type_word(act_type, m.group("type")), act_type, subtype)
    if act_type not in UNION_ONLY_TYPES and m.group("author"):
        word = f"{m.group('author')} {word}"  # what makes it a citation stays in its normal form
    return (
        reference(
            LegalActRef,
            m.group(0),
            m.start(),
            m.end(),
            normalized=f"{word} {date_text}",
            lang=lang,
            act_type=act_type,
            subtype=subtype,
            author=m.group("author"),
            date=date,
        ),
    )


# Where to look: a year written after a word (``Juni 2001``, ``de junio de 2002``), the
# same two literal-led searches for every language; the window reaches back to the type
# word.  Inside it, matches are tried only where a type word (or a word before it) starts.
YEAR_ANCHORS = tuple(
    Anchor(
        compile_pattern(c + r"(?<=[^\W\d_] " + c + r")(?=[0-9]{2}(?![0-9/]))"), before=100, after=6
    )
    for c in ("19", "20")
)
_TOKEN = compile_pattern(r"[^\s#>*]+")

# A cheap test of a window before any pattern runs: a year after a month, a day and a
# date word, with a type word or an institution just before (``Rahmenbeschluss des
# Rates vom 26. Juni 2001``).  Most dates in texts follow a numbered act's title
# (``... of the Council of 27 April 2016``) and fail it at once.
_YEAR_IN = compile_pattern(r"(?:19|20)[0-9]{2}(?![0-9/])")
_MONTH_WORDS = frozenset(_MONTHS)
_JOINERS = frozenset(j.lower() for lg in LANGUAGES for j in lg.date_joiners)
_PREPS = frozenset(w.lower() for lg in LANGUAGES for w in lg.date_words)
_BEFORE_PREP = frozenset(
    w.split()[-1].lower()
    for w in (*_TYPES, *_TYPES_BEFORE, *(p for lg in _AFTER for p in lg.author_phrases))
)

# The second words of two-word months and date words (``meán fómhair``, ``z dnia``): a
# pair of words is looked up only when it ends in one of them.
_MONTH_ENDS = frozenset(m.split(" ")[1] for m in _MONTH_WORDS if m.count(" ") == 1)
_PREP_ENDS = frozenset(p.split(" ")[1] for p in _PREPS if p.count(" ") == 1)
#: The words a year that passes the first test has right before it: a joiner or (the end
#: of) a month.
_LAST_WORDS = _JOINERS | _MONTH_WORDS | _MONTH_ENDS


# What a dated act has before its date word: a type word (``Rahmenbeschluss vom``), or
# an institution after one (``Rahmenbeschluss des Rates vom``).
_TYPE_ENDS = frozenset(w.split()[-1].lower() for w in (*_TYPES, *_TYPES_BEFORE))
_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in {p.lower() for lg in _AFTER for p in lg.author_phrases}:
    _PHRASES.setdefault(_phrase.split()[-1], []).append(tuple(_phrase.split()))


def _ends_type(word: str) -> bool:
    """Whether ``word`` (a word as ``split`` gives it) can end a type word of a match."""
    word = word.rstrip(",")
    if word in _TYPE_ENDS:
        return True
    if word.isalpha():
        return False
    # glued to what stands before it (``(décision``): the patterns take a type word
    # after any character but a word character or a hyphen
    return any(
        word[i:] in _TYPE_ENDS
        for i in range(1, len(word))
        if not (word[i - 1].isalnum() or word[i - 1] in "_-")
    )


def _typed(words: list[str], k: int) -> bool:
    """Whether ``words[:k]`` can end as a dated act does before its date word."""
    if _ends_type(words[k - 1]):
        return True
    for phrase in _PHRASES.get(words[k - 1].rstrip(","), ()):
        n = len(phrase)
        if k > n and tuple(words[k - n : k - 1]) == phrase[:-1] and _ends_type(words[k - n - 1]):
            return True
    return False


_PENDING = 16  # years whose second test may wait


def _dated_here(text: str, pos: int, endpos: int) -> bool:
    """Whether a dated act may stand in ``text[pos:endpos]``.

    Two tests of the words before each year: the first (a month, a day, a date word and
    a word a type or an institution ends with) is the older one; a window passes only
    when also some year has a type word before it, alone or with an institution after
    it, which is what the patterns need (``... 2016/679 du Parlement européen et du
    Conseil du 27 avril 2016`` passes the first only).
    """
    loose = typed = False
    pending: list[tuple[list[str], int]] = []  # (words, where the date word starts)
    for y in _YEAR_IN.finditer(text, pos, endpos):
        start = y.start()  # one call, not three (``max`` and ``y.start()`` twice)
        before = text[start - 90 if start > 90 else 0 : start]
        # the word right before the year first (split off the end): after no month, it fails
        last = before.rsplit(None, 1)
        if not last or last[-1].lower() not in _LAST_WORDS:
            continue
        words = before.lower().split()
        while words and words[-1] in _JOINERS:
            words.pop()
        if len(words) > 1 and words[-1] in _MONTH_ENDS and " ".join(words[-2:]) in _MONTH_WORDS:
            del words[-2:]  # ``Meán Fómhair``
        elif not words or words.pop() not in _MONTH_WORDS:
            continue
        while words and words[-1] in _JOINERS:
            words.pop()
        if not words or not words.pop()[:1].isdigit():
            continue
        k = len(words)
        if k > 1 and words[-1] in _PREPS:  # ``du``
            loose = loose or words[-2].rstrip(",") in _BEFORE_PREP
            pending.append((words, k - 1))
        if k > 2 and words[-1] in _PREP_ENDS and " ".join(words[-2:]) in _PREPS:  # ``z dnia``
            loose = loose or words[-3].rstrip(",") in _BEFORE_PREP
            pending.append((words, k - 2))
        # the second test only once the first has passed (most windows fail the first),
        # or when many years wait for it (a window of dates only: memory stays bounded)
        if loose or len(pending) >= _PENDING:
            typed = typed or any(_typed(w, n) for w, n in pending)
            pending.clear()
            if loose and typed:
                return True
    return False


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """Matches of both shapes in a window, tried only at type words and the words before.

    One pass per window for both shapes: the window is lower-cased once and searched
    for the type words of every language.
    """
    if not _dated_here(text, pos, endpos):
        return
    low = text[pos:endpos].lower()
    if len(low) != endpos - pos:  # a character whose lower case is longer: play safe
        for pattern in _PATTERNS:
            yield from pattern.finditer(text, pos, endpos)
        return
    # where to try which shape: ``2 * start`` for the institution first, ``+ 1`` for the
    # type word first (tried second at the same start); ints, as hashing a compiled
    # pattern hashes its whole code
    starts: set[int] = set()
    for t in _TYPE_FIND.finditer(low):
        p = pos + t.start()
        if _BEFORE:
            tokens = [k.start() for k in _TOKEN.finditer(text, max(pos, p - 60), p)][-2:]
            # (after an opening mark glued to the institution: ``(Council Directive of``)
            starts.update(2 * (k + (text[k] in OPENING_MARKS)) for k in (*tokens, p))
        if _AFTER:
            starts.add(2 * p + 1)
    end = pos
    for code in sorted(starts):
        start = code >> 1
        if start >= end:
            found = (PATTERN if code & 1 else PATTERN_BEFORE).match(text, start, endpos)
            if found is not None:
                end = found.end()
                yield found


def build_any(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Build a match of either shape."""
    # by source: ``PATTERN_BEFORE`` is compiled on first use, ``m.re`` is what it compiled
    return build_before(m, ctx) if m.re.pattern == PATTERN_BEFORE.pattern else build(m, ctx)


_PATTERNS = tuple(p for p, langs in ((PATTERN_BEFORE, _BEFORE), (PATTERN, _AFTER)) if langs)
_TYPE_FIND = lazy_compile(words(*_TYPES, *(w.lower() for w in _TYPES_BEFORE)))

#: Acts cited by date only, in every shape a loaded language uses.
FAMILY = Family(
    kind="legal_act",
    pattern=_PATTERNS[0] if _PATTERNS else PATTERN,
    build=build_any,
    anchors=YEAR_ANCHORS,
    finder=find_matches,
    priority=9,
)
FAMILIES: tuple[Family, ...] = (FAMILY,) if _PATTERNS else ()
