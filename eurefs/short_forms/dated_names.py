"""Popular names used before their act existed: a text cannot cite an act adopted after it.

A popular name is often the name of a plan or a proposal years before an act bears it:
the European Parliament's ``resolution of 20 October 2020 with recommendations to the
Commission on the Digital Services Act`` (P9_TA(2020)0272) asks for an act that
Regulation (EU) 2022/2065 became two years later; the Committee of the Regions' ``Opinion
... on the Digital Services Act and the Digital Markets Act`` (OJ C 440, 29.10.2021) is on
the proposals.  A name there is no mention of the act adopted later: a wrong CELEX is worse
than none.

A name is left out when the year of its work (the CELEX's) is after a date the text gives
as its own or as that of the sentence the name is in:

* the text's own date: the first date written in its first ``HEAD`` characters on a short
  line (a heading: ``29.10.2021 | EN | Official Journal of the European Union``,
  ``Brussels, 15.12.2020``, ``JUDGMENT OF THE COURT ... 6 October 2015``, ``European
  Parliament resolution of 20 October 2020 ...``), for the names off that line (on it, the
  date may be that of a judgment the line cites: the sentence's rule reads them), unless
  the text cites a number given after that date (``grammar/text_dates.cites_later``: the
  date is then another document's);
* the sentence's: a date before the name in its sentence (also in figures: ``am
  08.12.2023 grundsätzlich über den AI Act geeinigt``; year first, as Lithuanian and
  Hungarian write it: ``2023 m. gruodžio 8 dieną``), with no act's or case's number
  between (``resolution of 20 October 2020 with recommendations to the Commission on the
  Digital Services Act``, ``on 20 October 2020 the EP adopted recommendations for what the
  new Digital Services Act (DSA) should include``; not ``judgment of 13 May 2014, Google
  Spain (C-131/12, EU:C:2014:317), ... Article 17 GDPR``).

A date right after an act's number or an Official Journal's page is that act's or that
page's (``Directive 2000/31/EC of 8 June 2000 ..., amended by the Digital Services Act``,
``(OJ L 178, 17.7.2000, p. 1)``), not the text's: not read.  The text's own date is
compared with the act's where the popular-names file gives it (the date of the act's own
title: the Parliament's texts adopted of 13 March 2024 headed ``Artificial Intelligence
Act`` name the proposal, Regulation (EU) 2024/1689 is of 13 June 2024), else with its year
(the CELEX gives no more); so is a sentence's whole date (``On 5 May 2021, the Council and
the European Parliament ... landed a provisional political agreement on ... the first-ever
European Climate Law``, eu-logos.org: Regulation (EU) 2021/1119 is of 30 June 2021), a
month and its year by the year alone: a name in a text of its act's own year, not dated
before the act by the day, stays a mention.
"""

from __future__ import annotations

import datetime as dt
import re

from eurefs.grammar import oj_dates
from eurefs.grammar.common import words
from eurefs.grammar.record_dates import YEAR_FIRST
from eurefs.grammar.text_dates import (
    ABBREVIATED,
    ABBREVIATED_MONTHS,
    ABBREVIATED_NUMBERS,
    MONTH_FIRST,
    MONTHS_FIRST,
    ORDINAL,
    cited,
    date_of,
)
from eurefs.grammar.whole_text import WholeText
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms import proposal_names

