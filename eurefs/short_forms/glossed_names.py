"""A popular name glossed by the full citation of the same work, in brackets right after it
(``the Water Framework Directive (2000/60/EC)``, ``Article 13 of the GDPR (Regulation (EU)
2016/679)``): one mention, the citation.  The name gives no short form; a pinpoint written
before the name is the citation's, where the citation has none of its own.

Real texts: ``This notice is given under Article 13 of the GDPR (Regulation (EU)
2016/679).``, ``We notify you of a personal data breach pursuant to Article 33 of the GDPR
(Regulation (EU) 2016/679).`` (a privacy notice and a breach notification template in public
repositories, found with find_string); Dutch ``op basis van de volgende rechtsgrondslagen
conform artikel 6 AVG (Verordening (EU) 2016/679):`` (a Dutch privacy statement in a public
repository, found with find_string).
"""

from __future__ import annotations

import bisect
from collections.abc import MutableSequence

from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import Candidate, target_of
from eurefs.short_forms.name_pinpoints import name_pinpoint_finder
from eurefs.short_forms.pinpoints import pinpoint_finder

_OPENING = compile_pattern(r"[ \t\n]{0,2}\([ \t]{0,2}")
_CLOSING = compile_pattern(r"[ \t]{0,2}\)")


def glossed(
    text: str, lang: str, c: Candidate, refs: MutableSequence[BaseReference], starts: list[int]
) -> bool:
    """Whether the full citation of the work popular name ``c`` names follows it in
    brackets; if so, and the citation has no pinpoint, the one written before the name is
    given to it (``refs`` holds the citation's copy with it then)."""
    j = bisect.bisect_left(starts, c.end)
    if j >= len(refs) or c.target is None or not _OPENING.fullmatch(text, c.end, refs[j].start):
        return False
    full = target_of(refs[j], j)
    if full is None or full.key != c.target.key:
        return False
    fields = vars(refs[j])
    if "pinpoint" in fields and fields["pinpoint"] is None:
        pinpoint = (
            c.pinpoint or pinpoint_finder(lang)(text, c.start) or _after(text, lang, c, refs[j])
        )
        if pinpoint is not None:
            refs[j] = refs[j].model_copy(update={"pinpoint": pinpoint})
    return True


def _after(text: str, lang: str, c: Candidate, full: BaseReference) -> str | None:
    """The pinpoint written after the bracket of the citation, where the language writes
    one after a popular name (``GDPR (Regulation (EU) 2016/679) Article 20.``,
    ``name_pinpoints``)."""
    close = _CLOSING.match(text, full.end)
    find = name_pinpoint_finder(lang)
    return None if close is None or find is None else find(text, c.start, close.end())
