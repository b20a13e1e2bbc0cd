"""The articles of an act further along the Court's keyword line, after other keywords.

The subject-matter line that opens the Court's judgments and opinions names an act as a
keyword and its articles as keywords of their own, often not right after it: ``Regulation
(EU) 2016/679 — Data protection — Restrictions — Article 23(1), points (e) and (j) —
Enforcement of civil law claims`` (the Opinion in C-620/19), ``Directive 95/46/EC — Article
2(a) — Concept of ‘personal data’ — … — Article 12(a) and (b) — Extent of the data
subject’s rights`` (Nowak, C-434/16), Romanian ``Directiva 93/13/CEE – Articolul 1
alineatul (2) – Articolul 6 alineatul (1) –`` (Dunai, C-118/17).  ``dash_pinpoints`` reads
the article right after the act; this walks on along the line, keyword by keyword, and
gives the act every keyword that is wholly one of its language's pinpoints
(``dash_pinpoints.match``), joined by ``"; "`` in the order written (``Article 2(a); Article
12(a) and (b)``).

Only where the act opens its keyword (a dash, a paragraph's start or the line's opening
bracket or quotation mark right before it: not ``Article 5 of Directive 2000/78/EC – …``,
nor a list's last act), and only across keywords that name no other instrument: the walk
stops at the line's end (a closing bracket or quotation mark the keyword does not open, a
blank line, a full stop, a colon or a semicolon) and at any keyword that may name one, so
that an article after it stays that instrument's, never the act's:

* a digit (another act, case or date: ``Directive 2000/78/EC``, ``Article 267 TFEU``,
  ``Article 5(4) TEU``);
* where the language writes nouns in small letters, a capital after the keyword's first
  letter (``Charter of Fundamental Rights of the European Union — Article 47``, ``Rules of
  Procedure of the Court``, ``Montreal Convention``: a name; also ``Member States``, a miss);
* a type word of the record, a treaty's name, short name or abbreviation of the record
  (Dutch ``Handvest van de grondrechten``), or an instrument's first word
  (the record's ``cases.keyword_instruments``: French ``Convention de sauvegarde des droits de
  l'homme``, German ``Zollkodex``).

A wrong article is worse than none: a stop costs a miss at most.
"""

from __future__ import annotations

from functools import cache

from eurefs.grammar import dash_pinpoints
from eurefs.grammar.common import lazy_compile
from eurefs.languages import BY_CODE

#: What a keyword that is an act starts after: the dash before it, a paragraph's start, the
#: line's opening bracket or quotation mark (the text's start too).
_STARTS = (" - ", "  ", "(", "[", "« ", "«", "„", "“", '"')
#: The most keywords crossed after the act, and the longest such keyword.
_MOST = 12
_LONGEST = 240
_DASH = START = dash_pinpoints.START
# A digit, the line's or a sentence's end (a full stop, a colon, a semicolon; a blank line,
# two blanks, is an ``in`` test): a character set alone, which ``re`` scans for in a loop of
# its own (with ``|[ ]{2}`` it entered the pattern at every character, ~4x the time)
_NO_TOPIC = lazy_compile(r"[0-9.:;!?]")
_QUOTES = '«»“”„"'


def find(region: str, before: str, end: int, lang: str) -> str | None:
    """The pinpoints of the act that ends at ``region[end]`` written as keywords after it on
    its keyword line: right after the dash after it (``dash_pinpoints``) and, where the act
    opens its keyword (``before``: the text right before it, 3 characters), further on
    across keywords that name nothing else, joined by ``"; "``; None where there is none."""
    first = dash_pinpoints.match(region, end, lang)
    if before and not before.endswith(_STARTS):
        return None if first is None else first[0]
    pins = [] if first is None else [first[0]]
    at = end if first is None else first[1]
    crossed = 0
    pending: list[str] = []  # (crossed since the last pinpoint: named only if one follows)
    while crossed < _MOST and region.startswith(_DASH, at):
        found = dash_pinpoints.match(region, at, lang)
        if found is not None:
            if not all(_topic(keyword, lang) for keyword in pending):
                break
            pending.clear()
            pins.append(found[0])
            at = found[1]
            continue
        after = region.find(_DASH, at + 3, at + 3 + _LONGEST)
        if after < 0 or _ends_line(region[at + 3 : after]):
            break
        pending.append(region[at + 3 : after])
        at = after
        crossed += 1
    return "; ".join(pins) if pins else None


