"""Case numbers of the EU courts: ``C-131/12``, ``T-604/18``, ``C-107/23 P``, ``Case 26/62``.

Any dash (U+2010-2015, U+2212 ...) and a space around it are accepted.  The appeal suffix
``P`` is part of the reference; other suffixes (``PPU``, ``R``, ``DEP``) stay outside the
span.  Numbers without a court letter (cases before 1989) and Opinion procedures
(``Opinion 1/15``) are taken only right after the word ``Case(s)`` or ``Opinion``, or where
the Court's citation style says so: an ECLI of the Court or the European Court Reports
right after the number (``Marshall, 152/84, EU:C:1986:84``; ``Marshall, 152/84, Rec. p.
723``; ``152/84 Marshall [1986] ECR 723``).  Bare ``26/62`` alone is too ambiguous (an old
regulation's number).  No CELEX follows from a case number (a case has several documents).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.errors import ParseError
from eurefs.grammar import footnote_calls, judgment_pinpoints, opinion_authors, other_courts, years
from eurefs.grammar.base import SLASH_YY, Anchor, Context, Family
from eurefs.grammar.case_lists import (
    COURT,
    DASH,
    JOINED_FORMS,
    JOINED_WORDS,
    LOOKALIKE_COURTS,
    as_written,
    joined,
    label_listed,
    range_end,
)
from eurefs.grammar.case_number_lists import (
    CASE_LANGS,
    SHARED_WORDS,
    listed_court,
    word_listed,
)
from eurefs.grammar.common import first_chars, lazy_compile, words
from eurefs.grammar.written_alike import UNDECIDED
from eurefs.languages import BY_CODE, LANGUAGES, index
from eurefs.languages.evidence import word_scores
from eurefs.models.light import BaseReference, CaseRef
from eurefs.models.prototypes import reference

PATTERN = lazy_compile(
    # every match starts with a court letter or a digit (see ``first_chars``)
    first_chars(*"CTF0123456789", *LOOKALIKE_COURTS)
    # a dash may stand before a case only as the range dash after another one
    # (``C-397/01–C-403/01``)
    + r"(?:(?<![\w/-])|(?<=[0-9]{2}-))"
    # (or a space alone, or nothing, where a PDF lost the Court's non-breaking hyphen:
    # ``Joined Cases C 92/09 and C 93/09``, ``Affaire C423/04``; taken only after a case
    # word, see build)
    + rf"(?:(?P<court>{COURT})"
    + r"(?:[ ]?-[ ]?|(?P<gap>[ ]?)))?(?P<num>[0-9]{1,4})[ ]?/[ ]?(?P<yy>[0-9]{2})"
    # a footnote call glued to the year (``C-113/1419``: note 19), see footnote_calls; the
    # appeal's P glued to it after a court letter, as BAILII cites (``EUECJ C-3/01P``)
    r"(?:(?P<call>[0-9]{1,3})(?![\d/])|(?![\d/])(?:(?(court)[ ]?|[ ])(?P<suf>P)(?![\w(-]))?)"
)


CASE_LANGS_ALL = frozenset(lg.code for lg in LANGUAGES if lg.cases.words)
_OPINION_LANGS = index(lambda lg: as_written(lg.cases.opinion_words))
#: The nouns naming a part of a document as a text may write them (``Table``, ``tableau``,
#: ``TABELLE``): a court letter's number right after one is its label (``_labelled``).
_LABEL_NOUNS = frozenset(w for lg in LANGUAGES for w in as_written(lg.cases.label_nouns))
_LONGEST_LABEL = max(map(len, _LABEL_NOUNS), default=0) + 2  # (an opening bracket and the blank)
# what may open a bracket or a quotation before the noun (``(Table C-2/19)``)
_OPENERS = "([\"'\u201c\u2018\u201e\u00ab"
# the joined word may follow the case word, as French, Italian, Portuguese, Romanian,
# Polish and Maltese write it (``affaires jointes C-397/01``, ``sprawach połączonych``)
_CASE_WORD = lazy_compile(
    r"\b"
    + first_chars(*CASE_LANGS)
    + r"(?P<w>"
    + words(*CASE_LANGS)
    + r")(?:[ ]"
    + JOINED_WORDS
    + r")?[ ]$"
)
# The last two characters of every case word and joined word: ``_CASE_WORD`` ends in one of
# them and a blank (its ``$`` may also stand before a last line break), so where the text
# searched ends in a blank after two others that are none of these, no search is needed
# (most numbers: on 1 MB of the benchmark text, 251 of the 265 searches found no case word,
# ~9 k instructions each).  None where a word is shorter than two characters.
_CASE_WORD_ENDS = (
    frozenset(w[-2:] for w in (*CASE_LANGS, *JOINED_FORMS))
    if all(len(w) >= 2 for w in (*CASE_LANGS, *JOINED_FORMS))
    else None
)


def _case_word(before: str) -> re.Match[str] | None:
    """``_CASE_WORD.search(before[-30:])``: the case word (and joined word) the text before
    a number ends in, told without the search where the last characters rule it out."""
    tail = before[-30:]
    last = tail[-1:]
    if _CASE_WORD_ENDS is not None and last != "\n":
        if last != " " or tail[-3:-1] not in _CASE_WORD_ENDS:
            return None
    return _CASE_WORD.search(tail)


_OPINION_WORD = lazy_compile(
    r"\b" + first_chars(*_OPINION_LANGS) + r"(?P<w>" + words(*_OPINION_LANGS) + r")[ ]$"
)
# The case word written after the number, as Hungarian does, with its number marker:
# ``A C‑854/19. sz. ügyben`` (the Court's Hungarian, EUR-Lex 62019CJ0854)
_AFTER_LANGS = index(
    lambda lg: [f"{n} {w}" for n in lg.number_markers for w in as_written(lg.cases.words)]
)
_CASE_WORD_AFTER = lazy_compile(r"\.?[ ](?P<w>" + words(*_AFTER_LANGS) + r")(?!\w)")
# ... and the Opinion word, in any case: ``a Bíróság 2/13. sz. véleménye`` (EUR-Lex
# 62013CV0002, Hungarian), ``2/13. sz. vélemény`` (its summary, curia.europa.eu)
_OPINION_AFTER_LANGS = index(
    lambda lg: [
        f"{n} {w}"
        for n in {*lg.number_markers, *(m.upper() for m in lg.number_markers)}
        for w in as_written(lg.cases.opinion_words)
    ]
)
_OPINION_WORD_AFTER = lazy_compile(r"\.?[ ](?P<w>" + words(*_OPINION_AFTER_LANGS) + r")(?![\d_])")
# the second number of a range without its letter: ``C-378/07-380/07`` (Estonian)
_RANGE_BEFORE = lazy_compile(
    rf"(?<![\w-])(?P<court>{COURT})"
    r"[ ]?-[ ]?[0-9]{1,4}/[0-9]{2}[ ]?" + DASH + r"[ ]?$"
)
_DASH = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_REPORT_LANGS = index(lambda lg: lg.cases.court_reports)
# Right after a bare pre-1989 number: an ECLI of the Court of Justice, or the Reports
# (``, Rec. p. 723``, ``, [1986] ECR 723``), or the name then ``[1986] ECR`` (English
# academic style: ``152/84 Marshall [1986] ECR 723``).
_REPORTED = lazy_compile(
    r"[ ]?,[ ](?:(?:ECLI:)?EU:C:(?P<ey>19[5-9][0-9]):[0-9]"
    r"|(?:\[(?:19|20)[0-9]{2}\][ ])?(?P<rep>" + words(*_REPORT_LANGS) + r")(?!\w))"
    r"|[ ][^\[\];.()]{1,80}?[ ]\[(?:19|20)[0-9]{2}\][ ](?P<ecr>ECR)(?!\w)"
)
#: The years a court letter's cases were lodged in: the Court of First Instance (now the
#: General Court) from 1989, the Civil Service Tribunal from 2005 until its end in 2016
#: (Regulation (EU, Euratom) 2016/1192); ``C-`` came in 1989 too, but writers put it before
#: the older numbers (``Case C-6/64``), which stay read.
_COURT_YEARS = {"T": (ids.FIRST_LETTERED_CASE_YEAR, 9999), "F": (2005, 2016)}
#: The years a case may take from its number to its judgment (an ECLI's year).
_YEARS_TO_JUDGMENT = 10
# The further numbers of a list after a number, which share the pinpoint after the list
# (``C-402/05 P and C-415/05 P, paragraph 281``, ``C-397/01 bis C-403/01, Slg. 2004,
# I-8835, Randnr. 114``, Hungarian ``C-350/06. és C-520/06. sz.``): the last joined by a
# conjunction, a range word or a dash (``C-1/01, C-2/01, paragraph 5`` lists two cases).
_LISTED = rf"(?:{COURT}[ ]?-[ ]?)?[0-9]{{1,4}}[ ]?/[ ]?[0-9]{{2}}(?![\d/])(?:[ ]P(?![\w(-]))?"
# (only where a slash follows soon; atomic, at most 10 numbers between commas before a
# conjunction and 3 conjunctions: a bound on the work)
_AFTER_LIST = judgment_pinpoints.after_pattern(
    r"(?:(?=[^/\n]{0,24}/)(?>(?:(?:\.?,[ ]" + _LISTED
    + r"){0,10}\.?(?:[ ]?" + DASH + r"[ ]?|[ ]"
    + words(*(w for lg in LANGUAGES for w in (*lg.article_conjunctions, *lg.article_range_words)),
            *(last for lg in LANGUAGES for _, last in lg.article_ranges))
    + r"[ ])" + _LISTED + r"){1,3})|)"
)  # fmt: skip


def _glued_call(yy: str, call: str) -> bool:
    """True when ``call`` after the two-digit year is a footnote call.  Not when the
    digits read as a four-digit year (``C-113/2014`` may mean the year 2014)."""
    if len(call) == 2 and 1950 <= int(yy + call) <= years.latest_year():
        return False
    return footnote_calls.is_call(call)


def _four_digit_year(yy: str, call: str) -> bool:
    """Whether the digits after a lettered number's two are the rest of its year written
    in full, as Greek national lawyers write it (``ΔΕΕ υποθ. C-203/2015, C-698/2015``,
    docplayer.gr on Tele2 Sverige): a year from the letters' first (1989) to this one."""
    return len(call) == 2 and ids.FIRST_LETTERED_CASE_YEAR <= int(yy + call) <= years.latest_year()


