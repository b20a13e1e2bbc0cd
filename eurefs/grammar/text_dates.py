"""The date a text gives as its own, in its first lines (``short_forms/dated_names``,
``grammar/treaty_eras``).

The first date written in a text's first ``HEAD`` characters on a line of at most
``LINE`` (a heading: ``29.10.2021 | EN | Official Journal of the European Union``,
``Brussels, 15.12.2020``, ``JUDGMENT OF THE COURT ... 6 October 2015``, ``COUNCIL
FRAMEWORK DECISION`` / ``of 13 June 2002``, europarl's ``PV 19/10/2020``).  A date right
after an act's number or an Official Journal's issue is that act's or issue's
(``Directive 2000/31/EC of 8 June 2000``, ``OJ L 178, 17.7.2000``): not the text's.
Dates are those of ``grammar/oj_dates`` (the month in figures or in the words of any
language), ISO 8601's (``2012-02-27``: :data:`ISO`), English dates with the month first
(``June 26, 2023``, ``December 6th 2023``) and days written as ordinals (``13th February
2024``, ``1° gennaio 2024``, ``1.º de enero de 2022``: :data:`ORDINAL`); a year in two
figures is not read.  A text cannot cite what came
after it: a head date older than an act, a case or an ECLI the text cites by number, or
than the name of a Treaty it cites (:func:`cites_later`), is not the text's own (a note
written in 2020 headed ``Judgment of 5 February 1963, van Gend en Loos`` that cites ``C-64/16``, or
``Article 19 of the Treaty on European Union``: that Treaty was signed in 1992).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from eurefs.grammar import oj_dates, years
from eurefs.grammar.common import words, words_not_after
from eurefs.grammar.record_dates import HEAD_FORMS
from eurefs.languages import LANGUAGES
from eurefs.languages.prose_dates import ProseDates
from eurefs.pattern_store import compile_pattern


def _prose_words(
    read: Callable[[ProseDates], tuple[str, ...]], after: str, optional: bool = False
) -> str:
    """:func:`words` of what ``read`` takes from every record's ``prose_dates``, ``after``
    after them (``optional``: the group may be left out; nothing where no record has one)."""
    found = {w for lg in LANGUAGES for w in read(lg.prose_dates)}
    if not optional:
        return words(*found) + after
    return "(?:" + words(*found) + after + ")?" if found else ""


#: How far into a text its own date is looked for, and how long its line may be
HEAD = 500
LINE = 200
# The languages whose prose writes the month first, a comma before the year (the records'
# ``prose_dates.month_first``: English ``Monday, June 26, 2023`` under a title of
# natlawreview.com; ``On June 14, 2023, the European Parliament adopted its position``,
# bonnschmitt.lu; pages corpus)
_FIRSTS = [lg for lg in LANGUAGES if lg.prose_dates.month_first]
#: The months' names those languages write (``June``) -> the month's number.
_MONTH_FIRST_NUMBERS = {
    name: number for lg in _FIRSTS for number, names in enumerate(lg.months, 1) for name in names
}
MONTHS_FIRST = tuple(_MONTH_FIRST_NUMBERS)
_FIRST_ENDINGS = {e for lg in _FIRSTS for e in lg.prose_dates.day_endings}  # (``June 26th,``)
MONTH_FIRST = (
    "(?P<tmus>"
    + words(*MONTHS_FIRST)
    + r")[ ](?P<tdus>[0-9]{1,2})(?:"
    + (words(*_FIRST_ENDINGS) + r",?|" if _FIRST_ENDINGS else "")
    + r",)[ ](?P<tyus>(?:19|20)[0-9]{2})(?![0-9])"
)
#: A day written as an ordinal before the month in words, in prose: English ``13th February
#: 2024`` under a title of globalccsinstitute.com, ``On 25th April 2024, the European
#: Parliament formally adopted the Net-Zero Industry Act`` (brodies.com), ``culminating on
#: 8th of December, 2023`` (sipoch.com); the masculine ordinal sign of Italian, Spanish and
#: Portuguese, also typed as a degree sign (``dal 1° gennaio 2024``, ``desde el 1.º de enero
#: de 2022``: prose in public repositories; French ``1er`` is read as an Official Journal
#: date's, :mod:`~eurefs.grammar.oj_dates`): the records' ``prose_dates`` (any language's
#: ending, link and month, as the Official Journal's dates read any language's month).  Its
#: groups are named ``o...``, as :func:`~eurefs.grammar.oj_dates.words_pattern`'s.
ORDINAL = (
    r"(?<![0-9])(?P<odw>[0-9]{1,2})"
    + _prose_words(lambda p: p.day_endings, "")
    + r"[ ]"
    + _prose_words(lambda p: p.day_links, "[ ]", optional=True)
    + "(?P<omw>"
    + words(*oj_dates.MONTH_LANGS)
    + r"),?[ ]"
    + _prose_words(lambda p: p.year_links, "[ ]", optional=True)
    + r"(?P<oyw>(?:19|20)[0-9]{2})(?![0-9])"
)


def _month_numbers() -> dict[str, frozenset[int]]:
    """An abbreviated month (the records' ``month_abbreviations``) -> the months it names."""
    numbers: dict[str, set[int]] = {}
    for language in LANGUAGES:
        for number, forms in enumerate(language.month_abbreviations, 1):
            for form in forms:
                numbers.setdefault(form, set()).add(number)
    return {form: frozenset(found) for form, found in numbers.items()}


#: An abbreviated month of any record (``Dec``, ``déc``) -> the months it names
ABBREVIATED_NUMBERS = _month_numbers()
#: The abbreviated months of every record, each read with or without its dot
ABBREVIATED_MONTHS = "(?:" + words(*ABBREVIATED_NUMBERS) + r")\.?"
_JOINER = "(?:(?:" + words(*(j for lg in LANGUAGES for j in lg.date_joiners)) + ")[ ])?"
#: A day before an abbreviated month and the year, as prose and software write them
#: (``On 15 Dec 2020 the European Commission published twin legislative proposals``,
#: zephtech.net; ``15. Dez. 2020``, ``20 déc. 2020``, ``5 de dez. de 2020``: the records'
#: sources), its day suffixes and joiners those of any record.  Groups ``a...``.
ABBREVIATED = (
    r"(?<![0-9])(?P<adw>[0-9]{1,2})(?:"
    + words(*(s for lg in LANGUAGES for s in lg.day_suffixes))
    + ")?[ ]"
    + _JOINER
    + "(?P<amw>"
    + words(*ABBREVIATED_NUMBERS)
    + r")\.?[ ]"
    + _JOINER
    + r"(?P<ayw>(?:19|20)[0-9]{2})(?![0-9])"
)


#: A date as ISO 8601 writes it, year, month and day joined by hyphens: the Swedish
#: Government Offices date their memoranda so on a line of their own (``Justitiedepartementet``
#: / ``2012-02-27`` heads the fact memorandum 2011/12:FPM117 on the proposal for a general
#: data protection regulation, riksdagen.se; pages corpus).  Groups ``i...``; before
#: :func:`~eurefs.grammar.oj_dates.pattern`'s, which reads ``12-02-27`` in it (a year in two
#: figures: no year of the text's).
ISO = (
    r"(?<![0-9-])(?P<iy>(?:19|20)[0-9]{2})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12][0-9]|3[01])"
    r"(?![0-9-])"
)
#: A date of :data:`ISO`, :mod:`~eurefs.grammar.oj_dates`, :data:`MONTH_FIRST`,
#: :data:`ORDINAL` or :data:`ABBREVIATED`; its groups named ``i...``, ``t...`` (``o...``,
#: ``a...``)
DATE = compile_pattern(
    ISO + "|" + oj_dates.pattern("t") + "|" + MONTH_FIRST + "|" + ORDINAL + "|" + ABBREVIATED
)
# before a date, an act's number (``2000/31/EC of``, ``No 1049/2001 of``) or an Official
# Journal's issue (``L 178, ``): the date is the act's or the issue's
_CITED = compile_pattern(r"[0-9]/[0-9]|\b(?:No|Nr|n[°º]|Nº)\.?[ ]?[0-9]|\b[LC][ ][0-9]{1,4}\b")
_CITED_REACH = 90
# a number with the year it was given in: an act's year first (``2016/679``) or after its
# number (``No 1049/2001``), a case's two figures after its court's letter (``C-64/16``),
# an ECLI's four
_NUMBER_YEAR = compile_pattern(
    r"(?<![0-9])(?P<first>(?:19|20)[0-9]{2})/[0-9]"
    r"|(?<![0-9])[0-9]{1,4}/(?P<after>(?:19|20)[0-9]{2})(?![0-9])"
    r"|\b[CTF]-[0-9]{1,4}/(?P<case>[0-9]{2})(?![0-9])"
    r"|\bECLI:[A-Z]{2}:[A-Z]+:(?P<ecli>[0-9]{4}):"
)
#: The first year of the court letters' case numbers (``C-1/89``)
_LETTERED_CASES = 89
#: The Treaties by a name no text wrote before the year they were given it: the Treaty on
#: European Union (signed at Maastricht on 7 February 1992) and the Treaty on the
#: Functioning of the European Union (so named at Lisbon on 13 December 2007)
NAMED_SINCE = (("TEU", 1992), ("TFEU", 2007))


class HeadDate(NamedTuple):
    """The date a text gives as its own (:func:`head_date`)."""

    year: int
    #: where its line starts and ends in the text
    line_start: int
    line_end: int
    #: the whole date, where its day and month are read (the month in words of a language
    #: that gives the name another number is not: Polish ``listopada`` is November,
    #: Croatian October)
    date: dt.date | None


def year_of(m: re.Match[str]) -> int | None:
    """The year of a :data:`DATE` match, written in four figures (None otherwise)."""
    written = (
        m.group("iy")
        or m.group("ty")
        or m.group("ty_")
        or m.group("tyw")
        or m.group("tyus")
        or m.group("oyw")
        or m.group("ayw")
    )
    return int(written) if written and len(written) == 4 else None


def cited(text: str, start: int, lo: int) -> bool:
    """Whether the date at ``start`` follows an act's number or a journal's issue, or the
    journal's name itself (``OJ 29.12.2006 C 321 E``: the issue's date; read back to ``lo``
    at most)."""
    lo = max(lo, start - _CITED_REACH)
    return (
        _CITED.search(text, lo, start) is not None
        or _journal_before().search(text, lo, start) is not None
    )


@lru_cache(maxsize=1)
def _journal_before() -> re.Pattern[str]:
    """The Official Journal's abbreviation of any language right before a date, a short
    word between at most (``OJ 29.12.2006``, ``ABl. vom``, ``JO du``)."""
    from eurefs.languages import BY_CODE  # (the records import the grammar's helpers)

    journals = {j for language in BY_CODE.values() for j in language.oj.journals}
    # (led by the names' first characters, the look-behind after each: one led by the
    # look-behind is entered at every character of the 90 searched)
    return compile_pattern(
        words_not_after(r"\w", *journals) + r"(?<=[\w.»])[ \u00a0]+(?:[^\W\d]{1,4}[ \u00a0]+)?$"
    )


def cites_later(text: str, year: int) -> bool:
    """Whether ``text`` cites an act, a case or an ECLI by a number given after ``year``,
    or a Treaty by a name given after it (:data:`NAMED_SINCE`): the text is then not of
    ``year``, the date is another document's.  (Read once a text and year by
    ``grammar.whole_text.WholeText.cites_later``.)"""
    if any(_later(m, year) for m in _later_matches(text, year)):
        return True
    # (read only for a date before a Treaty's name: a text of 2007 or after reads none)
    return any(since > year and treaty_name(code).search(text) for code, since in NAMED_SINCE)


def _later(m: re.Match[str], year: int) -> bool:
    """Whether the :data:`_NUMBER_YEAR` match ``m`` is a number given after ``year``."""
    case = m.group("case")
    if case is not None:
        return _case_year(int(case)) > year
    return int(m.group("first") or m.group("after") or m.group("ecli")) > year


def _case_year(yy: int) -> int:
    """The year of a case numbered with the two figures ``yy`` (``C-64/16``: 2016)."""
    return 1900 + yy if yy >= _LETTERED_CASES else 2000 + yy


def _later_matches(text: str, year: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NUMBER_YEAR` in ``text``, as its whole search finds them, in
    the runs of the characters a match is made of (:data:`_RUN_CHARACTERS`) that hold a
    year after ``year`` where a match could give it (:func:`_later_hints`).
    :data:`_NUMBER_YEAR` is led by look-behinds, so ``re`` tries it at every character:
    ~1,150 instructions a character, ~128M a MB of the benchmark text read anew, where the
    hints are searched led by ``/`` and ``ECLI:``.  No match holds a character outside a
    run, so the whole search enters each run afresh and finds in it what a search of the
    run alone finds."""
    for hints in (_later_hints(year), _ECLI_HINT):
        at = 0
        while (hint := hints.search(text, at)) is not None:
            if hint.lastindex and int(hint.group(1)) <= year:  # (an ECLI's year)
                at = hint.end()
                continue
            start = hint.start()
            while start > 0 and text[start - 1] in _RUN_CHARACTERS:
                start -= 1
            after = _RUN_END.search(text, hint.start())
            end = after.start() if after is not None else len(text)
            yield from _NUMBER_YEAR.finditer(text, start, end)
            at = end  # (each run read once a search: linear in a run of hints)


#: The characters a :data:`_NUMBER_YEAR` match is made of
_RUN_CHARACTERS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ:/-")
_RUN_END = re.compile(r"[^0-9A-Z:/\-]")


#: An ECLI's year, any four figures as :data:`_NUMBER_YEAR` reads them
_ECLI_HINT = re.compile(r"ECLI:[A-Z]{2}:[A-Z]+:([0-9]{4}):")


@lru_cache(maxsize=64)
def _later_hints(year: int) -> re.Pattern[str]:
    """A search led by ``/`` that finds every place where a :data:`_NUMBER_YEAR` match of
    an act's or a case's number could give a year after ``year`` (more places: the runs
    around them are read), and an ECLI's year (:data:`_ECLI_HINT`)."""
    four = _alternatives(str(y) for y in range(max(year + 1, 1900), 2100))
    two = _alternatives(f"{yy:02d}" for yy in range(100) if _case_year(yy) > year)
    slash = [f"(?<=(?:{four})/)", four] if four else []
    slash += [f"(?:{two})(?![0-9])"] if two else []
    return re.compile("/(?:" + ("|".join(slash) or "(?!)") + ")")


def _alternatives(numbers: Iterable[str]) -> str:
    """``numbers`` (of one length) as a pattern: their last figures as classes."""
    by_head: dict[str, list[str]] = {}
    for n in numbers:
        by_head.setdefault(n[:-1], []).append(n[-1])
    return "|".join(f"{head}[{''.join(last)}]" for head, last in by_head.items())


@lru_cache(maxsize=2)
def treaty_name(code: str) -> re.Pattern[str]:
    """The Treaty ``code``'s names (``Treaty on European Union``, ``Vertrag über die
    Arbeitsweise der Europäischen Union``) and abbreviations next to an article's number
    (``19 TEU``, ``Art. 267 AEUV``, Finnish ``SEU 6 artikla``), in every language.

    Searched over a whole text (:func:`cites_later`), so led by each word's first
    character, the look-behinds after it: led by them, ``re`` entered the pattern at every
    character (~80 ms a MB); this way it skips to those characters.  A look-behind
    ``(?<!X)`` before a word's first character ``c`` is ``(?<!Xc)`` after it."""
    from eurefs.languages import BY_CODE  # (the records import the grammar's helpers)

    abbreviations: set[str] = set()
    names: set[str] = set()
    for language in BY_CODE.values():
        treaty = language.treaties.get(code)
        if treaty is not None:
            abbreviations.update(treaty.abbreviations)
            names.update(treaty.names)
    by_length = sorted(abbreviations, key=len, reverse=True)
    named = sorted(names, key=len, reverse=True)
    branches = []
    for first in sorted({w[0] for w in (*by_length, *named)}):
        c = re.escape(first)
        rests = "|".join(re.escape(a[1:]) for a in by_length if a[0] == first)
        tails = "|".join(re.escape(n[1:]) for n in named if n[0] == first)
        alternatives = (
            [
                rf"(?<=[0-9)][ \u00a0]{c})(?:{rests})(?![\w-])",
                rf"(?<![\w-]{c})(?:{rests})(?=[ \u00a0][0-9])",
            ]
            if rests
            else []
        )
        alternatives += [rf"(?<!\w{c})(?:{tails})(?!\w)"] if tails else []
        branches.append(c + "(?:" + "|".join(alternatives) + ")")
    return compile_pattern("(?:" + "|".join(branches) + ")")


def date_of(m: re.Match[str]) -> dt.date | None:
    """The whole date of a :data:`DATE` match whose year is written in four figures (None: a
    month named in no one way, no day of the calendar or one to come)."""
    if m.re is DATE and m.group("iy") is not None:  # (a sentence's date is none of ISO's)
        return years.past_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("oyw") is not None:
        return oj_dates.read(m, "o", "") or None
    if m.group("ayw") is not None:
        # (an abbreviation two records give different months names none)
        months = ABBREVIATED_NUMBERS[m.group("amw")]
        if len(months) != 1:
            return None
        return years.past_date(int(m.group("ayw")), next(iter(months)), int(m.group("adw")))
    month = m.group("tmus")
    if month is None:
        return oj_dates.read(m, "t", "") or None
    try:
        return dt.date(int(m.group("tyus")), _MONTH_FIRST_NUMBERS[month], int(m.group("tdus")))
    except ValueError:
        return None


def head_date(head: str) -> HeadDate | None:
    """The text's own date, in its first characters ``head`` (``text[:HEAD]``), and where
    its line starts and ends (None: none): the first of :data:`DATE`'s and
    :data:`HEAD_FORMS`'s."""
    found = [m for m in DATE.finditer(head) if year_of(m) is not None]
    found += [
        m
        for form in HEAD_FORMS
        for m in form.finditer(head)
        if not head[max(m.start() - 1, 0) : m.start()].isdigit()
    ]
    for m in sorted(found, key=lambda m: m.start()):
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line_end = line_end if line_end >= 0 else len(head)
        if (
            line_end - line_start > LINE
            or cited(head, m.start(), line_start)
            or _ACT_AFTER.match(head, m.end(), line_end) is not None
        ):
            continue
        if m.re is DATE:
            return HeadDate(year_of(m) or 0, line_start, line_end, date_of(m))
        whole = oj_dates.read(m, "f", "") or None
        return HeadDate(int(m.group("fyw")), line_start, line_end, whole)
    return None


# an act's number after a date on its line, a domain in brackets before it: the date is
# the act's, as the languages that write it first cite an act (``2016 m. balandžio 27 d.
# Europos Parlamento ir Tarybos reglamentas (ES) 2016/679``, ``27 päivänä huhtikuuta 2016
# annettu Euroopan parlamentin ja neuvoston asetus (EU) 2016/679``)
_ACT_AFTER = compile_pattern(
    r"[^\n]{0,120}?\([^\W\d_][^\W\d_, ]{0,30}\)[ ](?:[^\W\d_:]{1,3}[.:]?[ ]?){0,2}[0-9]{1,4}/[0-9]"
)
