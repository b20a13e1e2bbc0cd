"""CELEX and ELI numbers of acts: their grammar, and how a citation's parts make them.

* CELEX = sector + 4-digit year + descriptor + number zero-padded to 4 digits.
* Sector 3 descriptors: R regulation, L directive, D decision, F framework
  decisions and JHA acts, E CFSP common positions/joint actions, H
  recommendations (F, E and H are UNCONFIRMED in the sources; chosen because
  EUR-Lex uses them for every example we have, e.g. 32002F0584, 32003H0361); S ECSC
  general decisions (EUR-Lex 31996S2510, 31968S0663), K ECSC recommendations (EUR-Lex
  31964K0001).
* Only ASCII digits make an identifier (``[0-9]``, never ``\\d``).
"""

from __future__ import annotations

import datetime as dt

from eurefs.errors import ParseError
from eurefs.pattern_store import compile_pattern

#: Default ELI base; the resolver takes its own (configurable) value.
ELI_BASE = "http://data.europa.eu/eli"

# Linear-time: each quantifier is bounded and no group repeats.
CELEX_RE = compile_pattern(
    r"(?P<sector>[0-9CE])(?P<year>(?:1[89]|20)[0-9][0-9])(?P<descriptor>[A-Z]{1,2})"
    r"(?P<number>[0-9]{1,5}(?:\([0-9]{2}\))?(?:R\([0-9]{2}\))?)"
    r"(?:-(?P<consolidated>[0-9]{8}))?"
)

#: act_type -> CELEX descriptor (sector 3).
ACT_DESCRIPTORS: dict[str, str] = {
    "regulation": "R",
    "directive": "L",
    "decision": "D",
    "framework_decision": "F",
    "recommendation": "H",
    "common_position": "E",
    "joint_action": "E",
    "common_strategy": "E",
    "guideline": "O",
    # ECSC general decisions, numbered number first (``Decision No 2496/96/ECSC``):
    # EUR-Lex 31996S2510 is ``Decisione n. 2510/96/CECA della Commissione``
    "ecsc_general_decision": "S",
    # ECSC recommendations: EUR-Lex 31964K0001 is the High Authority's Recommendation No 1-64
    "ecsc_recommendation": "K",
}

#: The sector 3 descriptors whose CELEX number is the number the act is cited by, written
#: year first (``Directive 91/271/EEC``: 31991L0271; from 2015 every one of them:
#: ``Regulation (EU) 2016/679``), a regulation's number first before 2015 (``No 40/94``).
#: Not ``O``: up to 2019 EUR-Lex files an ECB guideline under the Bank's own number
#: (Guideline (EU) 2015/856 (ECB/2015/12) is 32015O0012; ``grammar/ecb_numbers``); nor the
#: ECSC's ``S`` and ``K``, numbered number first (``Decisione n. 2510/96/CECA``,
#: ``Recommendation No 1-64``); nor any other descriptor (``J``, non-opposition to a notified
#: joint venture, is a merger case's: 32000J0032 is Case COMP/JV.32).
OJ_NUMBERED_DESCRIPTORS: frozenset[str] = frozenset(
    ACT_DESCRIPTORS[t]
    for t in ("regulation", "directive", "decision", "framework_decision", "recommendation")
) | {ACT_DESCRIPTORS["common_position"]}  # (CFSP acts: joint actions, common strategies too)

#: Descriptor -> act type, where the descriptor is one type's (not ``E``: common positions,
#: joint actions and common strategies alike).
DESCRIPTOR_ACT_TYPES: dict[str, str] = {
    d: t for t, d in ACT_DESCRIPTORS.items() if list(ACT_DESCRIPTORS.values()).count(d) == 1
}

#: act_type -> ELI typedoc (subtype adds ``_del``/``_impl``).
ELI_TYPEDOCS: dict[str, str] = {
    "regulation": "reg",
    "directive": "dir",
    "decision": "dec",
    "framework_decision": "dec_framw",
    "recommendation": "reco",
}

