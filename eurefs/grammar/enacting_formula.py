"""The treaties' written forms as the treaty-article family reads them, and the enacting
formula that names the treaty of a bare article (``Having regard to the Treaty on the
Functioning of the European Union, and in particular Article 114 thereof``, ``vu le traité
..., et notamment son article 53``, ``gestützt auf den Vertrag ..., insbesondere auf
Artikel 53``).

Every word comes from the language records (treaty abbreviations and long names, the
formula's intros, leads and words after the article).
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Context
from eurefs.grammar.common import first_two_chars, lazy_compile, words
from eurefs.grammar.finite_strings import IGNORECASE_ASCII, strings
from eurefs.grammar.treaty_names import goes_on
from eurefs.languages import LANGUAGES

#: written form -> {language: treaty code}, for abbreviations and (lower-cased) long names
ABBR: dict[str, dict[str, str]] = {}
LONG: dict[str, dict[str, str]] = {}
for _lg in LANGUAGES:
    for _code, _treaty in _lg.treaties.items():
        for _a in _treaty.abbreviations:
            ABBR.setdefault(_a, {})[_lg.code] = _code
        for _n in _treaty.names:
            LONG.setdefault(_n.lower(), {})[_lg.code] = _code
#: every long name of every record
NAMES = [n for lg in LANGUAGES for t in lg.treaties.values() for n in t.names]
#: written short name -> {language: treaty code}: names read only after a citation in full
#: (``grammar/named_again``), never in the enacting formula
SHORT: dict[str, dict[str, str]] = {}
for _lg in LANGUAGES:
    for _code, _treaty in _lg.treaties.items():
        for _s in _treaty.short_names:
            SHORT.setdefault(_s, {})[_lg.code] = _code

# The enacting formula before a bare article: ``Having regard to the Treaty ...``,
# ``vu le traité ..., et notamment son``, ``gestützt auf den Vertrag ..., insbesondere auf``.
_INTROS = [i for lg in LANGUAGES for i in lg.enacting_intros]
_LEADS = [ld for lg in LANGUAGES for ld in lg.enacting_leads]
# (an article before the name, when the intro holds none: English ``the``)
_ARTICLES = "|".join(re.escape(a) + "[ ]" for lg in LANGUAGES for a in lg.enacting_articles)
# (led by a look-ahead of the intros' first two characters: see ``first_two_chars``)
_FORMULA = lazy_compile(
    first_two_chars(*_INTROS)
    + r"(?:"
    + words(*_INTROS)
    # (Maltese glues the article: ``it-Trattat``; after a colon, the citations' list
    # may start a paragraph: ``Having regard to:`` in the Commission's draft budgets)
    + r")(?::[ \n]{1,4}|[ ]|(?<=-))(?:"
    + _ARTICLES
    + r")?(?P<name>"
    + words(*NAMES)
    + r")"
    r"[^;]{0,160}?(?P<lead>,?[ ](?:" + "|".join(_LEADS or ["(?!)"]) + r")[ ]?)?$",
    re.IGNORECASE,
)
# The treaty a lead refers to is the last one named before it: ``Having regard to the
# Treaty on the Functioning of the European Union, and in particular Article 322 thereof,
# Having regard to the Treaty establishing the European Atomic Energy Community, and in
# particular Article 106a thereof`` (the first formula's span reaches the second lead).
_NAME_FIND = lazy_compile(r"(?<![\w-])" + words(*NAMES) + r"(?![\w-])", re.IGNORECASE)
# Cheap pre-checks: the longest word of a lead that every lead has (not one of an optional
# group: Slovenian ``in zlasti`` before ``prvega odstavka``), the start of an intro.
_OPTIONAL = re.compile(r"\(\?:(?:[^()]|\([^()]*\))*\)\?")
_LEAD_TAILS = tuple(
    {max(re.findall(r"[^\W\d_]+", _OPTIONAL.sub("", ld)), key=len).lower() for ld in _LEADS}
)
_INTRO_TAILS = tuple({i.lower() for i in _INTROS})
# ... searched as one trie each (a loop of ``in`` tests cost more than the match, and
# a flat alternation of 24 languages' words tries each at every position)
_LEAD_TAIL_FIND = lazy_compile(words(*_LEAD_TAILS) if _LEAD_TAILS else "(?!)")
_INTRO_TAIL_FIND = lazy_compile(words(*_INTRO_TAILS) if _INTRO_TAILS else "(?!)")
# An act cited between the treaty and the lead: its number or its date's year.
_ACT_CITED = lazy_compile(r"[0-9]/[0-9]|(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


_ENDS: list[frozenset[str] | None] = []


def lead_ends() -> frozenset[str] | None:
    """The last words of every lead, lower-cased (``son``, ``auf``, ``die``, ``l’``); None
    when a lead's strings are not a short list or hold a character that ``IGNORECASE``
    matches with an ASCII letter (made on first use: start-up reads no lead)."""
    if not _ENDS:
        found = [strings(ld) for ld in _LEADS]
        ends = None
        if all(f is not None for f in found):
            whole = {s.lower() for f in found for s in f or ()}
            if not any(IGNORECASE_ASCII.intersection(s) for s in whole):
                ends = frozenset(s.rstrip(" ").rsplit(" ", 1)[-1] for s in whole)
        _ENDS.append(ends)
    return _ENDS[0]


def lead_may_end(ctx: Context, start: int) -> bool:
    """False where no lead of a formula ends right before ``start`` (a cheap test).

    The formula's lead ends right before the article word, perhaps with a space (``et
    notamment son article``), so the last word before ``start`` is the last word of a
    lead.  An ASCII word is lower-cased exactly and matched only by ASCII letters of a
    lead (``IGNORECASE_ASCII`` has none): one that ends no lead rules the formula out."""
    ends = _ENDS[0] if _ENDS else lead_ends()  # (most articles ask: no call)
    if ends is None:
        return True
    # (``ctx.before``, inlined where the region holds the 40 characters)
    head = ctx.region[start - 40 : start] if start >= 40 else ctx.before(start, 40)
    # (the last word by ``rpartition``, a call of one argument: ``rfind`` and a slice cost
    # twice as much, ``rfind`` parsing its arguments from a tuple)
    word = head.rstrip(" \n").rpartition(" ")[2]
    return not word.isascii() or word.lower() in ends


def _lead_before(ctx: Context, start: int) -> bool:
    """Whether the last word of a lead (``particular``) is in the 40 characters before
    ``start``, lower-cased (most articles are not in an enacting formula)."""
    if not lead_may_end(ctx, start):
        return False
    tail = ctx.before(start, 40)
    low = tail.lower()
    if len(low) != len(tail) or "\u03a3" in tail:
        # lower() changed a length or reads the context (final sigma): the last 40
        # characters of the lower-cased longer text, as formula reads them
        low = ctx.before(start, 260).lower()
        return _LEAD_TAIL_FIND.search(low, max(0, len(low) - 40)) is not None
    return _LEAD_TAIL_FIND.search(low) is not None


def formula(m: re.Match[str], ctx: Context, after: str | None) -> dict[str, str] | None:
    """{language: treaty} of the enacting formula a bare article stands in, if any."""
    if after is None and not _lead_before(ctx, m.start()):
        return None
    before = ctx.before(m.start(), 260)
    low = before.lower()
    # (an ``in`` test of each intro: 28 searches of 260 characters in C cost less than the
    # trie's search, which enters the trie at every letter an intro may start with: on 1 MB
    # of the benchmark text, the 99 articles their treaty's word follows 4.6M, not 5.8M)
    for intro in _INTRO_TAILS:
        if intro in low:
            break
    else:
        return None
    f = _FORMULA.search(before)
    if f is None or (after is None and f.group("lead") is None):
        return None
    name, end = f.group("name"), f.end("name")
    for later in _NAME_FIND.finditer(
        before, end, f.start("lead") if f.group("lead") else len(before)
    ):
        name, end = later.group(0), later.end()
    if goes_on(name, before, end):  # the EC Treaty's name, then Euratom's
        return None
    # The lead belongs to the last citation before it: another citation after the
    # treaty's (``med beaktande av rådets förordning (EG) nr 1234/2007 ..., särskilt
    # artikel 43``) is the act's article, not the treaty's.
    gap = before[end : f.start("lead") if f.group("lead") else len(before)]
    if _INTRO_TAIL_FIND.search(gap.lower()) or _ACT_CITED.search(gap):
        return None
    return LONG[name.lower()]


__all__ = ["ABBR", "LONG", "NAMES", "SHORT", "formula", "lead_may_end"]
