"""An act's number written with hyphens for its slashes: ``directive 93-13-CEE``.

The Court's judgments as app.livv.eu's LawLex texts print them write every slash as a
hyphen (C-482/13: ``l'interprétation de l'article 6 de la directive 93-13-CEE du Conseil,
du 5 avril 1993``; pages corpus).  Only a domain of the records' ``hyphen_domains`` after
the second hyphen makes such a number an act's (French national numbers are hyphenated
without one: ``loi n° 78-17``, ``Civ. 1e, 28 mars 2006, n° 03-17045``), and only after a
type word (``legal_act_numbers.number_pattern(dashes=True)`` in ``legal_acts``).
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Anchor
from eurefs.grammar.common import words
from eurefs.languages import LANGUAGES
from eurefs.pattern_store import compile_pattern

_DOMAINS = sorted({d for lg in LANGUAGES for d in lg.hyphen_domains}, key=len, reverse=True)
#: What follows the first hyphen of such a number: the second number, a hyphen and the
#: domain, nothing after it.
DASHED = r"[0-9]{1,4}-(?:" + words(*_DOMAINS) + r")(?![\w/-])"
#: The anchors of ``legal_acts`` for such numbers (the windows of its slash's): the second
#: hyphen before each domain, as written, searched only in a text that holds both
#: (``Anchor.rare``: most texts hold none, and a pass for every hyphen cost 1.6%).
ANCHORS = tuple(
    Anchor(compile_pattern(r"-(?<=[0-9]-)(?=" + words(d) + r"(?![\w/-]))"), 80, 30, rare=f"-{d}")
    for d in _DOMAINS
)
_IN = tuple(f"-{d.lower()}" for d in _DOMAINS)
_FIND = compile_pattern(DASHED.replace("[0-9]{1,4}-", "[0-9]-", 1), re.IGNORECASE)


def last_number(low: str) -> int:
    """Where the last act number of ``low`` (a region in lower case) is, by its last slash
    or such a number's second hyphen (-1: none): a type word after it has no number left
    in the region (``legal_acts.find_matches``)."""
    slash = low.rfind("/")
    if not any(d in low for d in _IN):
        return slash
    return max(slash, max((m.start() for m in _FIND.finditer(low)), default=-1))