#: ELI typedoc prefix -> act_type (for reading ELIs back).
ELI_ACT_TYPES: dict[str, str] = {
    "reg": "regulation",
    "dir": "directive",
    "dec": "decision",
    "dec_framw": "framework_decision",
    "reco": "recommendation",
}

#: COM-family type -> sector 5 descriptors (candidates, most likely first).
COM_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "COM": ("PC", "DC"),
    "JOIN": ("JC",),
    "SWD": ("SC",),
    "SEC": ("SC",),
    "C": (),
}
#: The Commission's document types (``COM(2021) 752 final``, ``JOIN``, ``SWD``, ``SEC``,
#: ``C(2021) 1234 final``): the one list the grammar, the ``comnat`` scheme and the CELEX
#: candidates read.
COM_TYPES: tuple[str, ...] = tuple(COM_DESCRIPTORS)
#: The types with a ``comnat`` id in Cellar and a ``uri=COM:2021:752:FIN`` page on EUR-Lex:
#: all but C documents, which are published as the act they adopt.
COMNAT_TYPES: tuple[str, ...] = tuple(t for t in COM_TYPES if t != "C")

#: Case-law court letter -> sector 6 descriptors, most wanted first: judgment, order, AG
#: opinion, OJ notices.
CASE_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "C": ("CJ", "CO", "CC", "CN", "CA", "CB", "CV", "CP", "CD", "CS", "CT", "CU", "CX"),
    "T": ("TJ", "TO", "TN", "TA", "TB", "TT"),
    "F": ("FJ", "FO", "FN", "FA", "FB", "FT"),
}

#: An Opinion of the Court on an envisaged agreement (``Opinion 2/13``): the Opinion
#: (``62013CV0002``, as EUR-Lex links it from europeansources.info's record of Opinion
#: 2/13), then the Advocate General's view (``CP``).
OPINION_DESCRIPTORS: tuple[str, ...] = ("CV", "CP")

#: The Court of First Instance (now the General Court) took its first cases in 1989 and
#: the letters ``C-``/``T-`` came with it: a number without one lodged before is a case
#: of the Court of Justice (``26/62`` is ``61962CJ0026``).
FIRST_LETTERED_CASE_YEAR = 1989


def full_year(two_or_four: str | int) -> int:
    """Expand a 2-digit year (``95`` -> 1995, ``01`` -> 2001); 4-digit years pass through.

    Two-digit years 00-49 are read as 20xx: the EU numbered acts with two-digit
    years only until 1998, and COM/case numbers use them up to today (``C-131/12``).
    """
    y = int(two_or_four)
    if len(str(two_or_four)) <= 2:
        return 1900 + y if y >= 50 else 2000 + y
    return y


_DIGITS = compile_pattern(r"[0-9]+")


def build_celex(sector: str, year: int, descriptor: str, number: str | int) -> str:
    """Assemble a CELEX number, zero-padding the numeric part to 4 digits.

    >>> build_celex("3", 2016, "R", "679")
    '32016R0679'
    """
    num = str(number)
    if num.isdigit():  # the common case, without a regex
        num = num.zfill(4)
    elif m := _DIGITS.match(num):
        num = m.group(0).zfill(4) + num[m.end() :]
    return f"{sector}{year:04d}{descriptor}{num}"


def legal_act_celex(act_type: str, year: int | None, number: str | None) -> str | None:
    """CELEX of a numbered act (sector 3), or None when it cannot be derived."""
    if year is None or number is None or not number.isdigit():
        return None
    descriptor = ACT_DESCRIPTORS.get(act_type)
    if descriptor is None:
        return None
    return build_celex("3", year, descriptor, number)


