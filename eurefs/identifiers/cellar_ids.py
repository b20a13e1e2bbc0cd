"""Cellar ids of cited documents, made from a citation's parts and checked by their scheme.

Each builder returns an id that :data:`~eurefs.identifiers.schemes.SCHEMES` accepts, or
raises :class:`~eurefs.errors.ParseError`: COM documents (``comnat``), cases,
procedures, act-by-act OJ publications (``oj``) and classic OJ pages (``uriserv``).
"""

from __future__ import annotations

import re

from eurefs.errors import ParseError
from eurefs.identifiers.celex import COMNAT_TYPES
from eurefs.identifiers.schemes import SCHEMES, scheme_base
from eurefs.pattern_store import compile_pattern

#: Largest number of a COM/JOIN/SWD/SEC document: the comnat id pads it to 4 digits.
COMNAT_NUMBER_MAX = 9999
#: Largest number of a C(YYYY) Commission decision seen in practice (5 digits).
C_DOCUMENT_NUMBER_MAX = 99999

#: The ``oj`` id of an act published act by act: ``L_202401689`` (:func:`oj_act_id`).
OJ_ACT_RE = compile_pattern(r"(?P<series>[LC])_(?P<year>20[0-9]{2})(?P<number>[0-9]{5})")

#: A Cellar work's uuid as Cellar writes it, in small letters: its id ``cellar:<uuid>``,
#: its resource URI ``{base}/cellar/<uuid>``; its expressions' ids extend it (``<uuid>.0001``).
CELLAR_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_CELLAR_WORK_ID = compile_pattern("cellar:" + CELLAR_UUID)
#: A Cellar work's resource URI as Cellar writes it (``{base}/cellar/<uuid>``), a pattern
#: (compiled by the client, which reads it).
CELLAR_WORK_URI = re.escape(scheme_base("cellar")) + CELLAR_UUID


def cellar_work_uri(value: str) -> str:
    """The resource URI of a Cellar work given as ``cellar:<uuid>`` (lower case):
    ``cellar:b84f49cd-750f-11e3-8e20-01aa75ed71a1`` ->
    ``http://publications.europa.eu/resource/cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1``.

    Raises:
        ParseError: when ``value`` is no such id.
    """
    if _CELLAR_WORK_ID.fullmatch(value) is None:
        raise ParseError(f"not a Cellar work id: {value!r} (expected cellar:<uuid>)", value)
    return scheme_base("cellar") + value.removeprefix("cellar:")


def comnat_id(doc_type: str, year: int, number: int) -> str:
    """Cellar ``comnat`` identifier of a Commission document (``COM_2021_0752_FIN``).

    The form is confirmed for COM (real notice of 52018PC0340) and JOIN (real
    alias ``comnat/JOIN_2015_0007_FIN`` of 52015JC0007); SWD/SEC by analogy.

    Raises:
        ParseError: when the parts make no valid ``comnat`` id (a number over
            9999, a year outside 1950-2099, a type without comnat ids).
    """
    ident = f"{doc_type}_{year:04d}_{number:04d}_FIN"
    if doc_type == "C" or not 0 < number <= COMNAT_NUMBER_MAX:
        raise ParseError(
            f"no Cellar comnat identifier: {doc_type} documents have no comnat id"
            if doc_type == "C"
            else f"no Cellar comnat identifier: the number has at most 4 digits, not {number}",
            ident,
        )
    return SCHEMES["comnat"].validate(ident)


#: The ``comnat`` id of a COM, JOIN, SWD or SEC document's final version as Cellar writes it
#: (``COM_2021_0752_FIN``; real notices: ``comnat/COM_2018_0340_FIN``, ``JOIN_2015_0007_FIN``),
#: the one rule by which one is read back (:func:`comnat_written`).
COMNAT_RE = compile_pattern(
    "(?P<type>" + "|".join(COMNAT_TYPES) + r")_(?P<year>[0-9]{4})_(?P<number>[0-9]{4})_FIN"
)


