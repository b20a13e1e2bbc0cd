"""Identifiers eurefs prints, given back to :func:`eurefs.parse`: ``comnat:COM_2021_0752_FIN``.

``eurefs`` writes Cellar identifiers (``cellar_ids``, a document's ``identifiers``, the
``work`` column, resource URIs); a user who copies one back into ``eurefs parse`` or
``eurefs resolve`` means the reference it names.  Each is checked by its scheme in
:mod:`eurefs.identifiers` and turned into the written form the grammar reads
(``COM(2021) 752 final``), so the reference is the one the text would give; nothing
unchecked reaches a lookup.  An ``oj`` or ``uriserv`` id also names the exact alias,
which the reference keeps as its Cellar id.

The ``work`` column and ``extract --group`` also print, for a reference without a
CELEX number, the work key ``{kind}:{normal form}`` (``oj:OJ 2012 C 229, p. 90``,
``com_document:COM(2019) 168 final``): :func:`work_key_form` reads it back.
"""

from __future__ import annotations

from eurefs import identifiers as ids
from eurefs.errors import ParseError
from eurefs.kinds import KINDS
from eurefs.pattern_store import compile_pattern

__all__ = ["untyped_procedure", "work_key_form", "written_form"]

#: A work key: ``{kind}:{normal form}`` (:func:`eurefs.work_keys.work_key`).
_WORK_KEY = compile_pattern(r"(?P<kind>[a-z_]{2,20}):(?P<rest>\S.{0,499})")
#: How eurefs writes a procedure in a work key: ``procedure:2012/0011(COD)``.
_PROCEDURE_KEY = compile_pattern(
    ids.PROCEDURE_YEAR + r"/[0-9]{4}" + ids.PROCEDURE_PART + r"\([A-Z]{3,4}\)"
)
#: A procedure without its type: Cellar's id ``2018_172`` (the ``procedure`` scheme's
#: parts), or its normal form ``2018/0172``.
_PROCEDURE_UNTYPED = compile_pattern(
    f"(?P<year>{ids.PROCEDURE_YEAR})(?:_(?P<n>{ids.PROCEDURE_NUMBER})|/(?P<n4>[0-9]{{4}}))"
    f"(?P<part>{ids.PROCEDURE_PART})"
)


def _oj_form(scheme: str, ident: str) -> tuple[str, str]:
    """The written OJ citation of an ``oj`` or ``uriserv`` id, and the id it keeps."""
    act = ids.OJ_ACT_RE.fullmatch(ident)
    if scheme == "oj" and act is not None:
        return f"OJ {act['series']}, {act['year']}/{int(act['number'])}", f"oj:{ident}"
    page = (ids.OJ_PAGE_ALIAS_RE if scheme == "oj" else ids.URISERV_PAGE_RE).fullmatch(ident)
    if page is None:
        raise ParseError(
            f"the {scheme} identifier {ident!r} names no OJ page eurefs can write "
            "(expected e.g. oj:JOL_2016_119_R_0001, oj:L_202401689 or "
            "uriserv:OJ.L_.2016.119.01.0001.01)",
            ident,
        )
    kept = f"oj:{ident}" if scheme == "oj" else f"uriserv:{ident[: page.end('seq')]}"
    written = f"OJ {page['year']} {page['series']} {int(page['issue'])}, p. {int(page['page'])}"
    return written, kept


def written_form(text: str) -> tuple[str, str | None] | None:
    """The written form of an identifier eurefs prints, and the Cellar id to keep.

    ``comnat:COM_2021_0752_FIN`` -> ``("COM(2021) 752 final", None)``;
    ``oj:JOL_2008_312_R_0003_01`` -> ``("OJ 2008 L 312, p. 3", "oj:JOL_2008_312_R_0003_01")``.
    None when ``text`` is no ``scheme:id`` of a known scheme nor a Cellar resource URI.

    Raises:
        ParseError: for an id its scheme refuses, or one that names no reference
            (a Cellar work URI, a procedure id without its type).
    """
    found = ids.scheme_and_id(text)
    if found is None:
        return None
    scheme, ident = found
    if scheme == "procedure" and _PROCEDURE_KEY.fullmatch(ident):
        return ident, None
    if scheme == "procedure" and untyped_procedure(text) is not None:
        return None  # read by parse as the procedure whose type Cellar will say
    if scheme == "cellar":
        raise ParseError(
            "a Cellar work URI names no reference eurefs reads ('eurefs resolve' and the "
            "Resolver look it up as it is); give the work's CELEX number to parse it",
            text,
        )
    ids.scheme_of(scheme).validate(ident)
    if scheme in ("celex", "ecli", "immc", "case"):
        return ident, None
    if scheme == "eli":
        return f"{ids.ELI_BASE}/{ident}", None
    if scheme == "consolidation":
        return "0" + ident.replace("/", "-"), None
    if scheme in ("oj", "uriserv"):
        return _oj_form(scheme, ident)
    if scheme == "comnat" and (written := ids.comnat_written(ident)) is not None:
        return written, None
    raise ParseError(f"the {scheme} identifier {ident!r} names no reference eurefs reads", text)


def work_key_form(text: str) -> tuple[str, str] | None:
    """The kind and the normal form of a work key eurefs prints (``work`` column, ``--group``).

    ``oj:OJ C 229, 31.7.2012, p. 90`` -> ``("oj", "OJ C 229, 31.7.2012, p. 90")``;
    ``com_document:COM(2019) 168 final`` -> ``("com_document", "COM(2019) 168 final")``.
    None for anything else.  The caller parses the normal form and checks its kind.

    Raises:
        ParseError: for the key of a Treaty's articles (``treaty:TFEU``), which names
            no single document.
    """
    m = _WORK_KEY.fullmatch(text)
    if m is None:
        return None
    if m["kind"] == "treaty":
        raise ParseError(
            f"{text!r} is the work key of the articles of a Treaty, which names no single "
            "document; give an article ('Article 6 TEU')",
            text,
        )
    return (m["kind"], m["rest"]) if m["kind"] in KINDS else None


def untyped_procedure(text: str) -> tuple[int, str] | None:
    """Year and four-digit number of a procedure given without its type.

    ``procedure:2018_172`` (Cellar's id, ``resource/procedure/2018_172``, as real
    procedure tree notices write it) or ``procedure:2018/0172`` -> ``(2018, "0172")``;
    ``2016_400A`` -> ``(2016, "0400A")``.  Cellar finds the dossier by that id alone,
    and its answer says the type.  None for anything else.
    """
    found = ids.scheme_and_id(text)
    if found is None or found[0] != "procedure":
        return None
    m = _PROCEDURE_UNTYPED.fullmatch(found[1])
    if m is None:
        return None
    return int(m["year"]), f"{int(m['n'] or m['n4']):04d}{m['part']}"
