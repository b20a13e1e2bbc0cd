"""Dates written in the form of a record's dated acts (``dated_forms_before``), the month
in words: year first (Lithuanian ``2023 m. gruodžio 8 d.``, Hungarian ``2023. december 8-i``,
Latvian ``2023. gada 8. decembris``) and day first (Finnish ``8 päivänä joulukuuta 2023``),
read in a text's head (``grammar/text_dates.head_date``) and, year first, before a name
in its sentence (``short_forms/dated_names``).  Their groups are named ``f...``, as
:func:`~eurefs.grammar.oj_dates.words_pattern`'s, so that
:func:`~eurefs.grammar.oj_dates.read` reads them.
"""

from __future__ import annotations

import re

from eurefs.grammar import oj_dates
from eurefs.grammar.common import words
from eurefs.languages import LANGUAGES, Language
from eurefs.pattern_store import compile_pattern

#: A field of a record's date form (``{year}. gada {day}. {month}``).
FIELD = compile_pattern(r"\{(day|month|mnum|year|article)\}")
_SLOTS = {
    "article": r"[^\W\d_]{1,4}-",
    "day": r"(?P<day>[0-9]{1,2})",
    "mnum": r"(?P<mnum>[0-9]{1,2})",
    "year": r"(?P<year>(?:19|20)[0-9][0-9])",
}


def template_source(template: str, lang: Language) -> str:
    """A record's date form (``{year}. gada {day}. {month}``) as a regular expression, the
    month in ``lang``'s words (groups ``day``, ``month`` or ``mnum``, ``year``)."""
    months = words(*(n for names in lang.months for n in names))
    out, at = [], 0
    for m in FIELD.finditer(template):
        out.append(re.escape(template[at : m.start()]).replace(r"\ ", r"\s+"))
        out.append(_SLOTS.get(m.group(1)) or rf"(?P<month>{months})")
        at = m.end()
    out.append(re.escape(template[at:]).replace(r"\ ", r"\s+"))
    return "".join(out)


def _year_first(template: str) -> str:
    """A record's date form that starts with its year (``{year} m. {month} {day} d.``), up to
    its day: the words after the day are a case's and vary in prose (Lithuanian ``d.``,
    ``dieną``; Hungarian ``-i``, ``-án``).  Groups ``f...``."""
    # (Latvian writes the month after the day: ``{year}. gada {day}. {month}``)
    head = template[: max(template.index(f) + len(f) for f in ("{day}", "{month}"))]
    return _filled(
        head,
        year=r"(?P<fyw>(?:19|20)[0-9]{2})",
        day=r"(?P<fdw>[0-9]{1,2})(?![0-9])",
    )


def _filled(head: str, year: str, day: str) -> str:
    """``head``, a record's date form, as a pattern: its ``{year}`` and ``{day}`` as given,
    its ``{month}`` a month's word in any language, the rest as written."""
    parts = re.split(r"(\{year\}|\{month\}|\{day\})", head)
    fields = {
        "{year}": year,
        "{month}": "(?P<fmw>" + words(*oj_dates.MONTH_LANGS) + r")(?![\w])",
        "{day}": day,
    }
    return "".join(fields.get(p) or re.escape(p).replace(r"\ ", "[ ]") for p in parts)


#: Dates written year first, the month in words, as the records' dated acts write them
#: (``dated_forms_before``: Lithuanian ``2023 m. gruodžio 8 d.``, Hungarian ``2023. december
#: 8-i``, Latvian ``2023. gada 8. decembris``), in prose too (``2023 m. gruodžio 8 dieną``,
#: expertlab.lt on the AI Act; pages corpus): one pattern a form, each matched at a year.
#: Groups ``f...``.
YEAR_FIRST = tuple(
    compile_pattern(source)
    for source in dict.fromkeys(
        _year_first(form)
        for lg in LANGUAGES
        for form in lg.dated_forms_before
        if form.startswith("{year}") and "{month}" in form
    )
)


def _day_first(template: str) -> str:
    """A record's date form that starts with its day, the month in words, up to its year
    (Finnish ``{day} päivänä {month} {year}``).  Groups ``f...``, as :func:`_year_first`'s."""
    head = template[: template.index("{year}") + len("{year}")]
    return _filled(
        head,
        year=r"(?P<fyw>(?:19|20)[0-9]{2})(?![0-9])",
        day=r"(?<![0-9])(?P<fdw>[0-9]{1,2})",
    )


#: The dates a text's head may give in a record's form (``text_dates.head_date``): those of
#: :data:`YEAR_FIRST` and those written day first, the month in words, that the
#: records' dated acts write (Finnish ``25 päivänä kesäkuuta 2013``, under the heading of
#: the Court's Finnish judgments and opinions; as a date in a title it reads ``annettu 9
#: päivänä syyskuuta 2015``, which a gap's dates leave as a title's words)
HEAD_FORMS = YEAR_FIRST + tuple(
    compile_pattern(source)
    for source in dict.fromkeys(
        _day_first(form)
        for lg in LANGUAGES
        for form in lg.dated_forms_before
        if form.startswith("{day}") and "{month}" in form and "{year}" in form
    )
)


def between_source(lang: Language) -> str:
    """The dates of ``lang``'s ``dated_forms_before`` as they stand between an author and
    the type word (``Sabiedrisko pakalpojumu regulēšanas komisijas 2010.gada 14.jūlija
    lēmumā``), without groups and with or without a blank after a dot, as national
    writing has them: ``(?!)`` for a language with none."""
    forms = [template_source(t, lang).replace(r"\.\s+", r"\.\s*") for t in lang.dated_forms_before]
    return re.sub(r"\(\?P<\w+>", "(?:", "|".join(forms)) if forms else "(?!)"
