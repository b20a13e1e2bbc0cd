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
from eurefs.grammar.after_pinpoint_patterns import after_body
from eurefs.grammar.common import lazy_built, words
from eurefs.grammar.record_dates import template_source
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.languages.base import Language

#: How long the title between the act and the formula's lead may be.
TITLE = 500


def _has_source(lg: Language) -> bool:
    """Whether ``lg`` has a :func:`_source`, known without building it."""
    has_pin = has_body(lg) or bool(lg.pinpoints.after)
    return has_pin and bool(lg.pinpoints.enacting_intros) and bool(lg.enacting_leads)


def _body(lg: Language) -> str | None:
    """The language's pinpoint (group ``pin``): its word first (``artikel 32, lid 7``), or its
    numbers first where it writes them so (Latvian ``219. panta 1. punktu``)."""
    return pinpoint_body(lg) or after_body(lg)


def _source(lg: Language) -> str | None:
    """The title, the lead and the pinpoint after an act cited by the formula, matched at
    the act's end (None: the language has no such formula)."""
    body = _body(lg)
    if body is None or not _has_source(lg):
        return None
    intros = words(*lg.pinpoints.enacting_intros, *lg.enacting_intros)
    # (no other act's number, no other citation's intro, no paragraph's end in the title)
    title = r"(?:(?![0-9]/[0-9]|[ ]{2}|" + intros + r")[^;])"
    lead = r"(?:" + "|".join(lg.enacting_leads) + r")"
    # (a lead ending in an elided article runs on into the pinpoint: ``in particolare
    # l'articolo 9``)
    joint = r"(?:[ ]|(?<=['’]))"
    # (the comma before the lead may be missing after a footnote call: Latvian ``izveidi[4]
    # un jo īpaši tās 21. pantu``)
    comma = r"(?:,|(?<=[)\]]))[ ]"
    # (the act named again after the pinpoint: Czech ``čl. 42 uvedeného nařízení``)
    tails = lg.pinpoints.enacting_tails
    tail = r"(?:[ ](?:" + "|".join(tails) + r")(?![\w]))?" if tails else ""
    end = r"(?=[,;.]|[ ]{2}|$)"
    return title + r"{0," + str(TITLE) + r"}?" + comma + lead + joint + body + tail + end


_PATTERNS = {lg.code: lazy_built(partial(_source, lg)) for lg in LANGUAGES if _has_source(lg)}
#: the pinpoint alone: the one the formula's pattern found must be all of it (``artikel 32,
#: lid 7 van de Warenwet,`` is not ``artikel 32``)
_BODIES = {c: lazy_built(partial(_body, BY_CODE[c])) for c in _PATTERNS}
#: the intros, a blank after each, as the text before the act ends in them
_INTROS = {
    lg.code: tuple(f"{i} " for i in lg.pinpoints.enacting_intros)
    for lg in LANGUAGES
    if lg.code in _PATTERNS
}


def _dated_source(lg: Language) -> str:
    """The intro, perhaps the author and the date of the act written before it, at the
    end of the text before the act (Lithuanian ``atsižvelgdama į 2002 m. gruodžio 20 d. ``,
    the author in the act's span after it; Latvian ``ņemot vērā Eiropas Parlamenta un
    Padomes 2013. gada 17. decembra ``, the type word after it)."""
    dates = "|".join(template_source(t, lg) for t in lg.dated_forms_before)
    author = r"(?:" + words(*lg.authors) + r"[ ])?" if lg.authors else ""
    intro = words(*lg.pinpoints.enacting_intros)
    return r"(?<![\w])" + intro + r"[ ]" + author + r"(?:" + dates + r")[ ]\Z"


_DATED = {
    lg.code: lazy_built(partial(_dated_source, lg))
    for lg in LANGUAGES
    if lg.code in _PATTERNS and lg.dated_forms_before
}
LANGS = frozenset(_PATTERNS)
#: How far before the act its intro may start: the longest intro and its blank (Portuguese
#: ``Tendo em conta o ``), or, where an author and a date stand between them, room for
#: those (Latvian ``ņemot vērā Eiropas Parlamenta un Padomes 2013. gada 17. decembra ``).
REACH = max((len(i) for intros in _INTROS.values() for i in intros), default=0) + (
    80 if _DATED else 0
)


def _after_intro(before: str, lang: str) -> bool:
    """Whether ``before``, the text before an act, ends in an intro of the formula, perhaps
    followed by the act's author and date (``_DATED``)."""
    intros = _INTROS[lang]
    if before.endswith(intros):
        return True
    dated = _DATED.get(lang)
    # (most acts have no intro before them: a substring test before the search)
    return (
        dated is not None and any(i in before for i in intros) and dated.search(before) is not None
    )


def find(before: str, region: str, end: int, lang: str) -> str | None:
    """The pinpoint after the title of the act that ends at ``region[end]``, where
    ``before`` (the text before the act) ends in an intro of the formula (``Gezien ``), or
    in one and the act's author and date (Latvian ``ņemot vērā Padomes 2002. gada 25.
    jūnija ``)."""
    if lang not in _INTROS or not _after_intro(before, lang):
        return None
    m: re.Match[str] | None = _PATTERNS[lang].match(region, end)
    if m is None:
        return None
    whole = _BODIES[lang].match(region, m.start("pin"))
    if whole is None or whole.end() != m.end("pin"):
        return None
    return written(m.group("pin"), lang)


__all__ = ["LANGS", "REACH", "find"]
