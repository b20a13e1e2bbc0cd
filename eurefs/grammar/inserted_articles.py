"""Numbers of articles inserted later: French, Italian and Spanish write a word apart
after the number (``article 106 bis``), Portuguese a letter after the ordinal sign
(``artigo 106.º-A``), others a letter glued to it (``Article 106a``).

The words come from the records (``article_number_suffixes``); the treaty-article
families read them as part of the number.  A word after a number that is another
language's only (Dutch ``ter`` is a preposition) makes no article, and neither does a
letter glued after a bare number in an enacting formula (Croatian ``106.a``): never the
article without it.
"""

from __future__ import annotations

from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

_SUFFIXES = sorted({s for lg in LANGUAGES for s in lg.article_number_suffixes})
# (not a range's word: ``5 bis 7``, ``5 bis Art. 7``)
_NOT_A_RANGE = r"(?![\w])(?![ ]?[0-9]|[ ](?i:art))"
#: Pattern fragment after the digits of an article number: its word, if any (``106 bis``)
SUFFIX = (r"(?:[ ]" + words(*_SUFFIXES) + _NOT_A_RANGE + r")?") if _SUFFIXES else ""
_SUFFIX_IN = lazy_compile(r"(?<=[0-9])[ ](" + words(*_SUFFIXES) + r")" + _NOT_A_RANGE)
#: A letter glued after a number by a dot or hyphen (``106.a``), the number read without it
GLUED_LETTER = lazy_compile(r"[.-][^\W\d_](?![\w])")


def foreign_suffix(record: Language, text: str) -> bool:
    """Whether a word after an article number in ``text`` is an inserted article's in
    another language only (Dutch ``ter`` is a preposition): no article then."""
    return any(s.group(1) not in record.article_number_suffixes for s in _SUFFIX_IN.finditer(text))
