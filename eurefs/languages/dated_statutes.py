"""A national statute cited by its abbreviation and year: the name of its language's law.

German texts name the Renewable Energy Sources Act ``EEG 2012``, ``EEG 2017``, where the
Dutch record writes the same letters for the EEC (``Verordening (EEG) nr. 1408/71``).
Before a year such an abbreviation (a record's ``dated_statutes``) tells its language, at
half a word: a name, quoted in texts of other languages too (``renewable energy sources
(EEG 2012)``).  :func:`eurefs.languages.evidence.tell` reads the tokens so.
"""

from __future__ import annotations

from functools import lru_cache

from eurefs.languages import LANGUAGES
from eurefs.pattern_store import compile_pattern


@lru_cache(maxsize=1)
def table(lead: str, half: str) -> dict[str, str]:
    """The records' ``dated_statutes`` as tokens, as written and after ``lead`` (an opening
    bracket: ``(EEG``) -> the language they tell before a year, its code with ``half``
    after it."""
    out: dict[str, str] = {}
    for record in LANGUAGES:
        for word in record.dated_statutes:
            out[word] = out[lead + word] = record.code + half
    return out


@lru_cache(maxsize=1)
def words() -> tuple[str, ...]:
    """The records' ``dated_statutes``: a sample that holds none of them (most) has no token
    of :func:`table`, told by a substring search or two."""
    return tuple(sorted({word for record in LANGUAGES for word in record.dated_statutes}))


#: A year, as a token after a statute's abbreviation (``2012``, ``2012)``, ``2017,``); no
#: act's number (``1408/71``).
_YEAR = compile_pattern(r"(?:19|20)[0-9]{2}(?![0-9/])")


def mark(tokens: list[str], langs: list[str | None], statutes: dict[str, str]) -> None:
    """Set, in place, ``langs[i]`` of each token of ``statutes`` (:func:`table`) that a
    year follows to the language it tells: German ``EEG 2012``, not the Dutch EEC."""
    for i, token in enumerate(tokens[:-1]):
        if token in statutes and _YEAR.match(tokens[i + 1]):
            langs[i] = statutes[token]


__all__ = ["mark", "table", "words"]
