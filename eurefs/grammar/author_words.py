"""The patterns of authors' words shared by the readers of national authors
(``national_acts``, ``authors_before``): the words as an alternation, as starts of words
or as whole words, and a language's EU words and domains."""

from __future__ import annotations

import re

from eurefs.languages import BY_CODE


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as a regular expression's alternation, longest first."""
    return r"(?:" + "|".join(re.escape(w) for w in sorted(words, key=len)[::-1]) + r")"


def words_pattern(words: tuple[str, ...]) -> str:
    """``words`` as starts of words."""
    return r"(?<![\w])" + alternation(words)


def whole_words(words: tuple[str, ...]) -> str:
    """``words`` as whole words (none: a pattern that never matches)."""
    return words_pattern(words) + r"(?![^\W\d_])" if words else r"(?!)"


def eu_pattern(code: str) -> str:
    """The language's EU author words (starts of words, any case) and its domains (whole
    words, as written: ``CE`` is no start of the Irish ``Ceannais`` nor of the Spanish
    ``Central``), and ``EU``, which German writes for the Union beside its domains
    (``des EU-Ministerrates``, ``der EU``), and the Bank's abbreviation (``of the
    Governing Council of the ECB``)."""
    lg = BY_CODE[code]
    eu = rf"(?i:{words_pattern(lg.eu_author_words)})" if lg.eu_author_words else r"(?!)"
    return eu + "|" + whole_words((*lg.domains, "EU", *lg.ecb_prefixes))
