"""Pinpoints after a case number or ECLI: ``C-131/12, paragraph 71``, ``point 45``, ``Rn. 12``,
``pkt 45``, ``σκέψη 45``; the number first in Latvian, Finnish, Hungarian and Lithuanian
(``45. punkts``, ``45 kohta``, ``45. pont``, ``45 punktas``).

The pinpoint stays outside the span (the reference is the judgment) and is kept
in the reference's ``pinpoint``; ``parse`` accepts it after a reference given
alone.  The words are the languages' ``cases.pinpoint_words``, after the
number for those whose ``cases.pinpoint_number_first`` is set.

Between the reference and its pinpoint may stand the Court's ECLI (``C-184/99,
EU:C:2001:458, paragraph 31``) or the European Court Reports, the case's name
before them (``C-184/99, Slg. 2001, I-6193, Randnr. 43``, ``Case C-184/99 Grzelczyk
[2001] ECR I-6193, paragraph 31``, ``C-173/99, BECTU, REG 2001, s. I-4881, punkt
43``, ``[EBHT 2001., I-4881. o.] 43. pontját``): both are passed over, not recorded.
Where the case word follows the number (Hungarian, the records'
``cases.pinpoint_leads``), so does its pinpoint (``a C-311/18. sz. ügyben
hozott ítélet 45. pontja``).  Every look-ahead is bounded: linear in the text.
"""

from __future__ import annotations

import re

from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES

