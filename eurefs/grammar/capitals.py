"""The records' words in capitals, as a text set in capitals writes them: the headnotes of
Portuguese court decisions list the legislation so (``ARTIGOS 2.º, 4.º N.ºS 1 E 3, 5.º E
19.º, N.º 1, §2 DO TUE``, ``ARTIGO 5.º DO REGULAMENTO (UE) 1215/2012``), English ones too
(``ARTICLE 5 OF REGULATION (EU) 2016/679``).  The type words are read in any case; the
article, pinpoint, link and list words of treaty articles and of pinpoints before acts are
read as the records write them and in capitals, in every language.

A point's letter in brackets is read in capitals only in a citation whose first word is in
capitals (``ARTICLE 6(1)(A) OF REGULATION ...``, an older EUR-Lex summary's ``ARTICLE
9(1)(A ), ARTICLE 9(3)(A ) AND ARTICLE 10(2)(C ) OF REGULATION ( EEC ) NO 1987/69``):
elsewhere ``(A)`` marks a list's item or a footnote (:func:`point_astray`).

A single letter a Roman number is written with stays out (Polish and Croatian ``i``, Danish
and Swedish ``i``: ``Art. 267 I 1 AEUV`` is paragraph I, sentence 1).  The view's ordinal
sign stays as it is (``n.os`` -> ``N.oS``: the view reads ``º`` as ``o`` in any case).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from eurefs.grammar.common import lazy_built, lazy_compile, words
from eurefs.grammar.ordinal_signs import VIEW_SIGNS, set_apart
from eurefs.languages import BY_CODE, LANGUAGES

_ROMAN = frozenset("IVXLCDM")


def capital(word: str) -> str:
    """``word`` in capitals, its ordinal sign (an ``o`` after a dot, perhaps set apart) kept."""
    if "." not in word:  # no ordinal sign (most words: start-up builds ~14,000 of them)
        return word.upper()
    return "".join(
        c if c == "o" and word[:i].endswith((".", ". ")) else c.upper() for i, c in enumerate(word)
    )


def capitals(items: Iterable[str]) -> list[str]:
    """The forms in capitals of ``items`` that ``items`` do not hold (``do`` -> ``DO``)."""
    items = list(items)
    written = set(items)
    out = dict.fromkeys(capital(w) for w in items)
    return [c for c in out if c not in written and not (len(c) == 1 and c in _ROMAN)]


def with_capitals(items: Iterable[str]) -> list[str]:
    """``items`` and their forms in capitals (:func:`capitals`)."""
    items = list(items)
    return [*items, *capitals(items)]


def both_cases(items: Iterable[str]) -> list[str]:
    """Words as written, their first letter in the other case (sentence starts), in capitals."""
    forms = (v for w in items for v in {w, w[:1].upper() + w[1:], w[:1].lower() + w[1:]})
    return with_capitals(forms)  # (a headnote's ``ARTIGO 5.º DO``: ``grammar/capitals``)


@functools.lru_cache(maxsize=1)
def _record_forms() -> dict[str, str]:
    """The words whose capitals the treaty articles' lists read (pinpoint words, their sign
    set apart too, ordinals and their nouns, conjunctions, joins, prepositions) -> the
    record's word: built at first use (some 15M instructions at import, for the few texts
    set in capitals)."""
    return {
        c: w
        for lg in LANGUAGES
        for w in (*set_apart(lg.pinpoints.words, VIEW_SIGNS), *lg.pinpoints.ordinals,
                  *lg.pinpoints.ordinal_nouns, *lg.article_conjunctions, *lg.article_joins,
                  *lg.treaty_prepositions)
        for c in capitals((w,))
    }  # fmt: skip


_CAPITALS = lazy_built(lambda: r"(?<![\w.])" + words(*_record_forms()) + r"(?![\w])")
_SIGN = lazy_compile(r"(?:(?<=[0-9.])|(?<=\.[ ]))o(?![a-z])")  # the view's ``º``


# a point's letter in capitals (``(A )``); not an article's part before its paragraph
# (``člena 13(A)(1)(n)``: grammar/pinpoint_numbers)
_POINT = lazy_compile(r"\([ ]?([A-Z])[ ]?\)(?!\([0-9])")


def point_astray(text: str, start: int, end: int) -> bool:
    """Whether the citation ``text[start:end]`` holds a point's letter in capitals in
    brackets (``6(1)(A)``) but its first word is not in capitals (``Article 6(1)(A)``)."""
    if text.find("(", start, end) < 0 or _POINT.search(text, start, end) is None:
        return False
    blank = text.find(" ", start, end)
    return not text[start : blank if blank >= 0 else end].isupper()


def lower_points(text: str) -> str:
    """``text`` with the points' letters in capitals in lower case (``6(1)(A)`` -> ``6(1)(a)``)."""
    return _POINT.sub(lambda m: f"({m.group(1).lower()})", text) if "(" in text else text


def as_records_write(text: str, cited: str, lang: str) -> str:
    """``text``, the list of the citation ``cited`` in ``lang`` where both are set in capitals
    (the view's ordinal signs aside), with the words read in capitals written as the records
    write them, for a normal form (``4.o N.oS 1 E 3`` -> ``4.o n.os 1 e 3``, ``6(1)(A)`` ->
    ``6(1)(a)``); a preposition of
    one letter left out, which a paragraph's Roman number took (Danish ``ARTIKEL 101 I TEUF``)."""
    if not (cited.split(" ", 1)[0].isupper() and _SIGN.sub("", text).isupper()):
        return text
    if text[-2:-1] == " " and text[-1:].lower() in BY_CODE[lang].treaty_prepositions:
        text = text[:-2].rstrip(",")
    forms = _record_forms()
    return _CAPITALS.sub(lambda m: forms[m.group(0)], lower_points(text))
