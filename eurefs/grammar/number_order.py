"""Which half of an act number is its year (``2016/679``, ``No 1049/2001``, ``95/46``).

The Publications Office's rules (``/work/shared/research/reference-formats.md`` 2.5):
regulations were numbered number first until 2015, the other types year first, and
since 2015 every act is numbered year first; a number no act of the type can have
(``DIRETIVA N.º 5/2014``, a national regulator's) gives none.  Read by
``legal_act_numbers`` and ``legal_acts_number_first``.
"""

from __future__ import annotations

from eurefs.grammar import domain_eras, legislator, years

# Types whose numbers are always year first (reference-formats.md 2.5; the Style Guide):
# a ``No`` written before one is stray and must not make ``2003/88`` number 2003 of 1988.
YEAR_FIRST_TYPES = frozenset(
    {
        "directive",
        "framework_decision",
        "recommendation",
        "joint_action",
        "common_position",
        "common_strategy",
        # the ECB's, in the Official Journal (``Guideline (EU) 2021/2253``); ``Guidelines
        # 9/2022`` are the European Data Protection Board's, no legal act
        "guideline",
    }
)


#: The year from which the Publications Office numbers every act year first (the
#: numbering reform of 1 January 2015, reference-formats.md 2.5).
YEAR_FIRST_SINCE = 2015

#: Before 2015 each year-first type had its own series, none of which reached 1000 in
#: a year (directives 3 digits at most: Directive 91/692/EEC, 2008/122/EC) ...
_TYPE_SEQUENCE_LIMIT = 1000
#: ... but for the early years, when directives and decisions shared one series that
#: passed 1000: Council Directive 80/1107/EEC (CELEX 31980L1107, EU Monitor), the Eighth
#: VAT Directive 79/1072/EEC; no number read so is a year (those are 1950 and later).
_EARLY_SEQUENCE_YEARS, _EARLY_SEQUENCE_LIMIT = 1990, 1500


#: Before the reform, regulations had a series of their own each year, which from 2009
#: (the EU's first acts) to 2014 ended below 1500 (late-December numbers: Council
#: Regulation (EU) No 1286/2009 of 22 December 2009, (EU) No 1259/2010 of 20 December
#: 2010, Commission Implementing Regulation (EU) No 1326/2011 of 16 December 2011, EUR-Lex
#: 32011R1326, (EU) No 1257/2012 of 17 December 2012, (EU) No 1407/2013 of 18 December
#: 2013, (EU) No 1328/2014 of 12 December 2014, OJ L 358, 13.12.2014): no regulation of
#: those years is numbered 2000 or more, so ``No 2019/2014`` is 2019's regulation 2014.
#: The decisions numbered with ``No`` (adopted by legislative procedure) took their numbers
#: in the same series (Decision No 1313/2013/EU between Regulations (EU) No 1311/2013 and
#: No 1315/2013): ``Decision No 2019/2014/EU`` is no decision 2019 of 2014 either.
_REGULATION_SERIES = (range(2009, YEAR_FIRST_SINCE), 2000)


def plausible(y: str, latest: int) -> bool:
    """Whether ``y`` can be an act's year: two digits, or four up to ``latest``."""
    return len(y) == 2 or (len(y) == 4 and 1950 <= int(y) <= latest)


def split_number(
    act_type: str,
    a: str,
    b: str,
    has_no: bool,
    suffix_domain: str | None,
    lang: str = "",
    domain: str | None = None,
) -> tuple[int, str, bool] | None:
    """Decide which half is the year: ``(year, number, number_first)``.

    Rule (reference-formats.md 2.5): ``No`` means number first; otherwise a
    2-digit or plausible 4-digit first half is the year, else a 4-digit second
    half is.  Regulations before 2015 were always numbered number-first.  A
    ``No`` written before a year-first number (``Verordnung (EU) Nr. 2018/858``,
    seen in real texts) does not make ``858`` a year, nor one before a type that is
    always numbered year first (``Diretiva n.º 2003/88/CE``) number first, nor one
    before a decision its number-first reading cannot be (older texts wrote
    ``décision n° 66/532/CEE``; see ``decision_order``), nor one before a number whose
    domain (``domain``: in brackets before it, or the suffix) had no acts in the year
    the number-first reading gives (``(EU) No 2018/1999``, the OJ's own footnote in
    Regulation (EU) 2024/903: Regulation (EU) 2018/1999, not a regulation of 1999) or
    whose number-first reading no act of the era has (``_era_says_year_first``).
    """
    latest = years.latest_year()
    a_year, b_year = plausible(a, latest), plausible(b, latest)
    if a_year and len(a) == 2 and len(b) == 4 and not _two_figure_year(act_type, a, b, b_year):
        a_year = False
    era_first = False
    if has_no:
        has_no, era_first = _no_kept(act_type, a, b, (a_year, b_year), domain, suffix_domain, lang)
    if has_no and not b_year:
        if not a_year or len(a) != 4:
            return None
        has_no = False  # a stray "No": read the number year-first
    if has_no or (len(b) == 4 and b_year and not a_year):
        year, number, number_first = years.act_year(b), a, True
    elif a_year:
        year, number, number_first = years.act_year(a), b, False
        if (
            act_type == "regulation"
            and year < YEAR_FIRST_SINCE
            and b_year
            and not era_first
            and (not suffix_domain or domain_eras.allows(suffix_domain, lang, b))
        ):
            # ``Regulation 2006/2004``: a pre-2015 regulation is number-first, also with a
            # domain after it, as Hungarian writes every one (``az 1987/94/EK rendelet``:
            # Regulation (EC) No 1987/94), where the domain had acts in the second half's year
            year, number, number_first = years.act_year(b), a, True
    elif b_year:
        year, number, number_first = years.act_year(b), a, True
    else:
        return None
    if int(number) == 0 or _impossible(act_type, year, number, number_first, suffix_domain):
        return None
    if not number_first and number[0] == "0" and not (domain or suffix_domain):
        return None  # ``MGA Directive 2020/04``: the EU pads no act's number (``2003/4/EC``)
    return year, str(int(number)), number_first


