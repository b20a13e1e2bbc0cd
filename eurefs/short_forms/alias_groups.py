"""Several aliases in one bracket, and the act that owns an alias its place alone
does not tie to one.

* Aliases joined by the language's "or" (``alias_separators``) or a comma name one act:
  ``('the Directive' or 'the UCITS Directive')``.  Aliases joined by its "and"
  (``alias_conjunctions``) name one act only when the bracket follows one act alone:
  ``Regulation (EU) 2016/679 (hereinafter "the Regulation" and "the GDPR")``; after
  two acts (``Directive 2009/72/EC and Directive 2009/73/EC ('the Electricity
  Directive' and 'the Gas Directive')``) each alias names one of them, and which one
  is not said: nothing is bound (``definitions.bind_site``).
* A quoted alias after the last act of a list (``Regulation (EU) 2019/1150 and
  Regulation (EU) 2022/2065 ("DSA")``) names that act only when it is one of the act's
  popular names or their acronym (``DSA``: Digital Services Act): a bare
  ``("the Regulation")`` there may be the title's act or any of the list.  Such a name
  after an act a title amends is that act's too (``..., amending Regulation (EU)
  2016/679 ('GDPR')``); a popular name the text gives yet another act names it when
  the bracket follows its citation at once, else (also after a list's last act) none,
  and its uses there give nothing (``definitions._named_owner``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from eurefs.models.light import BaseReference
from eurefs.short_forms.alias_words import alias_type, strip_article
from eurefs.short_forms.common import CITATION_KINDS, alternation, words
from eurefs.short_forms.definition_words import quotation_marks
from eurefs.short_forms.name_mentions import initials_of
from eurefs.short_forms.popular_names import PopularName, load, names_for

_WINDOW = 100


@lru_cache(maxsize=8)
def _joined_alias(lang: str) -> re.Pattern[str] | None:
    """A quoted alias followed by "or", "and" (or a comma) that ends where the next
    alias of the same bracket starts (``(«η οδηγία» ή «ΟΠΕ»)``, ``('the Directive' or
    'the UCITS Directive')``), matched backwards on a short window."""
    w = words(lang)
    joins = [*w.alias_separators, *w.alias_conjunctions]
    if not joins:
        return None
    op, cl = quotation_marks(lang)
    # an article may lead the next alias: ``(ci-après le « RGPD » ou le « règlement »)``
    art = rf"(?:{alternation(list(w.articles))}[ \u00a0]?)?" if w.articles else ""
    return re.compile(
        rf"[{op}][ \u00a0]?(?P<alias>[^{op}{cl}()]{{1,80}}?)[ \u00a0]?[{cl}]"
        rf"(?:\s*,)?\s+{alternation(joins)}\s+{art}\Z|"
        rf"[{op}][ \u00a0]?(?P<alias2>[^{op}{cl}()]{{1,80}}?)[ \u00a0]?[{cl}]\s*,\s*\Z"
    )


@lru_cache(maxsize=8)
def _closed_definition(lang: str) -> re.Pattern[str]:
    """A bracket ending the text that holds a closing quotation mark or the language's
    definition intro: an alias's definition (``("the Framework Directive")``, ``(hierna: de
    Vogelrichtlijn)``)."""
    _, cl = quotation_marks(lang)
    intros = words(lang).definition_intros
    intro = rf"|[^()]*\b{alternation(list(intros))}\b[^()]*" if intros else ""
    return re.compile(rf"\((?:[^()]*[{cl}][^()]*{intro})\)\s*\Z")


def after_definition(text: str, at: int, lang: str) -> bool:
    """Whether a bracket defining an alias closes right before ``at``: the "and" (or comma)
    after it joins two citations each defined on its own (``Directive 2000/78/EC ... ("the
    Framework Directive") and Directive 2003/88/EC ... ("the WTD")``), not two acts of one
    title (``repealing Directive 95/46/EC and ...``)."""
    return _closed_definition(lang).search(text, max(0, at - 200), at) is not None


def earlier_aliases(text: str, lang: str, at: int, lo: int = 0) -> tuple[list[str], int]:
    """The aliases written before the one at ``at`` in the same bracket, joined by "or",
    "and" or a comma (in text order), and where the first of them starts (``lo``: none
    starts before it; the bracket's ``(`` ends there)."""
    pattern = _joined_alias(lang)
    aliases: list[str] = []
    while pattern is not None and len(aliases) < 4:
        m = pattern.search(text, max(lo, at - _WINDOW), at)
        if m is None:
            break
        aliases.insert(0, m.group("alias") or m.group("alias2"))
        at = m.start()
    return aliases, at


@lru_cache(maxsize=8)
def _conjoined(lang: str) -> re.Pattern[str] | None:
    """A closing quotation mark, the language's "and", and the next alias's opening mark."""
    w = words(lang)
    if not w.alias_conjunctions:
        return None
    op, cl = quotation_marks(lang)
    art = rf"(?:{alternation(list(w.articles))}[ \u00a0]?)?" if w.articles else ""
    return re.compile(rf"[{cl}]\s+{alternation(list(w.alias_conjunctions))}\s+{art}[{op}]")


@lru_cache(maxsize=8)
def _quoted_aliases(lang: str) -> re.Pattern[str]:
    op, cl = quotation_marks(lang)
    return re.compile(rf"[{op}][ \u00a0]?(?P<alias>[^{op}{cl}()]{{1,80}}?)[ \u00a0]?[{cl}]")


def conjoined_aliases(text: str, lang: str, start: int, end: int) -> list[str] | None:
    """The quoted aliases of the bracket ``text[start:end]`` when two of them are joined
    by the language's "and" (else None: the bracket's aliases name one act)."""
    # a literal search first (most brackets hold one alias, and no "and")
    for conjunction in words(lang).alias_conjunctions:
        if text.find(conjunction, start, end) >= 0:
            break
    else:
        return None
    pattern = _conjoined(lang)
    if pattern is None or pattern.search(text, start, end) is None:
        return None
    return [m.group("alias") for m in _quoted_aliases(lang).finditer(text, start, end)]


def only_citations_between(refs: list[BaseReference], starts: list[int], i: int, at: int) -> bool:
    """Whether only OJ, CELEX or ELI citations stand between ``refs[i]`` and ``at``
    (no other act of a list or a title, passed over to reach it)."""
    return all(refs[k].kind in CITATION_KINDS for k in range(i + 1, bisect.bisect_left(starts, at)))


def owns_all(
    refs: list[BaseReference], starts: list[int], i: int, at: int, aliases: list[str], lang: str
) -> bool:
    """Whether ``refs[i]`` alone owns the aliases of a bracket at ``at`` joined by "and":
    no other act passed over to reach it, and none of the aliases of another type."""
    own = getattr(refs[i], "act_type", None)
    types = {alias_type(strip_article(" ".join(a.split()), lang), lang)[0] for a in aliases}
    return not types - {None, own} and only_citations_between(refs, starts, i, at)


def last_cited(refs: list[BaseReference], starts: list[int], at: int) -> int | None:
    """The index of the last legal act cited before ``at`` (past its OJ citation), or None."""
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and refs[i].kind in CITATION_KINDS:
        i -= 1
    if i < 0 or refs[i].kind != "legal_act" or refs[i].end > at:
        return None
    return i


@lru_cache(maxsize=1)
def _by_celex() -> dict[str, PopularName]:
    return {entry.celex: entry for entry in load()}


def names_work(alias: str, celex: str | None, lang: str) -> bool:
    """Whether ``alias`` is a popular name of the work ``celex`` in ``lang``, or an acronym
    (three characters or more) of one of its names in any language, and no other work's
    name."""
    entry = _by_celex().get(celex) if celex else None
    if entry is None:
        return False
    named = names_for(lang).get(alias)
    if named is not None:
        return named.celex == celex
    return len(alias) >= 3 and alias.isalnum() and alias[0].isupper() and of_any_name(alias, entry)


def popular_celex(alias: str, lang: str) -> str | None:
    """The CELEX of the work ``alias`` is a popular name of in ``lang`` (None: no name)."""
    named = names_for(lang).get(alias)
    return None if named is None else named.celex


def of_any_name(acronym: str, entry: PopularName) -> bool:
    """Whether ``acronym`` is made of the initials of one of ``entry``'s names."""
    return any(initials_of(acronym, name) for names in entry.names.values() for name in names)
