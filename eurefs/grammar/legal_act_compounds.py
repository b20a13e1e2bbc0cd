"""Type words joined to another word before an act's number: ``btw-richtlijn 2006/112/EG``,
``dataskyddsförordningen (EU) 2016/679``, ``Mehrwertsteuersystemrichtlinie 2006/112/EG``.

The languages whose record says so (``Language.compound_type_words``) join any word
before a type word.  Such a compound names an act only right before its number, so
it is looked for only there: from the slash of each number in a region, back over
the number and up to two short words (domain, number marker) to a word that ends
in a type word and has letters before it.  ``re`` cannot look back over a variable
width, so the search runs over the reversed region, led by the slash, which it
finds at the speed of a character scan: one search per region, where a search
for the type words' endings at every position of every region cost several per
cent of an extract.  ``legal_acts`` then reads the citation from the compound's
first letter (``COMPOUND``, the family's pattern with any letters as the compound
prefix); ``legal_act_words`` reads the act from the type word the compound ends in,
and only with a domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.pattern_store import compile_pattern

#: The compound prefix of ``COMPOUND``: letters, with hyphens between them or at the
#: end (``Datenschutz-Grund``, ``btw-``), the shortest before a type word first.
FREE_PREFIX = r"(?:[^\W\d_]|-(?=[^\W\d_]))+?"

#: The act types whose type words compound: the ones real texts join a name to before
#: the number (``momsdirektivet``, ``dataskyddsförordningen``, ``Angemessenheitsbeschluss``).
TYPES = ("regulation", "directive", "decision")
#: Their type words in the languages that compound them.
_FORMS = [
    form
    for lang in LANGUAGES
    if lang.compound_type_words
    for act_type in TYPES
    for form in lang.act_types.get(act_type, ())
]
# (initialisms such as ``VO`` stay out: a letter before one is an abbreviation of its own,
# ``DVO``)
_WRITTEN = {form.lower() for form in _FORMS if " " not in form and len(form) >= 4}
#: ... and the initialisms, which take a name before them only after a hyphen
#: (``Fluggäste-VO 261/2004``, ``Kosmetik-VO (EG) Nr. 1223/2009``; ``legal_act_words``)
_INITIALISMS = {
    form.lower() for form in _FORMS if len(form) <= 3 and form.isalpha() and form.isupper()
}
# In the reversed text before a slash: the number's first half, a space, up to two short
# words (``(eu)``, ``nr``), a type word, then letters of the same word (no space), or an
# initialism, a hyphen and letters.
_BEFORE_NUMBER = lazy_compile(
    r"[0-9]{1,4}[ ]{1,2}(?:[^ /]{1,9}[ ]{1,2}){0,2}?(?:"
    + words(*(form[::-1] for form in _WRITTEN))
    + r"|"
    + words(*(form[::-1] for form in _INITIALISMS))
    + r"(?=-[^\W\d_]))(?:-?[^\W\d_])+"
)
#: The slash of a number written after a word and a space (``(EU) 2016/679``, not
#: ``C-741/18``, a path or a list's ``, 98/27/EC``): a region whose numbers outside its
#: matches have none is not walked.
NUMBER = compile_pattern(
    r"/(?:(?<=[^\s\d,;/(-][ ][0-9]{4}/)|(?<=[^\s\d,;/(-][ ][0-9]{2}/)"
    r"|(?<=[^\s\d,;/(-][ ][0-9]{3}/)|(?<=[^\s\d,;/(-][ ][0-9]/))"
)
_REACH = 64  # characters before a slash the compound word, domain and marker may take


def matches(
    compound: re.Pattern[str],
    text: str,
    pos: int,
    endpos: int,
    low: str,
    spans: list[tuple[int, int]],
) -> Iterator[re.Match[str]]:
    """The matches of ``compound`` (``legal_acts.COMPOUND``) in the region ``text[pos:endpos]``
    (``low``, lower-cased) that start a word ending in a type word right before the number
    of a slash outside ``spans`` (the region's other matches, in region offsets, in order).

    A slash inside a match is passed at once: in most regions every number belongs to a
    citation found from its type word, and this costs two ``find`` calls."""
    i = low.find("/")
    k, n = 0, len(spans)
    while i >= 0:
        while k < n and spans[k][1] <= i:
            k += 1
        if k < n and spans[k][0] <= i:  # inside a match: on after it
            i = low.find("/", spans[k][1])
            continue
        before = low[i - _REACH if i > _REACH else 0 : i][::-1]
        found = _BEFORE_NUMBER.match(before)
        if found is not None:
            start = i - found.end()
            m = compound.match(text, pos + start, endpos)
            # (a match taken before, ending in the compound's word: none of it)
            if m is not None and not (k and spans[k - 1][1] > start) and _free(m["cpd"]):
                yield m
                i = low.find("/", m.end() - pos)
                continue
        i = low.find("/", i + 1)


def _free(prefix: str | None) -> bool:
    """Whether a compound prefix is a word of its own, not one with an initialism inside
    (``Nicht-EU-``: a domain joined to a word before it says "non-EU", not the act)."""
    parts = (prefix or "").split("-")[1:-1]
    return not any(p.isupper() and 2 <= len(p) <= 4 for p in parts)
