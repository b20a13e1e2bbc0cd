"""Long names of the Treaties that start another treaty's longer name.

In most languages the EC Treaty's long name starts the Euratom and ECSC Treaties' names
(``traité instituant la Communauté européenne`` + ``de l'énergie atomique``, ``Vertrag
zur Gründung der Europäischen Gemeinschaft`` + ``für Kohle und Stahl``).  The families
match the longest name written; where the longer name is written otherwise than its
record has it (``de l'Energie Atomique``, without its accent, in capitals), the shorter
name must not be taken for the treaty: :func:`goes_on` tells, from the records' names,
that the text goes on as the longer name does (its next two words, compared without
case, accents or the form of the apostrophe), and the article is then left without a
treaty (a miss, never the wrong treaty).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from eurefs.languages import LANGUAGES
from eurefs.languages.base import Language

_WORD = re.compile(r"[^\W\d_]+")


def _plain(text: str) -> list[str]:
    """The words of ``text`` in lower case, without accents (``l'Énergie`` -> ``l``,
    ``energie``)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return _WORD.findall("".join(c for c in decomposed if not unicodedata.combining(c)))


def _continuations(records: Iterable[Language]) -> dict[str, set[tuple[str, ...]]]:
    """Long name (lower case) -> the next two words of each longer name of another
    treaty of its record that it starts.  (A longer name of the same treaty is no other
    treaty: ``Charter of Fundamental Rights`` stays the Charter before ``of the Union``.)"""
    out: dict[str, set[tuple[str, ...]]] = {}
    for lg in records:
        names = {(n.lower(), code) for code, t in lg.treaties.items() for n in t.names}
        for short, code in names:
            for long, other in names:
                if other != code and long.startswith(short + " "):
                    rest = _plain(long[len(short) :])[:2]
                    out.setdefault(short, set()).add(tuple(rest))
    return out


@functools.cache
def _goes_on_table() -> dict[str, set[tuple[str, ...]]]:
    # built when a treaty name is first met (a quadratic walk of every record's names:
    # not a cost of every start-up)
    return _continuations(LANGUAGES)


def goes_on(name: str, text: str, end: int) -> bool:
    """Whether the long name ``name``, written in ``text`` up to ``end``, goes on there
    as a longer name of another treaty of its language does (so it is not the name of
    its own treaty)."""
    nexts = _goes_on_table().get(name.lower())
    if not nexts or text[end : end + 1] != " ":
        return False
    written = _plain(text[end : end + 60])
    return any(tuple(written[: len(n)]) == n for n in nexts)
