"""The labels of the Union's portals, which tell no language of the references they frame.

EUR-Lex and CURIA set labels in the language of their interface around the header of a
document of any language: ``Language of document : ECLI:EU:C:2022:452`` above a Czech
Opinion, ``Court reports – general`` and ``ECLI identifier:`` between a Danish heading and
its ECLI.  Such a line (a record's ``interface_labels``, alone on its line, a colon after
it or not) is taken out of the words :func:`eurefs.grammar.written_alike.decide` reads
before a reference (:func:`drop`): the ECLI then has the language of the document's own
words around it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.languages import LANGUAGES
from eurefs.pattern_store import compile_pattern


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The labels' lines as one pattern, and each label's first word (a cheap test that a
    window may hold one); None and nothing where no record lists a label."""
    labels = sorted({label for lg in LANGUAGES for label in lg.interface_labels}, key=len)
    if not labels:
        return None, ()
    alternatives = "|".join(re.escape(label) for label in reversed(labels))
    pattern = compile_pattern(r"(?m)^[ \t]*(?:" + alternatives + r")[ \t]*(?::[ \t]*)?$")
    return pattern, tuple(sorted({label.split()[0] for label in labels}))


# The languages EUR-Lex lists after an act's OJ citation in its page header, as their
# codes in capitals (``(BG, ES, CS, DA, DE, ...)``): codes, no words of the document (its
# start perhaps cut by a window's: ``S, DA, DE, ...)``)
_LANGUAGE_CODES = compile_pattern(r"(?:\(|\b[A-Z]{1,2},[ ])?(?:[A-Z]{2},[ ]){4,}[A-Z]{2}\)")
# ... its end, searched first (a literal-led search: the list's pattern tried at every
# character of every window cost some 14M instructions a MB of the benchmark)
_LIST_END = compile_pattern(r", [A-Z]{2}, [A-Z]{2}\)")


def drop(window: str) -> str:
    """``window`` without the lines that hold a portal's label alone (each left a blank),
    nor a list of the languages an act is published in (``(BG, ES, CS, ...)``).
    A window of one line (most: a reference's 140 characters in running text) holds a label
    only as the whole of it, so only one that starts with a label's first word is read."""
    if _LIST_END.search(window) is not None:
        window = _LANGUAGE_CODES.sub(" ", window)
    pattern, firsts = _labels()
    if pattern is None:
        return window
    if "\n" not in window:
        if not window.lstrip(" \t").startswith(firsts):
            return window
    elif not any(first in window for first in firsts):
        return window
    return pattern.sub(" ", window)


__all__ = ["drop"]
