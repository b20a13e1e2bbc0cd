"""Decisions of bodies set up by international agreements.

``EEA Joint Committee Decision No 123/2019`` and ``Decision No 1/95 of the
EC-Turkey Association Council`` are numbered like EU decisions but are not
sector-3 acts: no CELEX can be derived from the number, so none is given.  The
body is part of the reference: it is inside the span and the normal form
(``Decision No 123/2019`` alone would name another act).  The words are the
languages' ``agreement_body_before``/``agreement_body_after`` patterns.
"""

from __future__ import annotations

import re

from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile
from eurefs.languages import LANGUAGES

_BEFORE = {
    lg.code: lazy_compile(lg.agreement_body_before) for lg in LANGUAGES if lg.agreement_body_before
}
_AFTER = {
    lg.code: lazy_compile(lg.agreement_body_after) for lg in LANGUAGES if lg.agreement_body_after
}


class Body:
    """An agreement body around a decision: the decision's new span and the body's name.

    ``prefix`` says whether the body stands before the type word (else after the number).
    """

    __slots__ = ("end", "name", "prefix", "start")

    def __init__(self, start: int, end: int, name: str, prefix: bool) -> None:
        self.start, self.end, self.name, self.prefix = start, end, name, prefix


def find(m: re.Match[str], ctx: Context, start: int, lang: str) -> Body | None:
    """The agreement body of the decision matched by ``m`` (its span from ``start``), if any.

    The body before is looked for before the type word, so an institution word
    the pattern took as author (``Association Council Decision``) is read as part of it.
    """
    before_re, after_re = _BEFORE.get(lang), _AFTER.get(lang)
    type_start = m.start("type")
    before = ctx.before(type_start, 80)
    b = before_re.search(before) if before_re is not None else None
    if b is not None:
        body_start = type_start - (len(before) - b.start("body"))
        if body_start < 0:  # the body lies before the region: keep the span, drop the CELEX
            return Body(start, m.end(), b.group("body"), prefix=False)
        return Body(min(start, body_start), m.end(), b.group("body"), prefix=True)
    a = after_re.match(m.string, m.end(), m.end() + 120) if after_re is not None else None
    if a is not None:
        return Body(start, a.end(), a.group("body"), prefix=False)
    return None
