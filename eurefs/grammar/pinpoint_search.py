"""Searching the pinpoint patterns of ``eurefs.grammar.act_pinpoints`` in a window of
text: the leftmost pinpoint at the start of a word that runs to the window's end, and
the subdivisions written before it (``point (a) of Article 5``); the cheap tests on the
text around a pinpoint that go before and after a search (:func:`ends_as_pinpoint`,
:func:`apart`).

Every legal act and every back-reference with a link word before it asks, so the
search is bound once per set of patterns (:func:`searcher`), and the leads are
searched only where the text before the pinpoint ends as a lead does (``lead_tail``,
a cheap match on the reversed text): most texts before a pinpoint end in a link word
(``on the basis of``) but not in a lead, and the leads' pattern tries every character.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from eurefs.grammar.capitals import point_astray
from eurefs.grammar.common import RANGE
from eurefs.grammar.pinpoint_heads import head_pattern, head_places, searched
from eurefs.grammar.pinpoint_numbers import KERAIAS, NUMBER_SUFFIXES
from eurefs.grammar.pinpoint_tails import PLAIN_ENDS, ROMAN_ENDS
from eurefs.grammar.treaty_names import leads_articles
from eurefs.languages import BY_CODE
from eurefs.latin1 import held_copy

if TYPE_CHECKING:
    from eurefs.grammar.act_pinpoints import Pinpoints
    from eurefs.grammar.base import Context


def search(p: Pinpoints, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the pinpoint of ``p`` in ``text[lo:hi]`` starts and ends, if any."""
    return searcher(p)(text, lo, hi)


def region_search(
    ctx: Context, p: Pinpoints, key: str, lang: str, text: str, lo: int, hi: int
) -> tuple[int, int] | None:
    """:func:`search` of ``p`` (pinpoints of ``lang`` written before an act; ``key`` names
    them) in ``text[lo:hi]``.  In ``ctx``'s region, by a :func:`memo_searcher` the context
    keeps for the region's text: a text cites the same pinpoint before many acts (``Article
    10 of``: in the 49 development texts 120 of the 261 pinpoints an act's pinpoint search
    reads were read before in the same text), and the match of the body is its cost."""
    if text is not ctx.region:
        return searcher(p)(text, lo, hi)
    found = ctx.searchers.get(key)
    if found is None:
        found = ctx.searchers[key] = memo_searcher(p, head_pattern(lang))
    return found(text, lo, hi)


@functools.lru_cache(maxsize=256)
def searcher(p: Pinpoints) -> Callable[[str, int, int], tuple[int, int] | None]:
    """:func:`search` with ``p`` bound and its methods looked up once, for callers that
    search many times (the back-references: one search per short form)."""
    body, leads, lead_links, glued = p.body.search, p.leads, p.lead_links, p.glued
    pin = p.body.groupindex["pin"]

    def search_(text: str, lo: int, hi: int) -> tuple[int, int] | None:
        m = body(text, lo, hi)
        while m is not None:
            s = m.start()
            if (
                s and (text[s - 1].isalnum() or text[s - 1] in "._") and not _glued(text, s, glued)
            ) or _astray(text, s, m.end(pin)):
                m = body(text, s + 1, hi)
                continue
            if leads is not None and text.endswith(lead_links, lo, s):
                s = lead_start(p, text, lo, s)
            return s, m.end(pin)
        return None

    return search_


