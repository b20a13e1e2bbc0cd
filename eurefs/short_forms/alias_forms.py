"""The written forms of a defined alias and of a declined name: a type word in every
singular case the record lists (``declined``), a compound ending in one, and a several-word
alias with its type word (and an adjective agreeing with it) in those cases.  Used by
``short_forms/uses`` (an alias's uses), ``short_forms/name_forms`` (popular names declined)
and ``short_forms/anaphors``; computed once per alias or name, off the text's scan."""

from __future__ import annotations

from functools import lru_cache

from eurefs.languages import BY_CODE
from eurefs.short_forms.common import words


@lru_cache(maxsize=8)
def declined_forms(lang: str) -> dict[str, tuple[str, ...]]:
    """Any singular form of a declined type word -> all of them, in the same initial case."""
    out: dict[str, tuple[str, ...]] = {}
    for forms in words(lang).declined:
        for case in (str.lower, str.upper):
            same = tuple(case(f[0]) + f[1:] for f in forms)
            out.update(dict.fromkeys(same, same))
    return out


def compound_forms(word: str, lang: str, *, defined: bool = False) -> tuple[str, ...]:
    """The forms of a compound ending in a declined type word (Danish ``momsdirektivet`` ->
    ``momsdirektivet``, ``momsdirektivets``; a ``defined`` term's Finnish
    ``tietosuoja-asetus`` -> ``tietosuoja-asetuksen`` ...), in the languages that write a
    back-reference in the genitive (``genitive_endings``: Danish, Swedish), and for a
    defined term in those that join any word to a type word (``compound_type_words``:
    Finnish, Estonian; their popular names list their cases); else none."""
    compounds = defined and BY_CODE[lang].compound_type_words
    if not (words(lang).genitive_endings or compounds):
        return ()
    low = word.lower()
    for forms in words(lang).declined:
        for form in forms:
            if low.endswith(form) and len(low) > len(form) + 1 and low[-len(form) - 1] != " ":
                stem = word[: len(word) - len(form)]
                return tuple(stem + f for f in forms)
    return ()


def use_forms(alias: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """The key grouping a bare type-word alias with others used alike, and the written
    forms its uses take: every singular form of a declined word (``dyrektywą`` ->
    ``dyrektywy``, ``dyrektywie`` ...), else the alias itself."""
    forms = declined_forms(lang).get(alias)
    if forms is None:
        return alias, (alias,)
    return f"\x00{forms[0]}", forms


def phrase_forms(alias: str, lang: str) -> tuple[str, ...]:
    """The written forms of a several-word alias whose type word the language declines:
    the alias with that word in each singular case (Slovak ``nariadenie o komitológii``
    -> ``nariadenia o komitológii`` ...); a one-word compound in the forms of the type word
    it ends in (:func:`compound_forms`); the alias alone otherwise."""
    parts = alias.split(" ")
    table = declined_forms(lang)
    for i, part in enumerate(parts):
        forms = table.get(part)
        if forms is not None and len(parts) > 1:
            before = _agreeing(parts[i - 1], forms.index(part), len(forms), lang) if i else ()
            if before:  # (and the adjective before it in the same case: ``Splošne uredbe``)
                return tuple(
                    " ".join([*parts[: i - 1], a, f, *parts[i + 1 :]])
                    for a, f in zip(before, forms, strict=True)
                )
            return tuple(" ".join([*parts[:i], f, *parts[i + 1 :]]) for f in forms)
    if len(parts) == 1:
        return compound_forms(alias, lang, defined=True) or (alias,)
    return _adjective_forms(parts, lang)


def _agreeing(word: str, case: int, cases: int, lang: str) -> tuple[str, ...]:
    """An adjective before a declined type word in each of its ``cases`` (Slovenian
    ``Splošna`` before ``uredba`` -> ``Splošna``, ``Splošne``, ``Splošni``, ``Splošno``): where
    the record's adjective endings of a declension are as many as the type word's cases,
    and the word's ending is the one of the type word's case as written (``case``), so
    that ``Splošni sklep`` (a masculine adjective, another declension) is left as it is;
    none otherwise."""
    for endings in words(lang).adjective_endings:
        if len(endings) != cases:
            continue
        ending = endings[case]
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: len(word) - len(ending)]
            return tuple(stem + e for e in endings)
    return ()


def _adjective_forms(parts: list[str], lang: str) -> tuple[str, ...]:
    """The alias with the adjective before its type word in each ending of its
    declension (German ``Sechste Richtlinie`` -> ``Sechsten Richtlinie``)."""
    *before, last = parts
    out = [" ".join(parts)]
    for endings in words(lang).adjective_endings:
        for ending in sorted(endings, key=len, reverse=True):
            word = before[-1]
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: len(word) - len(ending)]
                out += [" ".join([*before[:-1], stem + e, last]) for e in endings if e != ending]
                break
    return tuple(out)
