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
#: Pattern fragment after the digits of an article number: the capital letter apart of an
#: article inserted in the EEC and EC Treaties before Amsterdam, as French, Italian, Spanish
#: and Dutch texts wrote it (``article 100 A``, ``article 189 B du traité``, ``articoli 100 A e
#: 130 S``; English ``Article 100a``).  Not a roman paragraph after German models (``Art. 101
#: I AEUV``), nor a number's next (``1 E 3``), nor the first letter of a sentence (``Article 5
#: A Member State``), nor an abbreviation (``N.º``, German ``S. 2``: sentence 2); a
#: conjunction's letter (Portuguese ``E``, Spanish ``Y``, Czech ``A``) before a word in
#: capitals either, as a text set in capitals joins its list (``ČLÁNKY 5 A ČLÁNEK 6``).
SPACED_LETTER = (
    r"[ ](?:[AEOUY](?![\w.])(?![ ](?:[0-9]|[^\W\d_a-z]))"
    r"|(?![EIOUVXY])[B-Z](?![\w.])(?![ ](?:[0-9]|[A-Z][a-z])))"
)
#: A letter glued after a number by a dot or hyphen (``106.a``), the number read without it
GLUED_LETTER = lazy_compile(r"[.-][^\W\d_](?![\w])")


def foreign_suffix(record: Language, text: str) -> bool:
    """Whether a word after an article number in ``text`` is an inserted article's in
    another language only (Dutch ``ter`` is a preposition): no article then."""
    return any(s.group(1) not in record.article_number_suffixes for s in _SUFFIX_IN.finditer(text))
