"""Decisions of agreement bodies named between the type word and the number.

``Beschluss des Gemeinsamen EWR-Ausschusses Nr. 65/2000``, ``Décision du Comité mixte
de l'EEE no 115/2004``, ``Decision of the EEA Joint Committee No 1/95``: the body
stands where the numbered-act families expect the number, so none of them matches.
The body is read with the language's ``agreement_bodies.after`` pattern (the words that
follow the number elsewhere follow the type word here).  As in ``agreement_bodies``,
the body is in the span and the normal form, and no CELEX is given.

``legal_acts`` tries :func:`match` where its own pattern fails at a type word, so these
decisions cost no search of their own; its ``build`` hands the match to :func:`build`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs.grammar import agreement_bodies, title_ordinals
from eurefs.grammar.base import Context
from eurefs.grammar.common import SEP, collapse_spaces, lazy_compile, words
from eurefs.grammar.legal_act_numbers import GROUPS, make, number_pattern
from eurefs.grammar.legal_act_words import Act
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference

#: written decision form (lower case) -> the languages writing it with a body pattern
_FORMS: dict[str, list[str]] = {}
#: a language's full pattern (type word, body, number), by its source
_SOURCES: dict[str, str] = {}
for _lg in LANGUAGES:
    if _lg.agreement_bodies.after:
        for _form in _lg.act_types.get("decision", ()):
            _FORMS.setdefault(_form.lower(), []).append(_lg.code)
        _SOURCES[_lg.code] = (
            r"(?P<type>(?i:"
            + words(*_lg.act_types["decision"])
            + r"))"
            + _lg.agreement_bodies.after
            + SEP
            + number_pattern("")
        )
#: ... and with a body on no list, read by its form (``Décision du comité « commerce » no
#: 1/2014``; an EU institution the form takes in is not a body: see :func:`build`)
_ANY_SOURCES = {
    lg.code: r"(?P<type>(?i:" + words(*lg.act_types["decision"]) + r"))"
    + lg.agreement_bodies.any_after
    # (the number's marker is not the name's last word: ``Committee on ... No 1/2019``)
    + "".join(r"(?<![ ]" + re.escape(mark) + r")" for mark in lg.number_markers)
    + SEP + number_pattern("")
    for lg in LANGUAGES
    if lg.agreement_bodies.after and lg.agreement_bodies.any_after
}  # fmt: skip
_LANG_OF = {source: code for code, source in (*_SOURCES.items(), *_ANY_SOURCES.items())}
_FULL = {code: lazy_compile(source) for code, source in _SOURCES.items()}
_FULL_ANY = {code: lazy_compile(source) for code, source in _ANY_SOURCES.items()}

#: The decision type words of the languages with a body pattern, as written,
#: capitalised and in upper case (a case-sensitive match is cheaper).
#: (Never matching when no loaded language has one: an empty alternation matches anywhere.)
_TYPE = lazy_compile(
    "(?:" + words(*{v for f in _FORMS for v in (f, f[:1].upper() + f[1:], f.upper())}) + ")"
    if _FORMS
    else "(?!)"
)


#: Words that are a body's decision by themselves (German ``ARB``), written as is ->
#: (language, normal form, body): ``Art. 6 ARB 1/80``.
_WORDS: dict[str, tuple[str, str, str]] = {
    w: (lg.code, norm, body)
    for lg in LANGUAGES
    for w, (norm, body) in lg.agreement_bodies.words.items()
}
#: Such a word and its number, as written (case-sensitive: ``ARB``, not ``Arb``); its
#: group ``body`` is the word.
_WORD_SOURCE = (
    r"(?<![\w-])(?P<body>" + words(*_WORDS) + r")(?![\w-])" + SEP + number_pattern("")
    if _WORDS
    else "(?!)"
)
_WORD = lazy_compile(_WORD_SOURCE)
_WORD_FIND = lazy_compile(r"(?<![\w-])" + words(*_WORDS) if _WORDS else "(?!)")
#: Their first characters as written: a region without any holds none (one ``find``
#: each, in the text as it is: no copy).
_WORD_STEMS = tuple({w[:6] for w in _WORDS})
#: ... each with its lower case, which the lower-cased text holds wherever the text holds it
_STEM_PAIRS = tuple((stem, stem.lower()) for stem in _WORD_STEMS)


def word_starts(text: str, pos: int, endpos: int, low: str | None = None) -> list[int]:
    """Where a body's decision word starts in ``text[pos:endpos]`` (offsets from ``pos``).

    ``low``: ``text`` lower-cased from ``pos`` (one character for one), at least to
    ``endpos``: a stem whose lower case it does not hold is not looked for in ``text``
    (an ``in`` test costs a fourth of ``str.find`` with bounds, a call that parses its
    arguments from a tuple; most regions hold no stem)."""
    for stem, low_stem in _STEM_PAIRS:
        if (low is None or low_stem in low) and text.find(stem, pos, endpos) >= 0:
            return [w.start() - pos for w in _WORD_FIND.finditer(text, pos, endpos)]
    return []


def match_word(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """A body's decision word and its number at ``pos`` (``ARB 1/80``), if any."""
    return _WORD.match(text, pos, endpos)


def match(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """A decision of an agreement body whose type word starts at ``pos``, if any."""
    t = _TYPE.match(text, pos, endpos)
    if t is None:
        return None
    codes = _FORMS[t.group().lower()]
    for full in (_FULL, _FULL_ANY):
        for code in codes:
            m = full[code].match(text, pos, endpos) if code in full else None
            if m is not None:
                return m
    return None


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """The body's decision, without CELEX (none if the number carries an EU domain)."""
    if m.group("dom") or m.group("suf"):
        return ()  # ``Decision of the Association Council 2010/427/EU``: not a body's number
    if m.re.pattern == _WORD_SOURCE:
        return _build_word(m, ctx)
    lang = _LANG_OF[m.re.pattern]
    if m.re.pattern == _ANY_SOURCES.get(lang) and agreement_bodies.is_institution(
        m.group("body"), lang
    ):
        return ()  # an EU institution, not a body (its decision is read as such elsewhere)
    word = BY_CODE[lang].type_word("decision", m.group("type"))
    ref = make(m, m.start(), Act("decision", lang, word, None, None), m.group(*GROUPS))
    if ref is None:
        return ()
    body = agreement_bodies.Body(ref.start, ref.end, m.group("body"), prefix=False)
    between = collapse_spaces(m.string[m.end("type") : m.start("num")]).strip()
    number = ref.normalized.partition(" ")[2]
    ref = agreement_bodies.apply(ref, body, m.string)
    return (ref.model_copy(update={"normalized": f"{word} {between} {number}"}),)


def _build_word(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """``ARB 1/80``: the body's decision, normalised with the word's normal form, with the
    pinpoint before it (``Art. 13 ARB 1/80``: the record's ``pinpoints.unlinked_words``)."""
    lang, norm, body = _WORDS[m.group("body")]
    pinpoint = title_ordinals.find(ctx, m.start(), m.end(), lang)
    act = Act("decision", lang, norm, None, None)
    ref = make(m, m.start(), act, m.group(*GROUPS), pinpoint=pinpoint)
    if ref is None:
        return ()
    span = agreement_bodies.Body(ref.start, ref.end, body, prefix=False)
    return (agreement_bodies.apply(ref, span, m.string),)
