"""Whether the words at a place start an act's citation.

Croatian, Slovenian, Slovak, Czech and Polish may name a national author in the genitive
right after an act's number, with no link (Croatian ``Uredba 2016/679 Vlade Republike
Hrvatske``, the government's), so a capitalised word there was read as one.  Acts cited
one after the other by their bare number, one a line as lists and tables set them, put
the next act's type word there (``Uredba 2016/679`` then ``Uredba 2017/1001``): read as
the first act's national author, it dropped every act but the last
(``grammar/national_acts.authored_at``).  The words that start a citation are any
language's type words (a text may cite an act in another language next; those of two
words read whole), or a subtype of one word and a type word (``Provedbena uredba``); a
subtype's word alone may name a body (Greek ``της Εκτελεστικής Επιτροπής``, an executive
committee's).
"""

from __future__ import annotations

import re

from eurefs.grammar.legal_act_words import SUB_BEFORE_LANGS, TYPE_FORMS

#: the type words of one or two words, and the subtypes of one word before them (lower
#: case); a type word of two is read whole (``wspólne stanowisko``: ``Wspólnego Komitetu``
#: is a joint committee's name)
_TYPE_WORDS = frozenset(TYPE_FORMS)
_SUBTYPE_WORDS = frozenset(w for w in SUB_BEFORE_LANGS if " " not in w)
_WORDS = re.compile(r"[^\W\d_]+(?:[ ][^\W\d_]+){0,2}")


def starts_a_citation(region: str, at: int) -> bool:
    """Whether the words at ``at`` in ``region`` start an act's citation: a type word
    (``Uredba``, ``Directive``, ``wspólne stanowisko``), or a subtype and a type word
    (``Provedbena uredba``)."""
    m = _WORDS.match(region, at)
    if m is None:
        return False
    words = m.group().lower().split(" ")
    if words[0] in _SUBTYPE_WORDS:
        words = words[1:]
    return bool(words) and (words[0] in _TYPE_WORDS or " ".join(words[:2]) in _TYPE_WORDS)


__all__ = ["starts_a_citation"]