def comnat_written(ident: str) -> str | None:
    """The number people write for a ``comnat`` id: ``COM_2021_0752_FIN`` ->
    ``COM(2021) 752 final``; None for any other id (:data:`COMNAT_RE`)."""
    m = COMNAT_RE.fullmatch(ident)
    return None if m is None else f"{m['type']}({m['year']}) {int(m['number'])} final"


def comnat_number_ok(doc_type: str, number: int) -> bool:
    """Whether a COM/JOIN/SWD/SEC number can exist (1 to 9999); C documents go higher."""
    return 0 < number <= (C_DOCUMENT_NUMBER_MAX if doc_type == "C" else COMNAT_NUMBER_MAX)


def case_id(court: str | None, number: int, yy: str, suffix: str | None = None) -> str:
    """Cellar ``case`` id of a case number: ``C-131/12``, ``C-107/23P`` (real: ``case/C-673%2F17``).

    Raises:
        ParseError: when the parts make no valid case id.
    """
    ident = f"{court + '-' if court else ''}{number}/{yy}{suffix or ''}"
    return SCHEMES["case"].validate(ident)


def procedure_id(year: int, number: str) -> str:
    """Cellar ``procedure`` id: ``2018``, ``0172`` -> ``2018_172`` (no padding, no type).

    Raises:
        ParseError: when the parts make no valid procedure id.
    """
    digits = number.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if not digits.isascii() or not digits.isdigit():
        raise ParseError(f"not a procedure number: {number!r}", number)
    return SCHEMES["procedure"].validate(f"{year}_{int(digits)}{number[len(digits) :]}")


#: Cellar's procedure literal ``2018/0172/COD`` (``procedure_code_interinstitutional_...``).
PROCEDURE_LITERAL_RE = compile_pattern(r"([0-9]{4})/([0-9]{4}[A-Z]?)/([A-Z]{3,4})")


def procedure_literal(year: int, number: str, procedure_type: str) -> str:
    """The procedure code as Cellar stores it: ``2018/0172/COD``."""
    return f"{year}/{number}/{procedure_type}"


def procedure_from_literal(value: str) -> str | None:
    """``2018/0172/COD`` -> the eurefs normal form ``2018/0172(COD)``; other forms give None."""
    m = PROCEDURE_LITERAL_RE.fullmatch(value.strip())
    return f"{m.group(1)}/{m.group(2)}({m.group(3)})" if m else None


def oj_act_id(series: str, year: int, number: int) -> str:
    """Cellar ``oj`` id of an act-by-act publication: ``L, 2024/1689`` -> ``L_202401689``.

    Inferred from the id shape in cellar-api.md 2.1 (UNCONFIRMED).

    Raises:
        ParseError: when the parts make no valid id.
    """
    ident = f"{series}_{year:04d}{number:05d}"
    if not OJ_ACT_RE.fullmatch(ident):
        raise ParseError(f"no act-by-act OJ identifier for {series} {year}/{number}", ident)
    return SCHEMES["oj"].validate(ident)


#: A classic OJ page's ``uriserv`` id as :func:`uriserv_id` writes it for the L and C
#: series, its language optional (``OJ.L_.2016.119.01.0001.01``): what ``eurefs.parse``
#: reads back as an OJ citation.
URISERV_PAGE_RE = compile_pattern(
    r"OJ\.(?P<series>[LC])_\.(?P<year>[0-9]{4})\.(?P<issue>[0-9]{3})\.01\.(?P<page>[0-9]{4})"
    r"\.(?P<seq>[0-9]{2})(?:\.[A-Z]{3})?"
)


def uriserv_id(series: str, year: int, issue: int, page: int, lang: str | None = None) -> str:
    """Cellar ``uriserv`` expression stem of a classic OJ citation: ``OJ.L_.2016.119.01.0001.01``.

    With ``lang`` (ISO 639-3) the expression id: ``OJ.L_.2016.119.01.0001.01.ENG``.  The
    ``.01`` segments are UNCONFIRMED for pages that carry several acts (cellar-api.md 4(d)).

    Raises:
        ParseError: when the parts make no valid id.
    """
    ident = f"OJ.{series}_.{year:04d}.{issue:03d}.01.{page:04d}.01"
    return SCHEMES["uriserv"].validate(f"{ident}.{lang.upper()}" if lang else ident)


