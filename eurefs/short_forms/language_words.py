"""The language of a text told by its words, when no citation tells it.

A text without a legal-act or OJ citation (a snippet a user passes on the command
line: ``Art. 6 Abs. 1 lit. a DSGVO``, ``art. 6, par. 1, lett. a) GDPR``) is told by
the words the language records already hold: frequent words (``hint_words``), and the
words references are made of: article and pinpoint words (``Abs.``, ``lett.``,
``apartado``), act types, treaty abbreviations (``AEUV``), case and Official Journal
words, and the popular names of each language (``DSGVO``).  A word several languages
write gives each a share of one; a popular name written in capitals (an acronym:
``GDPR``, ``RGPD``) is used in texts of other languages too and gives half of that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.languages.base import Language

#: Characters stripped from both ends of a word (brackets, quotes, punctuation).
_PUNCTUATION = "()[]{},;:!?\"'«»“”‘’„‹›"
#: Elisions: the word after them is looked up too (``l'article``, ``d’Airteagal``).
_APOSTROPHES = ("'", "’")
#: Two letters in a row: a text without them has no word to look up.
_WORD = re.compile(r"[^\W\d_]{2}")


def _record_words(record: Language) -> Iterator[str]:
    """The single words of a record that belong to its language."""
    yield from record.hint_words
    yield from record.article_words
    yield from record.pinpoint_words
    yield from record.ordinal_nouns
    for written in record.act_types.values():
        yield from written
    for treaty in record.treaties.values():
        yield from treaty.abbreviations
    yield from record.case_words
    yield from record.joined_words
    yield from record.judgment_pinpoint_words
    yield from record.oj_journals
    yield from record.com_final_words
    yield from record.act_pinpoint_links
    yield from record.back_references.pinpoint_words
    yield from record.back_references.sub_pinpoint_words
    for month in record.months:
        yield from month


@lru_cache(maxsize=1)
def evidence() -> dict[str, tuple[tuple[str, float], ...]]:
    """Word (lower case) -> the languages it tells, each with its share."""
    # imported here: popular_names imports the module that imports this one
    from eurefs.short_forms.popular_names import load

    weights: dict[str, dict[str, float]] = {}

    def add(word: str, code: str, weight: float) -> None:
        if word and " " not in word:
            shares = weights.setdefault(word.lower().replace("º", "o"), {})
            shares[code] = max(shares.get(code, 0.0), weight)

    for record in LANGUAGES:
        for word in _record_words(record):
            add(word, record.code, 1.0)
    for entry in load():
        for code, names in entry.names.items():
            if code in BY_CODE:
                for name in names:
                    add(name, code, 0.5 if name.isupper() else 1.0)
    return {
        word: tuple((code, weight / len(shares)) for code, weight in shares.items())
        for word, shares in weights.items()
    }


def word_scores(sample: str) -> dict[str, float]:
    """Language code -> the evidence the words of ``sample`` give it (codes with none
    left out).  One split of the sample and a look-up per word; a sample without a word
    (``32016R0679``, ``C-131/12``) has none, and the table is not even built for it."""
    if _WORD.search(sample) is None:
        return {}
    table = evidence()
    scores: dict[str, float] = {}
    for token in sample.lower().replace("º", "o").split():
        word = token.strip(_PUNCTUATION)
        found = table.get(word)
        if found is None and word.endswith("."):  # a sentence's end: ``DSGVO.``, ``DSGVO).``
            found = table.get(word.rstrip(".").rstrip(_PUNCTUATION))
        if found is None:
            for mark in _APOSTROPHES:
                if mark in word:
                    found = table.get(word.rsplit(mark, 1)[1])
                    break
        for code, share in found or ():
            scores[code] = scores.get(code, 0.0) + share
    return scores
