"""The case forms of a popular name, where its language declines it.

A language whose record lists the singular cases of its type words (``declined``)
writes a name ending in a type word in those cases too: Hungarian ``általános
adatvédelmi rendelet`` -> ``az általános adatvédelmi rendeletet``, ``rendeletben`` ...
A language whose record lists case endings joined to an alias by a hyphen
(``alias_suffixes``) writes them after an acronym too: ``a GDPR-t``, ``a GDPR-ben``.
The span of such a mention is the name as declined (``általános adatvédelmi
rendeletet``), or the acronym without its ending (``GDPR``), as for a defined alias.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.short_forms.common import words
from eurefs.short_forms.definition_words import declined_forms

#: what ends a name: no letter, digit or hyphen after it
PLAIN_END = r"(?![\w-])"


def declined_names(name: str, lang: str) -> tuple[str, ...]:
    """``name`` with its last word in each singular case the record lists for it (none
    when that word is no declined type word)."""
    head, _, last = name.rpartition(" ")
    forms = declined_forms(lang).get(last) if head else None
    if forms is None:
        return ()
    return tuple(f"{head} {form}" for form in forms if form != last)


@lru_cache(maxsize=8)
def name_end(lang: str) -> str:
    """What may follow a name in ``lang``: nothing that continues the word, or one of the
    record's case endings joined by a hyphen (``-t`` in ``GDPR-t``), left out of the span."""
    endings = sorted(
        (e[1:] for e in words(lang).alias_suffixes if e.startswith("-")), key=len, reverse=True
    )
    if not endings:
        return PLAIN_END
    joined = "|".join(map(re.escape, endings))
    return rf"(?:{PLAIN_END}|(?=-(?:{joined}){PLAIN_END}))"
