"""A national act's number after an EU type word: no EU act.

The mark is the national series after the number, from the language's record (Czech
``nařízení č. 351/2013 Sb.``: the Collection of Laws).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.languages import BY_CODE


@lru_cache(maxsize=32)
def _series_after(lang: str) -> re.Pattern[str] | None:
    series = BY_CODE[lang].national_series
    words = "|".join(map(re.escape, series))
    return re.compile(rf"[ ]?(?:{words})(?![^\W\d_])") if series else None


def national(region: str, end: int, lang: str) -> bool:
    """Whether a national series follows the number that ends at ``end``."""
    series = _series_after(lang)
    return series is not None and series.match(region, end) is not None
