"""The small words inside a name, which tell no language of the text around it.

A party's name is written in its own language whatever the text's: in an English case
list, ``Autorita Garante della Concorrenza e del Mercato C-198/01`` holds ``della``, ``e``
and ``del``, Italian words of an Italian name.  :func:`drop` takes such words out of the
words :func:`eurefs.languages.evidence.tell` counts: a small word (at most
:data:`SMALL_LETTERS` letters, all small) between two words of a name, at most
:data:`NAME_GAP` of them in a row (``Cassa di Risparmio``, ``Ministero dell'Economia e
delle Finanze``, ``Autostrade per l'Italia``, ``Raad van State``).  Only the words that
told a language are looked at: most words of a text tell none.

A party's name written before its case number in brackets, as the Court's notices list the
parties in every language, is a name whatever its words' capitals (:func:`party_words`:
``— Association générale de l’industrie du médicament (AGIM) ASBL (C-471/07 u
C-472/07)``, in a Maltese notice: its ``de`` and ``du`` are no French of the text).
"""

from __future__ import annotations

from itertools import compress

from eurefs.pattern_store import compile_pattern

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


#: At most this many tokens from a party's name's first word to the bracket of its case
#: number (``Association générale de l’industrie du médicament (AGIM) ASBL (C-471/07``).
PARTY_WORDS = 10
#: A bracket that opens a case number (``(C-471/07``, ``(T‑47/15``) or an ECLI.
_CASE_BRACKET = compile_pattern(r"\((?:[A-Z][-\u2010\u2011\u2013][0-9]|ECLI:)")
#: A dash standing alone between a heading's parts (``— Association générale``).
_DASHES = frozenset("-\u2013\u2014")


def _ends_part(token: str) -> bool:
    """Whether ``token`` ends what comes before a party's name: a comma, a semicolon or a
    colon after it, a dash alone, a bracket it closes but did not open (``il-Belġju)``;
    not ``(AGIM)``), or a sentence's full stop after a word (``Beihilfe.``; not ``e.a.``)."""
    end = token[-1:]
    return (
        end in ",;:"
        or token in _DASHES
        or (end == ")" and token[:1] != "(")
        or (end == "." and len(token) > 4 and token[:-1].isalpha())
    )


#: The most tokens between a case number's opening bracket and the sample's end (the
#: numbers and conjunctions of one bracket: ``(C-471/07 u``, ``(C-554/21, C-622/21 agus``).
_IN_BRACKET = 4


def _in_case_bracket(tokens: list[str], last: int) -> bool:
    """Whether the sample ends inside a bracket: its last token ``(`` (the reference's own
    bracket), or a case number's bracket among its last :data:`_IN_BRACKET` tokens, not
    closed after it (``(C-471/07 u``)."""
    for j in range(last, max(-1, last - _IN_BRACKET), -1):
        token = tokens[j]
        if ")" in token:
            return False
        if token[:1] == "(":
            return (j == last and token == "(") or _CASE_BRACKET.match(token) is not None
    return False


def party_words(tokens: list[str], before_case: bool) -> set[int]:
    """The indices of the small words inside a party's name written before its case number
    in brackets, as the Court's notices list the parties (``— Association générale de
    l’industrie du médicament (AGIM) ASBL (C-471/07 u C-472/07), Bayer SA (C-471/07``):
    the tokens from the last mark before the bracket (:func:`_ends_part`), at most
    :data:`PARTY_WORDS` of them, where the first is written as a name's
    (:func:`name_word`), or from the sample's start (a name the window cut).
    Only where the sample ends right before a case number in brackets (``before_case``,
    and :func:`_in_case_bracket`: ``ASBL (``, ``ASBL (C-471/07 u``)."""
    out: set[int] = set()
    last = len(tokens) - 1
    if not before_case or not _in_case_bracket(tokens, last):
        return out  # (the reference is no case number in brackets after a name)
    for b in [j for j, token in enumerate(tokens) if token[:1] == "("]:
        if b != last and not _CASE_BRACKET.match(tokens[b]):
            continue
        start = b
        while start > 0 and b - start < PARTY_WORDS and not _ends_part(tokens[start - 1]):
            start -= 1
        if start > 0 and not (_ends_part(tokens[start - 1]) and name_word(tokens[start])):
            continue  # (prose: no mark within reach, or a small word after it)
        out.update(j for j in range(start, b) if small(tokens[j]))
    return out


def _named(token: str, tokens: list[str], i: int, last: int) -> bool:
    """Whether ``token`` (``tokens[i]``) is a small word inside a name, the word after it
    tested first, inline (in prose it mostly fails at once: ``that a national``)."""
    if i == last or len(token) > SMALL_LETTERS or not token.islower():
        return False
    after = tokens[i + 1]
    if after[:1].islower() and not small(after) and "'" not in after and "’" not in after:
        return False
    return token.isalpha() and in_name(tokens, i)


def drop(tokens: list[str], langs: list[str | None], before_case: bool = False) -> None:
    """Set to None, in place, the language ``langs[i]`` told by a small word ``tokens[i]``
    inside a name, or inside a party's name before its case number (:func:`party_words`;
    ``before_case``: the tokens end right before a case number)."""
    last = len(tokens) - 1
    parties: set[int] | None = None
    for i in compress(range(len(langs)), langs):
        token = tokens[i]
        if _named(token, tokens, i, last):
            langs[i] = None
        elif before_case and small(token):
            if parties is None:
                parties = party_words(tokens, before_case)
            if i in parties:
                langs[i] = None


def all_named(tokens: list[str], langs: list[str | None], before_case: bool = False) -> bool:
    """Whether every word that told a language (``langs[i]``) is a small word inside a
    name (as :func:`drop` reads them); at the first that is not, False (most texts: their
    first word that tells).  Only a small word (:func:`small`) is ever one: where the words
    that told, joined, hold a capital, a digit or a mark, or one is longer than
    :data:`SMALL_LETTERS`, one of them is none, told at once (``May``, ``Regulation.``,
    ``2023,``, ``paragraph``: most windows)."""
    told = list(compress(tokens, langs))
    if not told:
        return True
    joined = "".join(told)
    if not (joined.isalpha() and joined.islower()) or max(map(len, told)) > SMALL_LETTERS:
        return False
    last = len(tokens) - 1
    parties: set[int] | None = None
    for i in compress(range(len(langs)), langs):
        token = tokens[i]
        if _named(token, tokens, i, last):
            continue
        if parties is None:  # (the first word no name's: most texts stop here)
            if not (small(token) and before_case and _in_case_bracket(tokens, last)):
                return False
            parties = party_words(tokens, before_case)
        if i not in parties:
            return False
    return True


__all__ = [
    "NAME_GAP",
    "PARTY_WORDS",
    "SMALL_LETTERS",
    "all_named",
    "drop",
    "in_name",
    "name_word",
    "party_words",
    "small",
]