def memo_searcher(
    p: Pinpoints, head: re.Pattern[str], prefixes: tuple[str, ...] = ()
) -> Callable[[str, int, int], tuple[int, int] | None]:
    """:func:`searcher` for the many windows of one text, remembering each pinpoint read.

    ``head`` matches the words the body of ``p`` starts with (every match of the body
    starts with one).  The body is tried where the head is, in text order, as its own
    search would; whether and where the body matches at ``s`` depends only on
    ``text[s - 1:hi]`` (the body ends at the window's end, ``$``, and looks behind at
    most one character, ``\\b``; at the text's start, nothing is kept), so the answer is
    kept under that string: a text cites the same pinpoints again and again (``Article
    82(1) of the ``), and the successful match of the body (~18 k instructions, the
    grammar's many optional parts) is made once per distinct one.  A body that looks
    further behind is searched as by :func:`searcher`.  One memo per searcher: make
    one per text (or batch of texts).

    ``prefixes`` (``pinpoint_heads.head_prefixes`` of the head's words): where the head may start is
    found by ``str.find`` of each in the window lower-cased, not by ``head``, whose search
    tests a set of first letters at every character and stops at each of them (~12 k
    instructions over 90 characters of prose); the body is tried at each such place that
    starts a word, and fails where no head is.
    """
    if _looks_behind(p.body.pattern):
        return searcher(p)
    head_search, match, leads, lead_links = head.search, p.body.match, p.leads, p.lead_links
    glued = p.glued
    lead_k, lead_ends = _lead_ends(lead_links) if leads is not None else (0, frozenset())
    pin = p.body.groupindex["pin"]
    memo: dict[str, int] = {}  # text[s - 1:hi] -> where the pin ends, less s (-1: none)
    held: tuple[str | None, bytes | None] = (None, None)  # the text last searched, its copy

    def search_(text: str, lo: int, hi: int) -> tuple[int, int] | None:
        nonlocal held
        if held[0] is not text:
            held = text, held_copy(text) if prefixes else None
        copy = held[1]
        places = (
            searched(text, lo, hi, head_search)
            if copy is None
            else head_places(copy, lo, hi, prefixes)
        )
        for s in places:
            if s and (text[s - 1].isalnum() or text[s - 1] in "._") and not _glued(text, s, glued):
                continue
            key = text[s - 1 : hi] if s else None  # (at the text's start: not kept)
            length = memo.get(key) if key is not None else None
            if length is None:
                m = match(text, s, hi)
                length = -1 if m is None or _astray(text, s, m.end(pin)) else m.end(pin) - s
                if key is not None:
                    memo[key] = length
            if length < 0:
                continue
            if text[s - lead_k : s] in lead_ends and text.endswith(lead_links, lo, s):
                return lead_start(p, text, lo, s), s + length
            return s, s + length
        return None

    return search_


@functools.lru_cache(maxsize=32)
def _lead_ends(lead_links: tuple[str, ...]) -> tuple[int, frozenset[str]]:
    """The last ``k`` characters of each of ``lead_links`` (``of ``, ``OF\n``; ``k`` at most 3):
    a slice and a set lookup before ``str.endswith`` of them all (24 in English, ~2 k)."""
    k = min((3, *map(len, lead_links)))
    return k, frozenset(link[len(link) - k :] for link in lead_links)


@functools.lru_cache(maxsize=64)
def _looks_behind(source: str) -> bool:
    """Whether a pattern's source holds a look-behind (asked once per text of a source of
    ~30,000 characters: ~0.1 ms a search, the string's hash kept by the string)."""
    return "(?<" in source


def _astray(text: str, s: int, e: int) -> bool:
    """Whether the pinpoint matched at ``text[s:e]`` is none: a point's letter in capitals
    where the citation is not (``Article 6(1)(A)``: ``grammar/capitals``), an apostrophe
    ending it that closes a quotation opened right before it (``'άρθρο 6 παρ. 1 α' του``:
    no keraia), or a dash with a blank that joins no rising range (:func:`descends`)."""
    return (
        point_astray(text, s, e)
        or (text[e - 1] == "'" and s > 0 and text[s - 1] == "'")
        or descends(text, s, e)
    )


#: A dash with a blank before or after it (the text as written: any white space;
#: :data:`eurefs.grammar.pinpoint_numbers.SPACED_RANGE`), and the numbers around it.
_SPACED_DASH = re.compile(r"\s+" + RANGE + r"\s*|" + RANGE + r"\s+")
_NUMBER_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,3}\Z")
_NUMBER_AFTER = re.compile(r"[0-9]{1,3}(?![0-9])")


