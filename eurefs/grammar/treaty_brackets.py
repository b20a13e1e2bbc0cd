"""The Court's keyword lines and summaries that name a treaty first, in brackets, a comma
before its article: ``(EEC Treaty, Art. 177)``, ``( EEG-Verdrag, artikel 169 )``, and a
treaty among the provisions a summary lists apart by semicolons (``(Art. 16, lid 2, VWEU;
Handvest van de grondrechten van de Europese Unie, art. 8, lid 3; richtlijn 95/46 ...)``):
:func:`bracket_lead`, asked by ``treaty_names.named_before``; and the plain form of a
name its tables and ``treaty_names`` look names up by (:func:`key`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from eurefs.grammar.common import lazy_compile, unaccented, words
from eurefs.languages import LANGUAGES

_WORD = re.compile(r"[^\W\d_]+")


def plain(text: str) -> list[str]:
    """The words of ``text`` in lower case, without accents (``l'Énergie`` -> ``l``,
    ``energie``)."""
    return _WORD.findall(unaccented(text.lower()))


def key(name: str) -> str:
    """A long name's words in lower case without accents, one space apart: a name the
    record also lists written without its accents (Romanian ``Comunitatii Europene``) has
    the key of the written one."""
    return " ".join(plain(name))


# The keyword lines of the Court's older judgments (EUR-Lex) name the treaty first, in
# brackets, a comma before the article: ``(EEC Treaty, Art. 177)``, ``(Traité CEE, art.
# 177)``, ``(Tratado CEE, art. 177)``.  Any record's abbreviation or name, capitalised too
# (it opens the bracket) -> {language: treaty code}.
_BRACKETED: dict[str, dict[str, str]] = {}
for _lg in LANGUAGES:
    for _code, _treaty in _lg.treaties.items():
        for _n in (*_treaty.abbreviations, *_treaty.names):
            for _form in {_n, _n[:1].upper() + _n[1:]} - set(_treaty.closed_abbreviations):
                _BRACKETED.setdefault(_form, {})[_lg.code] = _code
_LONGEST_BRACKETED = max(map(len, _BRACKETED), default=0)


@functools.lru_cache(maxsize=1)
def _bracketed_plain() -> dict[str, dict[str, str]]:
    """The names by their words without case or accents, as the older summaries write
    them in capitals (``( EEC TREATY , ARTICLE 177 )``, ``( TRATADO CEE , ARTÍCULO 177
    )``): built at first use (every record's treaty names without accents cost some 35M
    instructions, a tenth of the grammar's import)."""
    return {key(name): treaties for name, treaties in _BRACKETED.items()}


# What the article's list leaves unread before the bracket's close: a subdivision written
# in capitals or with a blank before the comma, as the older summaries write them (``(
# EEC TREATY , ART . 177 , THIRD PARAGRAPH )``, ``( TRAITE CEE , ART . 177 , AL . 3 )``,
# EUR-Lex 61981CJ0283, English and French), or in an abbreviation the list does not read
# (``first para.``): any record's ordinals and its nouns of subdivisions, without case,
# accents or their dot, the ordinals before or after the noun, or a number after it
@functools.lru_cache(maxsize=1)
def _unread_part() -> re.Pattern[str]:
    # (built at first use: the words of every record cost some 15M instructions, 5 ms,
    # that a command reading no such bracket should not pay at start-up)
    ordinals = r"(?:{o})(?:(?:,[ ]|[ ](?:{c})[ ])(?:{o})){{0,3}}".format(
        o=words(*(f for lg in LANGUAGES for o in lg.pinpoints.ordinals for f in {o, key(o)})),
        c=words(*(c for lg in LANGUAGES for c in lg.article_conjunctions)),
    )
    noun = r"(?:{})(?:[ ]?\.)?".format(
        words(
            *(
                f
                for lg in LANGUAGES
                for n in (*lg.pinpoints.ordinal_nouns, *lg.pinpoints.words)
                if (w := n.rstrip(".")).isalpha()
                for f in {w, key(w)}
            )
        )
    )
    return lazy_compile(
        rf"[ ]?,[ ](?:{ordinals}[ ]{noun}|{noun}[ ](?:{ordinals}|[0-9]{{1,2}}))[ ]?\)",
        re.IGNORECASE,
    )  # fmt: skip


def bracket_lead(
    text: str, start: int, end: int, langs: Iterable[str]
) -> tuple[int, dict[str, str]] | None:
    """Where the treaty's name starts and its treaties by language (of ``langs``, those of
    the article word), where the articles from ``start`` to ``end`` follow it and a comma in
    a bracket that closes right after them: ``(EEC Treaty, Art. 177)``, or with a blank
    inside each bracket as older EUR-Lex texts set them, ``( EEG-Verdrag, artikel 169 )``;
    also as one of the provisions a summary lists in its bracket, apart by semicolons, the
    name after the bracket or a semicolon, the articles before a semicolon or the bracket's
    close (``(EEC Treaty, Arts 48 and 51; Council Regulation ...)``, ``(Art. 16, lid 2,
    VWEU; Handvest van de grondrechten van de Europese Unie, art. 8, lid 3; richtlijn
    ...)``); None elsewhere (tests in C: most articles have no comma before them, and the
    name is looked up whole)."""
    if not text.endswith(", ", 0, start):
        return None
    listed = text.startswith((*_SEMICOLONS, " ;"), end)
    if (
        not listed
        and not text.startswith((")", " )", "]"), end)
        and not _unread_part().match(text, end)
    ):
        return None
    # (a square bracket where the summary's provisions have points closed by a bracket:
    # ``[Charta základných práv Európskej únie, články 7 a 8; smernica ..., článok 7 písm. f)]``)
    reach = max(0, start - 3 - _LONGEST_BRACKETED - 2)
    opening = max(text.rfind("(", reach, start), text.rfind("[", reach, start))
    at = opening + 1 + text.startswith(" ", opening + 1)
    lo = max(0, start - 2 - _LONGEST_BRACKETED - 2)
    semicolon = max(text.rfind(f"{s} ", lo, start) for s in _SEMICOLONS)
    if semicolon > opening:  # (a provision after another in the bracket)
        if _open_bracket(text, semicolon) < 0:
            return None
        opening, at = semicolon, semicolon + 2
    elif listed and opening >= 0 and _open_bracket(text, start) != opening:
        return None
    name = text[at : start - 2]
    found = _BRACKETED.get(name) if opening >= 0 else None
    if found is None and opening >= 0 and name.isupper():  # (``( EEC TREATY , ARTICLE 1 )``)
        found = _bracketed_plain().get(key(name))
    treaties = {lang: code for lang, code in (found or {}).items() if lang in langs}
    return (at, treaties) if treaties else None


#: What parts the provisions a summary lists: a semicolon (perhaps after a blank), or the
#: Greek semicolon, the ano teleia, as a middle dot (U+00B7, what NFC makes of it) or as its
#: own character (U+0387): ``(Χάρτης των Θεμελιωδών Δικαιωμάτων της Ευρωπαϊκής Ένωσης, άρθρο
#: 41· κανονισμοί ...)``
_SEMICOLONS = (";", "\u00b7", "\u0387")

#: How far back the bracket of a summary's list of provisions may open
_BRACKET_REACH = 600


def _open_bracket(text: str, pos: int) -> int:
    """Where the bracket that is open at ``pos`` opens, within :data:`_BRACKET_REACH` and
    the paragraph (-1: none; ``Art. 8(3)`` is closed again), or the square one that is open
    there."""
    depth = 0
    for i in range(pos - 1, max(-1, pos - 1 - _BRACKET_REACH), -1):
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i
            depth -= 1
        elif c == "[":  # (its points' brackets may close alone: ``písm. f)``)
            return i
        elif c in "]\n" or text.startswith("  ", i):
            return -1
    return -1