def _labelled(before: str) -> bool:
    """Whether the word right before a court letter's number, a blank between, is a label
    noun (``cases.label_nouns``): the number is then a table's or figure's label, no case
    (``See Table C-2/19 for details``, ``voir le tableau C-2/19``, ``siehe Tabelle
    C-2/19``); a word between leaves it a case (``Table 3 of Case C-2/19``).  A look-up of
    the one word before: cases are a hot family."""
    if before[-1:] != " ":
        return False
    start = before.rfind(" ", max(0, len(before) - _LONGEST_LABEL - 1), -1) + 1
    return before[start:-1].lstrip(_OPENERS) in _LABEL_NOUNS


def _a_label(court: str | None, before: str, ctx: Context, start: int) -> bool:
    """Whether the number at ``start`` is a label: a court letter's right after a label
    noun (``_labelled``: ``Table C-2/19``), or one of the later numbers of the list such a
    number opens (``case_lists.label_listed``: ``C-3/19`` in ``Tables C-2/19 and C-3/19``).
    Noted in ``ctx.last_label`` for the list's next number."""
    if (court is not None and _labelled(before)) or label_listed(ctx, start):
        ctx.last_label = start
        return True
    return False


def _introduced(
    court: str | None, before: str, m: re.Match[str]
) -> tuple[str | None, bool, frozenset[str] | None] | None:
    """Court letter, whether an Opinion, and the languages of the word before a case
    number (``Case``, ``Opinion``), from the text ``before`` it; None when a number
    without a letter has nothing making it a case."""
    word = _case_word(before)
    if court is None and word is not None and not _own_words_around(word, before, m):
        word = None  # ``a fee of Rs. 50/60``: the rupee, in English
    langs = CASE_LANGS[word.group("w")] if word else None
    if court is None and word is None and (listed_langs := word_listed(before, m)):
        return None, False, listed_langs
    if court is None and word is None and (ranged := _RANGE_BEFORE.search(before[-16:])):
        court = LOOKALIKE_COURTS.get(ranged.group("court"), ranged.group("court"))
    if court is None and word is None and (listed := listed_court(before, m)):
        court = listed
    if court is None and word is None:
        opinion_word = _OPINION_WORD.search(before[-30:])
        if opinion_word is None:
            return None
        return None, True, _OPINION_LANGS[opinion_word.group("w")]
    return court, False, langs