def descends(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a dash with a blank that joins no rising range of two bare
    numbers (``37 – 39``): punctuation, no range (``Article 5 – 2 of``, ``6(1) – 7``)."""
    for m in _SPACED_DASH.finditer(text, s, e):
        first = _NUMBER_BEFORE.search(text, s, m.start())
        last = _NUMBER_AFTER.match(text, m.end(), e)
        if first is None or last is None or int(last.group()) <= int(first.group()):
            return True
    return False


def _glued(text: str, s: int, glued: tuple[str, ...]) -> bool:
    """Whether the letter before ``s`` is one the language glues to the front of the word
    at ``s``, alone (Irish ``le hAirteagal 27(6)``): the pinpoint starts at ``s`` all the
    same, not inside a word."""
    return text[s - 1] in glued and (s < 2 or not text[s - 2].isalnum())


def lead_start(p: Pinpoints, text: str, lo: int, s: int) -> int:
    """Where the subdivisions written before the article at ``s`` start (``s``: none)."""
    if p.lead_tail is not None and p.lead_tail.match(text[lo:s][::-1]) is None:
        return s  # the text before does not end as a lead does
    lead = p.leads.search(text, lo, s) if p.leads is not None else None
    if lead is not None and not (lead.start() and text[lead.start() - 1].isalnum()):
        return lead.start()
    return s


def apart(text: str, pin_start: int, pin_end: int, gap_start: int, gap_end: int) -> bool:
    """Whether a pinpoint found at ``text[pin_start:pin_end]`` is a heading: alone on its
    line, and the blanks ``text[gap_start:gap_end]`` between it and what it would be in
    hold a line break (``Article 17`` over ``GDPR rights are ...``)."""
    gap = text[gap_start:gap_end]
    if "\n" not in gap or not gap.isspace():
        return False
    line_end = text.find("\n", pin_end)
    after = text[pin_end : len(text) if line_end < 0 else line_end]
    return not text[text.rfind("\n", 0, pin_start) + 1 : pin_start].strip() and not after.strip()


_ROMAN = frozenset("IVXLC")
# the keraia after a Greek letter numeral, as pinpoint_numbers reads it (``στοιχ. στ΄``)
_KERAIAS = frozenset(KERAIAS)
_SUFFIX_ENDS = frozenset(w[-1] for w in NUMBER_SUFFIXES)  # (``bis``, ``ter``: s, r)


def _suffixed(text: str, i: int) -> bool:
    """Whether the word ending at ``text[i]`` is an inserted article's Latin word written
    apart after a number (``article 15 bis``: ``pinpoint_numbers.NUMBER_SUFFIXES``).  The word
    is walked back over only where the text ends in one (a test in C: most words ending in
    ``s`` or ``r``, ``provisions``, ``Member``, end in none)."""
    if not text.endswith(NUMBER_SUFFIXES, 0, i + 1):
        return False
    j = i
    while j > 0 and text[j - 1].isalpha() and i - j < 9:
        j -= 1
    return (
        j > 1
        and text[j - 1] == " "
        and text[j - 2].isdigit()
        and text[j : i + 1] in NUMBER_SUFFIXES
    )


def ends_as_pinpoint(text: str, end: int) -> bool:
    """Whether ``text[:end]``, less blanks, a comma and brackets (``\\[``), ends as a
    pinpoint does: in a digit, a closing bracket, a roman numeral (``Chapter III``), a
    letter standing alone (``Buchstabe a``, ``6º``) or in quotation marks (``б. „е“``), a
    Greek letter numeral with its keraia (``στοιχ. στ΄``), an ordinal sign typed as a
    degree sign after a number (``6°``) or German ``f.``, ``ff.`` after a number (``Art. 13
    f.``, ``Art. 44 ff.``: and the one, those following).  A cheap test before the patterns;
    a word and a blank first (``pinpoint_tails``)."""
    if end > 2 and text[end - 3 : end] in PLAIN_ENDS:
        return False
    i = end - 1
    while i >= 0 and text[i] in " ,[\\\n\t\u00a0":
        i -= 1
    if i < 0:
        return False
    last = text[i]
    if last.isdigit() or last == ")":
        return True
    if last.isalpha() and last not in _KERAIAS:  # (most often a word: its tests first)
        if not i or not text[i - 1].isalpha():
            return True  # a letter alone (``Buchstabe a``)
        if last == "f" and _following(text, i):
            return True  # ``Art. 107 ff``
        if last in _SUFFIX_ENDS and _suffixed(text, i):
            return True  # an inserted article's word after its number (``15 bis``)
        if last not in ROMAN_ENDS:
            return False  # a word (``basis of``) that no roman numeral or letter ends as
        # a roman numeral (and a letter: ``IIIa``): its letters all of them, the first a
        # capital (walked back only over those: ``processing`` stops at its ``n``)
        j = i
        while j > 0 and text[j - 1] in ROMAN_ENDS:
            j -= 1
        return text[j] in _ROMAN and not (j and text[j - 1].isalpha())
    if last == ".":
        return _following(text, i)
    if last == "°":  # an ordinal sign typed as a degree sign (``6°``, ``6.°``)
        i -= text[i - 1 : i] == "."
        return i > 0 and text[i - 1].isdigit()
    if last in '“”"':  # a letter in quotation marks (Bulgarian ``б. „е“``)
        return i > 1 and text[i - 1].isalpha() and text[i - 2] in '„“"'
    if last in _KERAIAS:  # one or two Greek small letters alone before it (``στ΄``)
        j = i
        while j > 0 and "α" <= text[j - 1] <= "ω" and i - j < 3:
            j -= 1
        return 0 < i - j < 3 and not (j and (text[j - 1].isalpha() or text[j - 1] == "'"))
    return False


def _following(text: str, i: int) -> bool:
    """Whether ``text[: i + 1]`` ends in ``f.``, ``ff.`` or ``ff`` after a number and a blank
    (``Art. 13 f.``, ``Art. 44 ff.``, ``Art. 107 ff``), as German legal writing cites an
    article and the one, or those, following it (``f`` alone is a point's letter)."""
    j = i - 1 if text[i] == "." else i
    n = 0
    while n < 2 and j - n >= 0 and text[j - n] == "f":
        n += 1
    if n == 0 or (text[i] == "f" and n != 2):
        return False
    k = j - n
    return k > 0 and text[k] == " " and text[k - 1].isdigit()


def ends_as_ordinal(text: str, end: int) -> bool:
    """Whether ``text[:end]``, less blanks, ends in a number with an ordinal dot
    (Croatian ``članak 7.``) and what stands at ``end`` is lower case (``te direktive``):
    a capital there would make the dot a sentence's end."""
    i = end - 1
    while i >= 0 and text[i] in " \n\t\u00a0":
        i -= 1
    return i > 0 and text[i] == "." and text[i - 1].isdigit() and text[end : end + 1].islower()


def ends_in_word(text: str, end: int, endings: tuple[str, ...]) -> bool:
    """Whether ``text[:end]``, less blanks and a comma, ends in a word of ``endings``: an
    ordinal subdivision's noun or ordinal (``terzo periodo, di``, ``tretej vety tohto``),
    where :func:`ends_as_pinpoint` sees only a word.  (A tuple, as ``str.endswith`` takes
    them: asked before most short forms, whose words end in none.)"""
    i = end
    while i > 0 and text[i - 1] in " ,\n\t\u00a0":
        i -= 1
    # the word ending at ``i`` is one of ``endings``: it ends in one (a test in C) and
    # starts where that one does; a word is walked back over only then
    if not text.endswith(endings, 0, i):
        return False
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    return j < i and text[j:i] in endings


@functools.lru_cache(maxsize=8)
def oblique_type_words(lang: str) -> tuple[str, ...]:
    """In a language that writes ordinal dots, its type words in the cases other than the
    nominative, capitalised, a blank after each (Croatian ``Direktive ``, ``Uredbe ``): a
    defined term so written after an article's dot is the pinpoint's act (``u skladu s
    člankom 395. stavkom 2. Direktive o PDV-u``: COM(2020) 617 final, Croatian), where a
    nominative there would start a sentence.  Empty in the other languages."""
    record = BY_CODE[lang]
    if not record.pinpoints.ordinal_dot:
        return ()
    forms = {w for written in record.act_types.values() for w in written[1:] if w != written[0]}
    return tuple(sorted(f"{w[:1].upper()}{w[1:]} " for w in forms if " " not in w))


@functools.lru_cache(maxsize=8)
def nominative_type_words(lang: str) -> tuple[str, ...]:
    """In a language that writes ordinal dots, its type words in the nominative (each
    type's first form, and the qualifiers written before one, ``subtype_forms``), in both
    cases, a blank after each (Croatian ``Uredba ``, Slovak ``Nariadenie ``, ``vykonávacie
    ``): an act so written after an article's dot starts a sentence, as a pinpoint before
    an act has it in the genitive (``článkov 13. a 14. Nariadenia``).  Empty in the other
    languages."""
    record = BY_CODE[lang]
    if not record.pinpoints.ordinal_dot:
        return ()
    forms = {written[0] for written in record.act_types.values()}
    forms |= {form.split(" ")[0] for form in record.subtype_forms.values()}
    return tuple(sorted(f"{c(w[:1])}{w[1:]} " for w in forms for c in (str.upper, str.lower)))


def ends_after_dot(text: str, end: int) -> bool:
    """Whether ``text[:end]``, less blanks, ends in a number and its ordinal dot."""
    i = end - 1
    while i > 0 and text[i] in " \n\t\u00a0":
        i -= 1
    return i > 0 and text[i] == "." and text[i - 1].isdigit()


def after_a_citation(text: str, pin_start: int) -> bool:
    """Whether the pinpoint starting at ``pin_start`` follows, after blanks alone on its
    line, the end of another citation: an act's number (``715/2007``, ``2007/46/EG``) or a
    law's abbreviation, a word ending in a capital (``B-VG``, ``DSGVO``, ``EG-FGV``,
    ``AsylG``, ``FluggastrechteVO``; in capitals only, five letters at most: a heading's
    word is longer, ``BEURTEILUNG``; no roman numeral).  So German decisions list the
    norms they apply (the juris and Bavarian ``Normenkette``, the Austrian RIS ``Norm``),
    each law with its articles after it: ``VO (EG) Nr. 715/2007 Art. 5 Abs. 2\nRL (EG)
    2007/46 Art. 3 Nr. 36``, ``B-VG Art133 Abs4\nDSGVO Art16\nDSGVO Art5 Abs1 litd``:
    the pinpoint is the law's before it, not that of the act on the next line, which prose
    sets after a word (``gemäß Art. 5 Abs. 2 VO (EG) 715/2007``).  Asked where a line break
    parts a pinpoint from its act or short form (``pinpoint_headings``, ``short_forms/
    pinpoints``): on one line, a list may write the article first (``Art 315 EGRL
    112/2006``)."""
    i = pin_start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == pin_start:
        return False
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:i]
    if leads_articles(word):  # (a treaty's, its articles after it: ``GR-Charta Art. 18``)
        return True
    if word[-1:].isdigit():  # an act's number: digits, a slash, digits
        return _ACT_NUMBER_END.search(word) is not None
    if not word[-1:].isupper() or not word[-1:].isalpha() or _ROMAN.issuperset(word):
        return False
    letters = [c for c in word if c.isalpha()]
    return not all(c.isupper() for c in letters) or 1 < len(letters) <= 5


_ACT_NUMBER_END = re.compile(r"[0-9]/[0-9]+$")