#: How far before a name the date of its sentence may be
REACH = 200
# a date ending where the search ends (the year found first: a date ends with its year):
# a whole date, the month first (``On June 14, 2023,``) or abbreviated (``On 15 Dec 2020``),
# or a month and its year (``In April 2021, the Commission presented its proposal ..., the
# so-called AI Act``)
_DATE_ENDING = compile_pattern(
    "(?:"
    + oj_dates.pattern("t")
    + "|"
    + MONTH_FIRST
    + "|"
    + ORDINAL
    + "|"
    + ABBREVIATED
    + "|(?<![0-9][ ])(?:"
    + words(*oj_dates.MONTH_LANGS)
    + "|"
    + ABBREVIATED_MONTHS
    + r")[ ](?:19|20)[0-9]{2})$"
)
# (a year after a dot or a slash too, as a date in figures ends: ``am 08.12.2023``; led by
# its first figures, not by the look-behind: ``re`` then skips to them, where a look-behind
# is entered at every character; no figure before it is asked for after)
_YEAR = compile_pattern(r"(?:19|20)[0-9]{2}(?![0-9/])")
# between a date and the name, a number of an act, a case or an ECLI: the date is that
# citation's (``judgment of 13 May 2014, Google Spain (C-131/12, EU:C:2014:317)``)
_NUMBERED = compile_pattern(r"[0-9]/[0-9]|\b[CTF]-[0-9]|:[0-9]{4}:")
# a sentence's end (a full stop, a semicolon or a paragraph break)
_SENTENCE_END = compile_pattern(r"[.;!?][ \t\n]+(?=[^\W\d_])|\n[ \t]*\n")
# where a date may start: a day in figures (or a year first), or a month's name, also
# abbreviated, with or without its dot
_FIGURES = compile_pattern(r"[0-9][0-9]*")
_MONTHS = frozenset(
    (
        *oj_dates.MONTH_LANGS,
        *MONTHS_FIRST,
        *ABBREVIATED_NUMBERS,
        *(a + "." for a in ABBREVIATED_NUMBERS),
    )
)
# (the shortest month's length: the months are found by their last characters)
_MONTH_KEY = min(map(len, _MONTHS))
# how far before its year a date in figures starts, where no space stands before the year
# (``31 . 12 .2020``)
_FIGURES_REACH = 9


