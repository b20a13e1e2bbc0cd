"""Decisions of bodies set up by international agreements.

``EEA Joint Committee Decision No 123/2019`` and ``Decision No 1/95 of the
EC-Turkey Association Council`` are numbered like EU decisions but are not
sector-3 acts: no CELEX can be derived from the number, so none is given.  The
body is part of the reference: it is inside the span and the normal form
(``Decision No 123/2019`` alone would name another act).  The words are the
languages' ``agreement_bodies.before``/``agreement_bodies.after`` patterns.
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Context
from eurefs.grammar.citation_tails import ends_a_citation
from eurefs.grammar.common import celex_links, collapse_spaces, lazy_compile
from eurefs.languages import LANGUAGES
from eurefs.models.light import BaseReference, LegalActRef

_BEFORE = {
    lg.code: lazy_compile(before) for lg in LANGUAGES if (before := lg.agreement_bodies.before)
}
#: Further numbers the list did not take (``bis 3/2000, 5/2000 und 8/2000``) before a body.
_NUMBER_RUN = lazy_compile(r"(?:[ ]?[,;]?[ ]?(?:[^\W\d_]{1,5}[ ])?[0-9]{1,4}/[0-9]{1,4}(?![\w/]))+")
#: Earlier numbers of a list written number first, between the body and the last member
#: (Hungarian ``a Társulási Tanács 2/76 és 1/80 határozata``), matched on the text before
#: the member *reversed* (`` sé 67/2``): one match from its start, not a search.
_NUMBER_RUN_BEFORE = lazy_compile(
    r"(?:(?:[ ][^\W\d_]{1,5}){0,2}[ ][,;]?[ ]?[0-9]{1,4}/[0-9]{1,4}(?![\w/]))+"
)
_MEMBER = lazy_compile(r"(?<![\w/])[0-9]{1,4}/[0-9]{1,4}(?![\w/])")
_NUMBER_FIRST = frozenset(lg.code for lg in LANGUAGES if lg.number_before_type)
_AFTER = {lg.code: lazy_compile(after) for lg in LANGUAGES if (after := lg.agreement_bodies.after)}
#: Bodies on no list, read by their form (``of the EU-Korea Trade Committee``).
_ANY_BEFORE = {
    lg.code: lazy_compile(lg.agreement_bodies.any_before)
    for lg in LANGUAGES
    if lg.agreement_bodies.any_before
}
_ANY_AFTER = {
    lg.code: lazy_compile(lg.agreement_bodies.any_after)
    for lg in LANGUAGES
    if lg.agreement_bodies.any_after
}
#: The institutions of each language with a pattern for any body, case-folded
#: (``council``, ``of the european parliament and of the council``): a name the
#: pattern reads that one of them is or ends is the EU author, not a body.
_INSTITUTIONS = {
    lg.code: tuple(
        {collapse_spaces(a).casefold() for a in (*lg.authors, *lg.author_phrases,
                                                  *lg.back_references.authors)}
    )
    for lg in LANGUAGES
    if lg.agreement_bodies.any_before or lg.agreement_bodies.any_after
}  # fmt: skip


def is_institution(name: str, lang: str) -> bool:
    """Whether ``name``, read as a body's, is one of the language's EU institutions."""
    folded = collapse_spaces(name).casefold()
    return any(i == folded or i.endswith(" " + folded) for i in _INSTITUTIONS[lang])


def _before(lang: str, before: str) -> re.Match[str] | None:
    """A body (listed, else of any name) ending ``before``, the text before the decision."""
    listed = _BEFORE.get(lang)
    b = listed.search(before) if listed is not None else None
    if b is None and lang in _ANY_BEFORE:
        b = _ANY_BEFORE[lang].search(before)
        if b is not None and is_institution(b.group("body"), lang):
            return None
    return b


def _after(lang: str, text: str, pos: int) -> re.Match[str] | None:
    """A body (listed, else of any name) just after ``text[:pos]``, a decision's number."""
    listed = _AFTER.get(lang)
    a = listed.match(text, pos, pos + 120) if listed is not None else None
    if lang in _ANY_AFTER:
        # also where a body is listed: a name may go on (``Specialised Committee on
        # Trade in Goods``)
        b = _ANY_AFTER[lang].match(text, pos, pos + 120)
        if b is not None and (a is None or b.end() > a.end()):
            return a if is_institution(b.group("body"), lang) else b
    return a


