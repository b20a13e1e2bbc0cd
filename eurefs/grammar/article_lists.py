"""The article designations of a list, a range kept as one.

``Articles 101, 102 and 106(2)`` designate three articles; ``Articles 101 to 106`` and
``Articles 101-106`` designate one range, ``101-106``: read as two items, the range
would say only its ends were cited.  A range is joined by a dash or by one of the
``article_range_words`` of the reference's own language (``to``, ``bis``, ``à``): the
same word joins a range in one language and a list in another (Spanish ``artículos
276 a 279`` are four articles, Czech ``články 276 a 279`` two).
"""

from __future__ import annotations

import re

from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import RANGE, words
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.pattern_store import compile_pattern

_RANGE_DASH = compile_pattern(RANGE)
#: The conjunctions of a list of articles and the words joining two articles each with its
#: article word (``article_joins``: ``i.V.m.``), in capitals too (``grammar/capitals``)
_CONJ_WORDS = with_capitals(c for lg in LANGUAGES for c in lg.article_conjunctions)
_JOIN_WORDS = with_capitals(c for lg in LANGUAGES for c in lg.article_joins)
# What a further article starts with: a dash, a comma, or a space and then a comma or a
# conjunction (or a join: ``i.V.m. Art. 291``), whose first word is one of these.
_CONJ_FIRST = frozenset(c.split(" ")[0] for c in (*_CONJ_WORDS, *_JOIN_WORDS))
_CONJ_REACH = max(map(len, _CONJ_FIRST), default=0) + 1
_CONJS = words(*_CONJ_WORDS)
#: What comes before a further article of a list written with its own article word: a
#: range's dash, a comma perhaps with a conjunction, a conjunction or a join (``article_joins``:
#: ``Art. 288 Abs. 2 i.V.m. Art. 291 AEUV``, the treaty named after the last)
SEPARATOR_OR_JOIN = (
    r"(?:" + RANGE + r"|[ ]?,[ ]?(?:" + _CONJS + r"[ ])?|[ ]" + words(*_CONJ_WORDS, *_JOIN_WORDS)
    + r"[ ])"
)  # fmt: skip

_JOIN = compile_pattern(r"[ ]" + words(*_JOIN_WORDS) + r"[ ]" if _JOIN_WORDS else "(?!)")
_JOIN_END = compile_pattern(r"[ ]" + words(*_JOIN_WORDS) + r"[ ]\Z" if _JOIN_WORDS else "(?!)")


def ends_in_join(text: str) -> bool:
    """Whether ``text`` ends in a join and its blank (``Art. 288 Abs. 2 i.V.m. ``)."""
    return _JOIN_END.search(text, max(0, len(text) - 24)) is not None


def joins_as_commas(text: str) -> str:
    """``text`` with its joins written as commas, which separate the articles alike, where
    pinpoints are to be left out: no pinpoint is read in a join (the ``V`` of ``i. V. m.``
    is no paragraph's Roman number)."""
    return _JOIN.sub(", ", text)


def may_go_on(string: str, pos: int) -> bool:
    """Whether a further article of a list may start at ``pos`` (a cheap test of the first
    characters before a search: after most articles comes no conjunction, ``Article 6 of
    the GDPR``)."""
    c = string[pos : pos + 1]
    if c == " ":
        pos += 1
        return string[pos : pos + 1] == "," or (
            string[pos : pos + _CONJ_REACH].split(" ", 1)[0] in _CONJ_FIRST
        )
    return c == "," or _RANGE_DASH.match(string, pos) is not None


def _is_range(separator: str, range_words: tuple[str, ...]) -> bool:
    word = separator.strip(" ,").lower()  # (in capitals too: ``ARTIGOS 2.º A 5.º``)
    return word in range_words or (len(word) == 1 and _RANGE_DASH.fullmatch(word) is not None)


