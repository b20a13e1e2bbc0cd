"""SPARQL side of the Cellar client: batch query builders, a result parser, rows -> Documents.

Two steps (plain SPARQL 1.1; no Virtuoso-only functions):

1. *Identifiers -> works.*  :func:`build_celex_query`, :func:`build_id_document_query`
   and :func:`build_sameas_query` map a batch of identifiers (``VALUES``) to Cellar
   work URIs.  Result rows: ``?input ?work ?via ?celex``; read them with
   :func:`matches_from_rows`.
2. *Works -> facts.*  :func:`build_work_query` fetches everything a
   :class:`~eurefs.models.document.Document` needs for a batch of works in one
   query, in "long" form: one row per fact, ``?work ?key ?val ?aux ?label ?labelEn``
   (one UNION branch per fact, so multi-valued facts never multiply each other).
   :func:`documents_from_rows` groups the rows and builds the Documents through
   :func:`eurefs.cellar.workfacts.build_document`, the same function the notice
   path uses.

String literals are matched in two forms, ``"x"^^xsd:string`` (how Cellar stores
them) and plain ``"x"`` (how a store loaded from plain Turtle may hold them);
RDF 1.1 engines treat them as one term, Virtuoso may not.

The facts and their properties come from the one table of Cellar facts,
:mod:`eurefs.cellar.cdm`, which also drives the notice path.  Every property
name is in the Publications Office's CDM list; links are read from the forward
property only, in reverse where needed (``?val cdm:…_amends_… ?work`` for
"amended by"), because the ``…_by_…`` inverses carry no triples in the SPARQL
store.  Concept labels are ``skos:prefLabel`` with lower-case language tags.

Dossier facts may sit on the dossier's Cellar URI (the SPARQL store) or on one
of its aliases (``procedure/2019_2036``, ``pegase/1043058`` in real RDF tree
notices), and a dossier may name its documents by alias (``celex/52015JC0007``):
the procedure query accepts both layouts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from eurefs.cellar import cdm
from eurefs.cellar.oj_facts import OjFacts
from eurefs.cellar.sparql_ids import (
    iri,
    literal,
    resource_uri,
    unique_batch,
    validate_celex_id,
    validate_id_document,
    validate_sameas_id,
    validate_work_uri,
)
from eurefs.cellar.sparql_results import (
    Term,
    WorkMatch,
    matches_from_rows,
    parse_sparql_json,
    rows_from_result,
)
from eurefs.cellar.workfacts import WorkFacts, build_document
from eurefs.identifiers import CELLAR_RESOURCE_BASE, scheme_base
from eurefs.languages.codes import lang2, lang3
from eurefs.models.document import Document

__all__ = [
    "CDM",
    "Term",
    "WorkMatch",
    "build_celex_query",
    "build_id_document_query",
    "build_sameas_query",
    "build_work_query",
    "documents_from_rows",
    "facts_from_rows",
    "matches_from_rows",
    "parse_sparql_json",
    "rows_from_result",
]

CDM = cdm.CDM
_PREFIXES = (
    f"PREFIX cdm: <{CDM}>\n"
    f"PREFIX ann: <{cdm.ANNOTATION}>\n"
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
)
_LANG_BASE = CELLAR_RESOURCE_BASE + "/authority/language/"
_CELEX_BASE = scheme_base("celex")
_CELLAR_BASE = scheme_base("cellar")
_URISERV_BASE = scheme_base("uriserv")


def _p(name: str) -> str:
    """Full IRI of a CDM property (hyphenated local names stay unambiguous)."""
    return f"<{CDM}{name}>"


def _lit_rows(pairs: Iterable[tuple[str, str]]) -> str:
    rows = []
    for inp, value in pairs:
        rows.append(f"    ({literal(inp)} {literal(value)}^^xsd:string)")
        rows.append(f"    ({literal(inp)} {literal(value)})")
    return "\n".join(rows)


def _literal_or_alias(prop: str, ids: list[tuple[str, str]], *, by_celex: bool) -> str:
    """Step 1 by a literal (``prop``) or by the resource URI the same id names (``owl:sameAs``).

    ``ids``: (checked value, its work-level resource URI or "").  Cellar answers a
    resource URI for every ``owl:sameAs`` alias of a work, and the notice path follows
    that redirect: a work is matched by either, so the two paths find the same works.
    The VALUES sit inside each branch, so no engine reads every alias of the store
    first.  ``?celex`` is the work's own CELEX; ``by_celex``: the CELEX matched, or the
    one asked for when the work has no literal of its own.
    """
    own_celex = f"    OPTIONAL {{ ?work {_p(cdm.CELEX)} ?celex }}\n"
    literal_branch = (
        f"    VALUES (?input ?lit) {{\n{_lit_rows((i, i) for i, _ in ids)}\n    }}\n"
        f"    ?work {_p(prop)} ?lit .\n"
        + ("    BIND(STR(?lit) AS ?celex)\n" if by_celex else own_celex)
    )
    branches = [literal_branch]
    aliases = "\n".join(f"      ({literal(i)} {iri(u)})" for i, u in ids if u)
    if aliases:
        branches.append(
            f"    VALUES (?input ?uri) {{\n{aliases}\n    }}\n    ?work owl:sameAs ?uri .\n"
            + (
                f"    OPTIONAL {{ ?work {_p(cdm.CELEX)} ?own }}\n"
                "    BIND(COALESCE(?own, ?input) AS ?celex)\n"
                if by_celex
                else own_celex
            )
        )
    body = "  UNION\n".join(f"  {{\n{b}  }}\n" for b in branches)
    return (
        f"{_PREFIXES}SELECT DISTINCT ?input ?work ?via ?celex WHERE {{\n{body}"
        '  BIND("self" AS ?via)\n}'
    )


def build_celex_query(celexes: Iterable[str]) -> str:
    """Step 1 by CELEX: ``?work cdm:resource_legal_id_celex ?lit``, or the work's
    ``owl:sameAs <…/resource/celex/…>`` alias (the resource the notice path asks for).

    Returns rows ``?input ?work ?via ?celex`` (``?via`` = ``"self"``).

    Raises:
        ParseError: for any value that is not a CELEX number.
        ValueError: for an empty batch.
    """
    ids = unique_batch(validate_celex_id(c) for c in celexes)
    return _literal_or_alias(cdm.CELEX, [(i, resource_uri("celex", i)) for i in ids], by_celex=True)


def build_id_document_query(values: Iterable[str]) -> str:
    """Step 1 by ``cdm:work_id_document`` (``comnat:COM_2021_0752_FIN``, ``ecli:ECLI:...``),
    or the work's ``owl:sameAs`` alias of the same id (``…/resource/ecli/ECLI%3AEU…``).

    Returns rows ``?input ?work ?via ?celex`` (``?celex`` unbound when the work has none).

    Raises:
        ParseError: for a value outside the known schemes/grammars.
        ValueError: for an empty batch.
    """
    ids = unique_batch(validate_id_document(v) for v in values)
    aliases = []
    for value in ids:
        _, uri, level = validate_sameas_id(value)
        aliases.append((value, uri if level == "work" else ""))
    return _literal_or_alias(cdm.ID_DOCUMENT, aliases, by_celex=False)


def build_sameas_query(values: Iterable[str], more: Iterable[str] = ()) -> str:
    """Step 1 by owl:sameAs resource URI (``eli:reg/2016/679/oj``, ``case:C-673/17``, ...).

    Work-level ids give ``?via "self"``; ``uriserv:`` (expression-level) gives
    ``"expression"``; ``procedure:2018_172`` gives the dossier's proposal
    (``"proposal"``, via ``cdm:dossier_initiated_by_act_preparatory``) and
    adopted act (``"adopted_act"``, via ``cdm:dossier_produces_resource_legal``).
    Returns rows ``?input ?work ?via ?celex``.  ``more``: further UNION branches that
    bind ``?input ?work ?via`` from checked terms (:mod:`eurefs.cellar.oj_pages`).

    Raises:
        ParseError: for an unknown scheme or an id failing its grammar.
        ValueError: for an empty batch.
    """
    checked = [validate_sameas_id(v) for v in values]
    unique_batch(c[0] for c in checked)
    groups: dict[str, list[tuple[str, str]]] = {"work": [], "expression": [], "dossier": []}
    for norm, uri, target in dict.fromkeys(checked):
        groups[target].append((norm, uri))

    def vals(items: list[tuple[str, str]]) -> str:
        rows = "\n".join(f"      ({literal(n)} {iri(u)})" for n, u in items)
        return f"    VALUES (?input ?uri) {{\n{rows}\n    }}\n"

    branches = []
    if groups["work"]:
        branches.append(
            f'{vals(groups["work"])}    ?work owl:sameAs ?uri .\n    BIND("self" AS ?via)\n'
        )
    if groups["expression"]:
        branches.append(
            f"{vals(groups['expression'])}    ?expr owl:sameAs ?uri .\n"
            f"    ?expr {_p(cdm.EXPRESSION_WORK)} ?work .\n"
            '    BIND("expression" AS ?via)\n'
        )
    if groups["dossier"]:
        branches.append(vals(groups["dossier"]) + _DOSSIER_DOCUMENTS)
    branches.extend(more)
    body = "  UNION\n".join(f"  {{\n{b}  }}\n" for b in branches)
    return (
        f"{_PREFIXES}SELECT DISTINCT ?input ?work ?via ?celex WHERE {{\n{body}"
        f"  OPTIONAL {{ ?work {_p(cdm.CELEX)} ?idCelex }}\n"
        # a document known only by its CELEX alias still says which CELEX it is
        f'  BIND(IF(STRSTARTS(STR(?work), "{_CELEX_BASE}"), '
        f'STRAFTER(STR(?work), "{_CELEX_BASE}"), ?idCelex) AS ?celex)\n}}'
    )


# The dossier's documents: facts on its Cellar URI (the SPARQL store) or on any of its
# aliases (real RDF tree notices); documents named by Cellar URI or by alias.  No BIND or
# FILTER inside UNION groups: SPARQL evaluates them before the outer VALUES are joined.
_DOSSIER_DOCUMENTS = (
    f'    VALUES (?link ?via) {{ ({_p(cdm.DOSSIER_PROPOSAL)} "proposal") '
    f'({_p(cdm.DOSSIER_ADOPTED_ACT)} "adopted_act") }}\n'
    "    { ?dossier owl:sameAs ?uri } UNION { ?d owl:sameAs ?uri . ?d owl:sameAs ?dossier }\n"
    "    ?dossier ?link ?doc .\n"
    "    OPTIONAL { ?cellarDoc owl:sameAs ?doc . "
    f'FILTER(STRSTARTS(STR(?cellarDoc), "{_CELLAR_BASE}")) }}\n'
    "    BIND(COALESCE(?cellarDoc, ?doc) AS ?work)\n"
)


_LABELS = (
    "    OPTIONAL {{ ?val skos:prefLabel ?label . FILTER(LANGMATCHES(LANG(?label), {want})) }}\n"
    '    OPTIONAL {{ ?val skos:prefLabel ?labelEn . FILTER(LANGMATCHES(LANG(?labelEn), "en")) }}\n'
)
_TARGET_CELEX = (
    f'    OPTIONAL {{{{ ?val owl:sameAs ?aux . FILTER(STRSTARTS(STR(?aux), "{_CELEX_BASE}")) }}}}\n'
)


def _oj_fact(key: str, prop: str) -> tuple[str, str, bool, bool]:
    return (key, f"?work {_p(cdm.PUBLISHED_IN_OJ)} ?aux . ?aux {_p(prop)} ?val .", False, False)


def _relation(rel: cdm.Relation) -> tuple[str, str, bool, bool]:
    pattern = f"?val {_p(rel.prop)} ?work ." if rel.reverse else f"?work {_p(rel.prop)} ?val ."
    return (rel.key, pattern, False, True)


_IN_EXPRESSION = f"?expr {_p(cdm.EXPRESSION_WORK)} ?work ."

#: key -> (graph pattern binding ?val (and maybe ?aux), fetch concept labels?, relation target?),
#: built from the table of Cellar facts (:mod:`eurefs.cellar.cdm`).
_FACTS: tuple[tuple[str, str, bool, bool], ...] = (
    ("sameas", "?work owl:sameAs ?val .", False, False),
    *((v.key, f"?work {_p(v.prop)} ?val .", False, False) for v in cdm.VALUES),
    (  # the type of each date of entry into force (?aux the date, ?val its type)
        "entry_into_force_type",
        f"?ax owl:annotatedSource ?work ; owl:annotatedProperty "
        f"{_p(cdm.ENTRY_INTO_FORCE_DATE)} ; owl:annotatedTarget ?aux ; "
        f"ann:{cdm.DATE_TYPE} ?val .",
        False,
        False,
    ),
    (
        "procedure",
        f"?work {_p(cdm.WORK_DOSSIER)} ?aux . ?aux {_p(cdm.PROCEDURE_CODE)} ?val .",
        False,
        False,
    ),
    *((c.key, f"?work {_p(c.prop)} ?val .", True, False) for c in cdm.CONCEPTS),
    *(_relation(r) for r in cdm.RELATIONS),
    ("oj", f"?work {_p(cdm.PUBLISHED_IN_OJ)} ?val .", False, False),
    _oj_fact("oj_number", cdm.OJ_NUMBER),
    _oj_fact("oj_year", cdm.OJ_YEAR),
    _oj_fact("oj_collection", cdm.OJ_COLLECTION),
    _oj_fact("oj_date", cdm.DATE),
    ("language", f"{_IN_EXPRESSION} ?expr {_p(cdm.EXPRESSION_LANGUAGE)} ?val .", False, False),
    (
        "expression_sameas",
        f"{_IN_EXPRESSION} ?expr owl:sameAs ?val . "
        f'FILTER(STRSTARTS(STR(?val), "{_CELEX_BASE}") || STRSTARTS(STR(?val), "{_URISERV_BASE}"))',
        False,
        False,
    ),
)


def build_work_query(work_uris: Iterable[str], lang: str = "en") -> str:
    """Step 2: all facts of a batch of works, one row per fact.

    Rows: ``?work ?key ?val ?aux ?label ?labelEn``.  Titles are fetched for the
    requested language and English only (``?key "title"``, ``?aux`` = language URI).

    Raises:
        ParseError: for a value that is not a Cellar work URI, or an unknown language.
        ValueError: for an empty batch.
    """
    works = unique_batch(validate_work_uri(w) for w in work_uris)
    want3 = lang3(lang)
    want_tag = literal(lang2(want3))
    branches = []
    for key, pattern, labels, target in _FACTS:
        extra = _LABELS.format(want=want_tag) if labels else ""
        extra += _TARGET_CELEX.format() if target else ""
        branches.append(f"    {pattern}\n    BIND({literal(key)} AS ?key)\n{extra}")
    # One branch per title language, the language a constant of the pattern: with
    # ``VALUES ?aux`` oxigraph read every expression in that language of the store
    # first (0.37 s of a 100-work query on 10,000 works; 0.02 s with the constant).
    for title_lang in dict.fromkeys(iri(_LANG_BASE + c) for c in (want3, "ENG")):
        branches.append(
            f"    ?expr {_p(cdm.EXPRESSION_WORK)} ?work . "
            f"?expr {_p(cdm.EXPRESSION_LANGUAGE)} {title_lang} . "
            f"?expr {_p(cdm.EXPRESSION_TITLE)} ?val .\n"
            f'    BIND("title" AS ?key)\n    BIND({title_lang} AS ?aux)\n'
        )
    # The batch's works are bound inside every branch, not once outside the UNION:
    # engines that evaluate a UNION before joining it with an outer VALUES (oxigraph)
    # would otherwise read each fact of every work in the store, so a query's cost
    # grew with the store, not the batch (10x the works, 10x the time per batch).
    values = f"    VALUES ?work {{ {' '.join(iri(w) for w in works)} }}\n"
    body = "  UNION\n".join(f"  {{\n{values}{b}  }}\n" for b in branches)
    return f"{_PREFIXES}SELECT ?work ?key ?val ?aux ?label ?labelEn WHERE {{\n{body}}}"


_CONCEPT_KEYS = tuple(c.key for c in cdm.CONCEPTS)
_LIST_KEYS = {
    "sameas": "sameas",
    **{v.key: v.field for v in cdm.VALUES},
    "procedure": "procedures",
    "expression_sameas": "expression_sameas",
}
_OJ_KEYS = {
    "oj_number": "numbers",
    "oj_year": "years",
    "oj_collection": "collections",
    "oj_date": "dates",
}


def facts_from_rows(rows: Iterable[Mapping[str, Term]]) -> dict[str, WorkFacts]:
    """Group step-2 rows by work into :class:`WorkFacts` (keyed by work URI)."""
    facts: dict[str, WorkFacts] = {}
    labels: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
    for row in rows:
        work, key, val = row.get("work"), row.get("key"), row.get("val")
        if work is None or key is None or val is None:
            continue
        f = facts.setdefault(work.value, WorkFacts(work_uri=work.value))
        k, v, aux = key.value, val.value, row.get("aux")
        if k in _LIST_KEYS:
            getattr(f, _LIST_KEYS[k]).append(v)
        elif k in _CONCEPT_KEYS:
            found = labels.setdefault((work.value, k, v), (set(), set()))
            lbl, lbl_en = row.get("label"), row.get("labelEn")
            if lbl is not None:
                found[0].add(lbl.value)
            if lbl_en is not None:
                found[1].add(lbl_en.value)
        elif k == "title" and aux is not None:
            code = aux.value.rsplit("/", 1)[-1]
            if code not in f.titles or v < f.titles[code]:
                f.titles[code] = v
        elif k == "entry_into_force_type" and aux is not None:
            f.entry_into_force_types.append((aux.value, v))
        elif k == "language":
            f.languages.add(v.rsplit("/", 1)[-1])
        elif k == "oj":
            f.ojs.setdefault(v, OjFacts(uri=v))
        elif k in _OJ_KEYS and aux is not None:  # (?aux: the issue)
            oj = f.ojs.setdefault(aux.value, OjFacts(uri=aux.value))
            getattr(oj, _OJ_KEYS[k]).append(v)
        else:
            try:
                f.add_relation(k, v, aux.value if aux else None)
            except ValueError:
                continue
    for (work_uri, kind, uri), (want, english) in labels.items():
        label = min(want) if want else (min(english) if english else None)
        facts[work_uri].add_concept(kind, uri, label)
    for f in facts.values():
        for name in _LIST_KEYS.values():
            setattr(f, name, sorted(set(getattr(f, name))))
    return facts


def documents_from_rows(
    rows: Iterable[Mapping[str, Term]], lang: str = "en"
) -> dict[str, Document]:
    """Build one :class:`Document` per work from step-2 rows (keyed by work URI).

    Raises:
        ParseError: for an unknown language code.
    """
    return {uri: build_document(f, lang) for uri, f in facts_from_rows(rows).items()}