def _lengths_by_ending(names: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of ``names``, by their last ``_MONTH_KEY`` characters."""
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[-_MONTH_KEY:], set()).add(len(name))
    return {ending: tuple(found) for ending, found in lengths.items()}


_MONTH_LENGTHS = _lengths_by_ending(_MONTHS)


def _months_ending(text: str, lo: int, end: int) -> list[int]:
    """Where the months' names that end at ``end`` (not before ``lo``) start."""
    return [
        end - length
        for length in _MONTH_LENGTHS.get(text[end - _MONTH_KEY : end], ())
        if end - length >= lo and text[end - length : end] in _MONTHS
    ]


def _date_ending(text: str, lo: int, year: re.Match[str]) -> re.Match[str] | None:
    """``_DATE_ENDING.search(text, lo, year.end())``: the date that ends with ``year``.

    ``re`` would enter the date's branches at every character (some 2,000 instructions
    each); they are entered only where a date may start, from the left as ``search`` does:
    at the last one or two figures of a number (a day), or at a month's name before a space
    and the year (``April 2021``) or the day (``June 14, 2023``).  (A date with its year
    first ends with its day, not with a year.)  Only a space stands before the year of a
    date in words, and a dot, a space, a slash or a hyphen before that of a date in
    figures."""
    at = year.start()
    before = text[at - 1 : at]
    words = before == " "
    if not words:
        if not before or before not in "./-":
            return None
        lo = max(lo, at - _FIGURES_REACH)
    starts = _months_ending(text, lo, at - 1) if words and at - 1 - _MONTH_KEY >= lo else []
    for run in _FIGURES.finditer(text, lo, at):
        a, b = run.span()
        if b - 2 >= a:
            starts.append(b - 2)
        starts.append(b - 1)
        if words and a - 1 - _MONTH_KEY >= lo and text[a - 1] == " ":
            starts.extend(_months_ending(text, lo, a - 1))
    for p in sorted(starts):
        d = _DATE_ENDING.match(text, p, year.end())
        if d is not None:
            return d
    return None


def _sentence_date_before(text: str, start: int, year: int, date: dt.date | None) -> bool:
    """Whether a date before the work's stands before ``start`` in its sentence: of a year
    before ``year``, or a whole date of its year before its ``date`` (where known)."""
    lo = max(0, start - REACH)
    for y in _YEAR.finditer(text, lo, start):
        at = y.start()
        if at and "0" <= text[at - 1] <= "9":  # (no year: the end of a longer number)
            continue
        written = int(y.group())
        if written > year or (written == year and date is None):
            continue
        d = _date_ending(text, max(lo, at - 40), y)
        if d is not None:
            span, whole = d.span(), (date_of(d) if written == year else None)
        elif (first := _year_first(text, at, start)) is not None:
            span, whole = first
        else:
            continue
        # (the cheaper tests first: most dates of the work's year are its own)
        if written == year and (whole is None or date is None or whole >= date):
            continue
        if (
            not cited(text, span[0], lo)
            and _SENTENCE_END.search(text, span[1], start) is None
            and _NUMBERED.search(text, span[1], start) is None
        ):
            return True
    return False


def _year_first(text: str, at: int, end: int) -> tuple[tuple[int, int], dt.date | None] | None:
    """The date written year first (``record_dates.YEAR_FIRST``: ``2023 m. gruodžio 8 dieną``)
    at ``at``, before ``end``: its span and its whole date (None: no day of the calendar)."""
    for form in YEAR_FIRST:
        if (m := form.match(text, at, end)) is not None:
            return m.span(), oj_dates.read(m, "f", "") or None
    return None


def before_its_act(text: str, start: int, celex: str, date: dt.date | None = None) -> bool:
    """Whether the name at ``start`` of the work ``celex`` stands in a text dated before the
    work (before its ``date``, where known, else before its year), or in a sentence dated
    before it (the same way, a month and its year by the year alone): it then names a plan
    or a proposal, not the work."""
    written = celex[1:5]
    if not written.isdigit():
        return False
    year = int(written)
    whole = WholeText.of(text)
    own = whole.head()
    # (a name on the date's own line is read as in a sentence: the date may be that of
    # a judgment it cites, ``In its judgment of 13 May 2014, Google Spain ... the GDPR``)
    if (
        own is not None
        and (
            own.year < year
            or (own.year == year and own.date is not None and date is not None and own.date < date)
        )
        and not own.line_start <= start < own.line_end
        and not whole.cites_later(own.year)
    ):
        return True
    return _sentence_date_before(text, start, year, date)


def before_its_work(
    text: str, start: int, celex: str, lang: str, date: dt.date | None = None
) -> bool:
    """Whether the name at ``start`` of the work ``celex`` names a proposal or a plan, not
    the work: after ``proposal for a``, ``the proposed`` (``proposal_names``), in a text or
    a sentence dated before the work's year (:func:`before_its_act`), or anywhere in a text
    that names the work so elsewhere and writes no year of the work's or after
    (:func:`none_since`): ``One step closer to an AI Act`` heads the text of the sentence
    below."""
    if proposal_names.after_proposal_words(text, start) or before_its_act(text, start, celex, date):
        return True
    return none_since(text, celex) and _named_before(text, celex, lang)


def none_since(text: str, celex: str) -> bool:
    """Whether ``text`` writes no year of the work ``celex``'s or after it (in figures:
    a date, an act's number), so that a name of the work left out as a proposal's or a
    plan's (:func:`before_its_act`, ``proposal_names.after_proposal_words``) leaves out
    its later names too: ``In April 2021, the Commission presented its proposal for a
    Regulation on harmonised rules for AI in the EU, the so-called AI Act`` (vinge.se,
    on the Parliament's vote of 14 June 2023; pages corpus) then ``the AI Act`` again
    (Regulation (EU) 2024/1689 was adopted three years after).  A text that writes a later
    year may be of the work's time, its names the work's: kept."""
    written = celex[1:5]
    if not written.isdigit():
        return False
    return not WholeText.of(text).writes_year_since(int(written))


def _named_before(text: str, celex: str, lang: str) -> bool:
    """Whether a name of the work ``celex`` stands somewhere in ``text`` where
    :func:`before_its_work` reads a proposal's or a plan's (but for the text as a whole;
    read once for a text, a work and a language)."""
    key = ("named_before", celex, lang)
    return WholeText.of(text).answer(key, lambda: _read_named_before(text, celex, lang))


def _read_named_before(text: str, celex: str, lang: str) -> bool:
    from eurefs.short_forms.popular_names import finds, names_for  # (it imports this one)

    for name, entry in names_for(lang).items():
        if entry.celex == celex:
            for at, _ in finds(text, name):
                if proposal_names.after_proposal_words(text, at) or before_its_act(
                    text, at, celex, entry.date
                ):
                    return True
    return False
