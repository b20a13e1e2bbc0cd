"""A decision of an EU body that is no institution, named in full before the type word:
``European Data Protection Board Decision 1/2021``, Finnish ``Euroopan lääkeviraston
päätös N:o 1/2010`` (the European Medicines Agency's).

Such a body (a board, an agency, an authority) numbers its own decisions; they are no
acts of the Official Journal's series, so the number gives no CELEX (a year-first number
without domain would give another act's: ``Decision 2021/1``).  Its name ends in a word
the language's record lists for the authors of acts that are no EU acts
(``national_authors_before``: ``Board``, ``Director``, Finnish ``-viraston``), read by
``authors_before.qualified``; an EU word before that word (``European``, ``Euroopan``:
``eu_author_words``) makes it an EU body's rather than a national one's.  Then, where a
bare ``Decision 1/2021`` would read as an EU decision without author, the body is the
act's author, in its span and normal form, with no CELEX, as an agreement body's
(``Decision 1/2021 of the European Data Protection Board``, see ``agreement_bodies``).

Named by its acronym alone (``EDPB Binding Decision 1/2021``) it is left out, as a
national body's is: the acronym is on the list of authors and no EU word comes before.
"""

from __future__ import annotations

from eurefs.grammar import authors_before
from eurefs.grammar.agreement_bodies import Body, apply
from eurefs.grammar.common import lazy_compile
from eurefs.models.light import LegalActRef

# The name from its first EU word to the author's word: words, blanks and hyphens only.
_NAME = lazy_compile(r"[^\W\d_][\w' -]*")
# The rest of an EU word and the blank before the next (``Euroopan unionin``: ``Europ``
# and ``Union`` start EU words, so a name may hold several in a row).
_NEXT_WORD = lazy_compile(r"[\w-]*[ ]")
_REACH = 60  # how far before the author's word its name may start


def typed(refs: list[LegalActRef], region: str, start: int) -> list[LegalActRef]:
    """``refs``, a decision and the members of its list (its type word at region offset
    ``start``), as the decisions of the EU body named before it, if one is."""
    first = refs[0]
    if first.domain or first.act_type != "decision":
        return refs
    m, eu = authors_before.author_before(region, start, first.lang)
    if m is None or eu is None or m.lastgroup != "author":
        return refs  # (an office named after a link, ``Court of Justice``, is no such body)
    end = m.end("author")
    at = _name_start(region, m.start(), end, first.lang)
    if _NAME.fullmatch(region, at, end) is None:
        return refs
    name = region[at:end]
    # (the first's span takes in the name; each further member is the body's too)
    bodies = [Body(at, first.end, name, True)]
    bodies += [Body(r.start, r.end, name, True) for r in refs[1:]]
    return [apply(r, b, region) for r, b in zip(refs, bodies, strict=True)]


def _name_start(region: str, author: int, end: int, lang: str) -> int:
    """Where the name ending in the author's word (``author`` to ``end``) starts: at the last
    EU word before it (or ending in it: ``High Authority``), or at the EU words right before
    that one (``Euroopan unionin``)."""
    found = [
        m
        for m in authors_before.EU_BEFORE[lang].finditer(region, max(0, author - _REACH), end)
        if m.start() < author
    ]
    at = found[-1].start()
    for prev in reversed(found[:-1]):
        if _NEXT_WORD.fullmatch(region, prev.end(), at) is None:
            break
        at = prev.start()
    return at
