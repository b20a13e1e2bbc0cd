"""The article words of each language that writes the treaty after the article, its
pinpoint words, and the language of an article read by ``grammar/treaty_articles``: the
one whose article word, treaty, pinpoint words and prepositions it is written with.

(Languages that write the abbreviation first have their own family:
``grammar/treaty_articles_abbr_first``.)
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Context
from eurefs.grammar.capitals import capital, with_capitals
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.ordinal_signs import GLUED_DEGREE, VIEW_SIGNS, set_apart
from eurefs.languages import BY_CODE, LANGUAGES, Language, index


def _with_capitals(lg: Language) -> dict[str, str]:
    """The article words of ``lg`` (written -> normal form), those in lower case also with a
    capital, as a sentence's first word has them (Spanish ``Art. 18 TFUE``, Bulgarian ``Чл.
    267 ДФЕС``), and in capitals (a heading's ``ART. 2 VWEU``, a headnote's ``ARTIGOS 2.º, 4.º
    ... DO TUE``, ``grammar/capitals``): same normal form."""
    capitals = {capital(w): n for w, n in lg.article_words.items()}
    capitalised = {w[:1].upper() + w[1:]: n for w, n in lg.article_words.items()}
    forms = {**capitals, **capitalised, **lg.article_words}
    # a word ending in the ordinal sign set apart or typed as a degree sign (``art.°``)
    signs = {v: normal for w, normal in forms.items() for v in set_apart((w,), VIEW_SIGNS)}
    return {**signs, **forms}


def _pin_words(*, after_comma: bool) -> list[str]:
    """The pinpoint words of the languages writing them after a comma (``, paragraphe 1``) or
    a blank alone (`` Abs. 1``), in capitals too (``grammar/capitals``), their ordinal sign
    also set apart or typed as a degree sign (``n. o``, ``n.°``)."""
    langs = [lg for lg in LANGUAGES if lg.pinpoints.words_after_comma is after_comma]
    return set_apart(with_capitals(w for lg in langs for w in lg.pinpoints.words), VIEW_SIGNS)


#: the pinpoint words of the treaty articles after a comma, after a blank, and Croatian ones
#: before an ordinal number (``članak 4. stavak 3. UEU-a``)
COMMA_PINS, SPACE_PINS = _pin_words(after_comma=True), _pin_words(after_comma=False)
DOT_PINS = with_capitals(
    w for lg in LANGUAGES if lg.pinpoints.ordinal_dot for w in lg.pinpoints.words
)
#: language -> its article words as written -> their normal form
FORMS = {lg.code: _with_capitals(lg) for lg in LANGUAGES if not lg.treaty_abbreviation_first}
#: article word as written -> the languages that write it
WORD_LANGS = index(lambda lg: FORMS.get(lg.code, ()))
_SIGN_LANGS = frozenset(lg.code for lg in LANGUAGES if lg.pinpoints.ordinal_sign is not None)
# the ordinal sign after a number's dot (the view's ``267.o``, typed ``267.°``): a language
# that writes the sign; on a number of two figures or more, one that writes it after a
# dot: Portuguese writes every article's number so (``art. 20.º TFUE``), Spanish only the
# first nine's (``artículo 1.º``)
_DOT_SIGN = lazy_compile(r"(?<=[0-9])\.[o°](?![\w])")
_DOT_SIGN_LANGS = frozenset(
    lg.code for lg in LANGUAGES if (lg.pinpoints.ordinal_sign or "").startswith(".")
)
# pinpoint words say the language too (``ust.`` is Polish, ``Abs.`` German)
# (and in capitals: ``grammar/capitals``)
_PIN_WORD_LANGS = index(
    lambda lg: with_capitals(
        (*set_apart(lg.pinpoints.words, VIEW_SIGNS), *lg.pinpoints.ordinal_nouns)
    )
)
_PREP_LANGS = index(lambda lg: with_capitals(lg.treaty_prepositions))  # ``art. 267 din TFUE``
_PIN_WORD = lazy_compile(r"(?<![\w.])" + words(*_PIN_WORD_LANGS) + r"(?![\w])")
#: a pinpoint word after the treaty, behind a comma, before its number, as the Court's Spanish
#: summaries write it (``(Art. 101 TFUE, ap. 1)``): its language is the article's
_PIN_AFTER = lazy_compile(r",[ ](" + words(*_PIN_WORD_LANGS) + r")(?=[ ]?[0-9])")
# and the conjunction between two numbers of the list (``art. 37, 106 i 345 TFUE``:
# Polish, not Italian, whose ``i`` is an article but no conjunction)
_CONJ_LANGS = index(lambda lg: with_capitals(lg.article_conjunctions))
_CONJ_BETWEEN = lazy_compile(r"(?<=[0-9)][ ])" + words(*_CONJ_LANGS) + r"(?=[ ][0-9])")
# or before a further article's word (``art. 102 e art. 101 TFUE``: Italian or Portuguese)
_CONJ_BEFORE_WORD = lazy_compile(r"(?<=[0-9)][ ])" + words(*_CONJ_LANGS) + r"(?=[ ])")


def language(
    m: re.Match[str],
    ctx: Context,
    treaties: set[str],
    after: str | None,
    ends: tuple[int, int],
    text_end: int = -1,
) -> str | None:
    """The language of an article: one writing its article word and its treaty (and the
    word after it, its pinpoint words, the conjunction before further articles written with
    their word after the list, up to ``ends[0]``, the preposition from there to where
    the treaty is named, ``ends[1]``, and a pinpoint word after the treaty's end,
    ``text_end``: ``Art. 101 TFUE, ap. 1`` is Spanish), None when none does."""
    word = m.group("word")
    further, prep = m.string[m.end("list") : ends[0]], m.string[ends[0] : ends[1]].strip(" ,")
    cands = treaties & WORD_LANGS[word]
    if m.start() and (glued := m.string[m.start() - 1]).isalnum():  # Irish ``hAirteagal``
        if glued.isupper() and word.isupper():  # (``HAIRTEAGAIL``: a heading in capitals)
            glued = glued.lower()
        cands = {c for c in cands if glued in BY_CODE[c].article_word_prefixes}
    if after:
        cands &= {lg.code for lg in LANGUAGES if after in lg.enacting_after}
    listed = m.group("list")
    for pin in _PIN_WORD.finditer(listed):
        cands = (cands & _PIN_WORD_LANGS[pin.group(0)]) or cands
    if len(cands) > 1 and " " in listed:
        for conj in _CONJ_BETWEEN.finditer(listed):
            cands = (cands & _CONJ_LANGS[conj.group(0)]) or cands
    if len(cands) > 1 and further:
        for conj in _CONJ_BEFORE_WORD.finditer(listed[-2:] + further, 0, 2 + len(further)):
            cands = (cands & _CONJ_LANGS[conj.group(0)]) or cands
    if prep in _PREP_LANGS:
        cands = (cands & _PREP_LANGS[prep]) or cands
        # (a preposition of no language of the article word: Spanish ``artículo 6 al TUE``
        # is none, where Romanian ``Art. 249 al Tratatului CE`` is read)
        if not cands & _PREP_LANGS[prep]:
            return None
    if len(cands) > 1 and text_end >= 0 and (pin_after := _PIN_AFTER.match(m.string, text_end)):
        cands = (cands & _PIN_WORD_LANGS[pin_after.group(1)]) or cands
    if "°" in m.group("list") and GLUED_DEGREE.search(m.group("list")):
        cands &= _SIGN_LANGS  # ``267°``: a language that glues the ordinal sign
    if len(cands) > 1 and "." in listed and (sign := _DOT_SIGN.search(listed)) is not None:
        long = sign.start() >= 2 and listed[sign.start() - 2].isdigit()
        cands = (cands & (_DOT_SIGN_LANGS if long else _SIGN_LANGS)) or cands  # ``267.º``
    if not cands:
        return None
    # a tie: the words of the list itself (``första och tredje styckena``)
    return ctx.language(cands, m.start(), NEAR, own_forms(cands, word), after=m.group("list"))


#: The characters before an article read for its language (``Context.language``).
NEAR = 60


def own_forms(cands: set[str] | frozenset[str], word: str) -> set[str] | frozenset[str]:
    """The languages of ``cands`` (writing ``word``) whose normal form is the article
    ``word`` as written (Polish ``art.``), which win a tie so that normal forms parse back
    to their language (capitalised: ``Art.`` is Polish ``art.`` at a sentence's start)."""
    return cands & _OWN[word]


#: article word as written -> the languages writing it whose normal form it is (``own_forms``)
_OWN = {
    word: frozenset(c for c in langs if FORMS[c][word] in (word, word[:1].lower() + word[1:]))
    for word, langs in WORD_LANGS.items()
}


def read_plainly(m: re.Match[str], ends: tuple[int, int], text_end: int) -> bool:
    """Whether :func:`language` reads the article of ``m`` (its treaty named by an
    abbreviation right after its list, ``ends`` and ``text_end`` as :func:`language` has
    them) among all the languages writing its article word and treaty, the words before it
    deciding: no letter glued before it, a list of figures alone (no pinpoint word,
    conjunction or sign), no preposition before the treaty nor pinpoint word after it
    (``ends[0]`` is where the list ends: no further articles; an abbreviation's match has
    no enacting formula's word after it)."""
    listed, text, start = m.group("list"), m.string, m.start()
    if not (listed.isascii() and listed.isdigit()) or (start and text[start - 1].isalnum()):
        return False
    if ends[1] - ends[0] > 2 and text[ends[0] : ends[1]].strip(" ,") in _PREP_LANGS:
        return False  # (two characters or fewer: a blank, perhaps after a comma)
    return not text.startswith(",", text_end) or _PIN_AFTER.match(text, text_end) is None
