"""Treaty articles written number first, as an ordinal, as Slovenian national texts
write them: ``47. člen Listine Evropske unije o temeljnih pravicah``, ``267. člena
PDEU``, ``v skladu s 4. in 5. členom PEU``, with a subdivision written first:
``tretji odstavek 267. člena PDEU``, ``iz drugega odstavka 6. člena PEU``.

Languages whose record sets ``article_ordinal_first``; the words come from their
records (article words, ordinals and ordinal nouns, treaty abbreviations and long
names, conjunctions).  The span runs from the subdivision (or the number) through the
treaty; the normal form is the record's usual order, as the EU's own texts write it
(``člen 267, tretji odstavek PDEU``, ``člen 47 Listine o temeljnih pravicah``), which
parses back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar.article_lists import designations, number_word
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import RANGE, collapse_spaces, lazy_compile, words
from eurefs.grammar.treaty_names import goes_on
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, TreatyArticleRef
from eurefs.models.prototypes import construct
from eurefs.pattern_store import compile_pattern

_LANGS = [lg for lg in LANGUAGES if lg.article_ordinal_first]
#: article word -> {language}, lower-case words only (a capital after a number is no
#: article word: ``Člen`` starts a heading)
_WORD_LANGS: dict[str, set[str]] = {}
#: abbreviation or long name -> {language: treaty code}
_TREATIES: dict[str, dict[str, str]] = {}
for _lg in _LANGS:
    for _w in _lg.article_words:
        if _w.islower():
            _WORD_LANGS.setdefault(_w, set()).add(_lg.code)
    for _code, _treaty in _lg.treaties.items():
        for _form in (*_treaty.names, *_treaty.abbreviations):
            _TREATIES.setdefault(_form, {})[_lg.code] = _code
_ORDINALS = [o for lg in _LANGS for o in lg.pinpoints.ordinals]
_NOUNS = [n for lg in _LANGS for n in lg.pinpoints.ordinal_nouns]
_CONJS = [c for lg in _LANGS for c in lg.article_conjunctions]

_NUM = r"[0-9]{1,3}[a-z]?\."
# (the first number of a range may go without its dot: ``101–106. člen``)
_FIRST = r"[0-9]{1,3}[a-z]?(?:\.|(?=" + RANGE + r"[0-9]))"
_NUMS = _FIRST + r"(?:(?:" + RANGE + r"|[ ]?,[ ]|[ ]" + words(*_CONJS) + r"[ ])" + _NUM + r"){0,10}"

_SPLIT = compile_pattern(r"" + RANGE + r"|[ ]?,[ ]|[ ]" + words(*_CONJS) + r"[ ]")

PATTERN = lazy_compile(
    r"(?<![\w.])(?:(?P<lead>" + words(*_ORDINALS) + r"[ ]" + words(*_NOUNS) + r")[ ])?"
    r"(?P<nums>" + _NUMS + r")[ ](?P<word>" + words(*_WORD_LANGS) + r")[ ]"
    r"(?P<treaty>" + words(*_TREATIES) + r")(?![\w-])"
)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`TreatyArticleRef`, normalised article word first."""
    if goes_on(m.group("treaty"), m.string, m.end("treaty")):  # a longer treaty's name
        return ()
    treaties = _TREATIES[m.group("treaty")]
    cands = set(treaties) & _WORD_LANGS[m.group("word")]
    if not cands:
        return ()
    lang = ctx.language(cands, m.start(), 60)
    record = BY_CODE[lang]
    code = treaties[lang]
    # the numbers without their ordinal dots, in the order and with the words written
    nums = re.sub(r"(?<=[0-9a-z])\.", "", collapse_spaces(m.group("nums")))
    articles = designations(nums, _SPLIT, lang)
    word = number_word(lang, record.article_words[m.group("word")], articles)
    lead = m.group("lead")
    pin = f", {collapse_spaces(lead)}" if lead else ""
    return (
        construct(
            TreatyArticleRef,
            text=m.group(0),
            start=m.start(),
            end=m.end(),
            normalized=f"{word} {nums}{pin} {record.treaties[code].code}",
            lang=lang,
            treaty=code,
            articles=articles,
        ),
    )


def _anchors() -> tuple[Anchor, ...]:
    """The common start of a language's article words right after an ordinal number
    (``člen(?<=[0-9]\\.[ ]člen)``: the literal searched first, the number checked
    behind it), its first letter outside ASCII the rare character."""
    anchors = []
    for lg in _LANGS:
        lower = [w for w in lg.article_words if w.islower()]
        stem = min(lower, key=len, default="")
        while stem and not all(w.startswith(stem) for w in lower):
            stem = stem[:-1]
        if not stem:
            continue
        e = re.escape(stem)
        rare = next((c for c in stem if not c.isascii()), "")
        anchors.append(
            Anchor(compile_pattern(e + r"(?<=[0-9]\.[ ]" + e + ")"), 90, 120, False, rare)
        )
    return tuple(anchors)


FAMILY = Family(
    kind="treaty_article",
    pattern=PATTERN,
    build=build,
    anchors=_anchors(),
    priority=3,
)

#: Empty when no loaded language writes articles number first.
FAMILIES: tuple[Family, ...] = (FAMILY,) if _LANGS else ()
