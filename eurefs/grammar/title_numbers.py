"""An act's number in its own title, typed by the title's type word: ``(98/699/JI)``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.legal_act_numbers import make
from eurefs.grammar.legal_act_words import TYPE_FORMS, Act
from eurefs.languages import BY_CODE, LANGUAGES, index
from eurefs.models.light import BaseReference

_LANGS = [lg for lg in LANGUAGES if lg.title_numbers]
_DOMAIN_LANGS = index(lambda lg: lg.domains if lg.title_numbers else (), fold=True)
#: Domains a title's number may end in (the legal-act pattern's ``tsuf``).
DOMAINS = tuple(d for lg in _LANGS for d in lg.domains)
# Upper-case type words of a title, for ``(98/699/JI)``.
_TITLE_TYPE = lazy_compile(
    r"(?<![\w-])(?P<type>"
    + words(
        *(
            u
            for lg in _LANGS
            for fs in lg.act_types.values()
            for f in fs
            for u in (f.upper(), "".join(c if c == "ß" else c.upper() for c in f))
        )
    )
    + r")(?![\w-])"
)


def _type_word_of(lang: str, act_type: str, written: str) -> str:
    """Dictionary form of a type word in ``lang`` (``Beschlusses`` -> ``Beschluss``)."""
    return BY_CODE[lang].type_word(act_type, written)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """``(98/699/JI)``: an act's number in its own title, typed by the title's type word."""
    last = None
    for t in _TITLE_TYPE.finditer(ctx.before(m.start(), 500)):
        last = t
    if last is None:
        return ()
    written = last.group("type")
    langs = TYPE_FORMS[written.lower()]
    cands = set(langs) & _DOMAIN_LANGS.get(m.group("tsuf").lower(), frozenset())
    if not cands:
        return ()
    lang = ctx.language(cands, last.start(), 80)
    act = Act(langs[lang], lang, _type_word_of(lang, langs[lang], written), None, None)
    number = (*m.group("ta", "tb"), None, m.group("tsuf"), None, None, None, None)
    ref = make(m, m.start(), act, number, glued=False)
    return (ref,) if ref else ()
