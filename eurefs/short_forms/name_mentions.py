"""Whether a popular name's place makes it a mention of its work: the words after it that
make it another act's name (:data:`MODIFIES`), and a name in brackets that glosses the
acronym before it (:func:`glossed_acronym`).

``DORA (Digital Operational Resilience Act)``, ``DSA (Digital Services Act)``: the acronym
is the mention, the name in brackets says what it stands for, as ``the Digital Services
Act (DSA)`` says it the other way round (``name_acronyms``).  Only an acronym of the
bracket's name is read so (:func:`initials_of`), and not one that is a popular name itself
(``GDPR (General Data Protection Regulation)``: the acronym's own scan finds it); any other
name in brackets right after a word is defined there (``(Visakodex)`` after a title): no
mention.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from eurefs.data import popular_name_entries
from eurefs.pattern_store import compile_pattern

# A name followed by one of these words names another act (``MiFID II Delegated
# Regulation``, ``CBAM Implementing Regulation``; the technical standards made under it:
# ``EMIR Reporting Technical Standards``, the name a public repository's table of EU acts,
# legislation-metadata.js, gives Implementing Regulation (EU) 2022/1860), or the act's
# proposal or draft, also after a second name (``The European Commission unveiled the
# Digital Services Act and Digital Markets Act proposals``, zephtech.net; ``The Artificial
# Intelligence Act draft combines a risk-based approach``, sipoch.com): it is not a
# mention of the named one.
MODIFIES = compile_pattern(
    r"[ \t\n]{1,3}(?:Delegated|Implementing|Regulations?|Directives?|Decisions?|RTS|ITS|Level 2)\b"
    r"|[ \t\n]{1,3}(?:[A-Z][a-z]+[ \t\n]{1,3}){0,2}(?:Technical[ \t\n]{1,3})?Standards\b"
    r"|(?:[ \t\n]{1,3}(?:and|&)[ \t\n]{1,3}(?:the[ \t\n]{1,3})?"
    r"[A-Z][\w-]*(?:[ \t\n][A-Z][\w-]*){0,4})?[ \t\n]{1,3}(?:[Pp]roposals?|[Dd]rafts?)\b"
)
# A revision's mark: a Roman numeral from II to VIII or a number with a point; not I (English
# 'under the GDPR I would'), IX or X ('the DSA X'), nor a Hungarian ordinal's dot before a
# word (``a CRR III. része``, its Part III)
_REVISION = compile_pattern(
    r"[ \u00a0](?:I{2,3}|IV|VI{0,3}|[1-9]\.[0-9])(?!\w|[.,][0-9]|\.[ \u00a0][a-zß-öø-ÿőű])"
)
_REVISION_STARTS = frozenset(f"{blank}{c}" for blank in " \u00a0" for c in "IV123456789")
# a name of a numbered revision: the name it starts with, the number
_NUMBERED = re.compile(r"(.*\S)[ \u00a0](?:[IVX]{1,4}|[0-9]{1,2}(?:\.[0-9])?)(?:[ -]|$)")


@lru_cache(maxsize=1)
def numbered_heads() -> frozenset[str]:
    """The names that the popular names of numbered revisions start with, in every
    language: ``CRR`` (``CRR II``, ``CRR III``), ``EMIR`` (``EMIR 3``), ``MiFID``
    (``MiFID II``), ``Rome`` (``Rome I``)."""
    return frozenset(
        m.group(1)
        for entry in popular_name_entries()
        for names in entry["names"].values()
        for name in names
        if (m := _NUMBERED.match(name)) is not None
    )


def revision_after(text: str, end: int, name: str) -> bool:
    """Whether a revision's mark follows the name or alias ``name`` ending at ``end`` and
    the popular names hold numbered revisions of that name: the mark makes it the
    revision's (``Die CRR III-Reform``, Regulation (EU) 2024/1623, not CRR; ``EMIR 2.2``,
    Regulation (EU) 2019/2099; ``MiFID II`` after ``("MiFID")``).  Where no revision is
    named so, a numeral after a name is its chapter (``GDPR III, Rights of the data
    subject``, ``Saskaņā ar VDAR III nodaļu``): no mark."""
    return (
        text[end : end + 2] in _REVISION_STARTS
        and name in numbered_heads()
        and _REVISION.match(text, end) is not None
    )


# An acronym right before the bracket a name is in (``DSA (``): capitals and digits, small
# letters inside (``MiCAR``), not joined to a word before it
_ACRONYM_BEFORE = compile_pattern(r"(?<![\w-])[A-Z][A-Za-z0-9]{1,10}[A-Z0-9][ \u00a0]\(\Z")
_WORDS = compile_pattern(r"[^\W_]+")


def glossed_acronym(
    text: str, start: int, end: int, name: str, names: Container[str]
) -> tuple[int, int] | None:
    """The span of the acronym the name ``name`` at ``start``-``end``, in brackets, glosses
    (``DSA (Digital Services Act)``), or None: no acronym of it right before the bracket,
    an acronym that is a popular name itself (in ``names``: the language's names), or the
    bracket followed by a word that makes it another act's (:data:`MODIFIES`: ``DSA
    (Digital Services Act) proposal``)."""
    m = acronym_before(text, start)
    if m is None:
        return None
    acronym = m.group()[:-2]
    if acronym in names or not initials_of(acronym, name) or MODIFIES.match(text, end + 1):
        return None
    return m.start(), m.start() + len(acronym)


def acronym_before(text: str, start: int) -> re.Match[str] | None:
    """The acronym and the bracket right before ``start`` (``DSA (``), or None."""
    return _ACRONYM_BEFORE.search(text, max(0, start - 16), start)


def initials_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words, in order (case
    ignored): every word that starts with a capital, and the first and the last, gives
    its initial (a word in capitals or digits may give itself whole: ``AI Act``,
    ``AIA``); the other words may give theirs or nothing (``Markets in Crypto-Assets
    Regulation``: ``MiCAR``, ``MCAR``)."""
    parts = _WORDS.findall(name)
    target = acronym.upper()
    if not parts or not target.isalnum():
        return False
    # reach: the lengths of the acronym's beginnings the words read so far can make
    reach = {0}
    for i, part in enumerate(parts):
        needed = i in (0, len(parts) - 1) or part[0].isupper()
        gives = {part[0].upper()}
        if part.isupper() or part.isdigit():
            gives.add(part.upper())
        nxt = set() if needed else set(reach)
        for k in reach:
            nxt.update(k + len(g) for g in gives if target.startswith(g, k))
        reach = nxt
        if not reach:
            return False
    return len(target) in reach
