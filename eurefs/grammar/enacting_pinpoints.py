"""An act's pinpoint in the enacting formula that cites it, after its title, where the
language writes no word that refers back (Dutch: ``Gezien Verordening (EG) nr. 882/2004 van
het Europees Parlement en de Raad van 29 april 2004 inzake officiële controles ... (2), en
met name artikel 32, lid 7,``; French ``vu le règlement ... (1), et notamment son article
52, paragraphe 2,``, German, Italian, Slovak alike; English writes ``..., and in particular
Article 32(7) thereof``, a back-reference: ``short_forms/anaphors``).

Read only where the act's span follows one of the record's ``pinpoints.enacting_intros``
(``Gezien``) and the formula's lead (``enacting_leads``: ``en met name``) ends its title:
the title holds no other act's number (``tot intrekking van de Verordeningen (EG) nr.
999/2001, ...``: whose article it is stays undecided, as English ``thereof`` after such a
title), no other citation's intro and no paragraph's end.  The pinpoint is the language's
own (``act_pinpoints.pinpoint_body``), all of it, and it must end the citation: a comma, a
semicolon, a full stop, the paragraph's end or the text's end follows it.
"""

from __future__ import annotations

import re
from functools import partial

from eurefs.grammar.act_pinpoints import has_body, pinpoint_body, written
from eurefs.grammar.common import lazy_built, words
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.languages.base import Language

#: How long the title between the act and the formula's lead may be.
TITLE = 500


def _has_source(lg: Language) -> bool:
    """Whether ``lg`` has a :func:`_source`, known without building it."""
    return has_body(lg) and bool(lg.pinpoints.enacting_intros) and bool(lg.enacting_leads)


def _source(lg: Language) -> str | None:
    """The title, the lead and the pinpoint after an act cited by the formula, matched at
    the act's end (None: the language has no such formula)."""
    body = pinpoint_body(lg)
    if body is None or not _has_source(lg):
        return None
    intros = words(*lg.pinpoints.enacting_intros, *lg.enacting_intros)
    # (no other act's number, no other citation's intro, no paragraph's end in the title)
    title = r"(?:(?![0-9]/[0-9]|[ ]{2}|" + intros + r")[^;])"
    lead = r"(?:" + "|".join(lg.enacting_leads) + r")"
    # (a lead ending in an elided article runs on into the pinpoint: ``in particolare
    # l'articolo 9``)
    joint = r"(?:[ ]|(?<=['’]))"
    return title + r"{0," + str(TITLE) + r"}?,[ ]" + lead + joint + body + r"(?=[,;.]|[ ]{2}|$)"


_PATTERNS = {lg.code: lazy_built(partial(_source, lg)) for lg in LANGUAGES if _has_source(lg)}
#: the pinpoint alone: the one the formula's pattern found must be all of it (``artikel 32,
#: lid 7 van de Warenwet,`` is not ``artikel 32``)
_BODIES = {c: lazy_built(partial(pinpoint_body, BY_CODE[c])) for c in _PATTERNS}
#: the intros, a blank after each, as the text before the act ends in them
_INTROS = {
    lg.code: tuple(f"{i} " for i in lg.pinpoints.enacting_intros)
    for lg in LANGUAGES
    if lg.code in _PATTERNS
}
LANGS = frozenset(_PATTERNS)
#: How far before the act its intro may start (the longest intro and its blank: Portuguese
#: ``Tendo em conta o ``).
REACH = max((len(i) for intros in _INTROS.values() for i in intros), default=0)


def find(before: str, region: str, end: int, lang: str) -> str | None:
    """The pinpoint after the title of the act that ends at ``region[end]``, where
    ``before`` (the text before the act) ends in an intro of the formula (``Gezien ``)."""
    intros = _INTROS.get(lang)
    if intros is None or not before.endswith(intros):
        return None
    m: re.Match[str] | None = _PATTERNS[lang].match(region, end)
    if m is None:
        return None
    whole = _BODIES[lang].match(region, m.start("pin"))
    if whole is None or whole.end() != m.end("pin"):
        return None
    return written(m.group("pin"), lang)


__all__ = ["LANGS", "REACH", "find"]
