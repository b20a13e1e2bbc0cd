"""Pattern building blocks shared by the families.

Patterns run on the folded view of a text (``eurefs.textview``): space-like and
dash-like characters are ASCII, every fullwidth digit an ASCII digit
(``textview.CLEAN_TABLE``), white space is folded and soft hyphens are gone.
Digits are ``[0-9]``, never ``\\d`` (which matches every script's digits): only
ASCII digits make a reference, so every identifier derived is ASCII.  Every
quantifier here is bounded, and no repeated group can match the same
text in two ways, so matching is linear in the input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any, cast

from eurefs.identifiers.eurlex import eurlex_celex_url
from eurefs.pattern_store import compile_pattern, stored_text

# Patterns run on the folded view of a text (``eurefs.textview``): every run of
# white space there is one space, or two spaces where a blank line (or a page
# break) ends a paragraph.  So ``[ ]`` in a pattern takes any white space inside
# a paragraph, and these separators say where a reference may also go on after
# a paragraph break.
#: Separator between the words of a reference: white space, or a paragraph break.
SEP = r"(?:[ ]{1,2})"
#: The end of a keyword of the Court's keyword lines (``– Article 88(1) and (2) –``): the
#: next dash, a closing bracket or quotation mark (the line's end), a paragraph break or
#: the text's end; a full stop before the bracket or the end (``– Article 7.)``).  A line
#: break alone is a blank in the view: a keyword ending the line with no bracket after it
#: is not read (``– Article 7\nIn Case C-1/23`` is no keyword).
KEYWORD_END = r"(?=\.?(?:[ ]-[ ]|[ ]?[)\]»«“”\"]|[ ]?$|[ ]{2}))"
#: Optional separator (``COM (2021)``, ``COM(2021)``, ``JOIN \n\n(2021)``).
OPT_SP = SEP + "?"
#: Separator inside a number (``1049 / 2001``).
NUM_SP = r"[ ]?"
#: A range between two numbers, no blank around it (``1-3``, ``1–3``, ``1−3``): an ASCII
#: hyphen in the view, any dash in the text as written (back-references run on it).
RANGE = "[-\u2010-\u2015\u2212]"


def words(*items: str) -> str:
    """Alternation of literal words, longest first (so ``Decisions`` wins over ``Decision``).

    Written as a trie (``Decision(?:s)?``): with the words of 24 languages a flat
    alternation would try every word at every position; a trie tries one branch per
    character.  The longer word is still tried first, as in a longest-first list.
    No words (no loaded language has any, ``EUREFS_LANGUAGES``): a pattern that never
    matches, not an empty one that matches anywhere.
    """
    return _words(frozenset(items)) if items else "(?!)"


@functools.lru_cache(maxsize=512)
def first_chars(*items: str) -> str:
    """A look-ahead for the first characters of ``items``: ``(?=[CJKS])``.

    Put in front of a pattern whose every match starts with one of ``items`` (after
    any look-behind), searched in a window: ``re`` enters a pattern led by a
    look-behind or an optional group at every position, and the look-ahead turns most
    positions away at their first character (no change in what matches).
    """
    firsts = sorted({re.escape(item[0]) for item in items if item})
    return "(?=[" + "".join(firsts) + "])" if firsts else "(?!)"  # no word: nothing starts one


def words_not_after(chars: str, *items: str) -> str:
    """``(?<![chars])`` and :func:`words` of ``items`` (``chars`` a class's inside:
    ``\\w``), the same matches, but led by each item's first character ``c`` with the
    look-behind after it (``c(?<![chars]c)`` and the trie of the rest): searched over a
    whole text, a pattern led by a look-behind is entered at every character, where this
    one is skipped to those characters."""
    by_first: dict[str, list[str]] = {}
    for item in items:
        if item:
            by_first.setdefault(item[0], []).append(item[1:])
    branches = [
        f"{re.escape(c)}(?<![{chars}]{re.escape(c)}){words(*rests)}"
        for c, rests in sorted(by_first.items())
    ]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def first_two_chars(*items: str) -> str:
    """A look-ahead for the first two characters of ``items``, each a set:
    ``(?=[Tt][hr])``; :func:`first_chars` where an item is shorter than two.

    In front of a case-insensitive trie (``(?i:(?=..)words)``, the look-ahead under the
    same flag): ``re`` skips the branches of a case-sensitive trie by their first
    character, but enters every branch of a case-insensitive one; the two sets turn
    away most positions first (no change in what matches: a match's first two
    characters are those of an item, in either case).
    """
    if not items or any(len(item) < 2 for item in items):
        return first_chars(*items)
    sets = ("".join(sorted({re.escape(item[k]) for item in items})) for k in (0, 1))
    return "(?=" + "".join(f"[{s}]" for s in sets) + ")"


@functools.lru_cache(maxsize=1024)
def _words(items: frozenset[str]) -> str:
    # Cached: the grammar asks for the same word lists again and again (679 calls, 272
    # lists; each look-up in the store builds, checks and decodes a key of the whole
    # list); and kept between runs (``eurefs.pattern_store``): building a trie of every
    # language's words at each import was a good part of the start-up time.
    ordered = sorted(items)
    built = stored_text("words\0" + "\0".join(ordered), lambda: _trie_regex(ordered), _trie_regex)
    return "(?:" + built + ")"


def _escape(ch: str) -> str:
    return ch if ch.isalnum() else re.escape(ch)


def _trie_regex(ordered: list[str]) -> str:
    """The trie of ``ordered`` (sorted, distinct) as a pattern: the words sharing a
    first character are one branch, led by the run of characters they all share
    (the common start of the first and the last of them, as they are sorted); a word
    that ends where others go on makes the rest optional.  Built from the sorted
    list, with no trie of dicts: it runs at every import (start-up)."""
    ends = bool(ordered) and not ordered[0]
    branches = []
    i, n = (1 if ends else 0), len(ordered)
    while i < n:
        first = ordered[i][0]
        j = i + 1
        while j < n and ordered[j][0] == first:
            j += 1
        low, high = ordered[i], ordered[j - 1]
        k = 1
        limit = min(len(low), len(high))
        while k < limit and low[k] == high[k]:
            k += 1
        run = "".join(map(_escape, low[:k]))
        branches.append(run + _trie_regex([w[k:] for w in ordered[i:j]]))
        i = j
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a word ends here: the longer ones are optional
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


_SPACE_RUN = re.compile(r"[\s#>*]{1,64}")


def unaccented(text: str) -> str:
    """``text`` without its accents (``Décision`` -> ``Decision``): each letter decomposed and
    its combining marks dropped (the one place that folds accents for the grammar)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def collapse_spaces(text: str) -> str:
    """One space for every run of whitespace and PDF heading debris."""
    if "  " in text or not text.isprintable() or "#" in text or ">" in text or "*" in text:
        return _SPACE_RUN.sub(" ", text).strip()
    # printable: no white space but single spaces (what the grammar's matches hold)
    return text.strip()