_WORDS = words(*(
    w for lg in LANGUAGES if not lg.cases.pinpoint_number_first
    for w in lg.cases.pinpoint_words
))  # fmt: skip
# the languages that write the number first (``45. punkts``, ``45 kohta``) keep their words
# apart: ``punkts 45`` is none of theirs, nor ``punkt 45.`` an Estonian one
_WORDS_AFTER = words(*(
    w for lg in LANGUAGES if lg.cases.pinpoint_number_first
    for w in lg.cases.pinpoint_words
))  # fmt: skip
# (words read only at the citation's end: English ``para``, Spanish and Portuguese *for*)
_CLOSED = [w for lg in LANGUAGES for w in lg.cases.closed_pinpoint_words]
_JOINS = words(*(w for lg in LANGUAGES for w in lg.article_conjunctions))
_NUMBER = r"[0-9]{1,4}(?![0-9])"
_ORDINAL = _NUMBER + r"\.?"  # Latvian and Hungarian write the ordinal's dot: ``45. punkts``
_LAST = r"(?:[ ]?-[ ]?|[ ]" + _JOINS + r"[ ])"  # before the last number of a list
#: ``paragraph 71``, ``paragraphs 71 to 73``, ``Rn. 12-14``, ``paragraphs 52, 53 and 73``,
#: ``pkt 197, 198;``, ``45.-47. punkts``, ``45 ja 46 kohta``; a number after a comma only
#: before a conjunction or a punctuation mark (``paragraph 45, 2020 judgment``: 45)
# (``(?:x|)`` for ``(?:x)?`` and a look-ahead before a repeat: the pattern runs after
# every case and ECLI, and the engine's repeats cost more than a branch)
_LIST = (
    r"(?:(?=,[ ][0-9])(?:,[ ]" + _NUMBER + r"(?=[;).,]|[ ]" + _JOINS + r"[ ][0-9]))+|)"
    + r"(?:" + _LAST + _NUMBER + r"|)"
)  # fmt: skip
#: (a closed word's pinpoint ends the citation, ``C-131/12, para 71)``, ``para 71.``, or its
#: paragraph, two blanks in the view; not the text's end: a search's window may end there,
#: cutting ``para 10 utilizadores``)
_CLOSED_PIN = (
    r"|" + words(*_CLOSED) + r"[ ]" + _NUMBER + _LIST + r"(?=[ ]?[;.)\]]|[ ]{2}|[ ]*\n)"
    if _CLOSED else ""
)  # fmt: skip
_PIN = (
    r"(?P<pin>" + _WORDS + r"[ ]?" + _NUMBER + _LIST + _CLOSED_PIN
    + r"|" + _ORDINAL + r"(?:(?=,[ ][0-9])(?:,[ ]" + _ORDINAL + r")+|)(?:" + _LAST + _ORDINAL
    + r"|)[ ]" + _WORDS_AFTER + r")(?![\w])"
)  # fmt: skip
#: The pinpoint right after a reference and its comma.
PINPOINT = lazy_compile(r"[ ]?,[ ]" + _PIN)
# The Court's ECLI after a case number: ``C-184/99, EU:C:2001:458, paragraph 31``.
_ECLI = r"[ ]?,[ ](?:ECLI:)?EU:[CTF]:(?:19|20)[0-9]{2}:[0-9]{1,6}(?![\w:])"
# A page of the Reports: ``I-4881``, ``II-3601``, ``723``, the staff cases' ``I-A-1-123``;
# Latvian and Hungarian write the page word after it (``I-179. lpp.``, ``I-4881. o.``).
_PAGE = (
    r"(?<![\w-])(?:I{1,2}-(?:A-(?:[0-9]{1,2}-)?)?)?[0-9]{1,5}(?![\w-])"
    + r"(?:\.?[ ]"
    + words(*(w for lg in LANGUAGES for w in lg.oj.pages_after))
    + r")?"
)
# The Reports: the year in brackets (English) or a bracket opening (Hungarian) and the
# abbreviation; then up to 24 characters (year, volume, page word: ``2001, σ.``, ``I, s.``)
# and the page, a second one after a conjunction (``I-A-1-123 and II-A-1-456``).
_REPORTS_WORD = (
    r"(?:\[(?:19|20)[0-9]{2}\][ ]|\[)?"
    + words(*(w for lg in LANGUAGES for w in lg.cases.court_reports)) + r"(?!\w)"
)  # fmt: skip
_REPORTS = (
    _REPORTS_WORD + r"[^;()\[\]\n]{0,24}?" + _PAGE
    + r"(?:[ ]" + _JOINS + r"[ ]" + _PAGE + r")?\]?"
)  # fmt: skip
# the case's name (no digit, no sentence's end, no bracket), a date of the Finnish style
# in it (``BECTU, tuomio 26.6.2001, Kok.``)
_DATE = r"[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2}"
_NAME_CHAR = r"(?:[^\d;.()\[\]\n]|\.(?![ ]?[A-Z])|" + _DATE + r")"
_NAME_CHARS = _NAME_CHAR + r"{1,80}"
_LEAD_LANGS = [lg for lg in LANGUAGES if lg.cases.pinpoint_leads]
# Right after the reference (or its ECLI): the comma, or the case word after the number
# with its marker, the name glued to it or before it, then a comma, or the lead words (a
# date before them) and the Reports: ``C-311/18. sz. ügy, 45. pont``, ``C-173/99. sz.
# BECTU-ügyben 2001. június 26-án hozott ítélet [EBHT 2001., I-4881. o.] 43. pontját``.
_BLANK_WORDS = [w for lg in LANGUAGES for w in lg.cases.pinpoint_after_blank]
_NEAR = (
    r"(?:[ ]?,[ ]"
    # (a blank alone before the words some languages write so: ``C-311/18 Rn. 134``)
    + (r"|[ ](?=" + words(*_BLANK_WORDS) + r"[ ]?[0-9])" if _BLANK_WORDS else "")
    + r"|\.?[ ]" + words(*(m for lg in _LEAD_LANGS for m in lg.number_markers))
    + r",?[ ](?:[^\d;()\[\]/\n]{0,80}?(?<=[ -]))?"
    + words(*(w for lg in _LEAD_LANGS for w in lg.cases.words)) + r"(?!\w)"
    + r"(?:[ ]?,[ ]|[^;()\[\]/\n]{0,30}?[ ]"
    + words(*(w for lg in _LEAD_LANGS for w in lg.cases.pinpoint_leads))
    + r"(?:[ ]" + _REPORTS + r")?[ ]))" + _PIN
)  # fmt: skip
# Further on, past the case's name: the Reports (``, Slg. 2001, I-6193, ``; no comma after
# a closing bracket: ``[EBHT 2001., I-4881. o.] 43. pontját``), or the name alone, between
# commas or capitalised after the number (``C-214/10, KHS, præmis 23``; ``Case C-184/99
# Grzelczyk, paragraph 31``; ``C-214/10, KHS, ännu ej publicerat i rättsfallssamlingen,
# punkt 23``).  The name's extent found first (most references have none), then the
# Reports (a search led by a blank) or the pinpoint (led by a comma) in it: a pattern
# walking the name would try both at every character of every reference's next words.
# (the name's extent, quickly: runs of its characters, a sentence's end in them too,
# checked with the rest of the name later)
_NAME_SPAN = r"(?>(?:[^\d;()\[\]\n]{1,100}|" + _DATE + r"){0,6})"
_PIN_FURTHER = lazy_compile(r",[ ]" + _PIN)
_REPORTS_AT = lazy_compile(r"[ ]" + _REPORTS_WORD)
_BEFORE_REPORTS = lazy_compile(r"(?:[,:]?[ ]" + _NAME_CHARS + r")?[ ]?,?[ ]")
_REPORTED = lazy_compile(_REPORTS + r"(?:[ ]?,[ ]|(?<=\])[ ])" + _PIN)
_NAME_ALONE = lazy_compile(r"(?:,[ ]|[ ](?=[A-Z]))" + _NAME_CHARS)
# The Court's ECLI after the name, a blank or a comma before it, and the pinpoint after it:
# ``Case C-882/19 Sumal EU:C:2021:800, para. 33`` (the ECLI's ``EU:`` found first); the
# year of the case number before the name
_ECLI_PINNED = lazy_compile(
    r"(?:ECLI:)?EU:[CTF]:(?P<year>(?:19|20)[0-9]{2}):[0-9]{1,6}(?![\w:])[ ]?,[ ]" + _PIN
)
_CASE_YEAR = lazy_compile(r"/(?P<yy>[0-9]{2})(?:[ ]P)?\Z")


