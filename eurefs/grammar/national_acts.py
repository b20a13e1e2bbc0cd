"""A national act's number after an EU type word: no EU act.

The mark is the national series after the number, from the language's record (Czech
``nařízení č. 351/2013 Sb.``: the Collection of Laws), or the date after it where the
language's national acts are cited number first with their date after the number and
without its year, which the number gives (``national_dates``: Spanish ``el Reglamento
1/2005, de 15 de septiembre`` of the judiciary's council, BOE-A-2005-15939; Portuguese
``Decreto-Lei n.º 31/2022, de 6 de maio``).  EU acts are cited with a domain and with
the year of their date (``Reglamento (CE) n.º 1/2005 del Consejo, de 22 de diciembre de
2004``), so only a number read number first without a domain is taken for national so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.grammar.common import SEP, lazy_compile, words
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.references import LegalActRef


@lru_cache(maxsize=32)
def _series_after(lang: str) -> re.Pattern[str] | None:
    series = BY_CODE[lang].national_series
    words = "|".join(map(re.escape, series))
    return re.compile(rf"[ ]?(?:{words})(?![^\W\d_])") if series else None


def national(region: str, end: int, lang: str) -> bool:
    """Whether a national series follows the number that ends at ``end``."""
    series = _series_after(lang)
    return series is not None and series.match(region, end) is not None


def _date_pattern(date_words: tuple[str, ...], joiners: tuple[str, ...], months: list[str]) -> str:
    joiner = words(*joiners) if joiners else "(?!)"
    return (
        r"[ ]?,?" + SEP + words(*date_words) + SEP + r"[0-9]{1,2}(?:[.]?[ºo°])?" + SEP
        + joiner + SEP + r"(?i:" + words(*months) + r")(?![\w])"
        # no year after the month: an EU act's date has one (``de 22 de diciembre de 2004``)
        + r"(?![ ]?,?" + SEP + r"(?:" + joiner + SEP + r")?[0-9])"
    )  # fmt: skip


_DATES = {
    lg.code: lazy_compile(
        _date_pattern(lg.date_words, lg.date_joiners, [m for forms in lg.months for m in forms])
    )
    for lg in LANGUAGES
    if lg.national_dates and lg.date_words and lg.months
}


def dated(ref: LegalActRef, region: str) -> bool:
    """Whether ``ref`` (its span in ``region``) is a national act's number by the date
    after it (``national_dates``)."""
    pattern = _DATES.get(ref.lang)
    if pattern is None or not ref.number_first or ref.domain:
        return False
    return pattern.match(region, ref.end, ref.end + 60) is not None
