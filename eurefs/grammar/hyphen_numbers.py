"""An act's number written with hyphens for its slashes: ``directive 93-13-CEE``.

The Court's judgments as app.livv.eu's LawLex texts print them write every slash as a
hyphen (C-482/13: ``l'interprétation de l'article 6 de la directive 93-13-CEE du Conseil,
du 5 avril 1993``; pages corpus).  Only a domain of the records' ``hyphen_domains`` after
the second hyphen makes such a number an act's (French national numbers are hyphenated
without one: ``loi n° 78-17``, ``Civ. 1e, 28 mars 2006, n° 03-17045``), and only after a
type word (``legal_act_numbers.number_pattern(dashes=True)`` in ``legal_acts``).

Few texts hold one: ``legal_acts`` runs its patterns with the hyphens' branch only in a
region that may hold one (:data:`HYPHENS`), where the branch may match; elsewhere the
patterns without it find the same matches, for less.
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Anchor
from eurefs.grammar.common import words
from eurefs.grammar.finite_strings import IGNORECASE_ASCII
from eurefs.languages import LANGUAGES
from eurefs.pattern_store import compile_pattern

_DOMAINS = sorted({d for lg in LANGUAGES for d in lg.hyphen_domains}, key=len, reverse=True)
#: What follows the first hyphen of such a number: the second number, a hyphen and the
#: domain, nothing after it.
DASHED = r"[0-9]{1,4}-(?:" + words(*_DOMAINS) + r")(?![\w/-])"


def _anchor(domain: str) -> Anchor:
    """The anchor of ``legal_acts`` for such numbers with ``domain`` (the windows of its
    slash's, 80 before and 30 after the second hyphen): the domain's first letter as
    written, the rest of the domain after it and a number and the hyphen before it.  Led by
    that letter, it joins the search of the other anchors led by it (``anchor_scan``: for
    ``C``, the OJ's series and the cases'), where it costs a try at each ``C`` (its
    look-ahead first: most fail at their first letter); searched on its own, or tested
    first as a rare string (``Anchor.rare``), it was a pass over every text for a form few
    hold (3.4M instructions a MB of the benchmark)."""
    head = re.escape(domain[0])
    source = head + "(?=" + re.escape(domain[1:]) + r"(?![\w/-]))(?<=[0-9]-" + head + ")"
    return Anchor(compile_pattern(source), before=81, after=29)


ANCHORS = tuple(_anchor(d) for d in _DOMAINS)
_FIND = compile_pattern(DASHED.replace("[0-9]{1,4}-", "[0-9]-", 1), re.IGNORECASE)
_IN = tuple(f"-{d.lower()}" for d in _DOMAINS)
#: What a region lower-cased holds (one of them) where such a number may be in it: a hyphen
#: and a domain.  Where it holds none, the hyphens' branch of a number
#: (``number_pattern(dashes=True)``) fails at every position of the region, and a pattern
#: without it gives the same matches (``legal_acts.find_matches``).  Where ``str.lower``
#: may miss a domain that ``re.IGNORECASE`` reads (a letter outside ASCII, or one of
#: ``IGNORECASE_ASCII``'s: the ``k`` of a Kelvin sign), the empty string, which every
#: region holds.
HYPHENS = (
    _IN
    if "".join(_IN).isascii()
    and not re.search("[" + "".join(IGNORECASE_ASCII) + "]", "".join(_IN), re.IGNORECASE)
    else ("",)
)


def last_number(low: str) -> int:
    """Where the last act number of ``low`` (a region in lower case that holds one of
    ``HYPHENS``) is, by its last slash or such a number's second hyphen (-1: none): a type
    word after it has no number left in the region (``legal_acts.find_matches``)."""
    slash = low.rfind("/")
    return max(slash, max((m.start() for m in _FIND.finditer(low)), default=-1))
