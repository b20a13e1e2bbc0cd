"""Case numbers of the Court before 1989 written with a dash for the slash, as EUR-Lex's
titles of the old judgments and opinions and the writing of their time have them:
``Asunto 26-62.`` (EUR-Lex 61962CC0026, Spanish title), ``Case 6-64``, ``Affaire 26-62``.

Read only right after a case word of the records written with a capital (``Case``,
``Affaire``, ``Asunto``, ``Causa``, ``Cauza`` ...), and not before a word in small
letters: a number, a dash and two digits are mostly something else (a range of pages,
``paragraphs 10-12``).  A year of the Court's before the letters (1953 to 1988), a
number of three digits at most.  The reference is the one :mod:`eurefs.grammar.cases`
makes of the number written with a slash: span as written, normal form with the slash
and the case word (``Case 6/64``), ``case:`` Cellar id.

The anchors are the case words themselves, each led by its first letter, and only those
whose first letter other families' anchors already search for (``A``: the treaty
articles'; ``C``: the Official Journal's series): ``eurefs.anchor_scan`` then tests them in
the pass over the text it already makes for that letter (+0.37% of extraction, against
+1.25% for a pass of its own: the dash between digits).  The words in small letters
(``aff. 6-64``, ``l'affaire 26-62``) would need such a pass and are left unread, as are
the words of other first letters (``Processo``, ``Rechtssache``; ``E``, ``L``, ``S`` would
add little but no such text was read).
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

# The groups ``cases.build`` reads; those of a court's letter, a blank for a lost dash, a
# footnote call and an appeal's suffix never match here (a dashed number has none).
_NUMBER = lazy_compile(
    r"(?:(?P<court>(?!))|(?P<gap>(?!)))?"
    r"(?P<num>[0-9]{1,3})-(?P<yy>[0-9]{2})(?:(?P<call>(?!))|(?P<suf>(?!)))?"
)
PATTERN = lazy_compile(
    r"(?:" + words(*_WORDS) + r")[ ](?P<num>[0-9]{1,3})-(?P<yy>[0-9]{2})(?![\w/-])"
)


def _anchor(head: str) -> Anchor:
    """The anchor of the case words that start with ``head``, a number after them."""
    rests = [w[1:] for w in _WORDS if w[0] == head]
    source = (
        re.escape(head) + "(?=" + words(*rests) + _NUMBER_AFTER + r")(?<!\w" + re.escape(head) + ")"
    )
    return Anchor(compile_pattern(source), 0, 40, at_start=True)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """The case of a dashed number right after a case word."""
    if not _FIRST_YEAR <= ids.full_year(m.group("yy")) < ids.FIRST_LETTERED_CASE_YEAR:
        return ()
    # not before a word in small letters: a count or a range (``Case 10-60 minutes``); a
    # case's number ends its citation or goes on with a name or the Reports
    after = m.string[m.end() : m.end() + 2]
    if after[:1] == " " and after[1:].islower():
        return ()
    number = _NUMBER.match(m.string, m.start("num"))
    return cases.build(number, ctx) if number else ()


FAMILY = Family(
    kind="case",
    pattern=PATTERN,
    build=build,
    anchors=tuple(_anchor(h) for h in dict.fromkeys(w[0] for w in _WORDS)),
    priority=6,
)
