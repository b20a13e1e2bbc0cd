"""Treaty abbreviations that are also words of prose (``Treaty.closed_abbreviations``: the
pre-Lisbon EU Treaty's ``EU``, ``UE``): read after an article as the treaty only where the
citation ends after them (``Article 6 EU.``, not ``Article 6 EU law``), as
``treaty_after_articles.names_no_treaty`` asks in the article's language, and in several
languages at once where the language is not read yet (``unread_no_treaty``).
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import BY_CODE, LANGUAGES

#: (abbreviation, language) of the abbreviations that are also a word of prose
CLOSED = {
    (a, lg.code) for lg in LANGUAGES for t in lg.treaties.values() for a in t.closed_abbreviations
}

#: an article's bare number right before a comma (``Article 3, EU``: the Union, no treaty)
_ARTICLE_WORDS = words(*(w for lg in LANGUAGES for w in lg.article_words))
_BARE_NUMBER = lazy_compile(r"(?<![\w.])(?:" + _ARTICLE_WORDS + r")[ ][0-9]{1,3}$")


def _citation_end_in(lang: str) -> str:
    """Where a citation ends in ``lang``: the text's or line's end, a punctuation mark or a
    closing bracket or quote, a spaced dash (the Court's subject-matter lines: ``Articles
    6(2) EU and 34(2)(b) EU – Framework Decision``), or a conjunction, join or lead before
    the next article or its number (``Articles 34 UE y 35 UE``, ``Art. 6 EU i.V.m. Art.``);
    where every noun has its capital (German), a word in small letters, which continues no
    noun phrase (``Nach Art. 35 Abs. 1 EU entscheidet der Gerichtshof``)."""
    lg = BY_CODE[lang]
    links = with_capitals((*lg.article_conjunctions, *lg.article_joins))
    leads = [w for w in lg.article_word_leads if w[-1].isalnum()]
    return (
        r"(?:[ ]?[.,;:!?)\]}»”\"]|['’](?![\w])|[ ][–—-][ ]|[ ]*(?:\n|$)"
        r"|[ ](?:"
        + words(*links)
        + r")[ ](?=[0-9]|(?:"
        + words(*lg.article_words)
        + r")[ .])"
        + (r"|[ ](?:" + words(*leads) + r")[ ]" if leads else "")
        + (r"|[ ](?=[^\W\d_A-ZÄÖÜ][^\W\d_]*[ ,.])" if lg.capitalised_nouns else "")
        + r")"
    )


@functools.lru_cache(maxsize=64)
def citation_end(langs: tuple[str, ...]) -> re.Pattern[str]:
    """Where a citation ends in any of ``langs`` (each language's end as one alternative:
    a match where one of them matches)."""
    return lazy_compile("|".join(_citation_end_in(lang) for lang in langs))


def prose(text: str, at: int, end: int, ends: re.Pattern[str]) -> bool:
    """Whether the closed abbreviation at ``at`` in ``text`` after an article, the citation
    going on at ``end``, is a word of prose in each language of ``ends`` (their
    :func:`citation_end`; each writing it closed: ``CLOSED``): after a comma, only after
    a pinpoint (not ``Article 3, EU``); else where no citation's end of any of them
    follows it."""
    if text.endswith(", ", 0, at) and _BARE_NUMBER.search(text, max(0, at - 24), at - 2):
        return True
    return ends.match(text, end) is None


__all__ = ["CLOSED", "citation_end", "prose"]
