"""How a language's prose writes a date that no citation writes so: a part of its record
(``Language.prose_dates``)."""

from __future__ import annotations

from eurefs.records import record


@record
class ProseDates:
    """The words of the dates prose writes, besides the citations' (``Language.months``,
    ``date_words``, ``day_suffixes``): read only in the date a text gives itself or its
    sentences (``grammar/text_dates``, ``short_forms/dated_names``), never in a citation's.

    Attributes:
        month_first: The month is written before the day, a comma before the year (English
            ``June 26, 2023``, ``June 26th, 2023``).
        day_endings: Written after the day's number: an ordinal's ending (English ``13th``,
            ``1st``) or sign (Italian ``1°``, Spanish ``1.º``; a degree sign for it too).
        day_links: Words between such a day and the month (English ``8th of December``,
            Spanish ``1.º de enero``).
        year_links: Words between the month and the year of such a date (Spanish ``1.º de
            enero de 2022``).
    """

    month_first: bool = False
    day_endings: tuple[str, ...] = ()
    day_links: tuple[str, ...] = ()
    year_links: tuple[str, ...] = ()