def designations(text: str, separators: re.Pattern[str], lang: str, led_by: str = "") -> list[str]:
    """The items of ``text`` split at ``separators``, the two ends of a range joined by
    ``-`` into one (``101 to 106`` -> ``101-106``), a subdivision listed alone completed
    with its article (``101(1) and (3)`` -> ``101(1)``, ``101(3)``); ``lang`` is the
    language whose range words join a range; ``led_by``: the word written before the list,
    which makes its pair's last word join a range too (Italian ``da 258 a 260``: the
    record's ``article_ranges``)."""
    record = BY_CODE[lang]
    range_words = record.article_range_words
    if record.article_ranges and led_by.isalpha():  # (most lists start with a number)
        range_words += tuple(
            last for first, last in record.article_ranges if first == led_by.lower()
        )
    out: list[str] = []
    pos, ranged = 0, False
    for sep in separators.finditer(text):
        ranged = _add(out, text[pos : sep.start()], ranged)
        if sep.end() > sep.start():
            ranged = _is_range(sep.group(), range_words)
        pos = sep.end()
    _add(out, text[pos:], ranged)
    for i in range(1, len(out)):
        if out[i][:1] == "(":
            out[i] = _completed(out[i - 1], out[i])
    return out


_GROUP = compile_pattern(r"\(([^()]*)\)")
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv".split())


def _levels(groups: list[str]) -> list[str]:
    """The level of each bracketed subdivision of a chain (``1``, ``a``, ``i``): a
    paragraph's number, a point's letter, a subpoint's roman number (``i``, ``v``, ``x``
    after a point)."""
    out: list[str] = []
    for g in groups:
        if g.isdigit():
            out.append("paragraph")
        elif g in _ROMAN and (len(g) > 1 or (out and out[-1] in ("point", "subpoint"))):
            out.append("subpoint")
        else:
            out.append("point")
    return out


def _completed(before: str, item: str) -> str:
    """A subdivision listed after its article (``(3)`` after ``101(1)``) with the
    designation it belongs to: ``101(3)``; ``(b)`` after ``6(1)(a)``: ``6(1)(b)``, ``(3)``
    after ``6(1)(a)``: ``6(3)``.  As written where the level is not in ``before``."""
    first = before.split("-", 1)[0]  # (``101(1)-(3)``: a range of paragraphs)
    groups = list(_GROUP.finditer(first))
    if not groups or not (new := _GROUP.match(item)):
        return item
    levels = _levels([g.group(1) for g in groups])
    word = new.group(1)  # (a lone ``i`` after a subpoint is the next subpoint)
    level = _levels([word])[0] if levels[-1] != "subpoint" else _levels(["a", word])[1]
    for g, at in zip(reversed(groups), reversed(levels), strict=True):
        if at == level:
            return first[: g.start()] + item
    return item


def _add(out: list[str], item: str, ranged: bool) -> bool:
    """Append ``item`` (joined to the last when ``ranged``); False once it is added."""
    if not item:
        return ranged
    if ranged and out:
        out[-1] += "-" + item
    else:
        out.append(item)
    return False


def number_word(lang: str, word_n: str, articles: list[str]) -> str:
    """The article word ``word_n`` of ``lang`` in the number of ``articles``, where the
    record pairs a singular and a plural: a list or a range of articles takes the plural
    whatever its word (``Art. 101 and 102``: ``Articles``), one article the singular (a
    list of its paragraphs too: ``Article 101(1) and (3)``)."""
    pair = BY_CODE[lang].article_plural
    if word_n not in pair:
        return word_n
    heads = {a.split("(", 1)[0] for a in articles} - {""}  # (``101(1)``, ``101(3)``: one)
    return pair[len(heads) > 1 or any(_RANGE_ITEM.search(a) for a in heads)]


_RANGE_ITEM = compile_pattern(r"-[0-9]")  # (``101-106``; not ``101(1)-(3)``: paragraphs)


__all__ = ["designations", "ends_in_join", "joins_as_commas", "number_word"]
