"""The identifier schemes of EU documents: format, validation and Cellar resource URI.

This is the one home of identifier knowledge.  The grammar builders take their
CELEX, ELI, ``comnat``, case, procedure, OJ and ``uriserv`` identifiers from
here, :mod:`eurefs.lookup` validates what it asks Cellar for against
:data:`SCHEMES`, the SPARQL builders (:mod:`eurefs.cellar.sparql_ids`) check
every value with the same patterns, and the HTTP client builds notice URLs with
:func:`cellar_resource_uri`.

Rules follow ``shared/research/reference-formats.md`` and ``cellar-api.md``:

* CELEX = sector + 4-digit year + descriptor + number zero-padded to 4 digits.
* Sector 3 descriptors: R regulation, L directive, D decision, F framework
  decisions and JHA acts, E CFSP common positions/joint actions, H
  recommendations (F, E and H are UNCONFIRMED in the sources; chosen because
  EUR-Lex uses them for every example we have, e.g. 32002F0584, 32003H0361).
* Cellar resource URIs are ``{base}/{scheme}/{id}`` with the id percent-encoded
  whole (``case/C-131%2F12``, ``ecli/ECLI%3AEU%3AC%3A2014%3A317``), except ELI,
  whose path keeps its slashes: every real ELI alias in the samples is written
  ``resource/eli/dir/2019/904/oj`` and none ``eli/dir%2F2019...``.
* Only ASCII digits make an identifier (``[0-9]``, never ``\\d``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

from eurefs.errors import ParseError

#: Default bases; the resolver takes its own (configurable) values.
CELLAR_RESOURCE_BASE = "http://publications.europa.eu/resource"
ELI_BASE = "http://data.europa.eu/eli"
EURLEX_BASE = "https://eur-lex.europa.eu"

# Linear-time: each quantifier is bounded and no group repeats.
CELEX_RE = re.compile(
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


def full_year(two_or_four: str | int) -> int:
    """Expand a 2-digit year (``95`` -> 1995, ``01`` -> 2001); 4-digit years pass through.

    Two-digit years 00-49 are read as 20xx: the EU numbered acts with two-digit
    years only until 1998, and COM/case numbers use them up to today (``C-131/12``).
    """
    y = int(two_or_four)
    if len(str(two_or_four)) <= 2:
        return 1900 + y if y >= 50 else 2000 + y
    return y


_DIGITS = re.compile(r"[0-9]+")


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


def eli_celex(typedoc: str, year: int, number: str) -> str | None:
    """CELEX derivable from an ELI (``reg_del/2016/1238`` -> ``32016R1238``)."""
    base = typedoc.split("_", 1)[0]
    if typedoc.startswith("dec_framw"):
        base = "dec_framw"
    act_type = ELI_ACT_TYPES.get(base)
    if act_type is None or not number.isdigit():
        return None
    return legal_act_celex(act_type, year, number)


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


def comnat_number_ok(doc_type: str, number: int) -> bool:
    """Whether a COM/JOIN/SWD/SEC number can exist (1 to 9999); C documents go higher."""
    return 0 < number <= (C_DOCUMENT_NUMBER_MAX if doc_type == "C" else COMNAT_NUMBER_MAX)


def com_celex_candidates(doc_type: str, year: int, number: int) -> list[str]:
    """The sector-5 CELEX numbers a Commission document can have (none for C documents)."""
    return [build_celex("5", year, d, number) for d in COM_DESCRIPTORS.get(doc_type, ())]


def eurlex_celex_url(celex: str, lang: str = "en", fmt: str = "TXT") -> str:
    """EUR-Lex page for a CELEX number (``fmt`` = ``TXT``, ``TXT/PDF``, ``TXT/HTML``)."""
    # a CELEX number is almost always letters and digits, which ``quote`` keeps as they are
    quoted = celex if celex.isascii() and celex.isalnum() else quote(celex, safe="()")
    return f"{EURLEX_BASE}/legal-content/{lang.upper()}/{fmt}/?uri=CELEX:{quoted}"


def eurlex_uri_url(uri: str, lang: str = "en") -> str:
    """EUR-Lex page for a EUR-Lex ``uri=`` value (``COM:2021:752:FIN``, ``ecli:...``)."""
    return f"{EURLEX_BASE}/legal-content/{lang.upper()}/TXT/?uri={quote(uri, safe=':')}"


def eurlex_com_url(doc_type: str, year: int, number: int) -> str:
    """EUR-Lex lookup page of a Commission document (``uri=COM:2021:752:FIN``)."""
    return eurlex_uri_url(f"{doc_type}:{year}:{number}:FIN")


# -- the identifier schemes ------------------------------------------------------------------

#: Largest number of a COM/JOIN/SWD/SEC document: the comnat id pads it to 4 digits.
COMNAT_NUMBER_MAX = 9999
#: Largest number of a C(YYYY) Commission decision seen in practice (5 digits).
C_DOCUMENT_NUMBER_MAX = 99999

Level = Literal["work", "expression", "dossier"]


@dataclass(frozen=True)
class Scheme:
    """One Cellar identifier scheme (the ``celex`` of ``celex:32016R0679``).

    Attributes:
        name: The scheme as written in ``scheme:id`` and in resource URIs.
        pattern: Grammar of the id part (linear: bounded quantifiers only).
        level: What the resource URI names: a work, an expression or a dossier.
        example: A real id of the scheme (checked by the tests).
        id_document: Cellar also stores ``scheme:id`` as a ``cdm:work_id_document`` literal.
        keep_slashes: The id keeps its ``/`` in resource URIs (ELI only).
    """

    name: str
    pattern: re.Pattern[str]
    level: Level
    example: str
    id_document: bool = False
    keep_slashes: bool = False

    def is_valid(self, ident: str) -> bool:
        """Whether ``ident`` fits the scheme's grammar."""
        return self.pattern.fullmatch(ident) is not None

    def validate(self, ident: str) -> str:
        """Return ``ident`` when valid.

        Raises:
            ParseError: naming the scheme and an example of a valid id.
        """
        if not self.is_valid(ident):
            raise ParseError(
                f"not a valid {self.name} identifier: {ident!r} (expected e.g. {self.example})",
                ident,
            )
        return ident

    def encode(self, ident: str) -> str:
        """The id as written in a resource URI path (percent-encoded)."""
        safe = "/" if self.keep_slashes and self.is_valid(ident) else ""
        return quote(ident, safe=safe)

    def resource_uri(self, ident: str, base: str = CELLAR_RESOURCE_BASE) -> str:
        """``{base}/{scheme}/{encoded id}`` of a valid id.

        Raises:
            ParseError: when the id fails the scheme's grammar.
        """
        return f"{base.rstrip('/')}/{self.name}/{self.encode(self.validate(ident))}"


