"""An act's number before the title that cites it, as EUR-Lex titles the decisions and
recommendations numbered year first: ``93/97/EEC: Council Decision of 9 February 1993
on the conclusion of the Protocol ...`` (EUR-Lex 31993D0097, as Harvard Dataverse's copy of
EUR-Lex lists it), ``91/304/CEE: Décision de la Commission, du 17 décembre 1990, relative
aux aides ...`` (EUR-Lex 31991D0304, French), ``2000/237/EG: Entscheidung der Kommission
vom 22. Dezember 1999 über die Beihilferegelung ...`` (32000D0237, German), ``91/391/ΕΟΚ:
Απόφαση της Επιτροπής της 26ης Μαρτίου 1991`` (31991D0391, Greek).

The number with its domain after it (``/EEC``, ``/EC, ECSC``) and a colon stand right before
the title's type word (an institution or subtype may come first, as the records'
``authors`` and ``subtypes_before`` write them: ``Council Decision``, ``Commission
Implementing Decision``; a subtype after it or a compound's first half: ``Decisão de
Execução da Comissão``, ``Durchführungsbeschluss``); the reference is the number, typed by
that word (span ``93/97/EEC``, normalised ``Decision 93/97/EEC``, 31993D0097; ``Décision
91/304/CEE``).
The domain must be one the type word's language writes (``/CEE`` with ``Décision``, not
``/EWG``), the title starts with a capital and dates the act right after its type word
or the EU institution after it (``de la Commission, du 17 décembre 1990``): an agreement
body's decision has its own number there (``2006/111/EC: Decision No 6/2005 of the ACP-EC
Council of Ministers``, EUR-Lex 22006D0111, no sector-3 act).  Not after a word (``Directive
2000/60/EC: Council Decision of ...`` is a heading naming two acts), not with a bracketed
domain or a number marker (EUR-Lex writes neither in this form).  The Official Journal's
table of contents on EUR-Lex writes the number on a line of its own and a star on the next
instead of the colon (``2011/753/EU``, ``*``, ``Rozhodnutí Komise ze dne 18. listopadu
2011, ...``, OJ L 310 of 25 November 2011, Czech): read the same way.  The section's
heading in capitals above the first number (``DECISÕES``, a blank line, ``2012/430/UE``;
OJ L 199 of 26 July 2012, Portuguese) types it as a type word does, but is not in its span
(``legal_acts.build``: a type word in capitals with a paragraph break before the number).

The dated citation after the number (``legal_acts_dated``) then names no act of its own:
:func:`find` gives its builders the number instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.legal_act_numbers import GROUPS, make, number_pattern
from eurefs.grammar.legal_act_words import (
    AUTHOR_LANGS,
    CPD_LANGS,
    SUB_AFTER_LANGS,
    SUB_BEFORE_LANGS,
    TYPE_FORMS,
    Act,
)
from eurefs.languages import BY_CODE, Language, index
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.pattern_store import compile_pattern

#: How far before the dated citation its number may start (``2001/462/EC, ECSC: ``).
_REACH = 40
_NUMBER = r"(?<![\w/.-])(?<![^\W\d_][ ])" + number_pattern("")
#: What stands between the number and the title: a colon and a blank, or the star of the
#: Official Journal's table of contents, each on a line of its own (``2011/753/EU  *
#: Rozhodnutí Komise ze dne 18. listopadu 2011``, the view's blanks for the breaks)
_SEP = r"(?::[ ]|[ ]{1,2}\*[ ]{1,2})"
_SEP_ONLY = lazy_compile(_SEP)
# (the separator right before the citation: the search ends there, ``\Z``)
_LEADING = lazy_compile(_NUMBER + r"(?=" + _SEP + r"\Z)")
#: The number right before the separator (the reference's span).
NUMBER = lazy_compile(_NUMBER + r"(?=" + _SEP + r")")
#: What the family tries at a number's first slash: the rest of a number with a domain
#: after it and the separator (``/97/EEC: ``, ``/462/EC, ECSC: ``); ``build`` reads it
AT_SLASH = lazy_compile(
    r"/(?<=[0-9]/)[0-9]{1,4}/[^\W\d_][^\W\d_ ]{0,9}(?:,[ ]?[^\W\d_]{2,9})?" + _SEP
)
_DOMAIN_LANGS = index(lambda lg: lg.domains, fold=True)
# The title's head after the colon: institution, subtype, type word (full words only), a
# subtype written after it or the first half of a compound (``Decisão de Execução da
# Comissão``, ``Durchführungsbeschluss der Kommission``; the prefixes of five letters or
# more: a compound's word in full, no initialism's letter)
_CPDS = [p for p in CPD_LANGS if len(p) >= 5]
_TABLES = (("author", AUTHOR_LANGS), ("sub", SUB_BEFORE_LANGS), ("cpd", CPD_LANGS))
_HEAD = lazy_compile(
    r"(?:(?P<author>" + words(*AUTHOR_LANGS) + r")[ ])?"
    r"(?:(?P<sub>" + words(*SUB_BEFORE_LANGS) + r")[ ])?"
    r"(?P<cpd>" + words(*_CPDS) + r")?"
    r"(?P<type>" + words(*(f for f in TYPE_FORMS if not f.endswith("."))) + r")(?![\w-])"
    r"(?:[ ](?P<fsub>" + words(*SUB_AFTER_LANGS) + r")(?![\w-]))?",
    re.IGNORECASE,
)


def find(
    ctx: Context, start: int, record: Language, act_type: str, subtype: str | None
) -> LegalActRef | None:
    """The numbered reference of the dated citation at region offset ``start`` (an act of
    ``act_type`` and ``subtype`` in ``record``'s language) whose number stands before it (see
    the module docstring), or None."""
    region = ctx.region
    if start < 6 or (region[start - 2] != ":" and "*" not in region[start - 4 : start - 1]):
        return None
    found = _LEADING.search(region, max(0, start - _REACH), start)
    if found is None or not _title_number(found):
        return None
    return _numbered(found, record, act_type, subtype)


def _title_number(m: re.Match[str]) -> bool:
    """Whether the number ``m`` is written as EUR-Lex heads a title with it: its domain
    after it, no bracketed domain, no number marker."""
    return bool(m.group("suf")) and not m.group("dom") and not m.group("no")


def _numbered(
    m: re.Match[str], record: Language, act_type: str, subtype: str | None
) -> LegalActRef | None:
    word = record.with_subtype(record.act_types[act_type][0], act_type, subtype)
    act = Act(act_type, record.code, word, None, subtype)
    return make(m, m.start("num"), act, m.group(*GROUPS))


@lru_cache(maxsize=32)
def _dated(lang: str) -> re.Pattern[str]:
    """What follows the type word of a title of ``lang`` in this form: perhaps an EU
    institution (the record's ``author_phrases``), then the date (a date word and a day)."""
    record = BY_CODE[lang]
    authors = (
        r"(?:,?[ ](?:" + words(*record.author_phrases) + r"))?" if record.author_phrases else ""
    )
    return compile_pattern(authors + r",?[ ](?:" + words(*record.date_words) + r")[ ][0-9]")


#: Where ``AT_SLASH`` may match: a member of the shared search of the slashes (its head,
#: ``/``, is the slash anchors'), so the positions cost a try at each slash and nothing
#: more; the family's pattern runs only where a title may stand
AT_SLASH_ANCHOR = compile_pattern(
    r"/(?<=[0-9]/)(?=[0-9]{1,4}/[^\W\d_][^\W\d_ ]{0,9}(?:,[ ]?[^\W\d_]{2,9})?" + _SEP + ")"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """The number of a title headed by it (see the module docstring), ``m`` matching from
    the number's first slash (``AT_SLASH``)."""
    text, start = m.string, m.start()
    while start > 0 and m.start() - start < 4 and text[start - 1].isdigit():
        start -= 1  # (to the number's first digit)
    found = NUMBER.match(text, start)
    if (
        found is None
        or not _title_number(found)
        or not _SEP_ONLY.fullmatch(text, found.end(), m.end())
    ):
        return ()
    head = _HEAD.match(text, m.end())
    if head is None or not head.group()[0].isupper():
        return ()
    written = head.group("type").lower()
    cands = set(TYPE_FORMS[written]) & _DOMAIN_LANGS.get(found.group("suf").lower(), frozenset())
    for group, table in (*_TABLES, ("fsub", SUB_AFTER_LANGS)):
        if head.group(group):
            cands &= table.get(head.group(group).lower(), frozenset())
    if not cands:
        return ()
    lang = next(iter(cands)) if len(cands) == 1 else ctx.language(sorted(cands), start, 80)
    if _dated(lang).match(text, head.end()) is None:
        return ()  # (``2006/111/EC: Decision No 6/2005 of the ACP-EC Council``: no EU act's)
    record = BY_CODE[lang]
    ref = _numbered(found, record, TYPE_FORMS[written][lang], _subtype(head, record))
    return (ref,) if ref is not None else ()


def _subtype(head: re.Match[str], record: Language) -> str | None:
    """The subtype the title's head ``head`` writes in ``record``'s language, if any."""
    for group, table in (
        ("sub", record.subtypes_before),
        ("fsub", record.subtypes_after),
        ("cpd", record.compound_prefixes),
    ):
        if written := (head.group(group) or "").lower():
            return next((v for k, v in table.items() if k.lower() == written), None) or None
    return None


FAMILY = Family(
    kind="legal_act",
    pattern=AT_SLASH,
    build=build,
    # the number's first slash where a title may follow (``93/97/EEC: ``), found by the
    # slashes' shared search: a window and a finder at each slash cost 5.3M a MB, the
    # pattern tried at each slash 3.0M (callgrind)
    anchors=(Anchor(AT_SLASH_ANCHOR, before=0, after=_REACH, at_start=True),),
    priority=9,
)
