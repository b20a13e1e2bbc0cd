"""National copies of EU acts named after them: ``the UK GDPR`` is no mention of the GDPR;
nor is ``the US Chips Act`` one of the EU Chips Act (:func:`foreign_act`), nor ``the
Cybersecurity Act of 2015`` one of the EU's of 2019 (:func:`foreign_name`).

After its withdrawal the United Kingdom kept EU acts in its own law under their names
with a mark before them (``the UK GDPR``, ``UK EMIR``): a popular name or a defined
alias after such a mark (a language's ``national_name_marks``) names the national law,
which has no EU CELEX.  So does an alias defined with such a mark (``('the UK General
Data Protection Regulation')``) or after a phrase that takes the cited act into the
national law (``Regulation (EU) 2016/679 as it forms part of domestic law ... ('the
UK GDPR')``, a language's ``national_copy_phrases``): the full citation stays, the
alias is bound to nothing.  An anaphor after such a phrase speaks of the copy too, with
an alias (``copied``) or without one (``copy_phrase_end``: ``Regulation (EU) 2016/679
as retained in UK law ... . Under that Regulation``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from eurefs.grammar.whole_text import WholeText
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference
from eurefs.short_forms.common import CITATION_KINDS, SENTENCE_BOUNDARY, alternation

_SPACES = " \t\u00a0"
# How far after an act's citation a phrase may take it into national law when no title
# stands between them (``Regulation (EU) No 596/2014 as retained ("UK MAR")``).
COPY_REACH = 300


def _marks_of_every_language(field: str) -> list[str]:
    """The marks a back-reference field (``national_name_marks``, ``foreign_act_marks``)
    holds in any language's record, the longest first (an alternation tries them so)."""
    found = {m for lg in LANGUAGES for m in getattr(lg.back_references, field)}
    return sorted(found, key=lambda m: (-len(m), m))


@lru_cache(maxsize=1)
def _national_mark() -> tuple[re.Pattern[str], frozenset[str], int, re.Pattern[str]] | None:
    """A national mark of any language right before a name (``UK`` in ``the UK GDPR``),
    the last characters of the marks (a cheap first test), how far before the name a
    mark may start, and a mark leading an alias (``UK GDPR``); the acronyms of every
    language are looked for in every text, so are the marks."""
    marks = _marks_of_every_language("national_name_marks")
    if not marks:
        return None
    alts = "|".join(map(re.escape, marks))
    return (
        re.compile(rf"(?<![\w.])(?:{alts})[ \t\u00a0]+$"),
        frozenset(m[-1] for m in marks),
        len(marks[0]) + 8,
        re.compile(rf"(?:{alts})[ \t\u00a0]+\S"),
    )


def national_copy(text: str, start: int) -> bool:
    """Whether the name at ``start`` names a national law's copy of the act (``the UK
    GDPR``, the GDPR as retained in United Kingdom law), not the act itself."""
    found = _national_mark()
    if found is None or not start or text[start - 1] not in _SPACES:
        return False
    k = start - 1
    while k and text[k] in _SPACES:
        k -= 1
    if text[k] not in found[1]:
        return False
    return found[0].search(text, max(0, start - found[2]), start) is not None


#: The last words, after a space, of the names another legislature's statutes bear too
#: (`` Act``), of every language: ``str.endswith`` tells a name that may be one at C speed.
FOREIGN_ENDS = tuple(
    sorted({" " + w for lg in LANGUAGES for w in lg.back_references.foreign_act_ends})
)


@lru_cache(maxsize=1)
def _foreign_mark() -> tuple[re.Pattern[str], int] | None:
    """Another legislature's mark of any language right before a name (``US`` in ``the
    US Chips Act``, ``Colorado's``), with a possessive ending or not, and how far before
    the name it may start."""
    marks = _marks_of_every_language("foreign_act_marks")
    if not marks:
        return None
    alts = "|".join(map(re.escape, marks))
    return re.compile(rf"(?<![\w.])(?:{alts})(?:['’]s)?[ \t\u00a0]+$"), len(marks[0]) + 10


def foreign_act(text: str, start: int, name: str) -> bool:
    """Whether the name at ``start`` (``AI Act``), one ending in ``FOREIGN_ENDS``, is
    another legislature's statute of that name, after its mark (``the Colorado AI Act``,
    ``the US Chips Act``): no EU act."""
    if not start or text[start - 1] not in _SPACES or (found := _foreign_mark()) is None:
        return False
    return found[0].search(text, max(0, start - found[1]), start) is not None


