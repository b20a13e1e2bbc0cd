"""The ends of text that no pinpoint ends in, told by their last three characters: a word of
two ASCII letters or more and a blank (``provisions ``, ``infringement ``), whose last letter
ends no roman numeral, point letter, ``f``/``ff`` or inserted article's word
(``pinpoint_edges.ends_as_pinpoint``).  Most texts before a back-reference end so (``the
provisions of``, ``the rules of``): a slice and a set lookup answer them, where the walk
over the text's last characters takes ~5 k instructions (~25 bytecodes and a call).
"""

from __future__ import annotations

from collections.abc import Iterable
from string import ascii_letters

from eurefs.grammar.pinpoint_numbers import NUMBER_SUFFIXES

#: What a roman numeral (``IIIa``) or a point's letter (``Buchstabe a``) may end in: a
#: word ending so is walked back over (``pinpoint_edges.ends_as_pinpoint``).
ROMAN_ENDS = frozenset("IVXLCabcdefgh")
#: The last two letters of the inserted articles' words (``bis``, ``quinquies``: ``is``, ``es``).
_SUFFIX_TAILS = frozenset(w[-2:] for w in NUMBER_SUFFIXES)


def _plain(tail: str) -> bool:
    """Whether a word ending in the two letters ``tail`` ends no pinpoint whatever precedes
    them (see the module): its last letter ends no roman numeral nor point letter (``f``,
    ``ff`` among them) and the two end no inserted article's word; or the last may end a
    roman numeral but the letter before it may not, so that the numeral would be that
    letter alone, inside a word (``article``, ``In``)."""
    if tail[1] in ROMAN_ENDS:
        return tail[0] not in ROMAN_ENDS
    return tail not in _SUFFIX_TAILS


#: Every end ``XY `` (two ASCII letters, a blank) after which no pinpoint ends.
PLAIN_ENDS = frozenset(
    f"{a}{b} " for a in ascii_letters for b in ascii_letters if _plain(f"{a}{b}")
)


def plain_ends(word_ends: Iterable[str]) -> frozenset[str]:
    """:data:`PLAIN_ENDS` less the ends of the words ``word_ends`` (an ordinal
    subdivision's, ``paragraph``, which another test takes; ``pinpoint_edges.ends_in_word``)."""
    lasts = {w[-2:] for w in word_ends}
    if any(len(w) < 2 for w in lasts):
        return frozenset()  # (a word of one letter: any word's end)
    return frozenset(t for t in PLAIN_ENDS if t[:2] not in lasts)
