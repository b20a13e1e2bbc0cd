"""An article's number in another numbering, in a bracket right after a treaty article,
without the article word: ``Art. 105 TFEU (Ex 85 EC)`` (the legal basis as the
Commission's competition case search labels it), ``Article 141 EC (now 157 TFEU)``.

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
from eurefs.grammar.enacting_formula import ABBR
from eurefs.languages import index
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
