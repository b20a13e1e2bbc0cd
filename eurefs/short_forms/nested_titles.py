"""Short titles with their acronym in brackets of their own, as definition sites:
``(the Waste Framework Directive (WFD))`` defines both (``definitions.paren_sites``)."""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.short_forms.alias_words import short_title

#: How far before the ``)`` that closes a definition its patterns look
WINDOW = 100
_ACRONYM = r"(?P<acronym>[A-Z][A-Za-z]{1,8}[A-Z])"


@lru_cache(maxsize=8)
def _nested_short_title(lang: str) -> re.Pattern[str] | None:
    """A short title with its acronym in brackets of its own (``(the Waste Framework
    Directive (WFD))``, as the Commission's reports write it): both are aliases."""
    short = short_title(lang)
    if short is None:
        return None
    return re.compile(short.pattern.removesuffix(r"\)\Z") + rf"\s\({_ACRONYM}\)\)\Z")


def _initials(alias: str) -> str:
    """The capitals that start the words of ``alias`` (``Waste Framework Directive`` ->
    ``WFD``)."""
    return "".join(w[0] for w in alias.split() if w[:1].isupper())


def nested_sites(text: str, lang: str, end: int) -> list[tuple[int, int, str]]:
    """The short title and its acronym closed by the ``)`` at ``end`` (none when the
    acronym is not the title's initials: ``(the Data Act (DGA))`` defines nothing)."""
    nested = _nested_short_title(lang)
    t = nested.search(text, max(0, end - WINDOW), end) if nested is not None else None
    if t is None or _initials(t.group("alias")) != t.group("acronym"):
        return []
    return [(t.start(), end, t.group("alias")), (t.start(), end, t.group("acronym"))]
