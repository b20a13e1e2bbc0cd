"""The article designations of a list, a range kept as one.

``Articles 101, 102 and 106(2)`` designate three articles; ``Articles 101 to 106`` and
``Articles 101-106`` designate one range, ``101-106``: read as two items, the range
would say only its ends were cited.  A range is joined by a dash or by one of the
``article_range_words`` of the reference's own language (``to``, ``bis``, ``à``): the
same word joins a range in one language and a list in another (Spanish ``artículos
276 a 279`` are four articles, Czech ``články 276 a 279`` two).
"""

from __future__ import annotations

import re

from eurefs.grammar.common import RANGE
from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern

_RANGE_DASH = compile_pattern(RANGE)


def _is_range(separator: str, range_words: tuple[str, ...]) -> bool:
    word = separator.strip(" ,")
    return word in range_words or (len(word) == 1 and _RANGE_DASH.fullmatch(word) is not None)


def designations(text: str, separators: re.Pattern[str], lang: str) -> list[str]:
    """The items of ``text`` split at ``separators``, the two ends of a range joined by
    ``-`` into one (``101 to 106`` -> ``101-106``); ``lang`` is the language whose range
    words join a range."""
    range_words = BY_CODE[lang].article_range_words
    out: list[str] = []
    pos, ranged = 0, False
    for sep in separators.finditer(text):
        ranged = _add(out, text[pos : sep.start()], ranged)
        if sep.end() > sep.start():
            ranged = _is_range(sep.group(), range_words)
        pos = sep.end()
    _add(out, text[pos:], ranged)
    return out


def _add(out: list[str], item: str, ranged: bool) -> bool:
    """Append ``item`` (joined to the last when ``ranged``); False once it is added."""
    if not item:
        return ranged
    if ranged and out:
        out[-1] += "-" + item
    else:
        out.append(item)
    return False


__all__ = ["designations"]
