"""The cheap tests on the text around a pinpoint that go before and after a search of the
pinpoint patterns (``eurefs.grammar.pinpoint_search``): whether the text before a back-reference
or an act ends as a pinpoint does (:func:`ends_as_pinpoint`, :func:`ends_as_ordinal`,
:func:`ends_in_word`, :func:`ends_after_dot`), the type words that tell an ordinal dot's
sentence from its act (:func:`oblique_type_words`, :func:`nominative_type_words`), and
whether a pinpoint found is a heading (:func:`apart`) or another citation's
(:func:`after_a_citation`).  Each is a few character tests in Python, asked before most
short forms and acts: no pattern runs where one says no.
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar.pinpoint_numbers import KERAIAS, NUMBER_SUFFIXES
from eurefs.grammar.pinpoint_tails import PLAIN_ENDS, ROMAN_ENDS
from eurefs.grammar.treaty_names import leads_articles
from eurefs.languages import BY_CODE


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
