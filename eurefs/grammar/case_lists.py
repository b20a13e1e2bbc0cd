"""Lists and ranges of case numbers: which numbers a joined word opens, and the last
number of a range (``C-250/99 P to C-252/99 P``).

The court letters, the joined words and the conjunctions of a list live here, shared
with :mod:`eurefs.grammar.cases`, which reads the numbers themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES, evidence, index
from eurefs.languages._lookalikes import CYRILLIC_LATIN

#: Court letters typed with the Cyrillic capital of the same shape, as Bulgarian texts do
#: (``по дело С-852/19``): read as the Latin letter.
LOOKALIKE_COURTS = {cyr: lat for cyr, lat in CYRILLIC_LATIN.items() if lat in "CTF"}
COURT = "[CTF" + "".join(LOOKALIKE_COURTS) + "]"
#: Any dash between the numbers of a range or a list (``C-397/01–C-403/01``).
DASH = r"[-\u2010-\u2015\u2212]"


def as_written(forms: Iterable[str]) -> Iterator[str]:
    """A record's words as a text may write them: as listed, with a capital at the start
    of a sentence or a title (``Affaire C-423/04``, ``Дело C-507/17``), in capitals in a
    heading (``AFFAIRE``)."""
    for w in forms:
        yield from (w, w[:1].upper() + w[1:], w.upper())


JOINED_FORMS = frozenset(as_written(w for lg in LANGUAGES for w in lg.cases.joined_words))
JOINED_WORDS = words(*JOINED_FORMS)
CONJUNCTIONS = words(*dict.fromkeys(c for lg in LANGUAGES for c in lg.article_conjunctions))
#: The case words of every language as a text may write them (``Case``, ``AFFAIRE``).
CASE_WORDS = frozenset(w for lg in LANGUAGES for w in as_written(lg.cases.words))
# what ends the list a joined word opens (those no joined word contains)
_JOIN_STOPS = tuple(
    c for c in ";.()" if not any(c in w for lg in LANGUAGES for w in lg.cases.joined_words)
)
# the range words of each language (``to``, ``à``, ``bis``, ``do``), and those that make
# a range only after a word before the first number (Latvian ``no C-397/01 līdz
# C-403/01``, the development text tests/data/corpus-lv; Italian ``da ... a``)
_RANGE_WORD_LANGS = index(lambda lg: lg.article_range_words)
_RANGE_LEADS = {(lg.code, last): first for lg in LANGUAGES for first, last in lg.article_ranges}
_RANGE_WORDS = words(*_RANGE_WORD_LANGS, *(last for _, last in _RANGE_LEADS))
# A joined word (``Joined Cases``) before the number, in the same list (its blank, then at
# most 80 characters, none of them a stop, to the end: ``JOINED_WORDS[ ][^;.()]{0,80}$``),
# matched on the text before the number reversed, from the number back: a search from the
# last stop entered the joined words at every letter one may start with, and finding the
# last stop cost four ``rfind`` calls (``\n?``: ``$`` also matches before a last newline) ...
_JOINED_BACK = lazy_compile(r"\n?[^;.()]{0,80}[ ]" + words(*(w[::-1] for w in JOINED_FORMS)))
# ... or a longer list of numbers alone after it (Joined Cases T-25/95, T-26/95, ... en
# T-104/95: 41 numbers, EUR-Lex 61995TJ0025; ``Joined Cases C-238/99 P, ..., C-250/99 P
# to C-252/99 P and C-254/99 P``, 61999CC0238), a case word between (``affaires jointes``)
_JOINED_LIST_CHARS = 600
# (a number and a separator right before: what a list member follows)
_ITEM = r"(?:" + COURT + r"[ ]?-[ ]?)?[0-9]{1,4}/[0-9]{2}(?:[ ]P)?"
_SEPARATOR = (
    r"(?:,[ ]|,?[ ](?:" + CONJUNCTIONS + "|" + _RANGE_WORDS + r")[ ]"
    r"|[ ]?" + DASH + r"[ ]?)"
)
#: One number of a list and the separator after it: what lies between two of its numbers.
_NEXT_IN_LIST = lazy_compile(_ITEM + _SEPARATOR)
_LIST_TAIL = lazy_compile(r"/[0-9]{2}(?:[ ]P)?(?:,[ ]|,?[ ]\w{1,10}[ ]|[ ]?" + DASH + r"[ ]?)$")
_JOINED_LIST = lazy_compile(JOINED_WORDS + r"[ ](?:\w{1,12}[ ])?(?:" + _ITEM + _SEPARATOR + r")+$")
# The last number of a range after the first (``C-250/99 P to C-252/99 P``, Slovenian
# ``C-250/99 P do C-252/99 P``: the Court's list in Joined Cases C-238/99 P ..., EUR-Lex
# 61999CC0238; ``C-397/01–C-403/01``): a dash, or a range word of the case's language.
_RANGE_AFTER = lazy_compile(
    r"[ ]?(?:" + DASH + r"[ ]?|[ ](?P<word>" + _RANGE_WORDS + r")[ ])"
    rf"(?:(?P<court>{COURT})[ ]?-[ ]?)?(?P<num>[0-9]{{1,4}})[ ]?/[ ]?(?P<yy>[0-9]{{2}})"
    r"(?![\d/])(?:[ ](?P<suf>P)(?![\w(-]))?"
)
#: The most cases a range may span (Joined Cases T-25/95 ... T-50/95 to T-65/95: 16).
_MAX_RANGE = 100


def joined(before: str, ctx: Context, start: int) -> bool:
    """Whether a joined word (``Joined Cases``) opens the list ``before`` ends in: as the
    number before it, where that is the list's previous one (``ctx.last_case``: a list
    of numbers is read once, not once a number), else :func:`_joined`."""
    last = ctx.last_case
    if last is not None and (
        last[0] == start
        or (last[0] < start and _NEXT_IN_LIST.fullmatch(ctx.region, last[0], start))
    ):
        verdict = last[1]
    else:
        verdict = _joined(before, ctx, start)
    ctx.last_case = (start, verdict)
    return verdict


def label_listed(ctx: Context, start: int) -> bool:
    """Whether the number at ``start`` follows in a list the last number read as a label
    (``ctx.last_label``; a number right after a label noun, ``grammar/cases``): the list's
    later numbers are labels too (``Table C-2/19 and C-3/19``, ``Figures C-1/20 to
    C-3/20``, ``Tabelle C-2/19, C-3/19``).  A case word between opens a list of its own
    (``Table C-2/19 and Case C-3/19``: a case).  A look-up, no search: ``last_label`` is
    None in nearly every text."""
    last = ctx.last_label
    return (
        last is not None
        and last < start
        and _NEXT_IN_LIST.fullmatch(ctx.region, last, start) is not None
    )


def _joined(before: str, ctx: Context, start: int) -> bool:
    """Whether a joined word opens the list ``before`` ends in.  Read from the end back
    (``_JOINED_BACK``), up to the last character that ends a list: searching all of
    ``before`` cost more than the rest of a case's build.  A case word right before the
    number opens a list of its own: joined only with a joined word beside it (``Joined
    Cases``, ``affaires jointes``; not ``..., and in Case C-3/01``)."""
    head, _, last = before.rstrip(" ").rpartition(" ")
    if last in CASE_WORDS:
        return head.rpartition(" ")[2] in JOINED_FORMS
    if _JOINED_BACK.match(before[::-1]) is not None:
        return True
    if _LIST_TAIL.search(before, len(before) - 24) is None:
        return False  # (no number and separator right before: most cases)
    longer = ctx.before(start, _JOINED_LIST_CHARS)
    after_stops = max(map(longer.rfind, _JOIN_STOPS), default=-1) + 1
    return _JOINED_LIST.search(longer, after_stops) is not None


def range_end(m: re.Match[str], end: int, court: str | None, lang: str, ctx: Context) -> int | None:
    """The number of the last case of the range the case ending at ``end`` opens: same
    court (or none written), year and suffix, a larger number within ``_MAX_RANGE``.
    A range word must be one of the case's language, else of the words before it (a
    number inside a list: ``Joined Cases C-238/99 P, ..., C-250/99 P to C-252/99 P``)."""
    r = _RANGE_AFTER.match(m.string, end)
    if r is None or m.group("call") is not None:
        return None
    word = r.group("word")
    if word is not None and not _a_range_word(word, lang, m.start(), ctx):
        return None
    last_court = r.group("court")
    if last_court is not None and LOOKALIKE_COURTS.get(last_court, last_court) != court:
        return None
    if last_court is None and court is None and word is None:
        return None  # ``6/64-8/64``: digits and dashes, no case said
    if r.group("yy") != m.group("yy") or r.group("suf") != m.group("suf"):
        return None
    first, last = int(m.group("num")), int(r.group("num"))
    return last if first < last <= first + _MAX_RANGE else None


def _a_range_word(word: str, lang: str, start: int, ctx: Context) -> bool:
    """Whether ``word`` after the case at ``start`` makes a range in the case's language,
    else in that of the words before it: Czech ``a`` is "and", Spanish ``a`` "to"."""
    for code in (lang, evidence.tell(ctx.before(start, 200))):
        if code in _RANGE_WORD_LANGS.get(word, ()):
            return True
        lead = _RANGE_LEADS.get((code or "", word))
        if lead is not None and ctx.before(start, len(lead) + 1) == lead + " ":
            return True
    return False
