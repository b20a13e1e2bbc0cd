"""A national act's date right after its number, without the year the number gives.

Spanish and Portuguese national acts are cited number first with their day and month
(``national_dates``: ``el Reglamento 1/2005, de 15 de septiembre``, BOE-A-2005-15939;
``Decreto-Lei n.º 31/2022, de 6 de maio``), Hungarian ones with the month in Roman
numerals before the day, in brackets (``national_roman_dates``: ``66/2011. (IV. 15.)
Korm. rendelet``).  EU acts are cited with a domain or with the year of their date
(``Reglamento (CE) n.º 1/2005 del Consejo, de 22 de diciembre de 2004``), so only a number
read number first without a domain is taken for national so (``grammar/national_acts``).
"""

from __future__ import annotations

from eurefs.grammar.common import SEP, lazy_compile, words
from eurefs.languages import LANGUAGES
from eurefs.models.light import LegalActRef


def _date_pattern(date_words: tuple[str, ...], joiners: tuple[str, ...], months: list[str]) -> str:
    joiner = words(*joiners) if joiners else "(?!)"
    return (
        r"[ ]?,?" + SEP + words(*date_words) + SEP + r"[0-9]{1,2}(?:[.]?[ºo°])?" + SEP
        + joiner + SEP + r"(?i:" + words(*months) + r")(?![\w])"
        # no year after the month: an EU act's date has one (``de 22 de diciembre de 2004``)
        + r"(?![ ]?,?" + SEP + r"(?:" + joiner + SEP + r")?[0-9])"
    )  # fmt: skip


#: the date after a national act's number, its month in Roman numerals, no year
#: (``national_roman_dates``: Hungarian ``66/2011. (IV. 15.)``), read in every language:
#: writing about such acts in another language copies their citation whole (``Decision
#: 29/2011 (IV. 7.) AB``, the Hungarian Constitutional Court's, in English), and no EU act
#: is dated without its year
_ROMAN_DATES = (
    lazy_compile(r"[.]?[ ]?\((?:XI{0,2}|IX|IV|VI{0,3}|I{1,3})[.][ ]?[0-9]{1,2}[.]?\)")
    if any(lg.national_roman_dates for lg in LANGUAGES)
    else None
)
_DATES = {
    lg.code: lazy_compile(
        _date_pattern(lg.date_words, lg.date_joiners, [m for f in lg.months for m in f])
    )
    for lg in LANGUAGES
    if lg.national_dates and lg.date_words and lg.months
}


def dated(ref: LegalActRef, region: str) -> bool:
    """Whether ``ref`` (its span in ``region``), a number read number first without a
    domain, is a national act's number by the date after it."""
    return ref.number_first and not ref.domain and date_after(region, ref.end, ref.lang)


def date_after(region: str, end: int, lang: str) -> bool:
    """Whether a national act's date (of language ``lang``) follows the number that ends
    at ``end``."""
    if _ROMAN_DATES is not None and _ROMAN_DATES.match(region, end, end + 60) is not None:
        return True
    pattern = _DATES.get(lang)
    return pattern is not None and pattern.match(region, end, end + 60) is not None


__all__ = ["date_after", "dated"]