# A paragraph's or point's bracket set apart from its number, as older EUR-Lex texts and
# many writers have it (``Article 85 (3)``, ``Article 4 (1) (a)``).
_BRACKET_APART = re.compile(r"(?<=[0-9)])[ ](?=\([0-9a-z]{1,4}\))")


def close_brackets(text: str) -> str:
    """``text`` with the brackets of paragraphs and points closed up to their number, as
    normal forms write them (``85 (3)`` -> ``85(3)``, ``4 (1) (a)`` -> ``4(1)(a)``)."""
    return _BRACKET_APART.sub("", text) if " (" in text else text


class _LazyPattern:
    """A pattern compiled on first use (see :func:`lazy_compile`), its source perhaps
    built on first use too (:func:`lazy_built`).

    Once compiled, the pattern's methods are bound on the instance, so later calls
    cost what calls on the compiled pattern cost.
    """

    def __init__(self, source: str | None, flags: int, build: Callable[[], str] | None = None):
        if source is not None:
            self.pattern = source  # what ``re.Pattern.pattern`` gives, without compiling
        self._flags = flags
        self._build = build

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_flags", "_build"):  # (copy/pickle probing)
            raise AttributeError(name)
        if name == "pattern":
            assert self._build is not None
            self.pattern = self._build()
            self._build = None
            return self.pattern
        compiled = compile_pattern(self.pattern, self._flags)
        for attr in ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn",
                     "split", "flags", "groups", "groupindex"):  # fmt: skip
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (_LazyPattern, (self.pattern, self._flags))


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, deferred to the first use of the pattern (and compiled through
    ``eurefs.pattern_store``, which keeps the compiled code between runs).

    The grammar holds large alternations (the words of every language) that only
    some texts need; compiling them all at import made every command start slowly.
    A match's ``m.re`` is the compiled pattern, not the returned object: compare
    patterns by identity only with ``re.compile``.
    """
    return cast("re.Pattern[str]", _LazyPattern(source, flags))


def lazy_built(build: Callable[[], str | None], flags: int = 0) -> re.Pattern[str]:
    """:func:`lazy_compile` of the source ``build()`` returns, built on the pattern's first
    use: a table of one pattern per language whose sources take long to build (the
    pinpoints', from every word of the record) costs a command only the languages its
    text is read in (none for ``eurefs parse 32016R0679``).  The caller knows ``build``
    makes a pattern (a ``ValueError`` at first use where it makes none)."""

    def source() -> str:
        made = build()
        if made is None:
            raise ValueError(f"{build!r} built no pattern")
        return made

    return cast("re.Pattern[str]", _LazyPattern(None, flags, source))


def celex_links(celex: str | None, eli: str | None = None) -> dict[str, Any]:
    """The fields an act's CELEX (or none) gives its reference, in the models' order:
    ``celex``, ``celex_candidates``, ``eli``, ``cellar_ids``, ``eurlex_url`` (new lists
    for each reference)."""
    if celex is None:
        return {
            "celex": None,
            "celex_candidates": [],
            "eli": eli,
            "cellar_ids": [],
            "eurlex_url": None,
        }
    return {
        "celex": celex,
        "celex_candidates": [celex],
        "eli": eli,
        "cellar_ids": [f"celex:{celex}"],
        "eurlex_url": eurlex_celex_url(celex),
    }


def undecided_celex(candidates: list[str]) -> dict[str, Any]:
    """The fields of an act whose CELEX the text leaves open: none, and ``candidates``
    (:func:`celex_links` of no CELEX, with them)."""
    return {**celex_links(None), "celex_candidates": candidates}