def _own_words_around(word: re.Match[str], before: str, m: re.Match[str]) -> bool:
    """Whether a case word (found in the last 30 characters of ``before``) before a
    number without a court letter may be read as one: not after another court's name
    (``ECtHR, Case 8225/78``: ``other_courts``); always, unless it is a word other writing
    uses for something else (``CaseWords.shared_words``) and the words around it and the
    number tell most for a language other than those whose case word it is
    (``word_scores``; the word itself left out: it counts for them, and so are names: a
    word with a capital and small letters, as a party's name is written, ``CJCE, 5 févr.
    1963, Van Gend en Loos, aff. 26/62``, is no Dutch)."""
    cut = len(before) - len(before[-30:]) + word.start("w")
    if other_courts.named_before(before, cut):
        return False
    if word.group("w") not in SHARED_WORDS:
        return True
    langs = CASE_LANGS[word.group("w")]
    around = (before[:cut] + " " + m.string[m.end() : m.end() + 60]).split()
    scores = word_scores(" ".join(w for w in around if not (w[:1].isupper() and not w.isupper())))
    best = max(scores.values(), default=0.0)
    return not scores or any(scores.get(code) == best for code in langs)


def _reported(m: re.Match[str]) -> frozenset[str] | None:
    """The languages of the Reports cited right after a bare number (empty for an ECLI
    of the Court, judged in the years after the number's); None when neither follows."""
    cited = _REPORTED.match(m.string, m.end(), m.end() + 100)
    if cited is None:
        return None
    if cited.group("ey") is None:
        return _REPORT_LANGS[cited.group("rep") or cited.group("ecr")]
    year = ids.full_year(m.group("yy"))
    return frozenset() if year <= int(cited.group("ey")) <= year + _YEARS_TO_JUDGMENT else None


