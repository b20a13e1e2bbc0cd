"""Subdivisions written with ordinal words: ``first subparagraph``, a list of them with
a plural noun (``first and third subparagraphs``, ``premier et troisième alinéas``,
``første og tredje afsnit``) and, in languages that write it there, the ordinal after
its noun (Spanish ``párrafo primero``, ``párrafos primero y tercero``).

In the languages that glue an ordinal sign to a number (``pinpoints.ordinal_sign``), the ordinal
may be that number: Italian ``3° comma``, ``3º comma`` (the view reads ``º`` as ``o``),
Portuguese ``3.º parágrafo``.

One pattern for the families that read them (treaty articles, pinpoints before acts);
the words come from the language records (``pinpoints.ordinals``, ``pinpoints.ordinal_nouns``
with their plurals, ``article_conjunctions``, ``pinpoints.ordinals_after_noun``,
``pinpoints.ordinal_sign``).  The list is a bounded repeat of words joined by a comma or a
conjunction: linear.
"""

from __future__ import annotations

from collections.abc import Iterable

from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

# An ordinal written as a number with its sign glued, as the view has it (``3o``, ``3°``;
# after a dot, Portuguese ``3.º``).
_NUMBER, _SIGN = r"[1-9][0-9]?", r"\.?[o°]"


def pattern(
    ordinals: Iterable[str],
    nouns: Iterable[str],
    conjunctions: Iterable[str],
    nouns_first: Iterable[str] = (),
    signed: bool = False,
) -> str | None:
    """``ORDINAL[, ORDINAL][ and ORDINAL] NOUN``, or ``NOUN ORDINAL ...`` for the nouns of
    ``nouns_first``, an ordinal also a number with its sign where ``signed``; None
    without ordinals or nouns."""
    ords, nouns, firsts = (tuple(x) for x in (ordinals, nouns, nouns_first))
    if not ords or not nouns:
        return None
    join = _join(conjunctions)
    one = r"(?:" + words(*ords) + r"|" + _NUMBER + _SIGN + r")" if signed else words(*ords)
    listed = one + r"(?:" + join + one + r"){0,5}"
    after = r"|" + words(*firsts) + r"[ ]" + listed if firsts else ""
    return r"(?:" + listed + r"[ ]" + words(*nouns) + after + r")(?![\w])"


def of_languages(langs: Iterable[Language]) -> str | None:
    """The pattern with the words of all ``langs`` (a family that reads any language); a
    language whose ordinals have no nouns here (they go before its words of pinpoints after
    an act: Finnish ``toinen virke``) adds nothing."""
    langs = tuple(lg for lg in langs if lg.pinpoints.ordinals and lg.pinpoints.ordinal_nouns)
    # (in capitals too, as a headnote has them: ``SEGUNDO PARÁGRAFO``; ``grammar/capitals``)
    return pattern(
        with_capitals(o for lg in langs for o in lg.pinpoints.ordinals),
        with_capitals(n for lg in langs for n in lg.pinpoints.ordinal_nouns),
        with_capitals(c for lg in langs for c in lg.article_conjunctions),
        with_capitals(
            n
            for lg in langs
            if lg.pinpoints.ordinals_after_noun
            for n in lg.pinpoints.ordinal_nouns
        ),
        any(lg.pinpoints.ordinal_sign is not None for lg in langs),
    )


def _join(conjunctions: Iterable[str]) -> str:
    conjs = tuple(conjunctions)
    return r"(?:,[ ]|[ ]" + words(*conjs) + r"[ ])" if conjs else r",[ ]"


def _numbered(langs: Iterable[Language], number: str) -> str | None:
    """A numbered ordinal (``number`` and the sign) before its noun, perhaps in a list of
    them (``3° e 4° comma``) in the languages of ``langs`` that glue the sign."""
    signed = [lg for lg in langs if lg.pinpoints.ordinal_sign is not None]
    nouns = [n for lg in signed for n in lg.pinpoints.ordinal_nouns]
    if not nouns:
        return None
    join = _join(c for lg in signed for c in lg.article_conjunctions)
    return (
        r"(?<![\w])" + number + _SIGN + r"(?=(?:" + join + _NUMBER + _SIGN + r"){0,5}[ ]"
        + words(*nouns) + r"(?![\w]))"
    )  # fmt: skip


def numbered(langs: Iterable[Language]) -> str | None:
    """A numbered ordinal before its noun in ``langs`` (``3° comma``), the number in group
    1, what follows in a look-ahead; None where no language glues an ordinal sign."""
    return _numbered(langs, r"(" + _NUMBER + r")")


_NUMBERED = lazy_compile(numbered(LANGUAGES) or "(?!)")


def signed(normal: str, sign: str) -> str:
    """``normal`` with the numbered ordinals' sign as normal forms write it (the view's ``3o
    comma``, ``3° comma`` -> ``3º comma``): ``sign``, the record's ordinal sign (Portuguese
    ``3.º``), or ``º`` where that is empty (Italian, Spanish: the number alone is an
    article's)."""
    return _NUMBERED.sub(r"\1" + (sign or "º"), normal)


def numbered_ahead(langs: Iterable[Language]) -> str:
    """A look-ahead that fails at a numbered ordinal and its noun in ``langs``: no article
    number of a list, though it looks like one (``267°``)."""
    found = _numbered(langs, _NUMBER)
    return r"(?!" + found + r")" if found else ""


def of_language(lg: Language) -> str | None:
    """The pattern with the words of ``lg``."""
    return of_languages((lg,))


def last_words(lg: Language) -> tuple[str, ...]:
    """The words an ordinal subdivision of ``lg`` ends in: its nouns, and its ordinals
    where they may follow the noun (``párrafo primero``, ``akapit pierwszy``)."""
    if not lg.pinpoints.ordinals:
        return ()
    return (
        *lg.pinpoints.ordinal_nouns,
        *(lg.pinpoints.ordinals if lg.pinpoints.ordinals_after_noun else ()),
    )


def tails(lg: Language) -> tuple[str, ...]:
    """:func:`last_words` with the space after them, as the text before an act ends
    (``art. 6 ust. 1 akapit pierwszy rozporządzenia``)."""
    return tuple(w + " " for w in last_words(lg))
