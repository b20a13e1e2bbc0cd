"""A treaty article's abbreviation that names no treaty in whichever language the words
around the citation make it, told without reading them (``treaty_articles.build`` asks
once it has read a match's groups, before ``treaty_after_articles.unread_no_treaty``).

Where the languages that write an article word and an abbreviation alike part ways over
it, the citation's language decides: a bare Spanish ``CE`` with no word of the Union's
writing near is the Constitución Española, and the citation no treaty's; French, Italian,
Portuguese and Romanian, which write ``art.`` and ``CE`` too, keep it (``Voir l'art. 24
CE`` is the EC Treaty's article).  Reading the language (``treaty_article_words.language``,
``languages.hints.pick``) costs what a reference does, and a text dense with such
citations (``el art. 24 CE.`` repeated) paid it at each for nothing.

The reading is told instead where nothing it reads can decide otherwise: the citation is
written plainly (``treaty_article_words.read_plainly``: its languages are all those writing
the word and the abbreviation), no word where ``pick`` reads (the characters before it and
the text further back) hints at a language that keeps the abbreviation
(``languages.hint_free``), and where no word tells, the text's language or the registry's
order gives one that drops it.  ``pick`` then scores the languages that keep it nothing,
so it returns one that drops it, whatever it reads.  Asked only where such citations
stand close together (the blocks of the text are read once, a citation's words at each);
a mark of a national instrument near drops it first, as ``unread_no_treaty`` tells it.
In prose the words of the languages keeping it stand everywhere (Spanish ``la`` and
``de`` are French too): the reading is done there as before.
"""

from __future__ import annotations

import re

from eurefs.grammar import treaty_after_articles as _after
from eurefs.grammar.base import WIDER, Context
from eurefs.grammar.enacting_formula import ABBR
from eurefs.grammar.treaty_article_patterns import SAME_TREATY
from eurefs.grammar.treaty_article_words import NEAR, WORD_LANGS, own_forms, read_plainly
from eurefs.languages import ordered
from eurefs.languages.hint_free import HintFree

#: The characters ``pick`` reads before a citation, the text further back with them.
_READ = WIDER * NEAR
#: How close the citations asked about stand for the text's blocks to be read (a
#: citation further from the last reads its words as any other).
DENSE = _READ


class _Plan:
    """For an abbreviation after an article word: the languages writing both, the one
    asking for a word of the Union's writing near it, the others, and the language
    ``pick`` gives where no word near tells but the text's language (the registry's
    first, those writing the word as their normal form first)."""

    __slots__ = ("asking", "cands", "first", "keeping")

    def __init__(self, cands: frozenset[str], asking: str, word: str) -> None:
        self.cands, self.asking, self.keeping = cands, asking, cands - {asking}
        listed = ordered(cands)
        own = own_forms(cands, word)
        self.first = next((c for c in listed if c in own), listed[0])


#: The abbreviations some language asks a word of the Union's writing near.
_ASKED = frozenset(_after.UNION_ASKING)


def _plan(abbr: str, word: str) -> _Plan | None:
    """The plan of ``abbr`` after ``word``, where one language writing both asks for a word
    of the Union's writing near it and others do not (where all do, ``unread_no_treaty``
    tells it)."""
    cands = frozenset(ABBR[abbr]) & WORD_LANGS[word]
    asking = sorted(cands & _after.UNION_ASKING[abbr])
    return _Plan(cands, asking[0], word) if len(asking) == 1 and len(cands) > 1 else None


class _Dense:
    """What the citations of a plan in a region (``ctx``, whose text is a whole text)
    ask: where the last stood, the marks of the national instruments and of the Union's
    writing (read when first asked), the blocks free of the keeping languages' words,
    whether the language ``pick`` gives where no word tells is the one asking for the
    Union's, and whether the text begins with a blank (a citation may then be the whole
    text)."""

    __slots__ = (
        "_union",
        "abbr",
        "asking",
        "asking_first",
        "blank_first",
        "free",
        "last",
        "national",
    )

    def __init__(self, ctx: Context, plan: _Plan, abbr: str, word: str) -> None:
        text = ctx.region
        self.abbr, self.asking, self.last = abbr, plan.asking, -DENSE - 1
        self.national = _after.national_marks(abbr, word, text)
        self._union: list[int] | None = None
        self.free = HintFree(text, plan.keeping)
        told = ctx.whole.language() if ctx.whole is not None else None
        first = told if told in plan.cands else plan.first
        self.asking_first = first == plan.asking and not ctx.lookbehind
        self.blank_first = text[:1].isspace()

    def union_near(self, text: str, at: int) -> bool:
        """Whether a mark of the Union's writing the asking language asks for is near."""
        if self._union is None:
            self._union = _after.union_marks(self.abbr, self.asking, text) or []
        return bool(self._union) and _after.within_reach(self._union, at)


#: The first characters of the same treaty's further articles (``SAME_TREATY``: a comma,
#: a blank, a slash, a dash) and of a pinpoint after the treaty (``_PIN_AFTER``: a comma):
#: after any other, neither follows (``tests/grammar/test_treaty_drops_told``).
GOES_ON = frozenset(",/ -\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def dropped_unread(m: re.Match[str], abbr: str, word: str, list_end: int, ctx: Context) -> bool:
    """Whether the abbreviation ``abbr`` after the article ``word`` of ``m`` (no footnote
    call glued to it; its list ending at ``list_end``) names no treaty in any language
    :func:`~eurefs.grammar.treaty_article_words.language` can read it in, told without
    reading it where such citations stand close together: a mark of a national instrument
    near, as ``treaty_after_articles.unread_no_treaty`` tells it, or no word where its
    language is read that can make it a language keeping it (the module's notes); False
    where that is not told so, or where the same treaty's further articles follow.  (The
    matches of a region are all of its text: ``ctx.region``.)"""
    if abbr not in _ASKED:
        return False
    dense = ctx.kept.get((abbr, word))
    if not isinstance(dense, _Dense):
        if dense is not None or (plan := _plan(abbr, word)) is None:
            ctx.kept[abbr, word] = False
            return False
        dense = ctx.kept[abbr, word] = _Dense(ctx, plan, abbr, word)
    text, start = m.string, m.start()
    last, dense.last = dense.last, start
    if start - last > DENSE:
        return False
    at = m.start("abbr")
    for spans in dense.national:
        if _after.within_reach(spans, at):
            return True
    text_end = m.end()  # (no further article follows: ``treaty_articles._same_treaty``)
    if text[text_end : text_end + 1] in GOES_ON and SAME_TREATY.match(text, text_end):
        return False
    if not dense.asking_first or not read_plainly(m, (list_end, at), text_end):
        return False  # (where no word tells, a language keeping it)
    if (dense.blank_first or not start) and _after.alone(m, text_end, start):
        return False  # (the text is the citation alone: ``parse``'s)
    if dense.union_near(text, at):
        return False
    return dense.free.reads_free(start - _READ if start > _READ else 0, start - NEAR, start)
