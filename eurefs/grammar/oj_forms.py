"""The readings of the Official Journal's citation forms that need more than their
groups (``grammar/official_journal``): the classic form and the issues listed after it
without the journal, the issue/page form and a year after its slash, the Bluebook's, the
Polish databases', the Court's single series before 1968, the date before the series
(Italian national writing, with its branch of the pattern); the issue's date; and the
Cellar ids a citation gives."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal

from eurefs import identifiers as ids
from eurefs.errors import ParseError
from eurefs.grammar import oj_dates, oj_series, years
from eurefs.grammar.common import collapse_spaces, lazy_compile
from eurefs.languages import LANGUAGES, index
from eurefs.models.light import BaseReference, OjRef
from eurefs.models.prototypes import reference
from eurefs.textview import CLEAN_TABLE

#: The date before the series and issue, as Italian national writing cites the journal
#: after its own (``G.U.U.E. 30 novembre 2005, n. L 314``; ``G.U. 31 luglio 2015, n. 176``
#: is the Gazzetta Ufficiale): the month in words, a comma, a number marker (the pattern's
#: branch; groups ``f...``, ``fser``, ``fissue``).
DATE_FIRST = (
    oj_dates.words_pattern("f")
    + r",[ ]"
    + oj_series.MARKERS
    + r"(?:[ ]?\.)?[ ](?P<fser>[LCS])[ ]"
    + oj_series.ISSUE.format(g="fissue")
)

#: EUR-Lex's former header of the acts before 2004 names the journal in words that also name
#: national journals (the records' ``oj.header_journals``: ``Journal officiel``,
#: ``Amtsblatt``): word -> languages.
HEADER_LANGS = index(lambda lg: lg.oj.header_journals)
_UNPAGED_HEADER_WORDS = frozenset(w for lg in LANGUAGES for w in lg.oj.unpaged_header_journals)
# after them a number marker, the issue in three figures (after the series from 1968), a
# word, the date with slashes and the first page in four figures (``Amtsblatt Nr. L 376 vom
# 31/12/1991 S. 0029``, ``Journal officiel n° 021 du 28/11/1955 p. 0905``), or nothing more
_HEADER_SHAPE = lazy_compile(
    r"[ ]" + oj_series.MARKERS
    + r"\.?[ ](?:(?P<series>[LC])[ ])?[0-9]{3}[ ][^\W\d_]+[ ][0-9]{2}/[0-9]{2}/[0-9]{4}"
    r"(?:[ ][^\W\d_]+\.[ ](?P<page>[0-9]{4})(?![0-9])|(?![0-9/]))"
)  # fmt: skip


_SIGN = "\u00ba"
_FOLD_BUT_SIGN = {c: r for c, r in CLEAN_TABLE.items() if c != ord(_SIGN)}


def keep_ordinal_signs(refs: list[BaseReference], text: str) -> None:
    """Give the ordinal sign back to the normal forms of the journal's citations, which are
    their text as written, blanks collapsed (in place): the view the patterns read spells
    the sign ``o`` (``DOUE nº L 348`` was normalised ``DOUE no L 348``)."""
    if _SIGN not in text:
        return
    for ref in refs:
        if ref.kind == "oj" and _SIGN in ref.text:
            if ref.normalized == collapse_spaces(ref.text.translate(CLEAN_TABLE)):
                ref.__dict__["normalized"] = collapse_spaces(ref.text.translate(_FOLD_BUT_SIGN))


def in_header_shape(text: str, end: int, word: str) -> bool:
    """Whether the header's journal ``word``, ending at ``end`` in ``text``, heads a citation
    in the shape of EUR-Lex's former header: with its first page, or without it, the series
    written, after the words that a database heading an act so writes (the records'
    ``oj.unpaged_header_journals``: Portuguese ``Jornal Oficial nº L 012 de 16/01/2001``)."""
    shape = _HEADER_SHAPE.match(text, end)
    if shape is None:
        return False
    return bool(shape.group("page") or (shape.group("series") and word in _UNPAGED_HEADER_WORDS))


def integer(s: str | None) -> int | None:
    """``s`` as a number, None where nothing is written."""
    return int(s) if s else None


def issue_date(
    m: re.Match[str], lang: str, forms: tuple[str | None, str | None, str | None, str | None]
) -> dt.date | Literal[False] | None:
    """The date of the issue, if written; False where what is written is no date
    (``31.2.2016``) or a date to come: then the match is no OJ citation.  ``forms``: the
    groups ``aser``, ``issue``, ``sser`` and ``fser`` of ``m`` (read by the caller)."""
    aser, issue, sser, fser = forms
    prefix = "a" if aser else ("" if issue else ("s" if sser else None))
    if prefix is None and fser:
        prefix = "f"
    return None if prefix is None else oj_dates.read(m, prefix, lang)


def act_by_act_id(series: str, act: str) -> tuple[str, ...]:
    """Cellar id of an act-by-act publication: ``L, 2024/1689`` -> ``oj:L_202401689``.

    Inferred from the id shape in cellar-api.md 2.1 (UNCONFIRMED).
    """
    year, number = act.removeprefix("C/").split("/")
    try:
        return (f"oj:{ids.oj_act_id(series, int(year), int(number))}",)
    except ParseError:
        return ()


#: The year the L and C series began to be published act by act (1 October 2023): no act
#: of an earlier year was published so, whatever a text writes (``OJ L 2016/679`` for the
#: GDPR, which is in OJ L 119 of 4 May 2016).
FIRST_ACT_BY_ACT_YEAR = 2023


def act_by_act(
    m: re.Match[str], lang: str, date: dt.date | None, year: int | None
) -> tuple[OjRef, ...]:
    """``OJ L, 2024/1689, 12.7.2024``: the series and the act's number (groups ``aser``,
    ``aact``); none for an act of a year to come or before the series were published act
    by act (``OJ L 2016/679, 4 May 2016``: the GDPR's number written in the new form; its
    Cellar id would name no publication)."""
    act = m.group("aact")
    act_year = int(act.removeprefix("C/").split("/")[0])
    if years.is_future_year(act_year) or act_year < FIRST_ACT_BY_ACT_YEAR:
        return ()
    return (
        reference(
            OjRef, m.group(0), m.start(), m.end(), lang=lang,
            normalized=collapse_spaces(m.group(0)), series=m.group("aser"),
            year=year or act_year, date=date, act_number=act,
            cellar_ids=act_by_act_id(m.group("aser"), act),
        ),
    )  # fmt: skip


def uriserv_ids(
    series: str | None, year: int | None, issue: str, page: int | None
) -> tuple[str, ...]:
    """Cellar ``uriserv`` expression stem of a classic citation (``OJ.L_.2016.119.01.0001.01``).

    Only for plain numeric issues of the L and C series with a page: the forms seen in
    real notices (``OJ.L_.2014.001...``, ``OJ.C_.2018.112...``); none of the S series is
    known.  The ``.01`` segments are UNCONFIRMED for pages that carry several acts
    (cellar-api.md 4(d)).
    """
    if series not in ("L", "C") or year is None or page is None or not issue.isdigit():
        return ()
    try:
        return (f"uriserv:{ids.uriserv_id(series, year, int(issue), page)}",)
    except ParseError:
        return ()


def single_series(m: re.Match[str], lang: str) -> OjRef:
    """The Court's citation of the single series before 1968 (``JO 1962, 13, p. 204``):
    year, issue and page; no series, so no Cellar id (its identifiers are not known)."""
    g = m.group
    return reference(
        OjRef, g(0), m.start(), m.end(), lang=lang, normalized=collapse_spaces(g(0)),
        issue=g("oissue"), year=int(g("oyear")), page=int(g("op")), last_page=integer(g("oq")),
    )  # fmt: skip


def database_form(m: re.Match[str], lang: str) -> Sequence[OjRef]:
    """Polish databases' citation (``Dz.U.UE.L 2006 nr 347 poz 1``, ``Dz.U.UE.L.2006.347.1``):
    series, year, issue and page; none for a year to come."""
    g = m.group
    year, page = int(g("pyear") or g("dyear")), int(g("pp") or g("dp"))
    issue = g("pissue") or g("dissue")
    if years.is_future_year(year):
        return ()
    return (reference(
        OjRef, g(0), m.start(), m.end(), lang=lang, normalized=collapse_spaces(g(0)),
        series=g("pser"), issue=issue, year=year, page=page,
        cellar_ids=uriserv_ids(g("pser"), year, issue, page),
    ),)  # fmt: skip


def court_form(m: re.Match[str], lang: str) -> Sequence[OjRef]:
    """The Court's year before the series (``OJ 2016 L 119, p. 1``, ``OJ 2016 L 119/1``;
    Polish ``Dz. Urz. UE z 2016 r. L 119 s.1``): none for a year to come."""
    g = m.group
    year = int(g("cyear"))
    if years.is_future_year(year):
        return ()
    if g("csp"):  # OJ 2016 L 119/1, OJ 2016 L 119/2016
        return (slashed(m, lang, None, year, g("cser", "cissue", "csp")),)
    issue, page = collapse_spaces(g("cissue")), integer(g("cp"))
    return (reference(
        OjRef, g(0), m.start(), m.end(), lang=lang, normalized=collapse_spaces(g(0)),
        series=g("cser"), issue=issue, year=year, page=page, last_page=integer(g("cq")),
        cellar_ids=uriserv_ids(g("cser"), year, issue, page),
    ),)  # fmt: skip


def date_first(m: re.Match[str], lang: str, date: dt.date) -> OjRef:
    """The date before the series and issue, as Italian national writing cites the journal
    (``G.U.U.E. 30 novembre 2005, n. L 314``): series, issue and date, no page written, so
    no Cellar id."""
    g = m.group
    return reference(
        OjRef, g(0), m.start(), m.end(), lang=lang, normalized=collapse_spaces(g(0)),
        series=g("fser"), issue=collapse_spaces(g("fissue")), year=date.year, date=date,
    )  # fmt: skip


def bluebook(m: re.Match[str], lang: str, year: int | None) -> OjRef:
    """The Bluebook's ``2009 O.J. (L 311) 35``: year, series, issue in brackets, page."""
    g = m.group
    series, issue, page = g("bser"), g("bissue"), int(g("bp"))
    return reference(
        OjRef, g(0), m.start(), m.end(), lang=lang, normalized=collapse_spaces(g(0)),
        series=series, issue=issue, year=year, page=page,
        cellar_ids=uriserv_ids(series, year, issue, page),
    )  # fmt: skip


