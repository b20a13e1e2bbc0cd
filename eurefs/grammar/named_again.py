"""Treaties named again by a short name: ``Article 52(1) of the Charter`` after ``the
Charter of Fundamental Rights of the European Union ('the Charter')``.

Alone, ``Article 8 of the Charter`` could be another charter's (the United Nations', the
European Social Charter); once a text has named the Charter of Fundamental Rights in full
in a language (one of the record's long names, with an article or not, or an article
cited by its abbreviation), its later articles cited by the record's short name
(``Treaty.short_names``: ``Charter``, ``Charta``) are the same Charter's.  Only what
comes earlier counts, as for defined terms, so a text read in chunks
(``eurefs.iter_extract``) carries one instance from chunk to chunk and gets what the
whole text gets.  The text is searched for the long names only where an article is
named by the short name, each stretch once: no cost for other texts, linear in all.
"""

from __future__ import annotations

import functools
import re

from eurefs.grammar.enacting_formula import SHORT
from eurefs.languages import BY_CODE
from eurefs.models.references import BaseReference, TreatyArticleRef

#: the treaties some record names by a short name (``CFR``)
_CODES = frozenset(code for langs in SHORT.values() for code in langs.values())


def _short_named(ref: TreatyArticleRef) -> bool:
    """Whether ``ref`` names its treaty by a short name (its text ends in one)."""
    treaty = BY_CODE[ref.lang].treaties.get(ref.treaty) if ref.lang in BY_CODE else None
    return treaty is not None and ref.text.endswith(treaty.short_names)


@functools.cache
def _long_names(lang: str, code: str) -> re.Pattern[str]:
    """The long names of treaty ``code`` in ``lang``, in any case, any blank between words."""
    names = sorted(BY_CODE[lang].treaties[code].names, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) or "(?!)"
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.IGNORECASE)


class NamedTreaties:
    """The treaties a text has named in full so far, by language."""

    __slots__ = ("_named", "_searched")

    def __init__(self) -> None:
        self._named: set[tuple[str, str]] = set()
        self._searched: dict[tuple[str, str], int] = {}

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
                elif key not in self._named and not self._named_before(key, text, r.start):
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


__all__ = ["NamedTreaties"]