def _cited_in_style(m: re.Match[str]) -> tuple[None, bool, frozenset[str]] | None:
    """The context of a bare pre-1989 number that the Court's citation style makes a case
    (an ECLI or the Reports right after it): no letter, not an Opinion, and the language
    of the Reports, else (an ECLI) any, decided by the words before the number."""
    reported = None if m.group("court") or m.group("call") else _reported(m)
    return None if reported is None else (None, False, reported or CASE_LANGS_ALL)


def _opinion_after(m: re.Match[str]) -> tuple[None, bool, frozenset[str]] | None:
    """The context of a number without a letter that an Opinion word written after it
    makes an Opinion (``2/13. sz. véleménye``): its languages."""
    if m.group("court") or m.group("call"):
        return None
    after = _OPINION_WORD_AFTER.match(m.string, m.end())
    return None if after is None else (None, True, _OPINION_AFTER_LANGS[after.group("w")])


def _year(
    m: re.Match[str], court: str | None, call: str | None, opinion: bool
) -> tuple[str, int, int] | None:
    """The two digits of a case's year, the year and where the case ends (before a
    footnote call glued to the year); None where they make no case (a year to come, a
    number without a letter from 1989 on or beyond the Court's count, a court letter's of
    a year its court took no cases in, digits after the year that are no call)."""
    yy = m.group("yy")
    if court and call and _four_digit_year(yy, call):
        yy, call = call, None  # ``C-203/2015``: case C-203/15 (Greek writing)
    elif call and (court is None or not _glued_call(yy, call)):
        return None
    year = ids.full_year(yy)
    if years.is_future_year(year):
        return None
    if court is None and not opinion and year >= ids.FIRST_LETTERED_CASE_YEAR:
        return None  # the letter prefixes started in 1989
    if court is None and other_courts.beyond_the_count(m.group("num"), year):
        return None  # ``Case 8225/78 Ashingdane``: an application to Strasbourg
    if court in _COURT_YEARS and not _COURT_YEARS[court][0] <= year <= _COURT_YEARS[court][1]:
        return None  # ``the T-34/85 tank``: no court took such a case
    return yy, year, m.end("yy") if call else m.end()


def _normal_form(bare: str, suffix: str | None, unlettered: bool, opinion: bool, lang: str) -> str:
    """``C-302/10 P``; an Opinion and a number without a letter keep their word in their
    language (``avis 1/15``, ``Case 26/62``: a bare ``26/62`` is no reference)."""
    if opinion and lang:
        return f"{BY_CODE[lang].cases.opinion_words[0]} {bare}"
    if unlettered and lang:
        return f"{BY_CODE[lang].cases.words[0]} {bare}"
    return bare + (f" {suffix}" if suffix else "")


