"""Whose is a pinpoint written after an act (``grammar/act_pinpoints``), in a language whose
record gives the case an act takes before one (``pinpoints.after_cases``: the genitive,
Lithuanian ``reglamento``, Latvian ``Regulas``).

An act in another case takes none: in ``Europos Parlamento ir Tarybos reglamento (ES)
2016/679 dėl ... ir kuriuo panaikinama Direktyva 95/46/EB (Bendrasis duomenų apsaugos
reglamentas) 6 straipsnio 1 dalies f punktą`` the article is the regulation's, not that of
the directive its title names (in the nominative).  The regulation reaches it across its
title (the record's ``back_references.title_starts``, ``dėl``, ``par``: at most
:data:`TITLE` characters, no bracket, no sentence's end, no act in the genitive, which
would make it ambiguous) and a bracket or two after it (its popular name, its OJ citation)
or a footnote call (``after_pinpoint_patterns.CALL``), or a comma before the pinpoint's
number (``regulas (ES) 2016/679 par ... un ar ko atceļ direktīvu 95/46/EK, 78.panta 1.punkta
izpratnē``: the Latvian Supreme Court's summary of its decision in SKA-353/2025).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eurefs.grammar.after_pinpoint_patterns import CALL
from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language
from eurefs.pattern_store import compile_pattern

#: How long a title between an act and its pinpoint may be.
TITLE = 300

_WORD = compile_pattern(r"[^\W\d_]+")
_SENTENCE_END = compile_pattern(r"\.[ ][A-ZĀ-Ž]")


class _Cases:
    """The last words of a language's type words (``all``), of those that take a pinpoint
    written after the act (``taking``), in lower case, and the pattern of a title after the
    act up to the bracket after it (``title``; perhaps after a date in brackets, Latvian
    ``Regulu (ES) 2016/679 (2016. gada 27. aprīlis) par ...``)."""

    def __init__(self, lg: Language) -> None:
        self.all = frozenset(f.split()[-1].lower() for fs in lg.act_types.values() for f in fs)
        self.taking = frozenset(f.split()[-1].lower() for f in lg.pinpoints.after_cases)
        starts = lg.back_references.title_starts
        self.title: re.Pattern[str] | None = None
        if starts:
            self.title = lazy_compile(
                r"(?:[ ]\([^()]{4,40}\))?[ ]" + words(*starts) + r"[ ](?P<title>[^();:]{1,"
                + str(TITLE) + r"}?)(?:(?=[ ]?\([^\W\d_]|" + CALL + r")|,(?=[ ][0-9]))"
            )  # fmt: skip

    def takes(self, act: str) -> bool:
        """Whether an act written ``act`` takes a pinpoint after it: its type word in a
        case that does, or no type word."""
        types = [w for w in _WORD.findall(act.lower()) if w in self.all]
        return not types or any(w in self.taking for w in types)


_CASES = {lg.code: _Cases(lg) for lg in LANGUAGES if lg.pinpoints.after_cases}


class _JournalTitles:
    """An act's title up to the Official Journal's citation in brackets (perhaps after a
    bracket of its short title) or a footnote call, where the record names the cases of the
    type words that take a pinpoint after it (``pinpoints.journal_title_cases``, Estonian
    ``direktiivi``): the type words' last words (``all``), those cases (``taking``) and the
    title's pattern (``title``)."""

    def __init__(self, lg: Language) -> None:
        self.all = frozenset(f.split()[-1].lower() for fs in lg.act_types.values() for f in fs)
        self.taking = frozenset(f.lower() for f in lg.pinpoints.journal_title_cases)
        journal = r"[ ]\(" + words(*lg.oj.journals) + r"[ ]"
        self.title = lazy_compile(
            r"[ ](?P<title>[^();:]{1," + str(TITLE) + r"}?)"
            r"(?=" + journal + r"|[ ]\([^()]{2,160}\)" + journal + r"|" + CALL + r")"
        )


_JOURNAL_TITLES = {
    lg.code: _JournalTitles(lg) for lg in LANGUAGES if lg.pinpoints.journal_title_cases
}


def find(
    region: str, start: int, end: int, lang: str, after: Callable[[str, int, str], str | None]
) -> str | None:
    """The pinpoint written after the act at ``region[start:end]`` (``after``: the one
    right after an offset), if the act takes one; else after its title and brackets."""
    cases = _CASES.get(lang)
    if cases is None:
        found = after(region, end, lang)
        if found is None and (titled := _JOURNAL_TITLES.get(lang)) is not None:
            return _after_journal_title(titled, (region, start, end), lang, after)
        return found
    if not cases.takes(region[start:end]):
        return None
    found = after(region, end, lang)
    if found is not None or cases.title is None:
        return found
    m = cases.title.match(region, end)
    if m is None:
        return None
    title = m.group("title")
    if _SENTENCE_END.search(title) or any(w in cases.taking for w in _WORD.findall(title.lower())):
        return None
    return after(region, m.end(), lang)


#: A domain in brackets (``määruse (EL) 2016/679``), no end of what an act's title may be in
_DOMAIN = compile_pattern(r"\([A-ZÄÖÕÜ]{2,6}\)")
_ACT_NUMBER = compile_pattern(r"[0-9]/[0-9]")


def _in_title(region: str, start: int) -> bool:
    """Whether the act at ``start`` may be named in another act's title: an act's number
    before it in its clause (since the last bracket, other than a domain's, or sentence's
    end), as the GDPR's title names the directive it repeals (``määruse (EL) 2016/679
    füüsiliste isikute kaitse kohta ... ning direktiivi 95/46/EÜ kehtetuks tunnistamise kohta
    (...) (ELT 2016, L 119, lk 1) artikli 6``: the regulation's article)."""
    before = _DOMAIN.sub("", region[max(0, start - TITLE) : start])
    # (from the last bracket: a search of ``[^()]*$`` tried each place before it and read
    # on to it from each, quadratic in the stretch: ~0.1 ms a call)
    text = before[max(before.rfind("("), before.rfind(")")) + 1 :]
    text = text[text.rfind(". ") + 1 :]
    return _ACT_NUMBER.search(text) is not None


def _after_journal_title(
    titled: _JournalTitles,
    act: tuple[str, int, int],
    lang: str,
    after: Callable[[str, int, str], str | None],
) -> str | None:
    """The pinpoint after the title and the Official Journal's citation of the act at
    ``region[start:end]`` (``act``), where its type word is in a case that takes one and the
    title holds no sentence's end and no act in such a case (whose the pinpoint would be)."""
    region, start, end = act
    types = [w for w in _WORD.findall(region[start:end].lower()) if w in titled.all]
    if not types or not any(w in titled.taking for w in types):
        return None
    if _in_title(region, start):
        return None
    m = titled.title.match(region, end)
    if m is None:
        return None
    title = m.group("title")
    if _SENTENCE_END.search(title) or any(w in titled.taking for w in _WORD.findall(title.lower())):
        return None
    return after(region, m.end(), lang)