def other_law(text: str, start: int, name: str) -> bool:
    """Whether the name at ``start`` names another legal order's law: a national copy
    (``the UK GDPR``) or another legislature's statute (``the US Chips Act``)."""
    return national_copy(text, start) or (
        name.endswith(FOREIGN_ENDS) and foreign_act(text, start, name)
    )


@lru_cache(maxsize=1)
def _foreign_year() -> re.Pattern[str]:
    """A year right after a name, after a comma (``Cybersecurity Act, 2020``, as Ghana and
    other Commonwealth legislatures write their statutes' titles) or after a link word of
    any language (``of 2015``)."""
    links = sorted({w for lg in LANGUAGES for w in lg.back_references.foreign_act_year_links})
    link = f"(?i:{'|'.join(map(re.escape, links))})[ \t\u00a0]+" if links else ""
    return re.compile(rf",?[ \t\u00a0]+(?:{link})?((?:19|20)[0-9]{{2}})(?![0-9/])")


def foreign_name(text: str, start: int, end: int, name: str, celex: str) -> bool:
    """Whether the name ``text[start:end]``, one ending in ``FOREIGN_ENDS``, is another
    legislature's statute of that name: after its mark (:func:`foreign_act`) or followed
    by a year that is not its act's (``the Cybersecurity Act of 2015``, ``Cybersecurity
    Act 2018``; the act's year is its CELEX's)."""
    if foreign_act(text, start, name):
        return True
    m = _foreign_year().match(text, end)
    return m is not None and m.group(1) != celex[1:5]


@lru_cache(maxsize=1)
def _union_mark() -> re.Pattern[str] | None:
    """A language's mark of the Union's own act right before a name (``EU`` in ``the EU
    Cybersecurity Act``)."""
    marks = _marks_of_every_language("union_name_marks")
    if not marks:
        return None
    alts = "|".join(map(re.escape, marks))
    return re.compile(rf"(?<![\w.])(?:{alts})(?:['’]s)?[ \t\u00a0]+$")


def named_abroad(text: str, name: str, celex: str) -> bool:
    """Whether ``text`` names another legislature's statute ``name`` (one ending in
    ``FOREIGN_ENDS``) somewhere (:func:`foreign_name`: ``Ghana's Cybersecurity Act``,
    ``the Cybersecurity Act, 2020``) and never marks the name as the Union's (``the EU
    Cybersecurity Act``): its bare uses then speak of that statute too (``under the
    Cybersecurity Act`` on a page about Ghana's).  Read once a text and name
    (``WholeText.answer``)."""
    key = ("named_abroad", name, celex)
    return WholeText.of(text).answer(key, lambda: _named_abroad(text, name, celex))


def _named_abroad(text: str, name: str, celex: str) -> bool:
    """:func:`named_abroad`, read from the text."""
    union = _union_mark()
    abroad = False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if union is not None and union.search(text, max(0, at - 20), at):
            return False
        abroad = abroad or foreign_name(text, at, end, name, celex)
        at = text.find(name, end)
    return abroad


def foreign_use(text: str, start: int, end: int, name: str, celex: str) -> bool:
    """Whether the name ``text[start:end]`` (one ending in ``FOREIGN_ENDS``) is another
    legislature's statute: so marked or dated there (:func:`foreign_name`), or so named
    elsewhere in a text that never marks it as the Union's (:func:`named_abroad`)."""
    return foreign_name(text, start, end, name, celex) or named_abroad(text, name, celex)


