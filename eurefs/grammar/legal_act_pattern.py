"""The pattern of ``legal_acts``: a type word with its author, qualifiers and name, and a
number (``Commission Delegated Regulation (EU) 2019/980``, ``Richtlinie 95/46/EG``), or an
act's own number in its title (``(98/699/JI)``).

Compiled three ways: with the compound prefixes the records list (``PATTERN``), with any
word as the prefix (``COMPOUND``: ``momsdirektivet``, ``legal_act_compounds``), and both
with the numbers with hyphens for slashes (``DASHED``: ``directive 93-13-CEE``,
``hyphen_numbers``), which ``legal_acts.find_matches`` runs only in a region that may
hold one.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from eurefs.grammar import legal_act_compounds, title_numbers
from eurefs.grammar.common import SEP, first_two_chars, lazy_compile, words
from eurefs.grammar.legal_act_numbers import AFTER_TYPE, NAME_SLOT, TYPE_GAP, number_pattern
from eurefs.grammar.legal_act_words import (
    AUTHOR_LANGS,
    CPD_LANGS,
    GAP_LANGS,
    SUB_AFTER_LANGS,
    SUB_BEFORE,
    SUB_BEFORE_LANGS,
    TYPE_FORMS,
)
from eurefs.languages import LANGUAGES

_TYPE_WORDS = words(*TYPE_FORMS)
_ADJECTIVES = list(dict.fromkeys(a for lg in LANGUAGES for a in lg.type_adjectives))


def _led(items: Collection[str]) -> str:
    """The trie of ``items`` led by a look-ahead of their first two characters
    (``first_two_chars``): ``re`` enters every branch of a case-insensitive trie, and
    the pattern tries several at every start, most of which fail (after a type word,
    at the bracket of ``(EU)`` or a digit): 19% fewer instructions in its matches."""
    return first_two_chars(*items) + words(*items)


# The family's pattern, ``<CPD>`` standing for its compound prefix.
_SOURCE = (
    # not inside a word; a hyphen only after a Maltese article, alone or joined to a preposition
    # (``d-Direttiva``, ``tad-Direttiva``, ``mill-Kummissjoni``), or as a dash after a blank, a
    # bracket or another (the BFH's ``--Richtlinie 77/388/EWG--``; the view folds ``‑–—`` to ``-``)
    r"(?:(?<![\w-])|(?<=[\s(\[-]-)|(?<=\b[dlrt]-)|(?<=\b[^\W\d_][dlrt]-)|(?<=\b[^\W\d_]{2}[dlrt]-)"
    r"|(?<=\b[^\W\d_]{3}[dlrt]-))(?:"
    r"(?:(?P<author>" + _led(AUTHOR_LANGS) + r")" + SEP + r")?"
    r"(?:(?P<sub>" + first_two_chars(*SUB_BEFORE_LANGS) + SUB_BEFORE + r")" + SEP + r")?"
    r"(?P<cpd><CPD>)?"
    r"(?P<type>" + first_two_chars(*TYPE_FORMS) + _TYPE_WORDS + r")" + AFTER_TYPE
    # an adjective telling the Union's act (``règlement européen 2016/679``)
    + (r"(?:" + SEP + _led(_ADJECTIVES) + r"(?![\w]))?" if _ADJECTIVES else "")
    + r"(?:" + SEP + r"(?P<fsub>" + _led(SUB_AFTER_LANGS) + r")(?![\w]))?"
    r"(?:" + SEP + r"(?P<gap>" + _led(GAP_LANGS) + r"))?"
    # Czech puts the qualifier after the author: ``nařízení Komise v přenesené pravomoci``
    + r"(?:" + SEP + r"(?P<fsub2>" + _led(SUB_AFTER_LANGS) + r")(?![\w]))?"
    + NAME_SLOT  # (``directive TVA 2006/112/CE``, ``Règlement Bruxelles I n° 44/2001``)
    # (or a domain's bracket glued to the word, ``Регламент(ЕС)``, or its hyphen, ``VO-EG``)
    + TYPE_GAP
    + "<NUMBER>"
    # an act's own number in its title: ``(98/699/JI)``
    + r"|(?<=\()(?P<ta>[0-9]{2,4})/(?P<tb>[0-9]{1,4})/(?P<tsuf>"
    + words(*title_numbers.DOMAINS)
    + r")(?=\))"
    r")"
)  # fmt: skip


def _compile(cpd: str, dashes: bool) -> re.Pattern[str]:
    number = number_pattern("", open_domain=True, dashes=dashes)
    return lazy_compile(_SOURCE.replace("<CPD>", cpd).replace("<NUMBER>", number), re.IGNORECASE)


PATTERN = _compile(words(*CPD_LANGS), dashes=False)
#: ... with any word as the compound prefix (``momsdirektivet``: ``legal_act_compounds``)
COMPOUND = _compile(legal_act_compounds.FREE_PREFIX, dashes=False)
#: Both with the numbers with hyphens for slashes (``hyphen_numbers``), for the regions
#: that may hold one (``legal_acts.find_matches``)
DASHED = _compile(words(*CPD_LANGS), dashes=True), _compile(legal_act_compounds.FREE_PREFIX, True)