def _case_language(langs: frozenset[str], m: re.Match[str], ctx: Context) -> str:
    """The language of a case word (``zaak``, ``Case``) or of a bare number cited in the
    Court's style, told by the words before it, else after it and further back (``HvJ EU
    6 oktober 1982, 283/81, ECLI:...``: a month several languages write ties)."""
    return ctx.language(langs, m.start(), 80, after=m.string[m.end() : m.end() + 80])


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`CaseRef` (or nothing, for a bare number out of context)."""
    court, call = m.group("court", "call")
    court = LOOKALIKE_COURTS.get(court, court) if court else court
    if court is None and call is not None and not _DASH.intersection(ctx.before(m.start(), 3)):
        # Digits glued to the year of a number without a letter (``2016/679``: most
        # matches in acts) make a case only as the second number of a range, after a dash.
        return ()
    before = ctx.before(m.start(), 100)
    if _a_label(court, before, ctx, m.start()):
        return ()  # ``Table C-2/19``, and ``C-3/19`` after it in ``Table C-2/19 and C-3/19``
    if m.group("gap") is not None and not (
        _case_word(before)
        or joined(before, ctx, m.start())
        # the case word after the number, as Hungarian writes it (``C694/17. sz. ügy``,
        # the Court's Hungarian heading of the opinion in C-694/17, curia.europa.eu)
        or (court and _CASE_WORD_AFTER.match(m.string, m.end()))
    ):
        return ()  # ``OJ C 326/47`` is an issue and page
    context = _introduced(court, before, m) or _cited_in_style(m) or _opinion_after(m)
    if context is None:
        return ()
    court, opinion, langs = context
    if opinion and opinion_authors.other_body(m.string, m.start(), m.end()):
        return ()  # ``Opinion 4/07 of the Article 29 Working Party``: no Court's
    if langs is None and court and (after := _CASE_WORD_AFTER.match(m.string, m.end())):
        langs = _AFTER_LANGS[after.group("w")]
    number = int(m.group("num"))
    if number == 0 or (dated := _year(m, court, call, opinion)) is None:
        return ()
    yy, year, end = dated
    suffix = m.group("suf")
    bare = f"{court + '-' if court else ''}{number}/{yy}"
    # the language of the case word, else (``C-302/10``, written alike in every
    # language) decided by the references around it (grammar/written_alike)
    lang = _case_language(langs, m, ctx) if langs else UNDECIDED
    normalized = _normal_form(bare, suffix, court is None, opinion, lang)
    try:
        case_id = ids.case_id(court, number, yy, suffix)
    except ParseError:
        return ()  # not a number Cellar could have (e.g. non-ASCII digits)
    return (
        reference(
            CaseRef,
            m.string[m.start() : end],
            m.start(),
            end,
            pinpoint=judgment_pinpoints.after(m.string, m.end(), _AFTER_LIST),
            normalized=normalized,
            cellar_ids=() if opinion else (f"case:{case_id}",),
            court=court,
            number=number,
            year=year,
            suffix=suffix,
            joined=joined(before, ctx, m.start()),
            range_end=None if opinion else range_end(m, end, court, lang, ctx),
            opinion=opinion,
            lang=lang,
        ),
    )


#: What must be somewhere in a text for the cases family to run: a court letter and a dash,
#: an ECLI of the Court before 2000, or a case, Opinion or Reports word.  As one alternation
#: led by the court letters' set, ``re`` entered it at every character and tried its ~50
#: first branches there: 74-95 ns a character over a text without any (most texts that
#: cite only acts).  Apart: the dash a literal (the letter read after it), the ECLI one,
#: the words led by a capital (entered only at a capital) and the others: ~20 ns.
_WORDS = sorted({*CASE_LANGS, *_OPINION_LANGS, *_REPORT_LANGS})
_GUARD = (
    lazy_compile(r"-(?:(?<=" + COURT + r"-)|(?<=" + COURT + r" -))"),
    lazy_compile(r"EU:C:19"),
    lazy_compile(words(*(w for w in _WORDS if w[0].isupper()))),
    lazy_compile(words(*(w for w in _WORDS if not w[0].isupper()))),
)

FAMILY = Family(
    kind="case",
    pattern=PATTERN,
    build=build,
    anchors=(Anchor(SLASH_YY, before=13, after=10),),
    priority=6,
    # a court letter and dash, or what introduces or follows a bare number
    requires=_GUARD,
)
