"""Subdivisions written with ordinal words: ``first subparagraph``, a list of them with
a plural noun (``first and third subparagraphs``, ``premier et troisième alinéas``,
``første og tredje afsnit``) and, in languages that write it there, the ordinal after
its noun (Spanish ``párrafo primero``, ``párrafos primero y tercero``).

One pattern for the families that read them (treaty articles, pinpoints before acts);
the words come from the language records (``ordinals``, ``ordinal_nouns`` with their
plurals, ``article_conjunctions``, ``ordinals_after_noun``).  The list is a bounded
repeat of words joined by a comma or a conjunction: linear.
"""

from __future__ import annotations

from collections.abc import Iterable

from eurefs.grammar.common import words
from eurefs.languages.base import Language


def pattern(
    ordinals: Iterable[str],
    nouns: Iterable[str],
    conjunctions: Iterable[str],
    nouns_first: Iterable[str] = (),
) -> str | None:
    """``ORDINAL[, ORDINAL][ and ORDINAL] NOUN``, or ``NOUN ORDINAL ...`` for the nouns of
    ``nouns_first``; None without ordinals or nouns."""
    ords, nouns, conjs, firsts = (tuple(x) for x in (ordinals, nouns, conjunctions, nouns_first))
    if not ords or not nouns:
        return None
    join = r"(?:,[ ]|[ ]" + words(*conjs) + r"[ ])" if conjs else r",[ ]"
    listed = words(*ords) + r"(?:" + join + words(*ords) + r"){0,5}"
    after = r"|" + words(*firsts) + r"[ ]" + listed if firsts else ""
    return r"(?:" + listed + r"[ ]" + words(*nouns) + after + r")(?![\w])"


def of_languages(langs: Iterable[Language]) -> str | None:
    """The pattern with the words of all ``langs`` (a family that reads any language); a
    language whose ordinals have no nouns here (they go before its words of pinpoints after
    an act: Finnish ``toinen virke``) adds nothing."""
    langs = tuple(lg for lg in langs if lg.ordinals and lg.ordinal_nouns)
    return pattern(
        (o for lg in langs for o in lg.ordinals),
        (n for lg in langs for n in lg.ordinal_nouns),
        (c for lg in langs for c in lg.article_conjunctions),
        (n for lg in langs if lg.ordinals_after_noun for n in lg.ordinal_nouns),
    )


def of_language(lg: Language) -> str | None:
    """The pattern with the words of ``lg``."""
    return of_languages((lg,))


def last_words(lg: Language) -> tuple[str, ...]:
    """The words an ordinal subdivision of ``lg`` ends in: its nouns, and its ordinals
    where they may follow the noun (``párrafo primero``, ``akapit pierwszy``)."""
    if not lg.ordinals:
        return ()
    return (*lg.ordinal_nouns, *(lg.ordinals if lg.ordinals_after_noun else ()))


def tails(lg: Language) -> tuple[str, ...]:
    """:func:`last_words` with the space after them, as the text before an act ends
    (``art. 6 ust. 1 akapit pierwszy rozporządzenia``)."""
    return tuple(w + " " for w in last_words(lg))