def _no_celex() -> dict[str, object]:
    """What a decision of an agreement body does not have (new lists for each copy)."""
    return celex_links(None)


class Body:
    """An agreement body around a decision: the decision's new span and the body's name.

    ``prefix`` says whether the body stands before the type word (else after the number);
    ``members``: the spans of the earlier numbers of a list written number first between
    the body and the decision (``a Társulási Tanács 2/76 és 1/80 határozata``: ``2/76``).
    """

    __slots__ = ("end", "members", "name", "prefix", "start")

    def __init__(
        self,
        start: int,
        end: int,
        name: str,
        prefix: bool,
        members: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.start, self.end, self.name, self.prefix = start, end, name, prefix
        self.members = members


def find(m: re.Match[str], ctx: Context, start: int, lang: str) -> Body | None:
    """The agreement body of the decision matched by ``m`` (its span from ``start``), if any.

    The body before is looked for before the type word (or before the number, where
    it comes first), so an institution word the pattern took as author
    (``Association Council Decision``) is read as part of it.
    """
    if m.group("dom") or m.group("suf"):
        return None  # an EU domain in the number (``2010/427/EU``): an EU act, whatever follows
    head = min(m.start("type"), m.start("num"))
    before = ctx.before(head, 80)
    b = _before(lang, before)
    if b is not None and ends_a_citation(before, b.start("body")):
        # ``Decision No 3/80 of the Association Council`` then ``Decision No 2/76 of the
        # Association Council`` (a list, one a line): the body before is the previous
        # decision's; this one's own follows it
        a = _after(lang, m.string, m.end())
        if a is not None:
            return Body(start, a.end(), a.group("body"), prefix=False)
    if b is not None:
        body_start = head - (len(before) - b.start("body"))
        if b.groupdict().get("verb"):  # ``the Joint Committee adopted Decision No 1/95``
            return Body(start, m.end(), b.group("body"), prefix=True)  # the body as subject
        if body_start < 0:  # the body lies before the region: keep the span, drop the CELEX
            return Body(start, m.end(), b.group("body"), prefix=False)
        return Body(min(start, body_start), m.end(), b.group("body"), prefix=True)
    a = _after(lang, m.string, m.end())
    if a is not None:
        return Body(start, a.end(), a.group("body"), prefix=False)
    if lang in _NUMBER_FIRST:  # the last member of a list after the body: its own span,
        run = _NUMBER_RUN_BEFORE.match(before[::-1])  # the body in the normal form
        cut = len(before) - run.end() if run is not None else 0
        b = _before(lang, before[:cut]) if cut > 1 and before[cut - 2].isalpha() else None
        if b is not None:
            offset = head - len(before)  # region offset of ``before[0]``
            members = tuple(
                (offset + n.start(), offset + n.end())
                for n in _MEMBER.finditer(before, cut)
                if offset + n.start() >= 0
            )
            return Body(start, m.end(), b.group("body"), prefix=True, members=members)
    return None


def apply(ref: LegalActRef, body: Body, text: str) -> LegalActRef:
    """The decision ``ref`` of an agreement body: the body in span and normal form, no CELEX."""
    normalized = ref.normalized
    if body.prefix:
        normalized = f"{body.name} {normalized}"
    elif body.end > ref.end:
        normalized = f"{normalized} {collapse_spaces(text[ref.end : body.end])}"
    return ref.model_copy(
        update={
            "start": body.start, "end": body.end, "text": text[body.start : body.end],
            "normalized": normalized, "author": body.name, **_no_celex(),
        }
    )  # fmt: skip


def of_list(refs: list[LegalActRef], body: Body | None, text: str, lang: str) -> list[LegalActRef]:
    """A list of decisions with the body before the first or after the last member.

    ``Associeringsrådets beslut nr 2/76 och 1/80``, ``Decisions No 2/76 and No 1/80 of
    the Association Council``: every member is the body's decision (no CELEX); the
    first (before) or last (after) member's span takes in the body.
    """
    if any(r.domain for r in refs):
        return refs  # an EU domain in the list: EU acts
    last = refs[-1]
    if body is None:
        if lang not in _AFTER and lang not in _ANY_AFTER:
            return refs
        a = _after(lang, text, last.end)
        run = None if a is not None else _NUMBER_RUN.match(text, last.end, last.end + 200)
        if run is not None:  # ``Nr. 1/2000 bis 3/2000, 5/2000 des Gemeinsamen EWR-Ausschusses``
            a = _after(lang, text, run.end())
        if a is None or (run is None and len(refs) < 2):
            return refs
        name = a.group("body")
        tail = collapse_spaces(text[a.start() : a.end()]).strip()
        ends = [r.end for r in refs[:-1]] + [last.end if run is not None else a.end()]
        members = [
            apply(r, Body(r.start, e, name, False), text) for r, e in zip(refs, ends, strict=True)
        ]
        return [
            r
            if r.end > refs[i].end
            else r.model_copy(update={"normalized": f"{r.normalized} {tail}"})
            for i, r in enumerate(members)
        ]
    # the body before the first member: each member's normal form names it
    return [apply(refs[0], body, text)] + [
        apply(r, Body(r.start, r.end, body.name, prefix=body.prefix), text) for r in refs[1:]
    ]


class BodyDecisions:
    """Decisions met so far in a text, to read later citations of their numbers by.

    After ``Decision No 1/80 of the Association Council``, a later ``Decision No 1/80``
    of the same text names the same decision: it gets the body as ``author`` (and no
    CELEX, which a number read year first may have given).  After an EU decision
    numbered number first (``Decision No 1082/2013/EU``, or without its domain with the
    legislator named: see ``legislator``), a later ``Decision No 1082/2013`` (a short
    form without domain, which alone gives no CELEX) names it: it gets its CELEX.  Only
    earlier citations count (as for defined terms), so a text read in chunks
    (``eurefs.iter_extract``) carries one instance from chunk to chunk and gets what the
    whole text gets.  A number with an EU domain is left alone.
    """

    __slots__ = ("_bodies", "_eu")

    def __init__(self) -> None:
        self._bodies: dict[tuple[str, int | None, str | None], str] = {}
        self._eu: dict[tuple[str, int | None, str | None], LegalActRef] = {}

    def apply(self, refs: list[BaseReference]) -> list[BaseReference]:
        """``refs`` (in text order) with decisions cited again read as the earlier ones."""
        first = 0
        if not self._bodies and not self._eu:  # the common case: nothing to read by yet
            first = next((i for i, r in enumerate(refs) if _remembered(r)), len(refs))
            if first == len(refs):
                return refs
        out = refs[:first]
        for r in refs[first:]:
            if type(r) is LegalActRef and r.act_type == "decision" and r.number:
                r = self._read(r)
            out.append(r)
        return out

    def _read(self, r: LegalActRef) -> LegalActRef:
        """Decision ``r`` read by the decisions met before it (and remembered for later)."""
        key = (r.lang, r.year, r.number)
        if r.number_first and r.celex:  # an EU decision numbered number first
            self._eu.setdefault(key, r)
        if r.domain:
            return r
        if r.celex is None and r.author:
            self._bodies.setdefault(key, r.author)
            return r
        author = self._bodies.get(key)  # an EU decision's number, or one without author
        if author is not None:
            return r.model_copy(update={"author": author, **_no_celex()})
        eu = self._eu.get(key)
        if r.celex is None and r.number_first and eu is not None:  # ``Decision No 1082/2013``
            return r.model_copy(
                update={
                    "celex": eu.celex, "celex_candidates": eu.celex_candidates[:],
                    "eli": eu.eli, "cellar_ids": eu.cellar_ids[:], "eurlex_url": eu.eurlex_url,
                }
            )  # fmt: skip
        return r


def _remembered(r: BaseReference) -> bool:
    """Whether a later citation may be read by ``r``: a body's decision, or an EU
    decision numbered number first."""
    if type(r) is not LegalActRef or r.act_type != "decision" or not r.number:
        return False
    return bool(r.celex and r.number_first) or (r.celex is None and bool(r.author) and not r.domain)


def cited_again(refs: list[BaseReference]) -> list[BaseReference]:
    """``refs`` of one text with decisions of a body cited again read as the body's."""
    return BodyDecisions().apply(refs)
