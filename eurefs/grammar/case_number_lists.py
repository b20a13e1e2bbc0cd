"""A case number without its court letter further on in a list (``eurefs.grammar.cases``):
after a lettered number and a conjunction, as national writing lists joined cases
(``C-92/09 et 93/09``), and after a case word and older numbers, as English lists joined
cases from before 1989 (``Cases 6/73 and 7/73, Commercial Solvents Co v. Commission [1974]
ECR 223``).
"""

from __future__ import annotations

import re

from eurefs import identifiers as ids
from eurefs.grammar.case_lists import (
    CONJUNCTIONS,
    COURT,
    JOINED_WORDS,
    LOOKALIKE_COURTS,
    as_written,
)
from eurefs.grammar.common import first_chars, lazy_compile, words
from eurefs.languages import LANGUAGES, index

#: The languages of each case word as a text may write it (``Case``, ``AFFAIRE``).
CASE_LANGS = index(lambda lg: as_written(lg.cases.words))
#: The case words other writing uses for something else (``CaseWords.shared_words``).
SHARED_WORDS = frozenset(w for lg in LANGUAGES for w in as_written(lg.cases.shared_words))

# A number without its letter after a lettered one and a conjunction: the list's letter, the
# number of 1989 or later, of three digits at most.  After a comma only where a
# conjunction ends the list (``C-92/09, 93/09 e 94/09``: ``_LIST_AFTER``).
_LIST_ITEM = r"[0-9]{1,4}[ ]?/[ ]?[0-9]{2}(?:[ ]P)?"
_LIST_BEFORE = lazy_compile(
    rf"(?<![\w-])(?P<court>{COURT})[ ]?-[ ]?" + _LIST_ITEM
    + rf"(?:(?:,[ ]|,?[ ]{CONJUNCTIONS}[ ])(?:{COURT}[ ]?-[ ]?)?" + _LIST_ITEM + r"){0,8}"
    + rf"(?:(?P<conj>,?[ ]{CONJUNCTIONS}[ ])|,[ ])$"
)  # fmt: skip
# A number without a letter from before 1989 further on in a list a case word opens: the
# case word (perhaps with its joined word), the list's numbers, a comma or conjunction.
_WORD_LIST_BEFORE = lazy_compile(
    r"\b" + first_chars(*CASE_LANGS) + r"(?P<w>" + words(*CASE_LANGS) + r")(?:[ ]"
    + JOINED_WORDS + r")?[ ]" + _LIST_ITEM
    + rf"(?:(?:,[ ]|,?[ ]{CONJUNCTIONS}[ ])" + _LIST_ITEM + r"){0,8}"
    + rf"(?:(?P<conj>,?[ ]{CONJUNCTIONS}[ ])|,[ ])$"
)  # fmt: skip
# What the text before a listed number ends in (the lists' patterns end so): a cheap test
# before them, as most numbers without a letter follow neither
_LIST_TAILS = (", ", *(f" {c} " for lg in LANGUAGES for c in lg.article_conjunctions))
_LIST_AFTER = lazy_compile(
    r"(?![\d/])(?:[ ]P)?(?:,[ ]" + _LIST_ITEM + r"){0,8},?[ ]" + CONJUNCTIONS
    + rf"[ ](?:{COURT}[ ]?-[ ]?)?[0-9]{{1,4}}[ ]?/[ ]?[0-9]{{2}}(?![\d/])"
)  # fmt: skip


def listed_court(before: str, m: re.Match[str]) -> str | None:
    """The court letter of the list of lettered case numbers that a number without a
    letter ends (``C-92/09 et 93/09``), None where there is none or the number is older
    than the letters (1989)."""
    listed = _LIST_BEFORE.search(before[-120:])
    if listed is None or len(m.group("num")) > 3:  # (``and 2019/20``: no case)
        return None
    if ids.full_year(m.group("yy")) < ids.FIRST_LETTERED_CASE_YEAR:
        return None
    if listed.group("conj") is None and not _LIST_AFTER.match(m.string, m.end("yy")):
        return None
    return LOOKALIKE_COURTS.get(listed.group("court"), listed.group("court"))


def word_listed(before: str, m: re.Match[str]) -> frozenset[str] | None:
    """The languages of the case word opening the list of numbers without a letter that a
    number without a letter from before 1989 goes on (``Cases 6/73 and 7/73``); None where
    there is none, or the word is one other writing shares (``SHARED_WORDS``)."""
    if len(m.group("num")) > 3 or not before.endswith(_LIST_TAILS):
        return None
    if ids.full_year(m.group("yy")) >= ids.FIRST_LETTERED_CASE_YEAR:
        return None
    listed = _WORD_LIST_BEFORE.search(before[-120:])
    if listed is None or listed.group("w") in SHARED_WORDS:
        return None
    if listed.group("conj") is None and not _LIST_AFTER.match(m.string, m.end("yy")):
        return None
    return CASE_LANGS[listed.group("w")]