def _ends_line(keyword: str) -> bool:
    """Whether ``keyword`` ends the walk by its characters alone (a digit, the line's end)."""
    return "  " in keyword or _NO_TOPIC.search(keyword) is not None or not _balanced(keyword)


def _topic(keyword: str, lang: str) -> bool:
    """Whether ``keyword`` names no instrument: the walk may cross it.  Asked only of the
    keywords before a further pinpoint (most lines have none: the word look-ups of every
    crossed keyword cost ~6M a MB of the benchmark before)."""
    if not BY_CODE[lang].capitalised_nouns:
        rest = keyword.lstrip(_QUOTES + "'‘’ ")[1:]
        if rest != rest.lower():  # (a capital after the first letter: a name)
            return False
    return not _names(keyword, _stops(lang))


def _balanced(keyword: str) -> bool:
    """Whether the brackets and quotation marks the keyword holds are its own (none closes
    the line: ``Extent of the data subject’s rights to access and rectification)``)."""
    return (
        keyword.count("(") == keyword.count(")")
        and keyword.count("[") == keyword.count("]")
        and sum(map(keyword.count, _QUOTES)) % 2 == 0
    )


#: A language's stops (:func:`_stops`): the words a word of the keyword may start with (in
#: lower case, by their first two letters), those it may hold anywhere, those it may be.
_Stops = tuple[dict[str, tuple[str, ...]], tuple[str, ...], frozenset[str]]
_WORD = lazy_compile(r"\w+")


def _names(keyword: str, stops: _Stops) -> bool:
    """Whether ``keyword`` holds one of ``stops``: a few dictionary look-ups a word (one
    alternation of a hundred words, case-insensitive, tried at every character cost more
    than the walk's other tests together)."""
    starts, anywhere, exact = stops
    low = keyword.lower()
    if any(word in low for word in anywhere):
        return True
    for m in _WORD.finditer(keyword):
        at = m.start()
        heads = starts.get(low[at : at + 2])
        if heads is not None and any(low.startswith(word, at) for word in heads):
            return True
        if m.group() in exact:
            return True
    return False


@cache
def _stops(lang: str) -> _Stops:
    """The words that make a keyword another instrument's name in ``lang``: its type words,
    its treaties' names, short names and abbreviations, its instruments' first words."""
    record = BY_CODE[lang]
    words = {w for forms in record.act_types.values() for w in forms}
    for treaty in record.treaties.values():
        words.update(treaty.names, treaty.short_names, treaty.abbreviations)
        words.update(treaty.keyword_short_names)
    inside = record.compound_type_words  # (``Datenschutz-Grundverordnung``)
    starts: dict[str, set[str]] = {}
    anywhere: set[str] = set()
    exact: set[str] = set()
    stems = [(w.lower(), inside and len(w) > 4) for w in words if not (len(w) <= 4 and w.isupper())]
    stems += [(w.lstrip("-"), w.startswith("-")) for w in record.cases.keyword_instruments]
    exact.update(w for w in words if len(w) <= 4 and w.isupper())  # (``EU``, ``VO``: whole)
    for stem, within in stems:
        if within:
            anywhere.add(stem)
        else:
            starts.setdefault(stem[:2], set()).add(stem)
    by_head = {head: tuple(group) for head, group in starts.items()}
    return by_head, tuple(anywhere), frozenset(exact)


__all__ = ["START", "find"]