def after_pattern(before: str) -> re.Pattern[str]:
    """The pattern :func:`after` reads a pinpoint with, past ``before`` (a pattern that may
    match nothing, as the further numbers of a list of cases) and an ECLI of the Court
    (``C-184/99, EU:C:2001:458, paragraph 31``).  It matches always: the pinpoint near,
    else the extent of the case's name (maybe nothing), in one match per reference."""
    return lazy_compile(
        before + r"(?:" + _ECLI + r"|)(?:" + _NEAR
        + r"|(?P<name>" + _NAME_SPAN + r"))"
    )  # fmt: skip


_AFTER = after_pattern("")


def _past_name(text: str, start: int, limit: int) -> re.Match[str] | None:
    """The Reports and pinpoint, or the pinpoint alone, or the Court's ECLI and pinpoint,
    after the case's name, which may reach from ``start`` to ``limit``."""
    # the blank before the Reports, or the comma before the pinpoint, ends the name
    cited = _REPORTS_AT.search(text, start, limit + 30)
    if cited and cited.start() < limit:
        at = cited.start() + 1
        if _BEFORE_REPORTS.fullmatch(text, start, at) and (
            reported := _REPORTED.match(text, at, start + 200)
        ):
            return reported
    # (the Reports named without a page: ``KHS, not yet published in the Reports, point 23``)
    pinned = _PIN_FURTHER.search(text, start, limit + 60)
    if pinned and pinned.start() < limit:
        return pinned if _NAME_ALONE.fullmatch(text, start, pinned.start()) else None
    return _past_ecli(text, start, limit)


def _past_ecli(text: str, start: int, limit: int) -> re.Match[str] | None:
    """The pinpoint after a case number's name and the Court's ECLI, the name reaching from
    ``start`` to the ECLI, before ``limit`` (``C-882/19 Sumal EU:C:2021:800, paragraph 33``),
    an ECLI of the case's year or of the eight after it: another year's is another case's
    (``C-882/19 Sumal and Digital Rights Ireland EU:C:2014:238, paragraph 33``)."""
    at = text.find("EU:", start, limit)
    if at < 0 or (case := _CASE_YEAR.search(text, max(0, start - 5), start)) is None:
        return None
    at -= 5 * (at - 5 >= start and text.startswith("ECLI:", at - 5))
    name_end = at - (text[at - 1 : at] == " ") - (text[at - 2 : at] == ", ")
    if name_end <= start or not _NAME_ALONE.fullmatch(text, start, name_end):
        return None
    m = _ECLI_PINNED.match(text, at, at + 100)
    yy = int(case.group("yy"))
    year = yy + (1900 if yy >= 50 else 2000)
    return m if m and year <= int(m.group("year")) <= year + 8 else None


def after(text: str, pos: int, pattern: re.Pattern[str] = _AFTER) -> str | None:
    """The pinpoint written at ``text[pos:]``, if any (``paragraph 71``), also past an ECLI,
    the Reports, the case's name or a case word written after the number; ``pattern``
    from :func:`after_pattern`."""
    m = pattern.match(text, pos, pos + 400)
    pin = m.group("pin") if m else None
    if m and pin is None:
        start, limit = m.span("name")
        # (most references have no name after them)
        further = _past_name(text, start, min(limit, start + 100)) if limit > start else None
        pin = further.group("pin") if further else None
    if pin is None:
        return None
    # the view reads Portuguese ``n.º`` as ``n.o``: give the sign back (not to ``n.os``)
    return "n.º" + pin[3:] if pin.startswith("n.o") and not pin.startswith("n.os") else pin


def is_tail(tail: str) -> bool:
    """True when ``tail`` (what follows a reference given alone) is just a pinpoint."""
    return PINPOINT.fullmatch(tail) is not None