def slashed(
    m: re.Match[str], lang: str, date: dt.date | None, year: int | None, written: tuple[str, ...]
) -> OjRef:
    """``L 119/1``: issue and page; but ``L 119/2016``, ``L 1689/2024`` (a year after the
    slash; no issue runs to such a page) are the issue and its year or, since the L and C
    series are published act by act (October 2023), the act's number and year reversed
    (``OJ L 1689/2024`` for the act 2024/1689 in real texts): no page then.  ``written``:
    series, issue and what follows the slash; ``year``: the date's, or the one written
    before the journal or the series (``[2016] OJ L119/2016``, ``OJ 2016 L 119/2016``)."""
    g = m.group
    series, written_issue, after = written[0], collapse_spaces(written[1]), int(written[2])
    issue: str | None = written_issue
    page: int | None = after
    act: str | None = None
    if 1952 <= after and not years.is_future_year(after):
        # (an issue with a letter, ``48 A``, is no act's number)
        number = int(written_issue) if written_issue.isdigit() else 0
        page = None
        if year is not None and year != after:  # which year, the text does not say
            issue = None
        elif series != "S" and (
            after > FIRST_ACT_BY_ACT_YEAR or (after == FIRST_ACT_BY_ACT_YEAR and number > 999)
        ):
            act = ("C/" if series == "C" else "") + f"{after}/{number}" if number else None
            issue = None
        elif number > 999:  # no issue had such a number
            issue = None
        year = year or after
    cellar = act_by_act_id(series, act) if act else uriserv_ids(series, year, written_issue, page)
    return reference(
        OjRef, g(0), m.start(), m.end(), lang=lang, normalized=collapse_spaces(g(0)),
        series=series, issue=issue, year=year, date=date, page=page, act_number=act,
        cellar_ids=cellar,
    )  # fmt: skip


