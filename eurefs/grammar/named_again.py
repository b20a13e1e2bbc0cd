"""Treaties named again by a short name: ``Article 52(1) of the Charter`` after ``the
Charter of Fundamental Rights of the European Union ('the Charter')``.

Alone, ``Article 8 of the Charter`` could be another charter's (the United Nations', the
European Social Charter); once a text has named the Charter of Fundamental Rights in full
in a language (one of the record's long names, with an article or not, or an article
cited by its abbreviation), its later articles cited by the record's short name
(``Treaty.short_names``: ``Charter``, ``Charta``, ``Charte``, ``Carta``) are the same
Charter's, unless a word of another instrument's name follows (``Treaty.short_name_stops``:
``Charte sociale européenne``).  Only what comes earlier counts, as for defined terms, so
a text read in chunks (``eurefs.iter_extract``) carries one instance from chunk to chunk
and gets what the whole text gets.  The text is searched for the long names only where
an article is named by the short name, each stretch once: no cost for other texts,
linear in all.

Before anything is built, one search of the text (on the first article named by a
short name, :func:`may_name_again`) finds where it first names such a treaty in any
form (a long name, an abbreviation): an article named by a short name before that
cannot be kept, and is not built (``"Article 1 of the Charter " * 40000`` costs what it
did before short names were read).
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar.base import Context
from eurefs.grammar.common import lazy_compile, words
from eurefs.grammar.enacting_formula import SHORT
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, TreatyArticleRef

#: the treaties some record names by a short name (``CFR``)
_CODES = frozenset(code for langs in SHORT.values() for code in langs.values())


#: the languages whose records name a treaty by a short name (``en``, ``de``, ``fr`` ...)
_LANGS = frozenset(lang for langs in SHORT.values() for lang in langs)
#: every form in which those records name those treaties in full (long names and
#: abbreviations), in any case: a text that names them by none has no short name to read
_FORMS = sorted(
    {
        form
        for lang in _LANGS
        for code, treaty in BY_CODE[lang].treaties.items()
        if code in _CODES
        for form in (*treaty.names, *treaty.abbreviations)
    }
)


def _any_name() -> str:
    """The search of ``_FORMS``: any case after the first character, any blank between
    words; the first character as the form writes it, small or capital.  One alternation
    led by each first character, small and capital, each followed by its forms' rests in
    any case: ``re`` skips to those characters.  (A look-ahead of the first characters
    before the forms in any case, as before, left ``re`` no character to skip to: it was
    entered at every character: 35-75 ns a character over a text that names none, now 12-31.)"""
    rests: dict[str, list[str]] = {}
    for form in _FORMS:
        rests.setdefault(form[0].lower(), []).append(form[1:])
    return "|".join(
        re.escape(first) + "(?i:" + words(*forms).replace(r"\ ", r"\s+") + ")"
        for small, forms in rests.items()
        for first in dict.fromkeys((small, small.upper()))
    )


# (searched in the view and in the original text)
_ANY_NAME = lazy_compile(_any_name() if _FORMS else "(?!)")


#: The short names the Court's keyword lines write alone (``Treaty.keyword_short_names``).
_KEYWORD_SHORT = tuple(
    {n for lg in LANGUAGES for t in lg.treaties.values() for n in t.keyword_short_names}
)
#: What ends a keyword after the name: the next dash, or the line's closing quotation mark.
_KEYWORD_AFTER = re.compile('[ ][-\u2013\u2014][ ]|[ ]?[)\\]\u00bb\u201c\u201d"]')


def keyword_line(text: str, start: int, end: int) -> bool:
    """Whether the article at ``text[start:end]``, ending in a short name, is a whole
    keyword of a Court keyword line where the language writes that name alone
    (``Treaty.keyword_short_names``: Romanian ``– Articolul 47 din cartă –``): the
    Charter's, though the text has not named it in full before.  A keyword starts with a
    capital: an aside between dashes in prose (``– articolul 47 din cartă –``) is none."""
    return (
        bool(_KEYWORD_SHORT)
        and text.endswith(_KEYWORD_SHORT, start, end)
        and text[start : start + 1].isupper()
        and text[max(0, start - 2) : start] in ("- ", "\u2013 ", "\u2014 ")
        and _KEYWORD_AFTER.match(text, end) is not None
    )


def may_name_again(ctx: Context, end: int, start: int | None = None) -> bool:
    """Whether a short name ending at region offset ``end`` may cite a treaty the text
    named in full before (which :meth:`NamedTreaties.apply` then decides): not where
    nothing before it names such a treaty, unless the article from ``start`` is a
    keyword (:func:`keyword_line`).  Found once per region, on the first call."""
    if start is not None and keyword_line(ctx.region, start, end):
        return True
    at = ctx.named_from
    if at is None:
        if ctx.named_before():
            at = 0
        else:
            found = _ANY_NAME.search(ctx.region)
            at = len(ctx.region) if found is None else found.start()
        ctx.named_from = at
    return at < end


def _short_named(ref: TreatyArticleRef) -> bool:
    """Whether ``ref`` names its treaty by a short name (its text ends in one, not in an
    abbreviation that ends in it: ``Art. 47 GR-Charta``; or starts with one where the
    language writes the treaty first: ``Hartas 47. pants``)."""
    treaty = BY_CODE[ref.lang].treaties.get(ref.treaty) if ref.lang in BY_CODE else None
    if treaty is None or not treaty.short_names:
        return False
    if ref.text.endswith(treaty.short_names):
        return not ref.text.endswith(tuple(set(treaty.abbreviations) - set(treaty.short_names)))
    if treaty.short_name_leads and ref.text.lower().startswith(treaty.short_name_leads):
        return True  # (the genitive before the article word: ``chartrets artikel 47``)
    return BY_CODE[ref.lang].treaty_abbreviation_first and ref.text.startswith(
        tuple(s + " " for s in treaty.short_names)
    )


#: The letters ``re``'s case folding matches to a letter besides its small and capital
#: forms (U+212A KELVIN SIGN to ``k``, U+017F LONG S to ``s``, U+0130 to ``i`` ...)
_FOLDED_TOO = (
    "\u00b5\u0130\u0131\u017f\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1e9e\u1fbe"
    "\u2126\u212a\u212b\u0345"
)


def _in_any_case(first: str) -> list[str]:
    """The characters ``first`` matches in any case (``re.IGNORECASE``)."""
    spelled = re.compile(re.escape(first), re.IGNORECASE)
    cases = {first.lower(), first.upper(), first.title(), *_FOLDED_TOO}
    return sorted(c for c in cases if spelled.fullmatch(c))


@functools.cache
def _long_names(lang: str, code: str) -> re.Pattern[str]:
    """The long names of treaty ``code`` in ``lang``, in any case, any blank between words.
    Led by each name's first character in any case (the look-behind after it), its rest in
    any case after it: led by a look-behind, ``re`` entered the search at every character
    of the text before an article cited by the short name (14-22 ns a character, now 5-9)."""
    rests: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(BY_CODE[lang].treaties[code].names, key=len, reverse=True):
        rest = re.escape(name[1:]).replace(r"\ ", r"\s+")
        rests.setdefault(tuple(_in_any_case(name[0])), []).append(rest)
    alternation = "|".join(
        re.escape(first) + r"(?<![\w-].)(?i:" + "|".join(names) + ")"
        for firsts, names in rests.items()
        for first in firsts
    )
    return re.compile(r"(?:" + (alternation or "(?!)") + r")(?![\w-])")


class NamedTreaties:
    """The treaties a text has named in full so far, by language."""

    __slots__ = ("_first", "_named", "_searched")

    def __init__(self) -> None:
        self._named: set[tuple[str, str]] = set()
        self._searched: dict[tuple[str, str], int] = {}
        self._first: int | None = None  # where the text first names such a treaty

    def named_before(self, text: str, start: int) -> bool:
        """Whether ``text`` before ``start`` may have named in full a treaty that short
        names cite again: what a chunk of it read alone cannot know (see
        :class:`Context`).  ``text`` is searched once, at the first question."""
        if self._named:
            return True
        if self._first is None:
            found = _ANY_NAME.search(text)
            self._first = len(text) if found is None else found.start()
        return self._first < start

    def apply(self, refs: list[BaseReference], text: str) -> list[BaseReference]:
        """``refs`` of ``text`` (in text order, spans indexing ``text``) without the
        articles named by a short name before their treaty was named in full."""
        if not _CODES or not any(type(r) is TreatyArticleRef and r.treaty in _CODES for r in refs):
            return refs
        out = []
        for r in refs:
            if type(r) is TreatyArticleRef and r.treaty in _CODES:
                key = (r.lang, r.treaty)
                if not _short_named(r):
                    self._named.add(key)
                elif (
                    key not in self._named
                    and not self._named_before(key, text, r.start)
                    and not keyword_line(text, r.start, r.end)
                ):
                    continue
            out.append(r)
        return out

    def _named_before(self, key: tuple[str, str], text: str, start: int) -> bool:
        """Whether a long name of treaty ``key`` stands in ``text`` before ``start``
        (where not searched yet); remembered."""
        upto = self._searched.get(key, 0)
        if upto < start and _long_names(*key).search(text, upto, start):
            self._named.add(key)
            return True
        self._searched[key] = max(upto, start)
        return False


__all__ = ["NamedTreaties", "keyword_line", "may_name_again"]
