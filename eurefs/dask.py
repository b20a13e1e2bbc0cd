"""eurefs on a Dask cluster: references of a whole corpus as a Dask DataFrame.

Needs the optional extra ``eurefs[dask]``::

    import dask.bag as db
    import eurefs.dask

    docs = db.from_sequence(pairs_of_doc_id_and_text, npartitions=64)  # or file paths
    refs = eurefs.dask.extract(docs)             # one row per reference, in order
    works = eurefs.dask.resolve(refs, cache_dir="/shared/eurefs-cache")
    table = refs.merge(works, on="normalized", how="left")

:func:`extract` runs the recogniser in each partition (no data leaves the
workers but the rows).  :func:`resolve` takes the *distinct* references of the
corpus and resolves them in batches, each worker with its own
:class:`~eurefs.Resolver` on one shared cache directory, so a corpus with a
million mentions of ten thousand works costs one request per batch of works.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from eurefs.arguments import checked_flag
from eurefs.errors import WrongArgumentType
from eurefs.models.references import Reference
from eurefs.parallel import DocumentReferences, _file_job, _Job, _scan_file, _scan_text
from eurefs.setting_bounds import checked_count
from eurefs.work_keys import work_key

__all__ = ["REFERENCE_COLUMNS", "RESOLVED_COLUMNS", "extract", "resolve"]

#: Columns of :func:`extract`'s DataFrame (``error`` is set on a document's only
#: row when it could not be read or scanned; the other columns are then empty; a row
#: with ``warning``, ``CharsetWarning: ...``, or ``note`` set, before the document's
#: references, is what the reader said of it, as ``eurefs extract`` has them).
#: ``work`` is the key of the cited work (:func:`eurefs.works.work_key`: the CELEX,
#: the page an OJ citation names, or kind and normalised form), so
#: ``refs.groupby("work")`` counts citations per work with short forms and an act's OJ
#: citation counted for the act.
REFERENCE_COLUMNS: dict[str, str] = {
    "doc": "string",
    "kind": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "normalized": "string",
    "celex": "string",
    "celex_candidates": "string",
    "eli": "string",
    "work": "string",
    "warning": "string",
    "note": "string",
    "error": "string",
}

#: Columns of :func:`resolve`'s DataFrame: one row per distinct ``normalized``
#: (a short form carries its target's normalised form, so it shares the row).
RESOLVED_COLUMNS: dict[str, str] = {
    "normalized": "string",
    "work_celex": "string",
    "cellar_uri": "string",
    "title": "string",
    "date": "string",
    "resource_type": "string",
    "in_force": "boolean",
    "error": "string",
}


def _empty(columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def _rows(result: DocumentReferences[Reference]) -> Iterable[dict[str, Any]]:
    for warning in result.warnings:  # (they were dropped: a text read amiss, unsaid)
        yield {"doc": result.doc, "warning": f"{warning.category}: {warning.message}"}
    for note in result.notes:
        yield {"doc": result.doc, "note": note}
    if result.error is not None:
        yield {"doc": result.doc, "error": f"{result.error}: {result.message}"}
        return
    for ref in result.references:
        yield {
            "doc": result.doc,
            "kind": ref.kind,
            "start": ref.start,
            "end": ref.end,
            "text": ref.text,
            "normalized": ref.normalized,
            "celex": ref.celex,
            "celex_candidates": ";".join(ref.celex_candidates),
            "eli": ref.eli,
            "work": work_key(ref),
        }


def _extract_partition(items: Iterable[Any], job: _Job) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, str):
            result = _scan_file(item, job)
        elif isinstance(item, tuple | list) and len(item) == 2:
            result = _scan_text((str(item[0]), item[1]), job)
        else:
            result = DocumentReferences(
                repr(item)[:80], error="TypeError", message="expected a (doc, text) pair or a path"
            )
        rows.extend(_rows(result))
    frame = pd.DataFrame(rows, columns=list(REFERENCE_COLUMNS))
    return frame.astype(REFERENCE_COLUMNS)


def extract(
    documents: db.Bag, *, kinds: Iterable[str] | None = None, max_bytes: int | None = None
) -> dd.DataFrame:
    """The references of every document in a Dask bag, as a Dask DataFrame.

    Args:
        documents: A bag of ``(doc_id, text)`` pairs, or of paths of files (PDF,
            DOCX, HTML, Formex or text, as :func:`eurefs.read_document` reads them)
            that every worker can read.
        kinds: Only these reference kinds; all when None.
        max_bytes: The most bytes a file may have, as for :func:`eurefs.read_document`
            (default: ``$EUREFS_MAX_INPUT_MB`` mebibytes where the worker runs, else
            each format's limit); a file over it gives a ``DocumentTooLarge`` row.

    Returns:
        A lazy DataFrame with :data:`REFERENCE_COLUMNS`, documents in bag order and
        references in text order within each document.  A document that cannot be
        read gives one row with ``error`` set.

    Raises:
        ValueError: for an unknown kind, or a ``max_bytes`` below 1
            (:class:`~eurefs.errors.ConfigurationError`).  A ``$EUREFS_MAX_INPUT_MB``
            that is no limit gives each file's row a ``ConfigurationError``: it is read
            where the workers run.
        WrongArgumentType: (a TypeError) ``documents`` no Dask bag.
    """
    from dask.delayed import delayed

    if not isinstance(documents, db.Bag):  # (it failed with "no attribute 'to_delayed'")
        raise WrongArgumentType(
            f"eurefs.dask.extract() takes a Dask bag (dask.bag.from_sequence(paths)), "
            f"not {type(documents).__name__}"
        )

    # (as extract_files checks them, but for the environment: the workers' own)
    job = _file_job(kinds, True, None, None, max_bytes, environment=False)
    parts = documents.to_delayed()  # type: ignore[no-untyped-call]
    frames = [delayed(_extract_partition, pure=True)(part, job) for part in parts]
    frame: dd.DataFrame = dd.from_delayed(frames, meta=_empty(REFERENCE_COLUMNS), verify_meta=False)
    return frame


def _celex_in_texts(keys: pd.DataFrame) -> dict[str, set[str | None]]:
    """Each normal form of a partition of (normalized, celex) pairs, with the CELEX
    numbers its texts gave it (None: a text gave it none)."""
    found: dict[str, set[str | None]] = {}
    for normalized, celex in zip(keys["normalized"], keys["celex"], strict=True):
        found.setdefault(str(normalized), set()).add(None if pd.isna(celex) else str(celex))
    return found


def _same_work(normalized: str, ref: Reference, in_texts: set[str | None]) -> None:
    """Check that a normal form read alone names the work its texts read it as.

    A normal form is resolved once for every row that carries it, read alone; its texts
    may have read it otherwise (``beslutning 83/99`` followed by ``af 25. juni 1999`` is
    no decision of 1983, ``décision 2005/214/JAI`` in capitals may be the framework
    decision: no CELEX there), and that CELEX must not reach their rows.  A CELEX that
    a text chose among the candidates of the reading alone (``the European Green Deal``
    is 52019DC0640 where ``COM(2019) 640 final`` alone may be PC or DC) agrees with it.

    Raises:
        ResolveError: when the reading alone and a text's reading differ.
    """
    from eurefs.errors import ResolveError

    alone = ref.celex
    if all(c == alone or (alone is None and c in ref.celex_candidates) for c in in_texts):
        return
    shown = ", ".join(sorted(c or "no CELEX" for c in in_texts))
    raise ResolveError(
        f"read alone it gives {alone or 'no CELEX'}, its texts {shown}: resolve it in its "
        "text, or merge on the 'work' column's CELEX numbers",
        normalized,
    )


def _resolve_partition(keys: pd.DataFrame, options: dict[str, Any]) -> pd.DataFrame:
    from eurefs.errors import ParseError, ResolveError
    from eurefs.lookup import lookup_for
    from eurefs.parsing import parse
    from eurefs.resolver import Resolver

    rows: list[dict[str, Any]] = []
    refs: list[Any] = []
    wanted: list[str] = []
    for normalized, in_texts in _celex_in_texts(keys).items():
        try:
            ref = parse(normalized)
            lookup_for(ref)
            _same_work(normalized, ref, in_texts)
        except (ParseError, ResolveError) as exc:
            rows.append({"normalized": normalized, "error": f"{type(exc).__name__}: {exc}"})
            continue
        refs.append(ref)
        wanted.append(normalized)
    if refs:
        with Resolver(**options) as resolver:
            results = resolver.resolve_many(refs)
        for normalized, result in zip(wanted, results, strict=True):
            row: dict[str, Any] = {"normalized": normalized}
            if result.document is not None:
                doc = result.document
                row.update(
                    work_celex=doc.celex,
                    cellar_uri=doc.cellar_uri,
                    title=doc.title,
                    date=doc.date.isoformat() if doc.date else None,
                    resource_type=doc.resource_type.code if doc.resource_type else None,
                    in_force=doc.in_force,
                )
            elif result.error is not None:
                row["error"] = f"{result.error.type}: {result.error.message}"
            rows.append(row)
    return pd.DataFrame(rows, columns=list(RESOLVED_COLUMNS)).astype(RESOLVED_COLUMNS)


def resolve(
    references: dd.DataFrame,
    *,
    partitions: int | None = None,
    **resolver_options: Any,
) -> dd.DataFrame:
    """Resolve the distinct references of a corpus, each once, in batches.

    Args:
        references: The output of :func:`extract` (at least ``kind`` and ``normalized``).
        partitions: How many partitions (parallel resolvers) the distinct references
            are spread over; default: as many as ``references`` has.
        **resolver_options: Passed to every worker's :class:`~eurefs.Resolver`, e.g.
            ``cache_dir`` (put it on storage every worker shares, so each work is
            fetched once per corpus and reruns cost nothing), ``sparql_endpoint``,
            ``lang``, ``batch_size``, ``offline``.

    Returns:
        A lazy DataFrame with :data:`RESOLVED_COLUMNS`, one row per distinct
        ``normalized``; references that name no single document (treaty
        articles, ``C(...)`` documents ...) and failures carry ``error``.  Merge it
        back with ``references.merge(resolved, on="normalized", how="left")``.

    Raises:
        ConfigurationError: a resolver option out of its range (``timeout=1e308``, an
            unknown ``lang``), ``partitions`` below 1, here, when the frame is made, not
            in every worker when it is computed.
        WrongArgumentType: (a TypeError) ``references`` no Dask DataFrame, a resolver
            option of a wrong type (``offline="no"``).
    """
    from eurefs.resolver import Resolver

    if not isinstance(references, dd.DataFrame):
        raise WrongArgumentType(
            "eurefs.dask.resolve() takes the Dask DataFrame eurefs.dask.extract() gives, "
            f"not {type(references).__name__}"
        )
    if partitions is not None:
        checked_count("partitions", partitions, least=1, most=None)
    for flag in ("use_cache", "offline"):
        checked_flag(flag, resolver_options.get(flag, False))
    # (a resolver with no cache, made and closed: the options' checks, and no file made)
    Resolver(**{**resolver_options, "use_cache": False, "offline": False}).close()
    n = partitions or references.npartitions
    # each normal form with every CELEX its texts gave it, in one partition
    keys = references[references["normalized"].notnull()][["normalized", "celex"]]
    distinct = keys.drop_duplicates(split_out=n).shuffle(on="normalized", npartitions=n)
    resolved: dd.DataFrame = distinct.map_partitions(
        _resolve_partition, resolver_options, meta=_empty(RESOLVED_COLUMNS)
    )
    return resolved