def classic(
    m: re.Match[str], lang: str, date: dt.date | None, year: int | None, listed: re.Pattern[str]
) -> tuple[OjRef, ...]:
    """``OJ L 119, 4.5.2016, p. 1``, then the issues ``listed`` after it that do not repeat
    the journal (``ABl. L 119 vom 4.5.2016, S. 1, L 127 vom 23.5.2018, S. 2``): only after a
    series and a page, and each with its own series, issue, date and page.  None without a
    series from 1968 on (``OJ 427, 30.11.2021, p. 5``: L's issue or C's)."""
    series, written, p, q, byear, uyear = m.group("ser", "issue", "p", "q", "byear", "uyear")
    if not series and (year is None or year >= oj_series.SINCE):
        return ()
    issue, page, whole = collapse_spaces(written), integer(p), m.group()
    ref = reference(
        OjRef, whole, m.start(), m.end(), lang=lang, normalized=collapse_spaces(whole),
        series=series, issue=issue, year=year, date=date, page=page, last_page=integer(q),
        cellar_ids=uriserv_ids(series, year, issue, page),
    )  # fmt: skip
    # (not after a year before the journal: ``[2003] OJ L295/1`` names one issue's year)
    if not series or page is None or byear or uyear:
        return (ref,)
    return (ref, *_listed(m, lang, listed))


def _listed(m: re.Match[str], lang: str, listed: re.Pattern[str]) -> list[OjRef]:
    """The issues listed after the citation ``m``, each normalised with its journal (the
    text before ``m``'s series: ``ABl. L 127 vom 23.5.2018, S. 2``); the list ends at the
    first that is none (no date, a date that is none or to come)."""
    text, pos, refs = m.string, m.end(), []
    journal = collapse_spaces(text[m.start() : m.start("ser")]).rstrip()
    while (n := listed.match(text, pos)) is not None:
        date = oj_dates.read(n, "", lang)
        if not date:
            break
        start, issue, page = n.start("ser"), collapse_spaces(n.group("issue")), int(n.group("p"))
        written = text[start : n.end()]
        refs.append(reference(
            OjRef, written, start, n.end(), lang=lang,
            normalized=f"{journal} {collapse_spaces(written)}", series=n.group("ser"),
            issue=issue, year=date.year, date=date, page=page, last_page=integer(n.group("q")),
            cellar_ids=uriserv_ids(n.group("ser"), date.year, issue, page),
        ))  # fmt: skip
        pos = n.end()
    return refs
