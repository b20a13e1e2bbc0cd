"""A pinpoint right before an act, with no link word, as legal writing has it: German
``Art 6 Abs 1 und Art 7 Abs 1 RL 93/13/EWG`` (an Austrian law journal's headnote),
``Art. 27 Abs. 1 Buchst. d Richtlinie 92/83/EWG`` (a Federal Finance Court headnote),
where EUR-Lex writes ``Artikel 6 Absatz 1 der Richtlinie 93/13/EWG``; in Italian perhaps
with a comma before the act (``dall’art. 4, Reg. UE 1215/2012``: the record's
``pinpoints.unlinked_comma``), as the pinpoints before a short form already read
(``article 6, paragraphe 1, RGPD``).

Only before the words the record lists (``Language.pinpoints.unlinked_words``: German type
words, their initialisms ``VO``, ``RL``, ``DVO``, ``DelVO``, the subtype ``Delegierte``);
the pinpoint is the one ``act_pinpoints`` reads before a link word, ending in the blank
before the act.  A treaty's abbreviation in between (``Art. 288 AEUV RL 2011/83/EU``) ends
no pinpoint, and nor does an act's number right before it: a norm chain names each act, then
its provision, one a line (``VO (EG) 834/2007 Art. 23`` then ``VO (EG) 889/2008 Art. 22``), and
the view reads the line break as a blank, so the article after one line's act stands right
before the next line's: it is the first act's (``pinpoints.after_blank``), never the next one's.
Nor does a treaty's name right before it: a keyword line that lost its dashes (``Charter of
Fundamental Rights of the European Union Articles 7, 8 and 47 Regulation (EU) 2016/679``).
"""

from __future__ import annotations

import functools

from eurefs.grammar import act_pinpoints
from eurefs.grammar.pinpoint_edges import ends_as_pinpoint
from eurefs.grammar.pinpoint_search import search
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.pattern_store import compile_pattern

_END = {False: r"[ ]$", True: r",?[ ]$"}  # the blank before the act, perhaps after a comma
#: An act's number (``834/2007``, ``77/388/EWG``; not a case's, ``C-311/18``) and a blank
#: right before a pinpoint: the pinpoint is that act's, written after it
_AFTER_AN_ACT = compile_pattern(r"(?<![\w/-])[0-9]{1,4}/[0-9]{1,4}(?:/[A-Za-z]{2,5})?[ ]{1,2}$")


@functools.cache
def _unlinked() -> dict[str, tuple[tuple[str, ...], act_pinpoints.Pinpoints]]:
    """Language -> the words an act may start with (and a blank), the pinpoint patterns;
    built on first use, not at import (a command that reads no act builds none)."""
    return {
        lg.code: (tuple(f"{w} " for w in lg.pinpoints.unlinked_words), p)
        for lg in LANGUAGES
        if lg.pinpoints.unlinked_words
        and (p := act_pinpoints.pinpoints(lg, _END[lg.pinpoints.unlinked_comma])) is not None
    }


def find(region: str, start: int, lang: str) -> str | None:
    """The pinpoint right before the act at region offset ``start`` that starts with one
    of the record's ``pinpoints.unlinked_words`` (None: there is none, or the act starts
    otherwise)."""
    unlinked = _unlinked().get(lang)
    if unlinked is None:
        return None
    if not region.startswith(unlinked[0], start) and not _compound(region, start, lang):
        return None
    if not ends_as_pinpoint(region, start) or _after_a_call(region, start):
        return None
    found = search(unlinked[1], region, max(0, start - act_pinpoints.REACH), start)
    if found is None or _listed_after_comma(region, found):
        return None
    if after_an_act(region, found[0]) or _after_a_treaty(region, found[0], lang):
        return None
    return act_pinpoints.written(region[found[0] : found[1]], lang)


@functools.cache
def _treaty_names(lang: str) -> tuple[str, ...]:
    """The names and abbreviations of the treaties (and the Charter) in ``lang``."""
    return tuple({n for t in BY_CODE[lang].treaties.values() for n in (*t.names, *t.abbreviations)})


def _after_a_treaty(region: str, pin_start: int, lang: str) -> bool:
    """Whether a treaty's name or abbreviation and a blank stand right before the pinpoint at
    ``pin_start``: a keyword line whose dashes a copy lost, the articles the treaty's, not
    the next act's (``Charter of Fundamental Rights of the European Union Articles 7, 8 and 47
    Regulation (EU) 2016/679 Article 2(2)``)."""
    before = region[max(0, pin_start - 90) : pin_start].rstrip()
    return before.endswith(_treaty_names(lang))


def _compound(region: str, start: int, lang: str) -> bool:
    """Whether the act at ``start`` is written as a compound that ends in one of the
    record's ``pinpoints.unlinked_words`` (a language that compounds its type words):
    joined by a hyphen (``Arbeitszeit-RL 2003/88/EG``) or, a type word in full, as one word
    (``Arbeitszeitrichtlinie 2003/88/EG``)."""
    if not _COMPOUNDING.get(lang):
        return False
    space = region.find(" ", start, start + 64)
    word = region[start:space] if space > 0 else ""
    head, hyphen, last = word.rpartition("-")
    if hyphen and head and last in _COMPOUNDING[lang]:
        return True
    low = word.lower()
    return any(low.endswith(t) and len(low) > len(t) for t in _COMPOUNDING_TYPES[lang])


#: The unlinked words of the languages that compound their type words (``RL``, ``VO``)
_COMPOUNDING = {
    lg.code: frozenset(lg.pinpoints.unlinked_words)
    for lg in LANGUAGES
    if lg.compound_type_words and lg.pinpoints.unlinked_words
}
#: ... and those of them that are type words in full, in small letters (``richtlinie``)
_COMPOUNDING_TYPES = {
    code: tuple(sorted(w.lower() for w in ws if len(w) > 3 and w[1:].islower()))
    for code, ws in _COMPOUNDING.items()
}


def after_an_act(region: str, pin_start: int) -> bool:
    """Whether an act's number and a blank stand right before the pinpoint at ``pin_start``:
    a norm chain's, the pinpoint of that act, written after it (``VO (EG) 834/2007 Art. 23``
    then the next line's act)."""
    return _AFTER_AN_ACT.search(region, max(0, pin_start - 20), pin_start) is not None


def _after_a_call(region: str, start: int) -> bool:
    """Whether the act follows a bracketed number that stands apart, after no word: a
    footnote's or a list's call (``p. 1).  (5) Regulation (EU) ...``), not the bracket of a
    pinpoint (``Article 6(1) Regulation``, ``point (a) Regulation``).  Saves the search."""
    i = start - 1
    if not region.startswith(") ", i - 1):
        return False
    opening = region.rfind("(", max(0, i - 8), i - 1)
    if opening < 1 or not region[opening - 1].isspace():
        return False
    before = region[max(0, opening - 12) : opening].rstrip()  # (a slice: the region is long)
    return not before or not before[-1].isalpha()


def _listed_after_comma(region: str, found: tuple[int, int]) -> bool:
    """Whether a pinpoint ending in a comma also starts after one: in ``Reg. CE 44/2001, art.
    5, Reg. UE 1215/2012`` the article may be the first act's, cited after it."""
    return region.startswith(",", found[1]) and region[: found[0]].rstrip().endswith(",")
