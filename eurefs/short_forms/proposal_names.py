"""Popular names that name a proposal, not the act adopted from it.

An act's popular name is often the name of the Commission's proposal first, given in
brackets in the proposal's title (``Proposal for a Regulation of the European Parliament
and of the Council on a Single Market For Digital Services (Digital Services Act) and
amending Directive 2000/31/EC``, COM(2020) 825 final): a text that cites that title
speaks of the proposal, and the name after it there is the proposal's, not Regulation
(EU) 2022/2065's (adopted two years later, its text changed).  Nor is a name right
after ``proposal for a``, ``the proposed``, ``draft`` (``the EU Commission's proposal
for a Digital Services Act``) the act's.  Neither resolves to the act: a wrong CELEX is
worse than none.

Real texts: 'Proposal for a Regulation of the European Parliament and of the Council on
a Single Market for Digital Services (Digital Services Act) and amending Directive
2000/31/EC – COM (2020) 85 ... the European Commission unveiled the Digital Services Act
(COM (2020) 825)' (sem.gov.mt, 2021); 'Main points of the EU Commission's proposal for a
Digital Services Act ... published its Proposal for a Regulation of the European
Parliament and of the Council on a Single Market For Digital Services (Digital Services
Act) and amending Directive 2000/31/EC' (kambourov.biz); 'a brief on the proposal for a
regulation on the Digital Services Act' (sem.gov.mt); EUR-Lex's page of 52020PC0825
(pages corpus).

The patterns are compiled once, at import; each is searched only in a short window
before a name: a proposal's title only before a name glossed in brackets (rare), the
words before a name only where the word right before it may end them.
"""

from __future__ import annotations

from itertools import product

from eurefs.grammar.common import first_two_chars, words
from eurefs.languages import LANGUAGES
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import Candidate

_S = r"[ \t\n]{1,3}"


def _phrases(field: str) -> list[str]:
    """The records' ``back_references.<field>``, each word's alternatives written out
    (``proposal/proposals for a`` -> ``proposal for a``, ``proposals for a``)."""
    return [
        " ".join(words_)
        for lg in LANGUAGES
        for phrase in getattr(lg.back_references, field)
        for words_ in product(*(word.split("/") for word in phrase.split(" ")))
    ]


def _pattern(phrases: list[str]) -> str:
    """``phrases`` as a trie led by their first two letters (``grammar.common``), matched
    ignoring case, their words joined by blanks (at most three)."""
    return "(?i:" + first_two_chars(*phrases) + words(*phrases).replace(r"\ ", _S) + ")"


# The words that open a proposal's title (the records' ``back_references.proposal_titles``),
# then any words but a sentence's end up to the bracket the name is glossed in (titles run
# over lines and hold no full stop).
_TITLE = compile_pattern(
    _pattern(_phrases("proposal_titles"))
    + r"[ \t\n](?:[^.;:!?()]|\((?:[A-Z]{2,5}|[A-Z][a-z]+)\)){0,300}\([^()]{0,40}$"
)
_QUOTES = '“‘"«„'
#: How far before a glossed name its proposal's title may start
TITLE_REACH = 340
_LEAD_PHRASES = _phrases("proposal_leads")
# The words right before a name that make it the proposal's (the records'
# ``back_references.proposal_leads``): ``proposal for a``, ``proposal for a regulation on
# the``, ``the proposed``, ``draft``; German ``Vorschlag für ein``, ``vorgeschlagene``,
# ``Entwurf eines``; French ``proposition de``, ``projet de``.
_BEFORE = compile_pattern(_pattern(_LEAD_PHRASES) + _S + r"$")
# Their last words, by which the word right before a name is checked first (most names
# follow ``the`` or a preposition of another phrase)
_LAST_WORDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in _LEAD_PHRASES)
#: Their first words, one of which must be near before :data:`_BEFORE` is searched
_FIRST_WORDS = sorted({phrase.split(" ", 1)[0] for phrase in _LEAD_PHRASES})
_LEADS = tuple(w for w in _FIRST_WORDS if not any(o != w and o in w for o in _FIRST_WORDS))


def in_proposal_title(text: str, start: int) -> bool:
    """Whether the name at ``start``, in brackets (right after the ``(``, or after a quote
    mark inside them), ends a proposal's title (``Proposal for a Regulation ... (Digital
    Services Act)``, ``... in the digital sector (Digital Markets Act – “DMA”)``, ``a
    proposal for a Regulation on contestable and fair markets in the digital sector
    (hereinafter “the Digital Markets Act”)``)."""
    before = text[start - 1 : start]
    if before != "(" and not (
        before in _QUOTES or (before == " " and text[start - 5 : start - 4] in _QUOTES)
    ):
        return False
    return _TITLE.search(text, max(0, start - TITLE_REACH), start) is not None


def noted(seen: dict[str, int] | None, celex: str, start: int) -> Candidate | None:
    """Note in ``seen`` (where given) that the name of the work ``celex`` stands in a
    proposal's title at ``start``, unless an earlier place is noted; no candidate (the
    name is no mention)."""
    if seen is not None:
        seen.setdefault(celex, start)
    return None


def after_proposal_words(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows the words that make it a proposal's
    (``proposal for a``, ``the proposed``, ``Vorschlag für ein``, ``proposition de``)."""
    if start < 2 or text[start - 1] not in " \t\n":
        return False
    blank = text.rfind(" ", max(0, start - 20), start - 1)
    if text[blank + 1 : start - 1].lower() not in _LAST_WORDS:
        return False
    lo = max(0, start - 70)
    low = text[lo:start].lower()  # (the pattern only where one of its words is near)
    if not any(word in low for word in _LEADS):
        return False
    return _BEFORE.search(text, lo, start) is not None


def left_out(found: list[Candidate], proposals: dict[str, int]) -> list[Candidate]:
    """``found`` but for the names of a work glossed in a proposal's title before them
    (``proposal_names``)."""
    return [
        c
        for c in found
        if c.target is None
        or c.target.celex is None
        or proposals.get(c.target.celex, c.start) >= c.start
    ]
