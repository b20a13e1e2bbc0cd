"""Acts of the European Central Bank cited by the Bank's own number: ``Guideline
ECB/2011/14``, ``Beschluss EZB/2010/14``, ``décision BCE/2010/14``, and the number in
brackets after a citation (``Decision (EU) 2015/2218 of the European Central Bank of
20 November 2015 (ECB/2015/38)``).

The Bank numbers its legal acts ``ECB/<year>/<n>`` (in each language with its own
abbreviation: ``Language.ecb_prefixes``); the Official Journal gives them a number of
its own besides (``2011/817/EU``, since 2015 ``(EU) 2015/2218``).  A number with a type
word right before it is read as that act; one in brackets (``(ECB/2015/38)``) is typed
by the nearest type word before it in its sentence, and is a reference of its own (its
span is the number, its normal form ``Decision ECB/2015/38``): it names the same act as
the citation it follows, so it never gives a CELEX other than that act's, and that
citation loses a CELEX read from the OJ number that is not the act's
(:func:`without_oj_celex`).

CELEX.  EUR-Lex files the Bank's acts up to 2019 under the Bank's number, not the OJ
number: Guideline ECB/2007/6 is 32007O0006, ECB/2008/5 32008O0005, ECB/2011/14
(2011/817/EU) 32011O0014, ECB/2013/45 32013O0045, Guideline (EU) 2015/510
(ECB/2014/60) 32014O0060, Guideline (EU) 2015/856 (ECB/2015/12) 32015O0012, Guideline
(EU) 2016/65 (ECB/2015/35) 32015O0035, Guideline (EU) 2018/571 (ECB/2018/4) 32018O0004,
Guideline (EU) 2018/1626 (ECB/2018/20) 32018O0020 (its corrigendum 32018O0020R(01));
Decision ECB/2010/14 (2010/597/EU) 32010D0014, Decision
(EU) 2015/2218 (ECB/2015/38) 32015D0038, Decision (EU) 2016/948 (ECB/2016/16)
32016D0016, Decision (EU) 2019/322 (ECB/2019/4) 32019D0004, Decision (EU) 2019/1312
(ECB/2019/22) 32019D0022(01), Decision (EU) 2019/1558 (ECB/2019/28) 32019D0028(01).
Later acts are filed under the OJ number: Decision (EU) 2020/1306 (ECB/2020/44) is
32020D1306, Guideline (EU) 2020/1691 (ECB/2020/47, of September 2020) 32020O1691,
Guideline (EU) 2021/2253 (ECB/2021/49) 32021O2253 (EUR-Lex pages, the Bank's copies of
them and the UK's, read through the search tool).  So:

* a guideline (descriptor ``O``, the Bank's alone) numbered up to ECB/2019 gets
  ``3<year>O<n>`` (2016, 2017 and 2019 by the one practice the years around them and the
  Bank's decisions of 2019 show); one of 2020 none (the practice changed within the
  year: which numbering an act of its first half has is UNCONFIRMED), then the OJ
  number;
* a decision gets none from the Bank's number: decisions of other institutions share
  the descriptor ``D`` and their years' numbers, and EUR-Lex then adds a suffix to the
  Bank's (Decision ECB/2014/39 is 32014D0039(01), Decision (EU) 2015/5 (ECB/2014/45)
  32014D0045(01)), which the citation cannot tell;
* a regulation of the Bank is filed under its regulation number (``Regulation (EU) No
  468/2014 ... (ECB/2014/17)``: 32014R0468), which the Bank's number does not give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from eurefs import identifiers as ids
from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import SEP, celex_links, lazy_compile, words
from eurefs.grammar.legal_act_words import TYPE_FORMS, Act
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.models.prototypes import construct
from eurefs.pattern_store import compile_pattern

#: abbreviation -> the languages writing it (``BCE``: French, Italian, Spanish ...)
_PREFIX_LANGS: dict[str, frozenset[str]] = {}
for _lang in LANGUAGES:
    for _prefix in _lang.ecb_prefixes:
        _PREFIX_LANGS[_prefix] = _PREFIX_LANGS.get(_prefix, frozenset()) | {_lang.code}
_PREFIXES = words(*_PREFIX_LANGS)
_FIRST_YEAR = 1998  # the Bank was set up on 1 June 1998
#: The last year of the Bank's numbers that give a guideline's CELEX (see the docstring).
_GUIDELINE_CELEX_UNTIL = 2019
#: The first years whose acts EUR-Lex files under their OJ number (see the docstring).
OJ_CELEX_SINCE = {"decision": 2020, "guideline": 2021}

_NUMBER = (
    r"(?<![\w/])(?P<prefix>" + _PREFIXES + r")/(?P<year>(?:19|20)[0-9]{2})/"
    r"(?P<number>[0-9]{1,4})(?![\w/])"
)
PATTERN = lazy_compile(
    r"(?:(?<![\w-])(?P<type>(?i:" + words(*TYPE_FORMS) + r"))" + SEP + r")?" + _NUMBER
)
_FIND = compile_pattern(_NUMBER)
# A type word standing before a bracketed number, in its sentence (as bare_act_numbers).
_TYPE_BEFORE = lazy_compile(r"(?<![\w-])(?P<type>(?i:" + words(*TYPE_FORMS) + r"))(?![\w-])")
_SENTENCE_END = compile_pattern(r"(?<![0-9])[.;][ ]|[ ]{2}")  # (not ``6. Februar``)
_REACH = 300
_TYPE_REACH = 40  # characters before the number where its type word may start


def _typed_from_before(m: re.Match[str], ctx: Context) -> tuple[str, bool] | None:
    """The type word of the citation a bracketed number follows: the nearest before it in
    its sentence, and whether every type word there is of its type (the number may
    belong to the first act of a title that names others: ``Decision ... amending
    Guideline ECB/2011/14 ... (ECB/2012/4)``; then it gives no CELEX)."""
    before = ctx.before(m.start() - 1, _REACH)
    ends = [e.end() for e in _SENTENCE_END.finditer(before)]
    found = [t.group("type") for t in _TYPE_BEFORE.finditer(before, ends[-1] if ends else 0)]
    if not found:
        return None
    types = {t for w in found for t in TYPE_FORMS[w.lower()].values()}
    return found[-1], len(types) == 1


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """A :class:`LegalActRef` for a number of the Bank (see the module docstring)."""
    year, number = int(m.group("year")), str(int(m.group("number")))
    if year < _FIRST_YEAR or years.is_future_year(year) or number == "0":
        return ()
    written, sure = m.group("type"), True
    start = m.start()
    if written is None:
        text = m.string
        if not (text[start - 1 : start] == "(" and text[m.end() : m.end() + 1] == ")"):
            return ()  # a number alone, with no type word: which act it is stays unsaid
        typed = _typed_from_before(m, ctx)
        if typed is None:
            return ()
        written, sure = typed
    langs = TYPE_FORMS[written.lower()]
    cands = [c for c in langs if c in _PREFIX_LANGS[m.group("prefix")]] or list(langs)
    lang = cands[0] if len(cands) == 1 else ctx.language(cands, start, 80)
    act = Act(langs[lang], lang, BY_CODE[lang].type_word(langs[lang], written), None, None)
    return (_reference(m, start, act, year, number, sure),)


def _reference(
    m: re.Match[str], start: int, act: Act, year: int, number: str, sure: bool
) -> LegalActRef:
    celex = None
    if sure and act.act_type == "guideline" and year <= _GUIDELINE_CELEX_UNTIL:
        celex = ids.legal_act_celex("guideline", year, number)
    prefix = BY_CODE[act.lang].ecb_prefixes[0]
    return construct(
        LegalActRef,
        text=m.string[start : m.end()],
        start=start,
        end=m.end(),
        normalized=f"{act.type_word} {prefix}/{m.group('year')}/{m.group('number')}",
        **celex_links(celex),
        lang=act.lang,
        act_type=act.act_type,
        subtype=None,
        author=None,
        domain=None,
        year=year,
        number=number,
        number_first=False,
        pinpoint=None,
    )


# (after an article too: ``l'orientation BCE/2011/14``)
_WORD_START = compile_pattern(r"(?<![\w-])\w")


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches ``PATTERN.finditer(text, pos, endpos)`` would give, tried only at a
    number of the Bank and at the starts of the few words before it (a type word)."""
    end = pos
    for number in _FIND.finditer(text, pos, endpos):
        at = number.start()
        lo = max(end, at - _TYPE_REACH)
        starts = [t.start() for t in _WORD_START.finditer(text, lo, at)][-4:]
        for s in (*starts, at):
            found = PATTERN.match(text, s, endpos)
            if found is not None and found.end() == number.end():
                end = found.end()
                yield found
                break