def legal_act_eli(
    act_type: str, subtype: str | None, year: int | None, number: str | None
) -> str | None:
    """ELI of an act, when the string alone decides it; else None.

    The ELI typedoc of a regulation or decision depends on whether it is a
    delegated or implementing act (``reg_del``, ``dec_impl``); a citation that
    does not say so (``Regulation (EU) 2016/1238`` may be delegated) gives no
    ELI here, and the resolver reads the real one from Cellar.  ``dir`` is an
    alias of ``dir_del``/``dir_impl`` (ELI register), so directives always get one.
    """
    if year is None or number is None or not number.isdigit():
        return None
    base = {"regulation": "reg", "directive": "dir", "decision": "dec"}.get(act_type)
    if base is None or (base != "dir" and subtype is None):
        return None
    suffix = {"delegated": "_del", "implementing": "_impl"}.get(subtype or "", "")
    if base == "dir":
        suffix = ""
    return f"{ELI_BASE}/{base}{suffix}/{year}/{int(number)}/oj"


def celex_act_type(celex: str) -> str | None:
    """``32016R0679`` -> ``regulation``: the act type of an act's CELEX number (sector 3)
    whose descriptor is one type's (:data:`DESCRIPTOR_ACT_TYPES`); None for any other."""
    m = _ACT_CELEX.fullmatch(celex)
    return DESCRIPTOR_ACT_TYPES.get(m[1]) if m else None


_ACT_CELEX = compile_pattern(r"3[0-9]{4}([A-Z])[0-9]{4}")


def eli_act_type(typedoc: str) -> str | None:
    """The act type of an ELI typedoc (``reg_del`` -> ``regulation``), None if unknown."""
    base = "dec_framw" if typedoc.startswith("dec_framw") else typedoc.split("_", 1)[0]
    return ELI_ACT_TYPES.get(base)


def eli_celex(typedoc: str, year: int, number: str) -> str | None:
    """CELEX derivable from an ELI (``reg_del/2016/1238`` -> ``32016R1238``)."""
    act_type = eli_act_type(typedoc)
    if act_type is None or not number.isdigit():
        return None
    return legal_act_celex(act_type, year, number)


def com_celex_candidates(doc_type: str, year: int, number: int) -> list[str]:
    """The sector-5 CELEX numbers a Commission document can have (none for C documents)."""
    return [build_celex("5", year, d, number) for d in COM_DESCRIPTORS.get(doc_type, ())]


def case_celex_candidates(
    court: str | None, year: int, number: int, *, opinion: bool = False
) -> tuple[str, ...]:
    """The sector-6 CELEX numbers a case's documents can have, most wanted first; a
    number without a court letter is the Court of Justice's before 1989, else unknown
    (none); an Opinion procedure's are the Opinion and the Advocate General's view."""
    if opinion:
        descriptors = OPINION_DESCRIPTORS
    else:
        if court is None:
            court = "C" if year < FIRST_LETTERED_CASE_YEAR else ""
        descriptors = CASE_DESCRIPTORS.get(court, ())
    return tuple(build_celex("6", year, d, number) for d in descriptors)


def consolidation_date_ok(year: int, yyyymmdd: str) -> bool:
    """Whether a consolidated version's date suffix (``20160504`` of
    ``02016R0679-20160504``) is a day of the calendar no earlier than the act's year.

    Dates to come are allowed: EUR-Lex lists versions of amendments not yet applicable.
    """
    try:
        date = dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return date.year >= year


def is_celex(value: str) -> bool:
    """Whether ``value`` is a CELEX number: the grammar of :data:`CELEX_RE`, and a
    consolidation date, where there is one, that is a real day (``-20141301`` is not)."""
    m = CELEX_RE.fullmatch(value)
    if m is None:
        return False
    cons = m.group("consolidated")
    return cons is None or consolidation_date_ok(int(m.group("year")), cons)


def validate_celex(value: str) -> str:
    """Return ``value`` stripped if it is a valid CELEX number (:func:`is_celex`).

    Raises:
        ParseError: when it is not.
    """
    v = value.strip()
    if not is_celex(v):
        raise ParseError(f"not a CELEX number: {value!r} (expected e.g. 32016R0679)", value)
    return v