#: How many numbered aliases of one page are asked about (``_01`` ... ``_09``).
OJ_PAGE_SEQUENCES = 9
#: The ``oj`` alias of a classic OJ page: ``JOL_2016_119_R_0001`` (the GDPR) or, numbered,
#: ``JOL_2014_001_R_0001_01`` (32014R0001), ``JOL_2008_312_R_0003_01`` (32008L0098), and in
#: three digits ``JOL_1991_135_R_0040_045`` (31991L0271; branch notice of 52018PC0340).
OJ_PAGE_ALIAS_RE = compile_pattern(
    r"JO(?P<series>[LC])_(?P<year>[0-9]{4})_(?P<issue>[0-9]{3})_R_(?P<page>[0-9]{4})"
    r"(?:_(?P<seq>[0-9]{2,3}))?"
)


def oj_page_aliases(series: str, year: int, issue: int, page: int) -> tuple[str, ...]:
    """The ``oj`` aliases an act published from a classic OJ page may carry.

    Real aliases of works take two forms (recorded notices): ``JOL_2016_119_R_0001``
    (no number) and ``JOL_2014_001_R_0001_01``, ``JOL_2008_312_R_0003_01`` (numbered);
    which one a work has cannot be told from the citation, and a page may carry
    several acts.  So every form is asked about, plain and ``_01`` to ``_09``, and only
    those Cellar holds count: two works found for one page is an ambiguity, never a pick.
    Only the L and C series of class ``R`` issues with three-digit numbers (the forms
    seen); anything else gives ``()``.

    Raises:
        ParseError: never for those forms (each is checked by the ``oj`` scheme).
    """
    if series not in ("L", "C") or not (0 < issue <= 999 and 0 < page <= 9999):
        return ()
    stem = f"JO{series}_{year:04d}_{issue:03d}_R_{page:04d}"
    forms = [stem] + [f"{stem}_{n:02d}" for n in range(1, OJ_PAGE_SEQUENCES + 1)]
    return tuple(SCHEMES["oj"].validate(f) for f in forms)


def _page_alias(stem: str) -> re.Match[str]:
    """The parts of a classic OJ page's alias stem without a number (``JOL_2014_001_R_0001``).

    Raises:
        ParseError: for any other stem.
    """
    m = OJ_PAGE_ALIAS_RE.fullmatch(stem)
    if m is None or m["seq"] is not None:
        raise ParseError(f"not an OJ page: {stem!r} (expected e.g. JOL_2016_119_R_0001)", stem)
    return m


def oj_issue_alias(stem: str) -> str:
    """The ``oj`` alias of the issue a classic OJ page is in: ``JOL_2014_001_R_0001`` ->
    ``JOL_2014_001_R`` (real: the issue 32014R0001 is published in, its object notice).

    Raises:
        ParseError: when ``stem`` is no page alias without a number.
    """
    m = _page_alias(stem)
    return SCHEMES["oj"].validate(stem[: m.start("page") - 1])


def oj_page_values(stem: str) -> tuple[str, ...]:
    """The ``scheme:id`` values a classic OJ page is asked about, from its alias stem.

    ``JOL_2008_312_R_0003`` -> its :func:`oj_page_aliases` as ``oj:`` values and its
    ``uriserv`` expression (``uriserv:OJ.L_.2008.312.01.0003.01.ENG``).

    Raises:
        ParseError: when ``stem`` is no page alias without a number.
    """
    m = _page_alias(stem)
    series, year, issue, page = m["series"], int(m["year"]), int(m["issue"]), int(m["page"])
    aliases = tuple(f"oj:{a}" for a in oj_page_aliases(series, year, issue, page))
    return (*aliases, f"uriserv:{uriserv_id(series, year, issue, page, 'ENG')}")