@lru_cache(maxsize=32)
def _copy_phrases(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The language's national-copy phrases, lowercased, and the longest word of each
    (a gap holding none of these words is passed with ``str.find``, at C speed)."""
    phrases = [p.lower() for p in BY_CODE[lang].back_references.national_copy_phrases]
    if not phrases:
        return None
    keys = frozenset(max(p.split(), key=len) for p in phrases)
    return re.compile(rf"\b{alternation(phrases)}\b"), keys


def national_definition(text: str, lang: str, cited_end: int, at: int, alias: str) -> bool:
    """Whether an alias defined at ``at``, after a citation ending at ``cited_end``,
    names a national copy of the cited act: it starts with a national mark (``UK
    GDPR``), or a phrase between the two takes the act into national law (``as it
    forms part of domestic law``, ``as retained``; case is ignored)."""
    found = _national_mark()
    if found is not None and found[3].match(alias):
        return True
    phrases = _copy_phrases(lang)
    if phrases is None:
        return False
    gap = text[cited_end:at].lower()
    return any(k in gap for k in phrases[1]) and phrases[0].search(gap) is not None


def known_alias(alias: str, known_names: frozenset[str]) -> bool:
    """Whether ``alias`` is a popular name, also after a national mark (``UK GDPR``: an
    alias of the national copy, which binds as one: see ``national_site``)."""
    if alias in known_names:
        return True
    found = _national_mark()
    m = found[3].match(alias) if found is not None else None
    return m is not None and alias[m.end() - 1 :] in known_names


def copied(cited_end: int, at: int, copies: dict[int, int]) -> bool:
    """Whether the mention of an act ending at ``cited_end`` was taken into national law
    before ``at`` by an alias defined for its national copy (``copies``: where such
    citations end -> where the alias's site starts): an anaphor at ``at`` speaks of the
    copy, which has no EU act (``Regulation (EU) 2016/679 as it forms part of domestic
    law ("the UK GDPR"). Under that Regulation``)."""
    return bool(copies) and copies.get(cited_end, at) < at


@lru_cache(maxsize=32)
def _copy_phrases_by_word(lang: str) -> tuple[tuple[str, tuple[tuple[int, str], ...]], ...]:
    """The language's national-copy phrases under a few of their words that together
    find them all (each time the word of more than three letters that the most phrases
    left share, the longest among equals: ``retained``, ``forms``), each phrase with
    that word's offset in it, in lower case: one ``str.find`` per word, at C speed, and
    the text compared around a hit (no regular expression per mention)."""
    left = list(BY_CODE[lang].back_references.national_copy_phrases)
    by_word: list[tuple[str, tuple[tuple[int, str], ...]]] = []
    while left:
        words = {w for p in left for w in p.split() if len(w) > 3} or {left[0]}
        word = max(sorted(words), key=lambda w: (sum(w in p.split() for p in left), len(w)))
        under = [p for p in left if word in p.split()] or [left[0]]
        by_word.append((word, tuple((p.index(word), p.lower()) for p in under)))
        left = [p for p in left if p not in under]
    return tuple(by_word)


@lru_cache(maxsize=32)
def copy_phrase_words(lang: str) -> tuple[str, ...]:
    """The words of :func:`copy_phrase_end`: a gap before ``COPY_REACH`` that holds none
    of them holds no national-copy phrase (the caller may tell so without the call)."""
    return tuple(word for word, _ in _copy_phrases_by_word(lang))


def copy_phrase_end(text: str, lang: str, cited_end: int, at: int) -> int:
    """Where a phrase of the language's ``national_copy_phrases`` (its key word of
    ``_copy_phrases_by_word`` as written, the rest in any case; whole words) that
    follows the mention of an act ending at ``cited_end``, in its sentence, before
    ``at`` and within ``COPY_REACH``, first ends (-1: none).  An anaphor at ``at`` then
    speaks of the national copy, which has no EU act, also where no alias names it
    (``Regulation (EU) 2016/679 as retained in UK law by the European Union (Withdrawal)
    Act 2018. Under that Regulation``)."""
    gap = text[cited_end : min(at, cited_end + COPY_REACH)]
    first = -1
    for word, forms in _copy_phrases_by_word(lang):
        # most gaps hold none of the words: ``in`` (no argument parsing, unlike
        # ``str.find``: ~1 k instructions a call) tells so for less
        if word not in gap:
            continue
        found = gap.find(word)
        while found >= 0:
            for offset, phrase in forms:
                start, end = found - offset, found - offset + len(phrase)
                if start < 0 or end > len(gap) or gap[start:end].lower() != phrase:
                    continue
                if (start and gap[start - 1].isalnum()) or gap[end : end + 1].isalnum():
                    continue  # (no whole words)
                if SENTENCE_BOUNDARY.search(gap, 0, start) is None:
                    first = end if first < 0 else min(first, end)
            found = gap.find(word, found + 1)
    return first if first < 0 else cited_end + first


def national_site(
    text: str,
    lang: str,
    refs: list[BaseReference],
    starts: list[int],
    i: int | None,
    at: int,
    alias: str,
) -> int | None:
    """The index in ``refs`` of the act whose national copy the alias defined at ``at``
    names, if it names one: the act cited before it (``refs[i]``, the alias's antecedent;
    None: the latest act cited, within a short reach and no paragraph break, as a
    national phrase is no title)."""
    if i is None:
        i = bisect.bisect_left(starts, at) - 1
        while i >= 0 and refs[i].kind in CITATION_KINDS:
            i -= 1
        if i < 0 or refs[i].kind != "legal_act" or not 0 <= at - refs[i].end <= COPY_REACH:
            return None
        if "\n\n" in text[refs[i].end : at]:
            return None
    return i if national_definition(text, lang, refs[i].end, at, alias) else None
