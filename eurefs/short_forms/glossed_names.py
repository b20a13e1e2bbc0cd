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

from eurefs.languages import LANGUAGES
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import Candidate, alternation, target_of
from eurefs.short_forms.name_pinpoints import name_pinpoint_finder
from eurefs.short_forms.pinpoints import pinpoint_finder

_OPENING = compile_pattern(r"[ \t\n]{0,2}\([ \t]{0,2}")
_CLOSING = compile_pattern(r"[ \t]{0,2}\)")
# The words of a longer title the name runs on into, up to the bracket of the citation
# that glosses that title (``Data Protection Directive with Respect to Law Enforcement
# (Directive (EU) 2016/680)``): capitalised words and the small words titles link them
# with (the records' ``back_references.title_links``), at least one capitalised; no sign,
# no conjunction (``the GDPR and the Data Retention Directive (Directive 2006/24/EC)``
# leaves the GDPR a mention).
_LINK = alternation([w for lg in LANGUAGES for w in lg.back_references.title_links])
_TITLE_RUN = compile_pattern(
    r"(?:[ \t]{1,2}" + _LINK + r")*(?:[ \t]{1,2}[A-ZÀ-Ý][\w’'-]*(?:[ \t]{1,2}" + _LINK + r")*)+"
    r"[ \t\n]{1,2}\([ \t]{0,2}"
)
_TITLE_REACH = 80  # characters from the name to the citation, at most


def glossed(
    text: str, lang: str, c: Candidate, refs: MutableSequence[BaseReference], starts: list[int]
) -> bool:
    """Whether the full citation of a work follows popular name ``c`` in brackets: of the
    work it names, right after it (one mention, the citation's: if the citation has no
    pinpoint, the one written before the name is given to it, ``refs`` holding the
    citation's copy with it then); or of another work, the bracket's only words, right
    after it or after the words of a longer title the name runs on into
    (:data:`_TITLE_RUN`): the name is then part of that other work's name, no mention of
    its own (``the Data Protection Directive with Respect to Law Enforcement (Directive
    (EU) 2016/680)`` is no mention of Directive 95/46/EC)."""
    j = bisect.bisect_left(starts, c.end)
    if j >= len(refs) or c.target is None:
        return False
    right_after = _OPENING.fullmatch(text, c.end, refs[j].start) is not None
    if not right_after and (
        refs[j].start - c.end > _TITLE_REACH
        or _TITLE_RUN.fullmatch(text, c.end, refs[j].start) is None
    ):
        return False
    full = target_of(refs[j], j)
    if full is None:
        return False
    if full.key != c.target.key:  # glossed by another work's citation, the bracket's all
        return _CLOSING.match(text, refs[j].end) is not None
    if not right_after:
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
