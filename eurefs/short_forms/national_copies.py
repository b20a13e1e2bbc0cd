"""National copies of EU acts named after them: ``the UK GDPR`` is no mention of the GDPR.

After its withdrawal the United Kingdom kept EU acts in its own law under their names
with a mark before them (``the UK GDPR``, ``UK EMIR``): a popular name or a defined
alias after such a mark (a language's ``national_name_marks``) names the national law,
which has no EU CELEX.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.languages import LANGUAGES

_SPACES = " \t\u00a0"


@lru_cache(maxsize=1)
def _national_mark() -> tuple[re.Pattern[str], frozenset[str]] | None:
    """A national mark of any language right before a name (``UK`` in ``the UK GDPR``),
    and the last characters of the marks (a cheap first test); the acronyms of every
    language are looked for in every text, so are the marks."""
    marks = sorted(
        {m for lg in LANGUAGES for m in lg.back_references.national_name_marks},
        key=lambda m: (-len(m), m),
    )
    if not marks:
        return None
    alts = "|".join(map(re.escape, marks))
    return re.compile(rf"(?<![\w.])(?:{alts})[ \t\u00a0]+$"), frozenset(m[-1] for m in marks)


def national_copy(text: str, start: int) -> bool:
    """Whether the name at ``start`` names a national law's copy of the act (``the UK
    GDPR``, the GDPR as retained in United Kingdom law), not the act itself."""
    found = _national_mark()
    if found is None or not start or text[start - 1] not in _SPACES:
        return False
    k = start - 1
    while k and text[k] in _SPACES:
        k -= 1
    if text[k] not in found[1]:
        return False
    return found[0].search(text, max(0, start - 12), start) is not None
