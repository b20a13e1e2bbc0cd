"""An article's number in another numbering, in a bracket right after a treaty article,
without the article word: ``Art. 105 TFEU (Ex 85 EC)`` (the legal basis as the
Commission's competition case search labels it), ``Article 141 EC (now 157 TFEU)``; or
with it, between the article and its treaty (:func:`before`: German ``Artikel 30 (nun
Artikel 28) des EG-Vertrags``).

The bracket makes it certain: it opens right after the article's treaty, holds the
language's word for the other numbering (the record's ``treaty_former_words``), one
number and a treaty's abbreviation of the article's language, and closes.  The number is
an article of that treaty of its own (span ``85 EC``, normal form ``Article 85 EC``);
:mod:`eurefs.grammar.treaty_articles` reads it after the article it follows, where that
article's reference ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.enacting_formula import ABBR, LONG
from eurefs.grammar.treaty_after_articles import TREATY
from eurefs.grammar.treaty_article_words import WORD_LANGS as _ARTICLE_WORDS
from eurefs.grammar.treaty_names import goes_on
from eurefs.languages import BY_CODE, index
from eurefs.models.light import BaseReference

_WORD_LANGS = index(lambda lg: lg.treaty_former_words)
_NOTE = lazy_compile(
    r"[ ]\((?P<word>" + words(*_WORD_LANGS) + r")[ ](?P<num>[0-9]{1,3}[a-z]?)"
    r"[ ](?P<abbr>" + words(*ABBR) + r")\)"
)

#: ``make(string, (start, end), (word, list), numbers, lang, code)``: the article's reference.
Make = Callable[[str, tuple[int, int], tuple[str, str], str, str, str], BaseReference]


def after(string: str, pos: int, lang: str, word: str, make: Make) -> Sequence[BaseReference]:
    """The article in the bracket right after ``pos`` (where an article of ``lang``, its
    article word ``word`` in the normal form, ends); nothing where there is no such note."""
    if string[pos : pos + 2] != " (":  # (a test in C first: most articles have none)
        return ()
    note = _NOTE.match(string, pos)
    if note is None or lang not in _WORD_LANGS[note.group("word")]:
        return ()
    code = ABBR[note.group("abbr")].get(lang)
    if code is None:
        return ()
    num = note.group("num")  # (one article: the singular word, ``article_lists.number_word``)
    return (make(string, (note.start("num"), note.end("abbr")), (word, num), num, lang, code),)


# The other numbering written with its article word in a bracket *between* the article and
# its treaty (German ``Artikel 30 (nun Artikel 28) des EG-Vertrags``), in the languages
# whose record says they write it so (``treaty_former_articles``): both numbers the named
# treaty's, each a reference of its own, the treaty's name in neither span.
_BEFORE_LANGS = {
    w: langs for w, langs in _WORD_LANGS.items()
    if any(BY_CODE[c].treaty_former_articles for c in langs)
}  # fmt: skip
_BEFORE = lazy_compile(
    r"[ ]\((?P<word>" + words(*_BEFORE_LANGS) + r")[ ](?P<aw>" + words(*_ARTICLE_WORDS)
    + r")[ ]?(?P<num>[0-9]{1,3}[a-z]?)\)(?:" + TREATY + r")"
    if _BEFORE_LANGS else "(?!)"
)  # fmt: skip


def before(
    string: str, first: tuple[int, int, str, str, str], make: Make, forms: dict[str, dict[str, str]]
) -> Sequence[BaseReference]:
    """The article ending at ``first[1]`` (starting at ``first[0]``, its article word
    ``first[2]``, its list and numbers ``first[3:]``) and the one in the bracket after it,
    both of the treaty after the bracket; nothing where there is no such bracket, or no one
    language writes its words (``forms``: by language, article word as written -> its normal
    form)."""
    start, end, word, listed, nums = first
    note = _BEFORE.match(string, end)
    if note is None or not (note.group("abbr") or note.group("long")):
        return ()
    if (long := note.group("long")) is not None:
        if goes_on(long, string, note.end("long")):  # (the EC Treaty's words in Euratom's)
            return ()
        treaties = LONG[long.lower()]
    else:
        treaties = ABBR[note.group("abbr")]
    langs = [
        c for c in _BEFORE_LANGS[note.group("word")]
        if BY_CODE[c].treaty_former_articles and c in treaties
        and word in forms.get(c, {}) and note.group("aw") in forms.get(c, {})
    ]  # fmt: skip
    if len(langs) != 1:
        return ()
    lang = langs[0]
    code, num = treaties[lang], note.group("num")
    return (
        make(string, (start, end), (forms[lang][word], listed), nums, lang, code),
        make(string, (note.start("aw"), note.end("num")), (forms[lang][note.group("aw")], num),
             num, lang, code),
    )  # fmt: skip