_ELI_SEGMENT = r"[A-Za-z0-9_()-][A-Za-z0-9_().-]{0,39}"  # no "." or ".." segments
_CASE_RE = re.compile(r"(?:[CTF]-)?[0-9]{1,4}/[0-9]{2}(?: ?P)?")
_PROCEDURE_RE = re.compile(r"(?:19|20)[0-9]{2}_[1-9][0-9]{0,3}[A-Z]?")
_OJ_ACT_RE = re.compile(r"(?P<series>[LC])_(?P<year>20[0-9]{2})(?P<number>[0-9]{5})")

#: Every scheme eurefs reads or writes, by name.
SCHEMES: dict[str, Scheme] = {
    s.name: s
    for s in (
        Scheme("celex", CELEX_RE, "work", "32016R0679", id_document=True),
        Scheme(
            "comnat",
            re.compile(r"(?:COM|JOIN|SWD|SEC|C)_[0-9]{4}_[0-9]{4}[A-Z]?_[A-Z0-9]{1,10}"),
            "work",
            "COM_2018_0340_FIN",
            id_document=True,
        ),
        Scheme(
            "eli",
            re.compile(rf"{_ELI_SEGMENT}(?:/{_ELI_SEGMENT}){{2,7}}"),
            "work",
            "dir/2019/904/oj",
            keep_slashes=True,
        ),
        Scheme(
            "ecli",
            re.compile(r"ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:[0-9]{4}:[A-Za-z0-9.]{1,25}"),
            "work",
            "ECLI:EU:C:2014:317",
            id_document=True,
        ),
        Scheme("case", _CASE_RE, "work", "C-673/17"),
        Scheme("procedure", _PROCEDURE_RE, "dossier", "2018_172"),
        Scheme(
            "oj", re.compile(r"[A-Z]{1,3}_[A-Z0-9_]{1,40}"), "work", "JOL_2016_119_R_0001",
            id_document=True,
        ),
        Scheme(
            "uriserv",
            re.compile(
                r"OJ\.[A-Z]_?\.[0-9]{4}\.[0-9A-Z]{3,4}\.[0-9]{2}\.[0-9]{4}\.[0-9]{2}"
                r"(?:\.[A-Z]{3})?"
            ),
            "expression",
            "OJ.L_.2016.119.01.0001.01.ENG",
        ),
        Scheme(
            "immc",
            re.compile(r"[A-Za-z0-9()_.-][A-Za-z0-9()_. -]{0,60}"),
            "work",
            "COM(2018)340 final",
            id_document=True,
        ),
        Scheme(
            "consolidation",
            re.compile(r"[0-9]{4}[A-Z]{1,2}[0-9]{4}/[0-9]{8}"),
            "work",
            "2009R1223/20191218",
        ),
    )
}  # fmt: skip


