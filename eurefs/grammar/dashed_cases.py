"""Case numbers of the Court before 1989 written with a dash for the slash, as EUR-Lex's
titles of the old judgments and opinions and the writing of their time have them:
``Asunto 26-62.`` (EUR-Lex 61962CC0026, Spanish title), ``Case 6-64``, ``Affaire 26-62``;
and from 1989, with the Court of Justice's letter, as a French database's copy of the
judgments writes them (``dans l'affaire C-6-90``: LawLex's Francovich, app.livv.eu).

Read only right after a case word of the records (``Case``, ``Affaire``, ``Asunto``,
``l'affaire``, ``aff.`` ...), and not before a word in small letters unless dated (below):
a number, a dash and two digits are mostly something else (``paragraphs 10-12``).  A year of
the Court's before the letters (1953 to 1988), a number of three digits at most.  The
reference is the one :mod:`eurefs.grammar.cases` makes of the number written with a
slash: span as written, normal form with the slash and the case word (``Case 6/64``),
``case:`` Cellar id.

Two anchors, neither a search of its own (``eurefs.anchor_scan`` tests them in the passes
over the text it already makes):

* a case word written with a capital whose first letter other families' anchors already
  search for (``A``: the treaty articles'; ``C``: the Official Journal's series), the
  dashed number right after it, as EUR-Lex's titles have them (+0.37% of extraction,
  against +1.25% for a pass of its own: the dash between digits);
* a year of the Court's time (``19`` of the years' anchors, 1953 to 1988), around which
  the number after any case word is looked for: a citation of an old judgment in running
  text names its date or its Reports' year (``arrêt du 15 juillet 1964, Costa/E.N.E.L.,
  aff. 6-64``, ``que l'affaire 26-62 qui a donné lieu à votre arrêt du 5 février 1963``).
  A case word in small letters counts only with such a year near the number, from the
  case's year to ten years later (its judgment's or its Reports').

A dashed number with neither (``aff. 6-64`` alone) is left unread.

A number with the Court of Justice's letter (``C-6-90``, the letter before 1989's cases'
numbers: a year from 1989 on) is read right after any case word, in small letters too:
the letter makes it a case's.  Its anchor is that letter with the dashed number after it,
whose head ``C`` the Official Journal's series anchor searches for already.  The other
courts' letters (``T-``, ``F-``) are UNCONFIRMED in a text read: ``T-34-85`` is a tank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar import cases
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.case_lists import CASE_WORDS
from eurefs.grammar.common import lazy_compile, words
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

#: The Court's first year (its first cases were lodged in 1953).
_FIRST_YEAR = 1953
#: The first letters that other families' anchors search for already (see the module).
_HEADS = "AC"
_WORDS = sorted(w for w in CASE_WORDS if w[:1] in _HEADS)
_NUMBER_AFTER = r"[ ][0-9]{1,3}-[0-9]{2}(?![\w/-])"
#: How far around the number a year of its time is looked for (a judgment's date and the
#: parties' names between: ``arrêt du 5 février 1963, Van Gend en Loos, aff. 26-62``).
_YEAR_REACH = 150
#: The years after a case's own that its judgment's date or Reports may give.
_YEARS_TO_JUDGMENT = 10
_YEAR = lazy_compile(r"(?<![0-9])19(?P<yy>[5-8][0-9])(?![0-9])")

# The groups ``cases.build`` reads; those of a court's letter, a blank for a lost dash, a
# footnote call and an appeal's suffix never match here (a dashed number has none) ...
_NUMBER = lazy_compile(
    r"(?:(?P<court>(?!))|(?P<gap>(?!)))?"
    r"(?P<num>[0-9]{1,3})-(?P<yy>[0-9]{2})(?:(?P<call>(?!))|(?P<suf>(?!)))?"
)
# ... and the dash they are read at: a literal, which ``re`` scans for fast (led by a
# digit's class or the case words it tried far more positions: +1.6% of extraction, and
# in a text dense with old years, where the windows join, +13%); before it the number of
# up to three digits after a blank (the case word's), after it a year of the Court's time
# before the letters (53-88); or a number of up to four digits after the letter ``C`` and a
# year from the letters' (group ``ly``: 89-99, 00-49).  The number and the case word are
# read in ``build``.
PATTERN = lazy_compile(
    r"-(?:(?P<yy>5[3-9]|[67][0-9]|8[0-8])(?![\w/-])"
    r"(?:(?<=[ ][0-9]-..)|(?<=[ ][0-9]{2}-..)|(?<=[ ][0-9]{3}-..))"
    r"|(?P<ly>89|9[0-9]|[0-4][0-9])(?![\w/-])"
    r"(?:(?<=[ ]C-[0-9]-..)|(?<=[ ]C-[0-9]{2}-..)|(?<=[ ]C-[0-9]{3}-..)|(?<=[ ]C-[0-9]{4}-..)))"
)
# The lettered number from its letter, with the groups ``cases.build`` reads.
_LETTERED = lazy_compile(
    r"(?P<court>C)(?:-|(?P<gap>(?!)))"
    r"(?P<num>[0-9]{1,4})-(?P<yy>[0-9]{2})(?:(?P<call>(?!))|(?P<suf>(?!)))?"
)
#: The Court of Justice's letter with a dashed number of a year from 1989 after it.
_LETTERED_ANCHOR = Anchor(
    compile_pattern(r"C(?=-[0-9]{1,4}-(?:89|9[0-9]|[0-4][0-9])(?![\w/-]))(?<!\wC)"), 1, 12
)
#: A case word and its blank, as they end the text before a number (longest first).
_ENDINGS = tuple(sorted({w + " " for w in CASE_WORDS}, key=len, reverse=True))
_LONGEST = len(_ENDINGS[0]) if _ENDINGS else 0


def _anchor(head: str) -> Anchor:
    """The anchor of the case words that start with ``head``, a number after them."""
    rests = [w[1:] for w in _WORDS if w[0] == head]
    source = (
        re.escape(head) + "(?=" + words(*rests) + _NUMBER_AFTER + r")(?<!\w" + re.escape(head) + ")"
    )
    return Anchor(compile_pattern(source), 0, 40, at_start=True)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """The case of a dashed number right after a case word."""
    if m.group("ly"):
        return _lettered(m, ctx)
    string = m.string
    start = string.rfind(" ", max(0, m.start() - 4), m.start()) + 1  # (the number's)
    if (word := _word_before(string, start)) is None:
        return ()
    if not _FIRST_YEAR <= ids.full_year(m.group("yy")) < ids.FIRST_LETTERED_CASE_YEAR:
        return ()
    # not before a word in small letters: a count or a range (``Case 10-60 minutes``); a
    # case's number ends its citation or goes on with a name or the Reports.  A case word
    # in small letters, or such a word after the number (``l'affaire 26-62 qui a donné
    # lieu à votre arrêt du 5 février 1963``), only with a year of its time near
    after = m.string[m.end() : m.end() + 2]
    running = after[:1] == " " and after[1:].islower()
    if (running or word[:1].islower()) and not _dated(m, start):
        return ()
    number = _NUMBER.match(string, start)
    return cases.build(number, ctx) if number else ()


def _lettered(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """The case of a dashed number with the Court of Justice's letter right after a case
    word (``dans l'affaire C-6-90``)."""
    string = m.string
    start = string.rfind(" ", max(0, m.start() - 7), m.start()) + 1  # (the letter's)
    if _word_before(string, start) is None:
        return ()
    number = _LETTERED.match(string, start)
    return cases.build(number, ctx) if number else ()


def _word_before(string: str, start: int) -> str | None:
    """The case word right before ``start`` (its blank between), a word of its own."""
    before = string[max(0, start - _LONGEST - 1) : start]
    if not before.endswith(_ENDINGS):  # (a test in C first)
        return None
    ending = next(e for e in _ENDINGS if before.endswith(e))
    ahead = before[-len(ending) - 1 : -len(ending)]
    return None if ahead.isalnum() or ahead == "_" else ending[:-1]


def _dated(m: re.Match[str], start: int) -> bool:
    """Whether a year from the case's to ten years later is written near its number (from
    ``start`` to the end of ``m``)."""
    year = ids.full_year(m.group("yy"))
    string, end = m.string, m.end()
    near = _YEAR.finditer(string, max(0, start - _YEAR_REACH), end + _YEAR_REACH)
    return any(year <= 1900 + int(y.group("yy")) <= year + _YEARS_TO_JUDGMENT for y in near)


#: A year of the Court's time before the letters (1953-1988), the ``19`` led as the
#: years' anchors are: the citation of an old judgment around it.
_YEAR_ANCHOR = Anchor(
    compile_pattern(r"19(?=[5-8][0-9](?![0-9]))"), _YEAR_REACH + 20, _YEAR_REACH + 20
)

FAMILY = Family(
    kind="case",
    pattern=PATTERN,
    build=build,
    anchors=(
        *(_anchor(h) for h in dict.fromkeys(w[0] for w in _WORDS)),
        _YEAR_ANCHOR,
        _LETTERED_ANCHOR,
    ),
    priority=6,
)
