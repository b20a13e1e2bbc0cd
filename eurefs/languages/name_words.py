"""The small words inside a name, which tell no language of the text around it.

A party's name is written in its own language whatever the text's: in an English case
list, ``Autorita Garante della Concorrenza e del Mercato C-198/01`` holds ``della``, ``e``
and ``del``, Italian words of an Italian name.  :func:`drop` takes such words out of the
words :func:`eurefs.languages.evidence.tell` counts: a small word (at most
:data:`SMALL_LETTERS` letters, all small) between two words of a name, at most
:data:`NAME_GAP` of them in a row (``Cassa di Risparmio``, ``Ministero dell'Economia e
delle Finanze``, ``Autostrade per l'Italia``, ``Raad van State``).  Only the words that
told a language are looked at: most words of a text tell none.
"""

from __future__ import annotations

from itertools import compress

#: At most this many small words, each of at most :data:`SMALL_LETTERS` letters, join the
#: words of a name.
NAME_GAP, SMALL_LETTERS = 2, 5
#: Before a name's word: an opening bracket or quote; in it, an elided word (``dell'``).
_OPENING, _ELISIONS = "(\"'‘“«„", ("'", "’")
#: After a name's word, a mark that ends the name (``Massa, Regione Toscana``: two names;
#: ``Comune di Massa, and the Region``: ``and`` is prose).
_NAME_ENDS = frozenset(",;:.!?")


def name_word(token: str) -> bool:
    """Whether ``token`` is written as a word of a name: a capital and a letter after it
    (``Finanze``, ``SpA``, ``(CIF)``), after an elided word too (``dell'Economia``,
    ``l’Italia``); no number (``C-198/01``)."""
    if token[:1].islower() and "'" not in token and "’" not in token:
        return False  # (most words: told at once)
    word = token.lstrip(_OPENING)
    for mark in _ELISIONS:
        word = word.rpartition(mark)[2] or word
    return len(word) > 1 and word[0].isupper() and word[1].isalpha()


def small(token: str) -> bool:
    """Whether ``token`` is a small word: letters in small letters, at most five."""
    return len(token) <= SMALL_LETTERS and token.isalpha() and token.islower()


def in_name(tokens: list[str], i: int) -> bool:
    """Whether the small word ``tokens[i]`` stands between two words of a name, with at
    most :data:`NAME_GAP` small words between them, no mark after the first (the word
    after first: in prose it is mostly no name's)."""
    right = i + 1
    while right < len(tokens) and right - i <= NAME_GAP and small(tokens[right]):
        right += 1
    if right >= len(tokens) or not name_word(tokens[right]):
        return False
    left = i - 1
    while left >= 0 and right - left - 1 <= NAME_GAP and small(tokens[left]):
        left -= 1
    if left < 0 or right - left - 1 > NAME_GAP:
        return False
    first = tokens[left]
    return first[-1] not in _NAME_ENDS and name_word(first)


def _named(token: str, tokens: list[str], i: int, last: int) -> bool:
    """Whether ``token`` (``tokens[i]``) is a small word inside a name, the word after it
    tested first, inline (in prose it mostly fails at once: ``that a national``)."""
    if i == last or len(token) > SMALL_LETTERS or not token.islower():
        return False
    after = tokens[i + 1]
    if after[:1].islower() and not small(after) and "'" not in after and "’" not in after:
        return False
    return token.isalpha() and in_name(tokens, i)


def drop(tokens: list[str], langs: list[str | None]) -> None:
    """Set to None, in place, the language ``langs[i]`` told by a small word ``tokens[i]``
    inside a name."""
    last = len(tokens) - 1
    for i in compress(range(len(langs)), langs):
        if _named(tokens[i], tokens, i, last):
            langs[i] = None


def all_named(tokens: list[str], langs: list[str | None]) -> bool:
    """Whether every word that told a language (``langs[i]``) is a small word inside a
    name; at the first that is not, False (most texts: their first word that tells)."""
    last = len(tokens) - 1
    return all(_named(tokens[i], tokens, i, last) for i in compress(range(len(langs)), langs))


__all__ = ["NAME_GAP", "SMALL_LETTERS", "all_named", "drop", "in_name", "name_word", "small"]
