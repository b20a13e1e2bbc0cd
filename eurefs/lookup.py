"""How each reference kind is looked up in Cellar: the identifiers to ask for.

A :class:`Lookup` names one query route (``celex``, ``id_document`` or
``sameas``, see :mod:`eurefs.cellar.sparql`) and the values to ask for, plus the
notice URI (scheme, id) the single-reference path reads.  Nothing here guesses a
CELEX Cellar does not confirm: a COM number goes through its ``comnat`` id, a
case through the CELEX numbers of the documents a case can have, and only those
Cellar knows are returned.

Commission documents are found by their ``owl:sameAs`` alias
(``comnat/JOIN_2015_0007_FIN``), which the samples show for COM and JOIN works
alike; the ``work_id_document "comnat:…"`` literal is confirmed for COM only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from eurefs import identifiers as ids
from eurefs.errors import ResolveError
from eurefs.kinds import KIND_FACTS, ReferenceKind
from eurefs.models.references import (
    BaseReference,
    CaseRef,
    ComDocumentRef,
    EcliRef,
    EliRef,
    OjRef,
    ProcedureRef,
)
from eurefs.pattern_store import compile_pattern

Route = Literal["celex", "id_document", "sameas", "oj_page", "work"]

#: A Cellar work as users copy it from a notice or a SPARQL answer: ``cellar:<uuid>`` or
#: its resource URI (real: ``cellar/b84f49cd-750f-11e3-8e20-01aa75ed71a1``, 32014R0001),
#: or one of the work's expressions, manifestations or items, whose ids extend the work's
#: (Cellar's Table 19: ``{uuid}.0001``, ``{uuid}.0001.03``, ``{uuid}.0001.03/DOC_1``; real
#: in the branch notice of 52018PC0340: ``fc5c74e0-….0015``, ``….0002.01/DOC_2``).
#: The uuid in either case (the lookup asks for it in small letters, as Cellar writes it).
_CELLAR_WORK = compile_pattern(
    rf"(?:(?i:cellar):|{ids.CELLAR_RESOURCE_PATTERN}/cellar/)(?P<uuid>(?i:{ids.CELLAR_UUID}))"
    r"(?:\.[0-9]{4}(?:\.[0-9]{2}(?:/DOC_[0-9]{1,4})?)?)?"
)


@dataclass(frozen=True)
class Lookup:
    """What to ask Cellar for one reference.

    Attributes:
        key: Cache key (stable across runs): ``kind:value``.
        route: Which step-1 query finds the work(s) (``work``: the value is the work's
            own Cellar id, :mod:`eurefs.cellar.cellar_works`).
        values: Identifiers for that query (several for a case: one per document type).
        notice: ``(scheme, id)`` of the resource to read a notice from, or None when
            the reference is only resolved through SPARQL.
        multi: True when several works are expected (case, procedure); the first
            in preference order is returned and the others listed.
    """

    key: str
    route: Route
    values: tuple[str, ...]
    notice: tuple[str, str] | None
    multi: bool = False


def _checked(
    key: str,
    route: Route,
    values: tuple[str, ...],
    notice: tuple[str, str] | None,
    multi: bool = False,
) -> Lookup:
    """A Lookup whose every value passed its scheme's grammar (one bad value fails one item)."""
    for value in values:
        if route == "celex":
            ids.validate_celex(value)
        elif route == "oj_page":
            ids.oj_page_values(value)
        else:
            ids.split_id(value)
    if notice is not None:
        ids.scheme_of(notice[0]).validate(notice[1])
    return Lookup(key, route, values, notice, multi)


def _com_document(ref: ComDocumentRef) -> Lookup:
    """A COM, JOIN, SWD or SEC document by its ``comnat`` alias (not a C document, nor a
    corrected version: their Cellar ids are not known)."""
    if ref.doc_type == "C":
        raise ResolveError(
            "C documents are not in Cellar under their C number; "
            "resolve the act they were published as instead",
            ref.normalized,
        )
    if ref.version is not None and ref.version > 1:
        # a corrected version is a document of its own whose Cellar id no source read
        # shows: the original's ``comnat`` id would give the original's facts
        raise ResolveError(
            f"a corrected version (final/{ref.version}) has an identifier in Cellar that"
            " eurefs does not know; resolve the original"
            f" {ref.doc_type}({ref.year}) {ref.number} final if that is meant",
            ref.normalized,
        )
    comnat = ids.comnat_id(ref.doc_type, ref.year, ref.number)
    return _checked(f"comnat:{comnat}", "sameas", (f"comnat:{comnat}",), ("comnat", comnat))


def _eli(ref: EliRef) -> Lookup:
    path = ref.normalized.removeprefix(ids.ELI_BASE + "/")
    return _checked(f"eli:{path}", "sameas", (f"eli:{path}",), ("eli", path))


def _ecli(ref: EcliRef) -> Lookup:
    ecli = ref.normalized
    return _checked(f"ecli:{ecli}", "id_document", (f"ecli:{ecli}",), ("ecli", ecli))


def _case(ref: CaseRef) -> Lookup | None:
    """A case by the CELEX numbers its documents can have (None: no such number)."""
    # a number without a court letter is the Court of Justice's before 1989
    celexes = ids.case_celex_candidates(ref.court, ref.year, ref.number, opinion=ref.opinion)
    if not celexes:
        return None
    # without a court letter the normal form is in the text's language
    # (``affaire 152/84``, ``avis 2/13``): the first CELEX number is the key
    key = f"case:{ref.normalized if ref.court else celexes[0]}"
    return _checked(key, "celex", celexes, None, multi=True)


def _procedure(ref: ProcedureRef) -> Lookup:
    proc = ids.procedure_id(ref.year, ref.number)
    return _checked(f"procedure:{proc}", "sameas", (f"procedure:{proc}",), None, multi=True)


