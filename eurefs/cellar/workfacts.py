"""Raw facts about one Cellar work, and the one function that turns them into a Document.

Both resolution paths fill a :class:`WorkFacts` with the *raw* values Cellar
gave (URIs, literal strings) -- the XML notice path in
:mod:`eurefs.cellar.notices`, the SPARQL path in :mod:`eurefs.cellar.sparql` --
and both call :func:`build_document`.  Every interpretation (date parsing, the
``9999-12-31`` convention, CELEX-or-URI for relations, title fallback, URLs)
therefore happens in exactly one place, so the two paths give equal Documents
whenever Cellar gave them the same facts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import unquote

from eurefs.cellar.cdm import ENTRY_INTO_FORCE, RELATION_KEYS
from eurefs.cellar.oj_facts import OjFacts, publications, summary
from eurefs.identifiers import (
    ELI_BASE,
    eurlex_celex_url,
    procedure_from_literal,
    resource_scheme_id,
)
from eurefs.languages.codes import LANGUAGES, lang2, lang3
from eurefs.models.document import Concept, Document, DocumentUrls, Relations

__all__ = [
    "RELATION_KEYS",
    "WorkFacts",
    "build_document",
    "concept_code",
    "entry_into_force",
    "format_procedure",
    "parse_bool",
    "parse_date",
]


# Linear: bounded quantifiers, no repeated groups.  The whole value is an xsd:date or
# xsd:dateTime lexical form (time and zone optional); "2013-08-280" is no date.
_DATE_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?"
)
_LANG3_RE = re.compile(r"[A-Z]{3}")
_KNOWN_LANG3 = frozenset(lang3(c) for c in LANGUAGES)
_OPEN_ENDED = dt.date(9999, 12, 31)
_T = TypeVar("_T")
# A date type as Cellar writes it, ``{EV|http://…/fd_335/EV}``, or its bare code.
_DATE_TYPE_RE = re.compile(r"\{?([A-Z0-9_]{1,20})(?:\|[^}]{0,300}\})?")


@dataclass
class WorkFacts:
    """Everything Cellar said about a work, as raw strings.

    Concept-valued facts map the concept URI to its label (None when unknown).
    Relation facts map the target's URI to the set of owl:sameAs URIs known for
    the target (empty when unknown).  Titles map ISO 639-3 codes to titles.  ``ojs``
    maps the URI of each OJ issue the work is linked to to its facts.
    """

    work_uri: str
    celex: list[str] = field(default_factory=list)
    sameas: list[str] = field(default_factory=list)
    id_documents: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    eli: list[str] = field(default_factory=list)
    in_force: list[str] = field(default_factory=list)
    entry_into_force: list[str] = field(default_factory=list)
    entry_into_force_types: list[tuple[str, str]] = field(default_factory=list)
    end_of_validity: list[str] = field(default_factory=list)
    procedures: list[str] = field(default_factory=list)
    authors: dict[str, str | None] = field(default_factory=dict)
    resource_types: dict[str, str | None] = field(default_factory=dict)
    eurovoc: dict[str, str | None] = field(default_factory=dict)
    subject_matter: dict[str, str | None] = field(default_factory=dict)
    relations: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    languages: set[str] = field(default_factory=set)
    expression_sameas: list[str] = field(default_factory=list)
    ojs: dict[str, OjFacts] = field(default_factory=dict)

    def add_concept(self, kind: str, uri: str, label: str | None) -> None:
        """Record a concept (``authors``, ``resource_types``, ``eurovoc``, ``subject_matter``)."""
        target: dict[str, str | None] = getattr(self, kind)
        if target.get(uri) is None:
            target[uri] = label

    def add_relation(self, key: str, target: str, sameas: str | None = None) -> None:
        """Record a link ``key`` (one of :data:`RELATION_KEYS`) to ``target``."""
        if key not in RELATION_KEYS:
            raise ValueError(f"unknown relation {key!r}")
        ids = self.relations.setdefault(key, {}).setdefault(target, set())
        if sameas:
            ids.add(sameas)


def concept_code(uri: str) -> str:
    """The code of a NAL/EuroVoc concept: the decoded last path segment of its URI."""
    return unquote(uri.rstrip("/").rsplit("/", 1)[-1])


def parse_date(value: str) -> dt.date | None:
    """The day of an ``xsd:date``/``dateTime`` lexical form; None for any other text.

    The whole value must be that form: a day with more after it (``2013-08-280``,
    ``2013-08-28/2013-09-01``) is not read as its first ten characters.
    """
    m = _DATE_RE.fullmatch(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_bool(value: str) -> bool | None:
    """Read ``true``/``false``/``1``/``0`` (any case), else None."""
    v = value.strip().lower()
    if v in ("true", "1"):
        return True
    if v in ("false", "0"):
        return False
    return None


def format_procedure(value: str) -> str | None:
    """``2018/0172/COD`` (Cellar's literal) -> ``2018/0172(COD)``; other forms give None."""
    return procedure_from_literal(value)


def _concepts(values: dict[str, str | None]) -> list[Concept]:
    out = [Concept(code=concept_code(u), label=lbl, uri=u) for u, lbl in values.items()]
    return sorted(out, key=lambda c: (c.code, c.uri or ""))


def _target_id(target: str, sameas: set[str]) -> str:
    celexes = sorted(
        sid[1] for sid in (resource_scheme_id(s) for s in sameas) if sid and sid[0] == "celex"
    )
    return celexes[0] if celexes else target


def _identifiers(facts: WorkFacts, celex: str | None) -> list[str]:
    ids: set[str] = {v.strip() for v in facts.id_documents if v.strip()}
    for uri in facts.sameas:
        sid = resource_scheme_id(uri)
        if sid:
            ids.add(f"{sid[0]}:{sid[1]}")
    ids.discard(f"celex:{celex}" if celex else "")
    return sorted(i for i in ids if not i.startswith("cellar:"))


def _suffix_languages(facts: WorkFacts) -> set[str]:
    """Languages named by expression ids (``celex/32014R0001.EST``, Cellar Table 20)."""
    out: set[str] = set()
    for uri in facts.expression_sameas:
        sid = resource_scheme_id(uri)
        if sid is None or sid[0] not in ("celex", "uriserv", "oj", "comnat", "immc"):
            continue
        suffix = sid[1].rsplit(".", 1)[-1] if "." in sid[1] else ""
        if _LANG3_RE.fullmatch(suffix) and suffix in _KNOWN_LANG3:
            out.add(lang2(suffix))
    return out


def _dates(values: list[str]) -> list[dt.date]:
    return sorted({d for d in (parse_date(v) for v in values) if d is not None})


def build_document(facts: WorkFacts, lang: str = "en") -> Document:
    """Turn the raw facts of a work into a :class:`Document`.

    Args:
        facts: What Cellar said about the work.
        lang: Requested language (``en`` or ``ENG``).

    Rules: CELEX from ``resource_legal_id_celex``, else a ``celex`` owl:sameAs;
    title in ``lang``, else English with ``title_is_fallback=True``, else None;
    ``entry_into_force`` see :func:`entry_into_force`; ``end_of_validity`` is the
    latest date, None when that is ``9999-12-31``; relations are CELEX numbers
    when the target has a ``celex`` sameAs, else the target's Cellar URI; all
    lists are sorted so that the result does not depend on input order.

    Raises:
        ParseError: for an unknown language code.
    """
    want = lang3(lang)
    celex = _celex(facts)
    identifiers = _identifiers(facts, celex)
    ecli = next((i.split(":", 1)[1] for i in identifiers if i.startswith("ecli:")), None)
    title, title_lang, fallback = _title(facts, want)
    in_force, entry_into_force, end_of_validity = _validity(facts)
    dates = _dates(facts.dates)
    procs = sorted({p for p in (format_procedure(v) for v in facts.procedures) if p})
    rtypes = _concepts(facts.resource_types)
    languages = sorted({lang2(code) for code in facts.languages} | _suffix_languages(facts))
    urls = _urls(facts, celex, lang2(want), languages)
    oj_publications = publications(
        facts.ojs.values(), facts.sameas, facts.expression_sameas, parse_date
    )
    return Document(
        celex=celex,
        cellar_uri=facts.work_uri or None,
        eli=_eli(facts),
        ecli=ecli,
        identifiers=identifiers,
        title=title,
        title_lang=title_lang,
        title_is_fallback=fallback,
        date=dates[0] if dates else None,
        authors=_concepts(facts.authors),
        resource_type=rtypes[0] if rtypes else None,
        in_force=in_force,
        entry_into_force=entry_into_force,
        end_of_validity=end_of_validity,
        oj=summary(oj_publications),
        oj_publications=oj_publications,
        procedure=procs[0] if procs else None,
        eurovoc=_concepts(facts.eurovoc),
        subject_matter=_concepts(facts.subject_matter),
        relations=_relations(facts, celex),
        languages=languages,
        urls=urls,
    )


def _validity(facts: WorkFacts) -> tuple[bool | None, dt.date | None, dt.date | None]:
    """In force (None when Cellar says both); the entry into force; the latest end of
    validity (None if open-ended)."""
    flags = {b for b in (parse_bool(v) for v in facts.in_force) if b is not None}
    in_force = flags.pop() if len(flags) == 1 else None
    eov = _dates(facts.end_of_validity)
    end = eov[-1] if eov else None
    return in_force, entry_into_force(facts), None if end is None or end == _OPEN_ENDED else end


def entry_into_force(facts: WorkFacts) -> dt.date | None:
    """The date of entry into force among the dates Cellar lists under that name.

    Cellar lists there the dates of application too, each typed by an annotation
    (:data:`eurefs.cellar.cdm.DATE_TYPE`): the earliest date typed ``EV`` (entry into
    force) is it; else a lone date no annotation types otherwise; else None (several
    dates whose types are not known: no guess).
    """
    dates = _dates(facts.entry_into_force)
    types: dict[dt.date, set[str]] = {}
    for value, kind in facts.entry_into_force_types:
        day, m = parse_date(value), _DATE_TYPE_RE.fullmatch(kind.strip())
        if day is not None and m is not None:
            types.setdefault(day, set()).add(m.group(1))
    typed = [d for d in dates if ENTRY_INTO_FORCE in types.get(d, ())]
    if typed:
        return typed[0]
    return dates[0] if len(dates) == 1 and not types.get(dates[0]) else None


def _eli(facts: WorkFacts) -> str | None:
    """``resource_legal_eli``, else the ELI of the work's one ``eli/`` owl:sameAs.

    Cellar names a work by its ELI path (``resource/eli/dir/2019/904/oj`` is
    ``http://data.europa.eu/eli/dir/2019/904/oj``); the works a notice only links to
    carry the alias, not the property.  A work with several ELI aliases gets none.
    """
    values = sorted(e.strip() for e in facts.eli if e.strip())
    if values:
        return values[0]
    paths = {sid[1] for sid in map(resource_scheme_id, facts.sameas) if sid and sid[0] == "eli"}
    return f"{ELI_BASE}/{paths.pop()}" if len(paths) == 1 else None


def _relations(facts: WorkFacts, celex: str | None) -> Relations:
    """Each relation's targets: CELEX numbers where known, else Cellar URIs, sorted.

    Consolidated versions are only those of this work (see :func:`consolidated_base`).
    """
    rel: dict[str, list[str]] = {}
    for key in RELATION_KEYS:
        targets = facts.relations.get(key, {})
        if key == "consolidated_versions":
            own = celex[1:] if celex else None
            targets = {t: s for t, s in targets.items() if consolidated_base(s) == {own}}
        rel[key] = sorted({_target_id(t, s) for t, s in targets.items()})
    return Relations(**rel)


def consolidated_base(sameas: set[str]) -> set[str]:
    """The act a consolidated text is a version of, as its aliases name it: the CELEX
    number without its sector (``2012R0978``).

    Cellar links an act to the consolidated texts that take it in, and for an amending
    act those are the amended act's: the real object notice of Delegated Regulation (EU)
    No 1/2014 links the texts of Regulation (EU) No 978/2012 it amends, each named
    ``consolidation/2012R0978%2F20140228`` and ``celex/02012R0978-20140228`` (or the
    first alone).  Empty when the aliases name none.
    """
    bases = set()
    for sid in filter(None, map(resource_scheme_id, sameas)):
        if sid[0] == "consolidation":
            bases.add(sid[1].split("/", 1)[0])
        elif sid[0] == "celex" and sid[1].startswith("0") and "-" in sid[1]:
            bases.add(sid[1][1:].split("-", 1)[0])
    return bases


def _celex(facts: WorkFacts) -> str | None:
    """``resource_legal_id_celex``, else a ``celex`` owl:sameAs (the first in order)."""
    values = sorted({c.strip() for c in facts.celex if c.strip()})
    if not values:
        values = sorted(
            sid[1]
            for sid in (resource_scheme_id(u) for u in facts.sameas)
            if sid and sid[0] == "celex"
        )
    return values[0] if values else None


def _title(facts: WorkFacts, want: str) -> tuple[str | None, str | None, bool]:
    """(title, its language, whether it is the English fallback) for ISO 639-3 ``want``."""
    titles = {k: " ".join(v.split()) for k, v in facts.titles.items() if v.strip()}
    if want in titles:
        return titles[want], lang2(want), False
    if "ENG" in titles:
        return titles["ENG"], "en", True
    return None, None, False


def _urls(facts: WorkFacts, celex: str | None, lang: str, languages: list[str]) -> DocumentUrls:
    """EUR-Lex page in ``lang``, the Cellar URI, PDF and HTML per available language."""
    if not celex:
        return DocumentUrls(eurlex=None, cellar=facts.work_uri or None, pdf={}, html={})
    return DocumentUrls(
        eurlex=eurlex_celex_url(celex, lang),
        cellar=facts.work_uri or None,
        pdf={lg: eurlex_celex_url(celex, lg, "TXT/PDF") for lg in languages},
        html={lg: eurlex_celex_url(celex, lg, "TXT/HTML") for lg in languages},
    )
