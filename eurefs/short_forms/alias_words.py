"""What an alias says: the act type it names, and whether it can name an act at all
(an act word, an acronym, or a popular name; ``(‘the referring court’)`` names none)."""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import alternation, singular_type_forms, words
from eurefs.short_forms.definition_words import compound_type
from eurefs.short_forms.national_copies import known_alias

_ACRONYM = compile_pattern(r"[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*(?: (?:[IVX]{1,4}|[2-9]))?")


@lru_cache(maxsize=8)
def short_title(lang: str) -> re.Pattern[str] | None:
    """A short title in brackets without quotation marks, as in the act's own title
    (``(Data Governance Act)``), for a language whose record lists the words such titles
    end in; in small letters after the article only (``alias_adjectives``: ``(the basic
    Regulation)``, not ``(basic Regulation)``)."""
    w = words(lang)
    if not w.short_title_words:
        return None
    art, adj = (rf"(?:{alternation(list(w.articles))}\s)" if w.articles else ""), ""
    if w.alias_adjectives and art:
        adj = alternation(list(w.alias_adjectives))
        art, adj = rf"(?:{art}(?={adj}\s)|{art}?(?!{adj}\s))", rf"(?:{adj}\s)?"
    elif art:
        art += "?"
    ends = alternation(list(w.short_title_words))
    glued = r"[^\W\d_]*" if w.compound_short_titles else ""  # ``(tjänstedirektivet)``
    return re.compile(rf"\({art}(?P<alias>{adj}(?:[A-Z][\w'’-]*\s){{0,6}}{glued}{ends})\)\Z")


@lru_cache(maxsize=32)
def _articles_longest_first(lang: str) -> tuple[str, ...]:
    return tuple(sorted(words(lang).articles, key=len, reverse=True))


def strip_article(alias: str, lang: str) -> str:
    """The alias without the article before it (``the GDPR`` -> ``GDPR``)."""
    for art in _articles_longest_first(lang):
        if alias.startswith(art) and alias[len(art) : len(art) + 1] in (" ", "\u00a0", ""):
            return alias[len(art) :].strip()
        if art.endswith(("'", "\u2019", "-")) and alias.startswith(art):
            return alias[len(art) :].strip()
    return alias.strip()


@lru_cache(maxsize=8)
def _type_abbreviations(lang: str) -> tuple[tuple[str, str], ...]:
    """The act types' abbreviations in capitals (German ``VO``, ``RL``) and their types."""
    types = BY_CODE[lang].act_types.items()
    return tuple((w, t) for t, ws in types for w in ws if w.isupper() and len(w) <= 3)


def abbreviated_type(word: str, lang: str) -> str | None:
    """The act type a word ends in as its abbreviation, after a letter or a hyphen, as
    German writing names acts (``EuGVVO``, ``KlauselRL``, ``Brüssel-I-VO``,
    ``Arbeitszeit-RL``), or None."""
    for abbr, act_type in _type_abbreviations(lang):
        before = word[-len(abbr) - 1 : -len(abbr)]
        if word.endswith(abbr) and (before.isalpha() or before == "-"):
            return act_type
    return None


def alias_type(alias: str, lang: str) -> tuple[str | None, bool]:
    """The act type an alias names (``the CMO Regulation`` -> regulation; the type word
    first where the language puts it there: ``rozporządzenie REACH``, ``règlement
    REACH`` -> regulation) and whether the alias is that type word alone."""
    forms = singular_type_forms(lang)
    parts = alias.split()
    last = parts[-1] if parts else ""
    act_type = forms.get(last) or forms.get(alias) or compound_type(last, lang)
    if act_type is None and len(parts) > 1:
        act_type = forms.get(parts[0]) or forms.get(parts[0].lower())
    return act_type, alias in forms


def type_named(alias: str, lang: str) -> tuple[str | None, bool]:
    """:func:`alias_type`, or the type the alias ends in as its abbreviation
    (:func:`abbreviated_type`: ``EuGVVO`` names a regulation)."""
    act_type, bare = alias_type(alias, lang)
    return act_type or abbreviated_type(alias, lang), bare


def _other_script_acronym(alias: str) -> bool:
    """An acronym in Greek or Cyrillic capitals (``ΟΠΕ``, ``ОРЗД``)."""
    return (
        2 <= len(alias) <= 12
        and not alias.isascii()
        and alias[0].isupper()
        and all(c.isupper() or c.isdigit() or c == "-" for c in alias)
    )


def acceptable_alias(alias: str, lang: str, known_names: frozenset[str]) -> bool:
    """Whether an alias can name an act: an act word, an acronym, or a popular name."""
    if not alias or len(alias) > 70:
        return False
    if known_alias(alias, known_names) or _ACRONYM.fullmatch(alias) or _other_script_acronym(alias):
        return True
    parts = alias.split()
    # (a set test in C: a generator over the words cost ~3 k a test)
    return (
        not singular_type_forms(lang).keys().isdisjoint(parts)
        or not _alias_type_words(lang).isdisjoint(parts)
        or compound_type(parts[-1], lang) is not None
        or abbreviated_type(parts[-1], lang) is not None
    )


@lru_cache(maxsize=8)
def _alias_type_words(lang: str) -> frozenset[str]:
    """The words that make an alias a name of an act (``alias_type_words``), as a set."""
    return frozenset(words(lang).alias_type_words)
