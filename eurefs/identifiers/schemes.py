"""The Cellar identifier schemes: grammar, a real example and the resource URI of each.

Cellar resource URIs are ``{base}/{scheme}/{id}`` with the id percent-encoded
whole (``case/C-131%2F12``, ``ecli/ECLI%3AEU%3AC%3A2014%3A317``), except ELI,
whose path keeps its slashes: every real ELI alias in the samples is written
``resource/eli/dir/2019/904/oj`` and none ``eli/dir%2F2019...``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal
from urllib.parse import quote, unquote

from eurefs.errors import ParseError
from eurefs.identifiers.celex import CELEX_RE, COM_TYPES, is_celex
from eurefs.pattern_store import compile_pattern
from eurefs.records import record

#: Default Cellar base; the resolver takes its own (configurable) value.
CELLAR_RESOURCE_BASE = "http://publications.europa.eu/resource"
#: That base as a pattern without its protocol (``publications\.europa\.eu/resource``).
CELLAR_RESOURCE_HOST_PATTERN = re.escape(CELLAR_RESOURCE_BASE.removeprefix("http://"))
#: That base as a pattern, in ``http`` or ``https`` (users copy both): ``{pattern}/cellar/…``.
CELLAR_RESOURCE_PATTERN = "https?://" + CELLAR_RESOURCE_HOST_PATTERN
#: A resource URI of any scheme, ``{base}/{scheme}/{id}`` (:func:`resource_scheme_id`).
RESOURCE_URI_RE = compile_pattern(
    CELLAR_RESOURCE_PATTERN + r"/(?P<scheme>[a-z_-]{2,30})/(?P<id>[^\s]{1,200})"
)

#: ``scheme:id`` as written (the scheme checked by :func:`scheme_and_id`, the id not).
_SCHEME_ID = compile_pattern(r"(?P<scheme>[A-Za-z_-]{2,20}):(?P<id>[^\s].{0,199})")

Level = Literal["work", "expression", "dossier"]


@record
class Scheme:
    """One Cellar identifier scheme (the ``celex`` of ``celex:32016R0679``).

    Attributes:
        name: The scheme as written in ``scheme:id`` and in resource URIs.
        pattern: Grammar of the id part (linear: bounded quantifiers only).
        level: What the resource URI names: a work, an expression or a dossier.
        example: A real id of the scheme (checked by the tests).
        id_document: Cellar also stores ``scheme:id`` as a ``cdm:work_id_document`` literal.
        keep_slashes: The id keeps its ``/`` in resource URIs (ELI only).
        check: A test past the grammar, where a pattern cannot say it all (a CELEX
            number's consolidation date must be a day of the calendar).
    """

    name: str
    pattern: re.Pattern[str]
    level: Level
    example: str
    id_document: bool = False
    keep_slashes: bool = False
    check: Callable[[str], bool] | None = None

    def is_valid(self, ident: str) -> bool:
        """Whether ``ident`` fits the scheme's grammar (and its :attr:`check`)."""
        if self.pattern.fullmatch(ident) is None:
            return False
        return self.check is None or self.check(ident)

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
        return scheme_base(self.name, base) + self.encode(self.validate(ident))


#: A ``uriserv`` id, an OJ page's expression: ``OJ.L_.2016.119.01.0001.01.ENG`` (series,
#: year, issue, page, the act's number on the page, the language).
URISERV_RE = compile_pattern(
    r"OJ\.(?P<series>[A-Z])_?\.(?P<year>[0-9]{4})\.(?P<issue>[0-9A-Z]{3,4})\.[0-9]{2}"
    r"\.(?P<page>[0-9]{4})\.(?P<seq>[0-9]{2})(?:\.[A-Z]{3})?"
)
_ELI_SEGMENT = r"[A-Za-z0-9_()-][A-Za-z0-9_().-]{0,39}"  # no "." or ".." segments
_CASE_RE = compile_pattern(r"(?:[CTF]-)?[0-9]{1,4}/[0-9]{2}(?: ?P)?")
#: A procedure's parts in its Cellar id (``2018_172``, ``2016_400A``): the year, the number
#: without its zeros, the letter of a split procedure (the normal form writes the number in
#: four figures: ``2018/0172``).
PROCEDURE_YEAR = r"(?:19|20)[0-9]{2}"
PROCEDURE_NUMBER = r"[1-9][0-9]{0,3}"
PROCEDURE_PART = r"[A-Z]?"
_PROCEDURE_RE = compile_pattern(PROCEDURE_YEAR + "_" + PROCEDURE_NUMBER + PROCEDURE_PART)

#: Every scheme eurefs reads or writes, by name.
SCHEMES: dict[str, Scheme] = {
    s.name: s
    for s in (
        Scheme("celex", CELEX_RE, "work", "32016R0679", id_document=True, check=is_celex),
        Scheme(
            "comnat",
            compile_pattern(
                "(?:" + "|".join(COM_TYPES) + r")_[0-9]{4}_[0-9]{4}[A-Z]?_[A-Z0-9]{1,10}"
            ),
            "work",
            "COM_2018_0340_FIN",
            id_document=True,
        ),
        Scheme(
            "eli",
            compile_pattern(rf"{_ELI_SEGMENT}(?:/{_ELI_SEGMENT}){{2,7}}"),
            "work",
            "dir/2019/904/oj",
            keep_slashes=True,
        ),
        Scheme(
            "ecli",
            compile_pattern(r"ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:[0-9]{4}:[A-Za-z0-9.]{1,25}"),
            "work",
            "ECLI:EU:C:2014:317",
            id_document=True,
        ),
        Scheme("case", _CASE_RE, "work", "C-673/17"),
        Scheme("procedure", _PROCEDURE_RE, "dossier", "2018_172"),
        Scheme(
            "oj", compile_pattern(r"[A-Z]{1,3}_[A-Z0-9_]{1,40}"), "work", "JOL_2016_119_R_0001",
            id_document=True,
        ),
        Scheme(
            "uriserv",
            URISERV_RE,
            "expression",
            "OJ.L_.2016.119.01.0001.01.ENG",
        ),
        Scheme(
            "immc",
            compile_pattern(r"[A-Za-z0-9()_.-][A-Za-z0-9()_. -]{0,60}"),
            "work",
            "COM(2018)340 final",
            id_document=True,
        ),
        Scheme(
            "consolidation",
            compile_pattern(r"[0-9]{4}[A-Z]{1,2}[0-9]{4}/[0-9]{8}"),
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


def cellar_resource_uri(scheme: str, identifier: str, base: str = CELLAR_RESOURCE_BASE) -> str:
    """Resource URI ``{base}/{scheme}/{id}`` as Cellar writes it.

    The id is percent-encoded whole (``/``, ``:``, ``(`` too), except a valid
    ELI path, which keeps its slashes (``eli/reg/2016/679/oj``).  Unknown
    schemes are encoded whole.  This formats only; validate with
    :func:`split_id` or :meth:`Scheme.validate` first.
    """
    known = SCHEMES.get(scheme)
    encoded = known.encode(identifier) if known else quote(identifier, safe="")
    return scheme_base(scheme, base) + encoded


def scheme_base(scheme: str, base: str = CELLAR_RESOURCE_BASE) -> str:
    """Where a scheme's resource URIs start, ``{base}/{scheme}/``: every resource URI of it
    is this and the encoded id (``http://publications.europa.eu/resource/celex/``)."""
    return f"{base.rstrip('/')}/{scheme}/"


def resource_scheme_id(uri: str) -> tuple[str, str] | None:
    """Split a Cellar resource URI into ``(scheme, decoded id)``: the one reading of the
    URIs Cellar answers with and of those users give (http or https).

    ``http://publications.europa.eu/resource/immc/COM%282018%29340%20final``
    gives ``("immc", "COM(2018)340 final")``; ELI paths keep their slashes
    (``("eli", "reg_del/2014/1/oj")``).  Other URIs give None.  The id is not checked.
    """
    m = RESOURCE_URI_RE.fullmatch(uri)
    return None if m is None else (m["scheme"], unquote(m["id"]))


def scheme_and_id(text: str) -> tuple[str, str] | None:
    """``(scheme, id)`` of a Cellar resource URI or a ``scheme:id`` of a scheme eurefs
    knows (:data:`SCHEMES`, or ``cellar``): the id decoded, not checked; the scheme in
    lower case.  None for anything else; ``text`` is read as given (a caller strips it).
    """
    found = resource_scheme_id(text)
    if found is not None:
        return found
    m = _SCHEME_ID.fullmatch(text)
    if m is None or m["scheme"].lower() not in (*SCHEMES, "cellar"):
        return None
    if m["scheme"].lower() != "immc" and len(m["id"].split()) > 1:
        return None  # words after an id: a sentence, not an identifier (immc ids hold one space)
    return m["scheme"].lower(), m["id"]
