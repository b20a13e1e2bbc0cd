"""Type words written otherwise than the records list them, where that changes the act
or its language.

A framework decision's second word in capitals after the decision's (``DECISION CADRE
2005/214/JAI``, ``DECISION MARCO 2002/584/JAI``, ``DECIZIA CADRU 2002/584/JAI``) fits the
slot of an acronym of the act's name (``directive TVA 2006/112/CE``,
``legal_act_numbers.ACRONYM``): read so, the act was a decision and its number a
decision's CELEX (``32005D0214`` for the framework decision ``32005F0214``).
:func:`framework_after` tells such a word: the citation is then no decision's.

A type word typed without its accents is another language's word (French ``DECISION``,
Spanish ``DECISION`` are English's ``Decision``); where the domain written with the
number is none of that language's (``DECISION 2005/214/JAI DU CONSEIL``: ``JAI`` is the
French, Spanish, Portuguese and Romanian domain, English writes ``JHA``), the languages
whose type word it is without accents and that write the domain are the candidates
(:func:`unaccented_languages`), and the words around choose among them.
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar.common import unaccented, undecided_celex
from eurefs.identifiers.celex import legal_act_celex
from eurefs.languages import LANGUAGES, index
from eurefs.models.light import LegalActRef


def plain(word: str) -> str:
    """``word`` in small letters without its accents (``Décision`` -> ``decision``)."""
    return unaccented(word.lower())


def _framework_tails() -> frozenset[str]:
    """The words of the records' framework decisions that are not their decision word
    (``cadre``, ``Marco``, ``quadro``, ``cadru``, ``ramowa`` ...), in capitals without
    accents, as the acronym slot reads them."""
    tails = set()
    for lg in LANGUAGES:
        decisions = {f.lower() for f in lg.act_types.get("decision", ())}
        for form in lg.act_types.get("framework_decision", ()):
            for word in re.split(r"[ -]", form):
                if word.lower() not in decisions:
                    tails.add(plain(word).upper())
    return frozenset(tails)


FRAMEWORK_TAILS = _framework_tails()


def framework_after(acronym: str | None) -> bool:
    """Whether the capitals read as an acronym between a decision's type word and its
    number are a framework decision's second word (``DECISION CADRE``)."""
    return acronym is not None and acronym in FRAMEWORK_TAILS


# (the tables below are built on first use: every record's type words without their
# accents cost some 30M instructions, a tenth of the grammar's import, that a text with no
# type word typed without its accents never needs)
@functools.lru_cache(maxsize=1)
def _unaccented() -> dict[str, dict[str, str]]:
    """Type form without accents (small letters) -> {language: act type}, for the forms
    that have accents."""
    forms: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        for act_type, written in lang.act_types.items():
            for form in written:
                if plain(form) != form.lower():
                    forms.setdefault(plain(form), {})[lang.code] = act_type
    return forms


@functools.lru_cache(maxsize=1)
def _domain_langs() -> dict[str, frozenset[str]]:
    """Domain (small letters) -> the languages that write it."""
    return index(lambda lg: lg.domains, fold=True)


def unaccented_languages(
    written: str, langs: dict[str, str], domains: tuple[str | None, ...]
) -> dict[str, str]:
    """``langs`` (language -> act type of the type word ``written``), or, where none of
    them writes any of the ``domains`` written with the number, the languages whose type
    word ``written`` is without its accents and that write them all (``DECISION`` with
    ``JAI``: French, Spanish); ``langs`` where there are none."""
    written_domains = [d.strip().lower() for w in domains if w for d in w.split(",")]
    if not written_domains:
        return langs
    domain_langs = _domain_langs()
    if any(c in domain_langs.get(d, ()) for d in written_domains for c in langs):
        return langs
    others = {
        c: t
        for c, t in _unaccented().get(plain(written), {}).items()
        if all(c in domain_langs.get(d, ()) for d in written_domains)
    }
    return others or langs


@functools.lru_cache(maxsize=1)
def _type_langs() -> dict[str, frozenset[str]]:
    """Type form (small letters) -> the languages that write it."""
    return index(lambda lg: (f for forms in lg.act_types.values() for f in forms), fold=True)


_JHA = frozenset(d.lower() for lg in LANGUAGES for d in lg.jha_domains)


def unaccented_jha_decision(ref: LegalActRef, written: str) -> LegalActRef:
    """``ref``, a decision, without CELEX but with the decision's and the framework
    decision's as candidates where its type word is typed without its accents
    (:func:`unaccented_languages`) and its domain is that of justice and home affairs
    (``DECISION 2005/214/JAI``, the framework decision ``32005F0214``): a writer who
    leaves out the accents is not trusted to have written the whole type word, and the
    acts of that domain share one numbering; written as the record writes it
    (``décision 2007/126/JAI``, ``Council Decision 2008/615/JHA``) it stays a decision."""
    if ref.celex is None or (ref.domain or "").lower() not in _JHA:
        return ref
    if ref.lang in _type_langs().get(written.lower(), ()):
        return ref
    framework = legal_act_celex("framework_decision", ref.year, ref.number)
    candidates = [ref.celex, *([framework] if framework else [])]
    return ref.model_copy(update=undecided_celex(candidates))