def scheme_of(name: str) -> Scheme:
    """The scheme called ``name``.

    Raises:
        ParseError: for a scheme eurefs does not know.
    """
    found = SCHEMES.get(name.lower())
    if found is None:
        known = ", ".join(sorted(SCHEMES))
        raise ParseError(f"unknown identifier scheme {name!r} (known: {known})", name)
    return found


def split_id(value: str) -> tuple[Scheme, str]:
    """Check a ``scheme:id`` value; return its scheme and the (valid) id part.

    Raises:
        ParseError: without ``scheme:``, for an unknown scheme or an invalid id.
    """
    name, sep, ident = value.strip().partition(":")
    if not sep or not ident:
        raise ParseError(f"expected 'scheme:id', got {value!r}", value)
    scheme = scheme_of(name)
    return scheme, scheme.validate(ident)


def validate_celex(value: str) -> str:
    """Return ``value`` stripped if it is a syntactically valid CELEX number.

    Raises:
        ParseError: when it is not.
    """
    v = value.strip()
    if not CELEX_RE.fullmatch(v):
        raise ParseError(f"not a CELEX number: {value!r} (expected e.g. 32016R0679)", value)
    return v


def cellar_resource_uri(scheme: str, identifier: str, base: str = CELLAR_RESOURCE_BASE) -> str:
    """Resource URI ``{base}/{scheme}/{id}`` as Cellar writes it.

    The id is percent-encoded whole (``/``, ``:``, ``(`` too), except a valid
    ELI path, which keeps its slashes (``eli/reg/2016/679/oj``).  Unknown
    schemes are encoded whole.  This formats only; validate with
    :func:`split_id` or :meth:`Scheme.validate` first.
    """
    known = SCHEMES.get(scheme)
    encoded = known.encode(identifier) if known else quote(identifier, safe="")
    return f"{base.rstrip('/')}/{scheme}/{encoded}"


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
PROCEDURE_LITERAL_RE = re.compile(r"([0-9]{4})/([0-9]{4}[A-Z]?)/([A-Z]{3,4})")


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
    if not _OJ_ACT_RE.fullmatch(ident):
        raise ParseError(f"no act-by-act OJ identifier for {series} {year}/{number}", ident)
    return SCHEMES["oj"].validate(ident)


def uriserv_id(series: str, year: int, issue: int, page: int, lang: str | None = None) -> str:
    """Cellar ``uriserv`` expression stem of a classic OJ citation: ``OJ.L_.2016.119.01.0001.01``.

    With ``lang`` (ISO 639-3) the expression id: ``OJ.L_.2016.119.01.0001.01.ENG``.  The
    ``.01`` segments are UNCONFIRMED for pages that carry several acts (cellar-api.md 4(d)).

    Raises:
        ParseError: when the parts make no valid id.
    """
    ident = f"OJ.{series}_.{year:04d}.{issue:03d}.01.{page:04d}.01"
    return SCHEMES["uriserv"].validate(f"{ident}.{lang.upper()}" if lang else ident)