# -- the OJ number of an act of the Bank -------------------------------------------------

_BRACKETED = compile_pattern(r"\((?:" + _PREFIXES + r")/(?:19|20)[0-9]{2}/[0-9]{1,4}\)")
_OTHER_NUMBER = compile_pattern(r"[0-9]/[0-9]")
_AUTHORS_AFTER = {
    lg.code: lazy_compile(r"[ ]{1,2}(?:" + words(*lg.ecb_authors) + r")(?![\w])", re.IGNORECASE)
    for lg in LANGUAGES
    if lg.ecb_authors
}


def without_oj_celex(ref: LegalActRef, text: str, lang: str) -> LegalActRef:
    """``ref``, a decision read from its OJ number, without the CELEX that number gives
    when it is an act of the Bank that EUR-Lex files under the Bank's number (before
    ``OJ_CELEX_SINCE``): the Bank is its author, written before the type word or right
    after the number (``Decision (EU) 2015/2218 of the European Central Bank``), or the
    Bank's number follows in brackets in its sentence with no other act number between
    (``... of 20 November 2015 on ... (ECB/2015/38)``).  Another author before the type
    word keeps it (``Commission Decision 2010/1/EU``).  Guidelines, the Bank's alone,
    lose it in ``legal_act_numbers``."""
    since = OJ_CELEX_SINCE["decision"]
    if ref.celex is None or ref.act_type != "decision" or (ref.year or since) >= since:
        return ref
    if ref.author is not None:
        return _stripped(ref) if ref.author in BY_CODE[lang].ecb_authors else ref
    after = _AUTHORS_AFTER.get(lang)
    if after is not None and after.match(text, ref.end) is not None:
        return _stripped(ref)
    # (the bracket first: a literal-led search, the rarest condition)
    bracket = _BRACKETED.search(text, ref.end, ref.end + _REACH)
    if bracket is None:
        return ref
    between = (ref.end, bracket.start())
    if _SENTENCE_END.search(text, *between) or _OTHER_NUMBER.search(text, *between):
        return ref
    return _stripped(ref)


def _stripped(ref: LegalActRef) -> LegalActRef:
    update = celex_links(None)
    del update["eli"]  # (the citation's own ELI stays)
    return ref.model_copy(update=update)


FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    finder=find_matches,
    # the first slash of the Bank's number (every abbreviation has three letters)
    anchors=(
        Anchor(
            compile_pattern(
                r"/(?<=(?:" + "|".join(sorted(_PREFIX_LANGS)) + r")/)(?=(?:19|20)[0-9]{2}/)"
            ),
            _TYPE_REACH + 4,
            12,
        ),
    ),
    priority=9,
)
