"""Whether ``re`` skips ahead when it searches a pattern (a whole text's searches)."""

from __future__ import annotations

import re
from typing import Any

from eurefs import pattern_code

_c: Any = pattern_code._c


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether a search of ``pattern`` passes over the characters no match starts with
    without entering the pattern: its engine code (as the pattern store compiles it) opens
    with a literal prefix or a set of first characters.  A pattern led by a look-behind,
    ``\\b``, a look-ahead or an optional part has neither: the search enters it at every
    character."""
    code, _ = pattern_code.code(pattern.pattern, pattern.flags)
    return bool(code[0] == _c.INFO and code[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET))
