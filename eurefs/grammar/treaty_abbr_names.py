"""The treaties' abbreviations and names that Finnish, Latvian, Lithuanian, Hungarian and
Estonian write before an article (``SEUT 267 artikla``, ``Līguma par Eiropas Savienības
darbību 267. pants``, ``Chartijos 51 straipsnio``), read from the records of the languages
that set ``treaty_abbreviation_first``, and the anchors that find them
(``grammar/treaty_articles_abbr_first`` is the family that reads the articles after them).
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Anchor
from eurefs.grammar.common import words
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.pattern_store import compile_pattern

#: the records that write a treaty before its article
LANGS = [lg for lg in LANGUAGES if lg.treaty_abbreviation_first]
#: abbreviation or long name (also with its first letter capitalised, at the start of a
#: sentence) -> {language: treaty code}
ABBR: dict[str, dict[str, str]] = {}
for _lg in LANGS:
    for _code, _treaty in _lg.treaties.items():
        for _a in _treaty.abbreviations:
            ABBR.setdefault(_a, {})[_lg.code] = _code
        for _n in _treaty.names:
            for _form in {_n, _n[0].upper() + _n[1:]}:
                ABBR.setdefault(_form, {})[_lg.code] = _code
#: short names written before the article (``Chartijos 51 straipsnio``, ``a Charta 47.
#: cikke``), read only once the text has named the treaty in full (``grammar/named_again``)
#: and never after a word of another instrument's name (``Treaty.short_name_stops``: ``az
#: Európai Szociális Charta``): the forms that are nothing else
SHORT_ONLY: dict[str, dict[str, str]] = {}
for _lg in LANGS:
    for _code, _treaty in _lg.treaties.items():
        for _s in _treaty.short_names:
            if _s not in ABBR:
                SHORT_ONLY.setdefault(_s, {})[_lg.code] = _code
ABBR.update(SHORT_ONLY)
#: the abbreviations read only before a number (``EU 35``, never ``EU law``)
CLOSED = {a for lg in LANGS for t in lg.treaties.values() for a in t.closed_abbreviations}


def anchors() -> tuple[Anchor, ...]:
    """Every match starts at its abbreviation or name and a space or comma: one search
    per first letter (``S(?=(?:ESV|EU|utarties dėl ...)[ ,])``).  Upper-case letters are
    rare in most texts, so this costs less than searching the article words (``cik``,
    ``pan``, ``str`` are frequent syllables, and three more literal searches).  A
    letter outside ASCII that every form of a group holds (``ų``) is the anchor's rare
    character: texts without it skip the search.
    """
    by_initial: dict[str, list[str]] = {}
    for a in ABBR.keys() - SHORT_ONLY.keys():
        by_initial.setdefault(a[0], []).append(a)
    anchors = []
    for initial, group in sorted(by_initial.items()):
        c = re.escape(initial)
        # the rests as a trie: a flat alternation tried every form at each ``E`` of the text
        rests = words(*(a[1:] for a in group if a not in CLOSED)) + r"[ ,]"
        # (``Treaty.closed_abbreviations`` only before a number: ``EU 35``, never ``EU law``)
        if closed := [a[1:] for a in group if a in CLOSED]:
            rests += r"|" + words(*closed) + r"[ ](?=[0-9])"
        pattern = compile_pattern(c + r"(?=" + rests + r")(?<!\w" + c + ")")
        shared = set.intersection(*(set(a) for a in group))
        rare = min((ch for ch in shared if not ch.isascii()), default="")
        anchors.append(Anchor(pattern, 1, 260, True, rare))
    return (*anchors, *_short_anchors())


def _short_anchors() -> tuple[Anchor, ...]:
    """One anchor per language for its short names (``[hH](?=arta[ ,])``), searched only
    in a text that holds the record's ``Treaty.short_name_letter`` (Estonian ``õ``: every
    Estonian text, none of most others), or else a string that every form holds
    (``erusoikeuskirjan``): the short names are common letters (``harta`` is in
    ``Charta``), and a search for them costs as much as all the abbreviations' together
    in a text of another language."""
    by_lang: dict[str, list[str]] = {}
    letters: dict[str, str] = {}
    for form, langs in SHORT_ONLY.items():
        for lang, code in langs.items():
            by_lang.setdefault(lang, []).append(form)
            letters[lang] = BY_CODE[lang].treaties[code].short_name_letter
    anchors = []
    for lang, forms in sorted(by_lang.items()):
        heads = {f[0]: [g[1:] for g in forms if g[0] == f[0]] for f in forms}
        # (the first letters lead, so ``re`` scans for them; the letter before them after)
        pattern = compile_pattern(
            "(?:"
            + "|".join(re.escape(c) + "(?=" + words(*rests) + "[ ,])" for c, rests in heads.items())
            + r")(?<![\w/].)"
        )
        anchors.append(Anchor(pattern, 1, 260, True, letters[lang] or _common(forms)))
    return tuple(anchors)


def _common(forms: list[str]) -> str:
    """The longest string every one of ``forms`` holds (``erusoikeuskirjan``)."""
    first = min(forms, key=len)
    subs = (first[i:j] for i in range(len(first)) for j in range(len(first), i, -1))
    return max((s for s in subs if all(s in f for f in forms)), key=len, default="")
