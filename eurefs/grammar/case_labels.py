"""A court letter's number set as a label, no case: ``See Table C-2/19 for details``,
``Figure T-3/20 shows``, ``the C-17/18 aircraft was delivered``.

A case's number in running text is named: a word introduces it (``Case C-17/18``,
``judgment in C-311/18``, ``EuGH C-311/18``, a list's conjunction), or a citation goes on
after it (a comma, a bracket, the parties' names, an ECLI, a pinpoint).  A label's number
runs on in small letters instead (a blank and a word in small letters right after it)
and stands right after the noun it numbers or an article:

* a word with a capital and small letters that no record holds (``Table``, ``Figure``):
  the records' frequent words introduce a number (``In C-17/18 the Court``, ``See``), and
  so do their case, joined and opinion words (``Rechtssache C-311/18 hat``);
* an article that only one language's record holds, and as no other word (``the``: the
  number then names the noun after it, ``the C-17/18 aircraft``); an article that is
  another language's word stays out (Portuguese ``no`` is Latvian's ``from``:
  ``apvienotajās lietās no C-397/01 līdz C-403/01``).

A date after the number makes it a judgment's (``Judgment C-311/18 of 16 July 2020``,
``Urteil C-311/18 vom 16. Juli 2020``: the records' date words and a digit).  A party's
name or a German noun before a number running on reads as a label too (``Google Spain
C-131/12 concerned``, ``im Urteil C-311/18 hat``): the records hold neither, and writers
set the number apart (``Google Spain, C-131/12,``) or after a case word (``in der
Rechtssache C-311/18``).
"""

from __future__ import annotations

import re

from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES

# the word right before the number, a blank alone between
_WORD_BEFORE = lazy_compile(r"(?<![^\s(\[])(?P<w>[^\W\d_]+)[ ]$")
_INTRODUCING = frozenset(
    w.lower()
    for lg in LANGUAGES
    for w in (*lg.hint_words, *lg.cases.words, *lg.cases.joined_words, *lg.cases.opinion_words)
)
_OTHER_WORDS = frozenset(
    w.lower()
    for lg in LANGUAGES
    for w in (*lg.article_conjunctions, *lg.list_conjunctions, *lg.act_pinpoint_links,
              *lg.article_range_words, *lg.date_words)
)  # fmt: skip
#: Articles of one language's record that no record holds as another word.
_ARTICLES = frozenset(
    w.lower()
    for lg in LANGUAGES
    for w in lg.back_references.articles
    if w.isalpha()  # (not Maltese ``il-``, French ``l'``: glued to the word)
    and w.lower() not in _OTHER_WORDS
    and not any(w.lower() in {h.lower() for h in o.hint_words} for o in LANGUAGES if o is not lg)
)
_DATED = lazy_compile(
    r"[ ]" + words(*dict.fromkeys(w for lg in LANGUAGES for w in lg.date_words)) + r"[ ][0-9]"
)


def is_label(m: re.Match[str], before: str) -> bool:
    """Whether the court letter's number ``m`` is a label (see the module), ``before``
    the text before it."""
    string, end = m.string, m.end()
    if string[end : end + 1] != " " or not string[end + 1 : end + 2].islower():
        return False  # (most numbers: a citation goes on, or the sentence ends)
    word = _WORD_BEFORE.search(before[-40:])
    if word is None or _DATED.match(string, end):
        return False
    w = word.group("w")
    if w.lower() in _ARTICLES:
        return True
    return w[:1].isupper() and w[1:].islower() and w.lower() not in _INTRODUCING