def _no_kept(
    act_type: str,
    a: str,
    b: str,
    halves_years: tuple[bool, bool],
    domain: str | None,
    suffix_domain: str | None,
    lang: str,
) -> tuple[bool, bool]:
    """Whether a ``No`` written before ``a/b`` (``halves_years``: whether each half can be
    a year) still says number first, and whether the eras said it does not."""
    a_year, b_year = halves_years
    if a_year and act_type in YEAR_FIRST_TYPES:
        return False, False  # ``Diretiva n.º 2003/88/CE``: no directive is numbered number-first
    if decision_order(act_type, a, b, suffix_domain, lang) == domain_eras.YEAR_FIRST:
        return False, False
    if a_year and b_year and _era_says_year_first(act_type, a, b, domain or suffix_domain, lang):
        return False, True  # ``(EU) No 2019/12``: year first, even a regulation's
    return True, False


def _two_figure_year(act_type: str, a: str, b: str, b_year: bool) -> bool:
    """Whether ``a``, two figures, can be the year of a number whose other half ``b`` has
    four: not one before the first acts (``Decision 12/2016``: number 12 of 2016, as
    national and agreement bodies number theirs, not decision 2016 of 1912), nor a
    decision's where ``b`` is a year and past what any series of the years written in two
    figures reached (``décision 81/2020``, the Belgian data protection authority's: number
    81 of 2020, not decision 2020 of 1981)."""
    if years.act_year(a) < years.FIRST_ACT_YEAR:
        return False
    return not (act_type == "decision" and b_year and int(b) >= _EARLY_SEQUENCE_LIMIT)


def _era_says_year_first(act_type: str, a: str, b: str, domain: str | None, lang: str) -> bool:
    """Whether a number written ``No a/b``, both halves possible years, is year first by
    the eras: the domain had acts in year ``a`` and none in year ``b`` (``(EU) No
    2018/1999``: no EU act before December 2009); or ``b``, as the domain's number-first
    reading would take it, is no year of the domain's numbering (``(EU) No 2019/12``: the
    EU writes every year in four figures; ``(EU) No 2019/2020``: no act is numbered number
    first since 2015); or no regulation of year ``b`` had number ``a``
    (``(EU) No 2019/2014``: the regulations of 2009-2014, and the decisions numbered in
    their series, stayed below 2000)."""
    if act_type in ("regulation", "decision") and _past_the_series(a, b):
        return True
    if not domain or not domain_eras.allows(domain, lang, a):
        return False
    if len(a) == 4 and len(b) == 2:
        first = domain_eras.first_year(domain, lang)
        return first is not None and first >= years.FOUR_FIGURE_YEARS_SINCE
    if len(a) == 4 and int(b) >= YEAR_FIRST_SINCE:
        return True
    return domain_eras.allows(domain, lang, b) is False


def _past_the_series(a: str, b: str) -> bool:
    """Whether ``a``, four figures, is past every number a regulation of year ``b`` had
    (:data:`_REGULATION_SERIES`)."""
    years_below, limit = _REGULATION_SERIES
    return len(a) == 4 and len(b) == 4 and int(b) in years_below and int(a) >= limit


def _impossible(
    act_type: str, year: int, number: str, number_first: bool, suffix_domain: str | None
) -> bool:
    """Whether no EU act of the type is numbered so (the number read as split)."""
    if number_first and act_type in YEAR_FIRST_TYPES and act_type != "recommendation":
        # no directive (framework decision, joint action ...) is numbered number first:
        # ``DIRETIVA N.º 5/2014`` is the Portuguese energy regulator's (ERSE); the ECSC's
        # recommendations were (``legislator.no_celex``)
        return True
    if not number_first and act_type in YEAR_FIRST_TYPES and year < YEAR_FIRST_SINCE:
        # ``direttiva n. 12/2016 del Ministero``: a national directive of 2016, not
        # directive 2016 of 2012 (before 2015 no type's own series reached 1000)
        # (an early number of four digits only with its domain after it: without one, the
        # last digit may be a footnote call glued to it, ``Directive 77/1431`` 77/143 and 1)
        early = year < _EARLY_SEQUENCE_YEARS and suffix_domain is not None
        return int(number) >= (_EARLY_SEQUENCE_LIMIT if early else _TYPE_SEQUENCE_LIMIT)
    # Since 2015 every regulation is numbered year first: ``Regulamento n.º 2/2020 da
    # CMVM`` is a national authority's, not Regulation (EU) 2020/2.
    return act_type == "regulation" and number_first and year >= YEAR_FIRST_SINCE


def decision_order(
    act_type: str, a: str, b: str, suffix_domain: str | None, lang: str
) -> str | None:
    """How a decision written with ``No`` is numbered when its first half can be a year:
    by the years of the domain after it (``domain_eras``: ``Decision No 87/95/EEC`` is
    year first), or without one, year first when the second half is no year
    (``legislator.year_first_decision``); None for other acts and numbers."""
    latest = years.latest_year()
    if act_type != "decision" or not plausible(a, latest):
        return None
    b_year = plausible(b, latest)
    found = domain_eras.order(a, b, b_year, suffix_domain, lang)
    if found is None and legislator.year_first_decision(act_type, a, b_year):
        return domain_eras.YEAR_FIRST
    return found


__all__ = [
    "YEAR_FIRST_SINCE",
    "YEAR_FIRST_TYPES",
    "decision_order",
    "plausible",
    "split_number",
]
