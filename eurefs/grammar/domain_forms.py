"""How normal forms write an act's domain (``EWG`` -> ``EEC`` in English, ``EO`` typed in
Latin letters -> Bulgarian ``ЕО``): :func:`canon_domain`, and :func:`domain_form` for a
reference's language (``grammar/legal_act_numbers``)."""

from __future__ import annotations

import functools
import re

from eurefs.grammar import domain_eras
from eurefs.languages import LANGUAGES

#: domain as written (lower case) -> normalised form (the first language's, registry order;
#: a language's own domain before another's spelling of one, ``EK`` Latvian's, not Greek's
#: ``ΕΚ`` typed with Latin letters)
_DOMAIN_FORMS: dict[str, str] = {}
for _own in (True, False):
    for _lang in LANGUAGES:
        for _written, _norm in _lang.domains.items():
            if (_written == _norm) is _own:
                _DOMAIN_FORMS.setdefault(_written.lower(), _norm)
# a Greek or Cyrillic letter
_OTHER_LETTERS = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
#: The languages not written in Latin letters, Greek and Bulgarian: those whose records write
#: their domains in other letters (their domains' Latin-typed twins are theirs)
_OTHER_SCRIPTS = frozenset(
    lg.code for lg in LANGUAGES if any(_OTHER_LETTERS.search(d) for d in lg.domains)
)
#: Their domains as written, Latin-typed twins too -> their own form (``EC`` -> ``ЕС``)
_OWN = {lg.code: dict(lg.domains) for lg in LANGUAGES if lg.code in _OTHER_SCRIPTS}


@functools.lru_cache(maxsize=256)
def canon_domain(written: str, lang: str = "", year: int | None = None) -> str:
    """A domain as normal forms write it (``EWG`` -> ``EEC`` in English ...); in a language
    of other letters (``lang``), one typed in Latin letters that twins one of its own is
    that one where it had acts in the act's ``year``, as ``domain_eras`` reads it: Bulgarian
    ``EC`` is ``ЕС``, the Union (``съгласно чл. 15 от Регламент (EC) 2016/679``, a clinic's
    consent form), an act of 2001 the English Community's ``EC``."""
    own = _OWN.get(lang, {})
    return ", ".join(_canon(d.strip(), own, lang, year) for d in written.split(","))


def _canon(written: str, own: dict[str, str], lang: str, year: int | None) -> str:
    mine = own.get(written)
    if mine is not None and (year is None or domain_eras.allows(written, lang, str(year))):
        return mine
    return _DOMAIN_FORMS.get(written.lower(), written)


def domain_form(written: str, lang: str, year: int | None = None) -> str:
    """:func:`canon_domain` as a normal form in ``lang`` writes it: a domain typed in Latin
    letters that is only a Greek or Bulgarian one's twin (``EE``, Greek ``ΕΕ``) stays as
    written in a language of Latin letters (``Regulation (EE) 2016/679`` in English: the
    letters are no English domain's; the normal form ``Regulation (ΕΕ) 2016/679`` mixed two
    scripts)."""
    canon = canon_domain(written, lang, year)
    if lang in _OTHER_SCRIPTS or not _OTHER_LETTERS.search(canon) or not written.isascii():
        return canon  # (Danish ``EOEF`` is ``EØF``: Latin letters both)
    return ", ".join(d.strip() for d in written.split(","))
