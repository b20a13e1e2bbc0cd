"""The resolver: from references to :class:`~eurefs.models.Document` objects.

* :meth:`Resolver.resolve` reads one work's branch notice (the richest metadata).
* :meth:`Resolver.resolve_many` resolves batches through SPARQL: one query maps
  a batch of identifiers to works (``VALUES``), one query fetches the facts of a
  batch of works.  Batches halve when Cellar answers "too expensive".  Every
  input gets a :class:`ResolveResult`, in input order.

Both paths build their Document with the same function, so they agree.  A
persistent cache sits in front of both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path
from typing import Any

from eurefs import lookup_cache
from eurefs.cache import Cache
from eurefs.cellar import sparql
from eurefs.cellar.batches import SparqlBatches, overlapped
from eurefs.cellar.http import HttpClient
from eurefs.cellar.notices import parse_notice
from eurefs.errors import (
    AmbiguousReference,
    ConfigurationError,
    EurefsError,
    NotFound,
    ParseError,
)
from eurefs.languages.codes import lang2, lang3
from eurefs.lookup import Lookup, lookup_for
from eurefs.models.document import Document
from eurefs.models.references import BaseReference
from eurefs.models.results import ResolveResult, error_info
from eurefs.outcomes import (
    answer_for,
    asked_works,
    check_answer,
    error_from_record,
    failed_record,
    input_text,
    named_error,
    record,
)
from eurefs.parsing import parse

Progress = Callable[[int, int], None]
#: A lookup still to resolve, with the inputs (index, reference) waiting for it.
Pending = tuple[Lookup, list[tuple[int, BaseReference]]]
#: A round's answer: identifier -> works, the works' fact rows, URIs that are no work, when.
Fetched = tuple[
    dict[str, list[sparql.WorkMatch]], list[dict[str, sparql.Term]], set[str], dt.datetime
]


class Resolver:
    """Resolves references against the Publications Office, politely and with a cache.

    Args:
        sparql_endpoint: SPARQL endpoint URL (default: env ``EUREFS_SPARQL_ENDPOINT``,
            then Cellar's public endpoint).
        cellar_base: Base of resource URIs for notices (default: env
            ``EUREFS_CELLAR_BASE``, then ``https://publications.europa.eu/resource``).
        lang: Language of titles and labels (``en``, ``fr``, ``deu`` ...); English is
            the fallback.
        use_cache: Keep documents in the persistent cache (default True).
        cache_dir: Where the cache lives (default: env ``EUREFS_CACHE_DIR``, then the
            user cache directory).
        cache_ttl: How long a cached document stays fresh.
        offline: Answer from the cache only; a miss is an :class:`OfflineMiss`.
        batch_size: Identifiers per SPARQL query (halved on "too expensive").
        max_in_flight: Requests in flight at once.
        timeout: Seconds one HTTP request may take in all, retries and waits
            included (default 90).
        retries: Retries of a request that may succeed on a second try (default 4).
        http: A ready :class:`HttpClient` (tests, custom sessions); the endpoint,
            timeout and retries
            arguments are then ignored.

    Raises:
        ConfigurationError: an unknown language, an endpoint that is not an http(s)
            URL, a timeout or retry count out of range.
    """

    def __init__(
        self,
        *,
        sparql_endpoint: str | None = None,
        cellar_base: str | None = None,
        lang: str = "en",
        use_cache: bool = True,
        cache_dir: str | Path | None = None,
        cache_ttl: dt.timedelta = dt.timedelta(days=7),
        offline: bool = False,
        batch_size: int = 100,
        max_in_flight: int = 4,
        timeout: float | None = None,
        retries: int | None = None,
        http: HttpClient | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        try:
            self.lang = lang2(lang3(lang))
        except ParseError as exc:  # a setting, not a reference: the same error as a bad endpoint
            raise ConfigurationError(str(exc)) from None
        self.offline = offline
        self.max_in_flight = max_in_flight
        limits: dict[str, Any] = {}
        if timeout is not None:
            limits["timeout"] = timeout
        if retries is not None:
            limits["max_retries"] = retries
        self.http = http or HttpClient(
            sparql_endpoint=sparql_endpoint,
            cellar_base=cellar_base,
            max_in_flight=max_in_flight,
            **limits,
        )
        self._own_http = http is None
        self._sparql = SparqlBatches(self.http, batch_size=batch_size, max_in_flight=max_in_flight)
        self.cache: Cache | None = None
        if use_cache or offline:
            self.cache = Cache(cache_dir, ttl=cache_ttl)

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        """Release the HTTP session and the cache."""
        if self._own_http:
            self.http.close()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> Resolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers -------------------------------------------------------------------
    def _cached(self, lookups: Iterable[Lookup]) -> dict[str, Document | EurefsError]:
        if self.cache is None:
            return {}
        return lookup_cache.cached(self.cache, lookups, self.lang, offline=self.offline)

    def _store(
        self, found: Iterable[tuple[Lookup, Document]], missing: Iterable[Lookup] = ()
    ) -> None:
        if self.cache is not None:
            lookup_cache.store(self.cache, found, missing, self.lang)

    @staticmethod
    def _as_reference(item: BaseReference | str) -> BaseReference:
        return item if isinstance(item, BaseReference) else parse(item)

    # -- single reference: the notice path -------------------------------------------
    def resolve(self, item: BaseReference | str) -> Document:
        """Resolve one reference through its work's branch notice.

        Kinds without a notice route (cases, procedures, classic OJ citations) go
        through the SPARQL path instead.  Error messages start with the
        reference's normal form (``ECLI:EU:C:2014:317: not found in Cellar``),
        the same text a batch error record carries.

        Raises:
            ParseError: when a string is not a reference.
            NotFound, AmbiguousReference, ServiceUnavailable, ResponseError,
            OfflineMiss: see :mod:`eurefs.errors`.
        """
        ref = self._as_reference(item)
        try:
            return self._resolve_notice(ref)
        except EurefsError as exc:
            raise named_error(exc, ref.normalized) from exc

    def resolve_result(self, item: BaseReference | str) -> ResolveResult:
        """Like :meth:`resolve`, but failures become an error record (the record
        :meth:`resolve_many` gives for the same input)."""
        text = input_text(item)
        try:
            ref = self._as_reference(item)
        except ParseError as exc:
            return ResolveResult(input=text, error=error_info(exc))
        try:
            doc = self.resolve(ref)
        except EurefsError as exc:
            return ResolveResult(input=text, reference=ref, error=error_info(exc))
        return ResolveResult(input=text, reference=ref, document=doc)

    def _resolve_notice(self, ref: BaseReference) -> Document:
        lookup = lookup_for(ref)
        if lookup.notice is None:
            result = self.resolve_many([ref])[0]
            if result.document is None:
                raise error_from_record(result, ref)
            return result.document
        cached = self._cached([lookup]).get(lookup.key)
        if isinstance(cached, EurefsError):
            raise cached
        if cached is not None:
            return cached.model_copy(update={"reference": ref})
        scheme, ident = lookup.notice
        try:
            data = self.http.notice(scheme, ident, kind="branch", lang=lang3(self.lang))
        except NotFound:
            self._store([], [lookup])
            raise NotFound("not found in Cellar", ref.normalized) from None
        except AmbiguousReference as exc:
            raise AmbiguousReference(
                f"Cellar has several works for {scheme}:{ident}", ref.normalized, exc.candidates
            ) from None
        doc = parse_notice(data, self.lang).model_copy(
            update={"fetched_at": dt.datetime.now(dt.timezone.utc)}
        )
        check_answer(scheme, ident, doc)
        self._store([(lookup, doc)])
        return doc.model_copy(update={"reference": ref})

    # -- batches: the SPARQL path ------------------------------------------------------
    @property
    def batch_size(self) -> int:
        """Identifiers per SPARQL query now (it only shrinks, on "too expensive")."""
        return self._sparql.batch_size

    def resolve_many(
        self,
        items: Iterable[BaseReference | str],
        *,
        progress: Progress | None = None,
    ) -> list[ResolveResult]:
        """Resolve many references; each input gets a result or an error record, in order.

        Args:
            items: References or strings (strings are parsed; one that is not a
                reference gets a ``ParseError`` record).
            progress: Called with ``(done, total)`` as batches complete.

        Raises:
            ServiceUnavailable: only when the service cannot be reached at all;
                per-item problems are error records.
        """
        if isinstance(items, str | bytes):
            raise TypeError(
                "resolve_many() takes an iterable of references or strings, not one "
                f"{type(items).__name__}: write resolve_many([{items!r}])"
            )
        inputs = list(items)
        results: list[ResolveResult | None] = [None] * len(inputs)
        outcomes: dict[str, Document | EurefsError] = {}  # lookup key -> answer, once settled
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress(done, len(inputs))

        def settle(chunk: list[Pending], fetched: Fetched | EurefsError) -> None:
            self._settle(chunk, fetched, inputs, results, outcomes)
            advance(sum(len(members) for _, members in chunk))

        rounds = self._rounds(inputs, results, outcomes, advance)
        overlapped(rounds, lambda chunk: self._fetch([lk for lk, _ in chunk]), settle)
        return [r for r in results if r is not None]

    def _rounds(
        self,
        inputs: list[Any],
        results: list[ResolveResult | None],
        outcomes: dict[str, Document | EurefsError],
        advance: Callable[[int], None],
    ) -> Iterator[list[Pending]]:
        """The lookups to ask about, in rounds of a few batches (progress moves, a failure
        costs a round), from inputs parsed and looked up in the cache a slice at a time."""
        step = self.batch_size * self.max_in_flight
        todo: dict[str, Pending] = {}  # every lookup asked about: outcomes' keys too
        fresh: list[Pending] = []
        for start in range(0, len(inputs), step):
            indices = range(start, min(start + step, len(inputs)))
            found = self._answer_from_cache(inputs, results, indices, todo)
            waiting = 0
            for key, (lookup, members) in found.items():
                if key in outcomes:  # asked and answered in an earlier round
                    for i, ref in members:
                        results[i] = record(inputs[i], ref, outcomes[key])
                elif key in todo:  # asked in a round still out, or still to go
                    todo[key][1].extend(members)
                    waiting += len(members)
                else:
                    fresh.append(todo.setdefault(key, (lookup, members)))
                    waiting += len(members)
            advance(len(indices) - waiting)
            while len(fresh) >= step:
                yield fresh[:step]
                fresh = fresh[step:]
        if fresh:
            yield fresh

    def _answer_from_cache(
        self,
        inputs: list[Any],
        results: list[ResolveResult | None],
        indices: range,
        known: Container[str],
    ) -> dict[str, Pending]:
        """Fill the results of the inputs at ``indices`` that fail to parse or look up, or
        that the cache answers (one read for all, ``known`` lookup keys left out); return
        the others by lookup key: (lookup, [(index, ref)])."""
        parsed: list[tuple[int, str, BaseReference, Lookup]] = []
        for i in indices:
            item = inputs[i]
            text = item if isinstance(item, str) else item.text
            try:
                ref = self._as_reference(item)
            except ParseError as exc:
                results[i] = ResolveResult(input=text, error=error_info(exc))
                continue
            try:
                parsed.append((i, text, ref, lookup_for(ref)))
            except EurefsError as exc:
                results[i] = failed_record(text, ref, exc)
        cached = self._cached(lk for _, _, _, lk in parsed if lk.key not in known)
        todo: dict[str, Pending] = {}
        for i, text, ref, lookup in parsed:
            hit = cached.get(lookup.key)
            if hit is not None:
                results[i] = record(text, ref, hit)
            else:
                todo.setdefault(lookup.key, (lookup, []))[1].append((i, ref))
        return todo

    def _fetch(self, lookups: list[Lookup]) -> Fetched | EurefsError:
        """Ask the service about a round of lookups (step 1: identifiers -> works, one
        batched query per route; step 2: the works' facts), or say what failed the round."""
        by_route: dict[str, list[str]] = {}
        for lk in lookups:
            by_route.setdefault(lk.route, []).extend(lk.values)
        try:
            matches = self._sparql.find_works(by_route)
            works, bad = asked_works(lookups, matches)
            now = dt.datetime.now(dt.timezone.utc)
            return matches, self._sparql.fact_rows(works, self.lang), bad, now
        except EurefsError as exc:
            return exc

    def _settle(
        self,
        pending: list[Pending],
        fetched: Fetched | EurefsError,
        inputs: list[Any],
        results: list[ResolveResult | None],
        outcomes: dict[str, Document | EurefsError],
    ) -> None:
        """Fill the results of a round from what the service said, and cache them."""
        if not isinstance(fetched, EurefsError):
            matches, rows, bad, fetched_at = fetched
            try:
                docs = {
                    uri: doc.model_copy(update={"fetched_at": fetched_at})
                    for uri, doc in sparql.documents_from_rows(rows, self.lang).items()
                }
            except EurefsError as exc:
                fetched = exc
        found: list[tuple[Lookup, Document]] = []
        missing: list[Lookup] = []
        for lk, members in pending:
            if isinstance(fetched, EurefsError):  # the service failed for the whole round
                answer: Document | EurefsError = fetched
            else:
                answer = answer_for(lk, matches, docs, bad)
                if isinstance(answer, NotFound):
                    missing.append(lk)
                elif not isinstance(answer, EurefsError):
                    found.append((lk, answer))
            outcomes[lk.key] = answer
            for i, ref in members:
                results[i] = record(inputs[i], ref, answer)
        self._store(found, missing)


def resolve(item: BaseReference | str, **options: Any) -> Document:
    """Resolve one reference (a string or a parsed reference) with a one-off :class:`Resolver`.

    ``options`` are :class:`Resolver` arguments.  For many references, keep one
    Resolver and call :meth:`Resolver.resolve_many`.
    """
    with Resolver(**options) as r:
        return r.resolve(item)


def resolve_many(
    items: Iterable[BaseReference | str], *, progress: Progress | None = None, **options: Any
) -> list[ResolveResult]:
    """Resolve many references in batches; see :meth:`Resolver.resolve_many`."""
    with Resolver(**options) as r:
        return r.resolve_many(items, progress=progress)