def _oj(ref: OjRef) -> Lookup:
    if ref.cellar_ids:
        return _oj_lookup(ref)
    raise ResolveError(_oj_not_looked_up(ref), ref.normalized)


#: The kinds whose reference, when its text gave a CELEX number, is looked up by it (a
#: back-reference, ``the GDPR``, as the work it names); a Commission document or a case
#: with one still goes by its own identifiers.
BY_CELEX: frozenset[ReferenceKind] = frozenset(k for k, f in KIND_FACTS.items() if f.by_celex)
#: How a reference of each kind is looked up otherwise (None: not at all).  A kind
#: without a rule (``treaty_article``) names no document Cellar can look up.
RULES: dict[ReferenceKind, Callable[[Any], Lookup | None]] = {
    "com_document": _com_document,
    "eli": _eli,
    "ecli": _ecli,
    "case": _case,
    "procedure": _procedure,
    "oj": _oj,
}


def lookup_for(ref: BaseReference) -> Lookup:
    """The lookup of a reference, its identifiers checked against their schemes.

    Raises:
        ResolveError: for references that name no single document
            (treaty articles, C(YYYY) documents, corrected COM versions whose
            Cellar id is unknown, acts cited without a number, OJ citations
            without page or act number).
        ParseError: when an identifier derived from the reference fails its
            scheme (``COM(2021) 12345 final`` has no ``comnat`` id).
    """
    if ref.kind in BY_CELEX and ref.celex:
        return _checked(f"celex:{ref.celex}", "celex", (ref.celex,), ("celex", ref.celex))
    rule = RULES.get(ref.kind)
    found = None if rule is None else rule(ref)
    if found is None:
        raise ResolveError(
            f"a reference of kind {ref.kind} written so does not name one document that Cellar"
            " can look up",
            ref.normalized,
        )
    return found


def identifier_lookup(text: str) -> Lookup | None:
    """The lookup of a Cellar identifier given as such, where it names no reference kind.

    Called for an input that :func:`eurefs.parse` refuses:

    * a Cellar work, ``cellar:<uuid>`` or its resource URI, or that of one of its
      expressions, manifestations or items (``<uuid>.0015``, ``<uuid>.0002.01/DOC_1``, a
      PDF's download link): the work's own facts (route ``work``: a dossier's URI, of the
      same form, is refused) or its branch notice;
    * an alias of a scheme eurefs knows, valid by that scheme's grammar, that eurefs
      cannot write as a citation: ``oj:JOL_2013_201_R_NS0013``, the real alias of
      Recommendation 2013/396/EU (OJ L 201, 26.7.2013, p. 60: its ``NS`` number is no
      page, and REACH, p. 1 of OJ L 396 of 2006, is ``JOL_2006_396_R_NS001``): looked up
      as the alias it is (``owl:sameAs``), nothing read into it.

    None for anything else (text, or a value its scheme refuses): the caller's
    ParseError stands.
    """
    stripped = text.strip()
    m = _CELLAR_WORK.fullmatch(stripped)
    if m is not None:
        value = f"cellar:{m['uuid'].lower()}"
        ids.cellar_work_uri(value)
        return Lookup(value, "work", (value,), ("cellar", value.removeprefix("cellar:")))
    found = ids.scheme_and_id(stripped)
    if found is None or found[0] not in ids.SCHEMES:
        return None
    scheme = ids.SCHEMES[found[0]]
    if scheme.level != "work" or not scheme.is_valid(found[1]):
        return None
    value = f"{scheme.name}:{found[1]}"
    return _checked(value, "sameas", (value,), (scheme.name, found[1]))


def _oj_not_looked_up(ref: OjRef) -> str:
    """Why an OJ citation without a Cellar id is not looked up."""
    if ref.series == "S":
        return "the S series (public procurement) is not looked up: no Cellar id of it is known"
    if ref.issue and not ref.issue.isdigit():
        return (
            f"OJ issues with a letter ({ref.series} {ref.issue}) are not looked up: the form "
            "of their Cellar ids is not known; cite the act's number or CELEX instead"
        )
    if ref.item and ref.page is None:
        return "a notice's number in its issue names no page, and the OJ ids Cellar has need one"
    if ref.page is None and ref.act_number is None:
        return "an OJ citation without a page names an issue, not one document"
    return "this OJ citation has no Cellar id to look up (its series or issue is not known)"


def _oj_lookup(ref: OjRef) -> Lookup:
    """An OJ citation: its ``oj`` id (act by act, or an alias given as such), else its page.

    A classic page (``OJ L 312, 22.11.2008, p. 3``) is asked about under every ``oj``
    alias a work published from it may carry (``JOL_2008_312_R_0003``, ``..._01`` to
    ``..._09``: :func:`eurefs.identifiers.oj_page_values`) and its ``uriserv``
    expression: a work found under two of them is one answer, two works an ambiguity.
    The lookup holds the page's alias stem alone (route ``oj_page``), so a page counts
    as one value in a batch however many forms its query asks for.
    """
    first = ref.cellar_ids[0]
    if first.startswith("oj:"):
        return _checked(first, "sameas", (first,), ("oj", first.removeprefix("oj:")))
    key = f"ojpage:{first.removeprefix('uriserv:')}"
    if ref.series and ref.year and ref.issue and ref.issue.isdigit() and ref.page:
        aliases = ids.oj_page_aliases(ref.series, ref.year, int(ref.issue), ref.page)
        if aliases:  # one value: the batches ask for its forms in one query (issue 10)
            return _checked(key, "oj_page", (aliases[0],), None)
    return _checked(key, "sameas", (first + ".ENG",), None)
