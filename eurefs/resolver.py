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
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eurefs import lookup_cache
from eurefs.arguments import checked_callback, checked_flag
from eurefs.batch_run import BatchRun, Fetched, Progress
from eurefs.cache import Cache, cache_file
from eurefs.cellar.batches import SparqlBatches
from eurefs.cellar.http import HttpClient
from eurefs.cellar.notices import parse_notice
from eurefs.errors import (
    NOT_IN_CELLAR,
    AmbiguousReference,
    ConfigurationError,
    EurefsError,
    NotFound,
    ParseError,
    ResponseError,
    WrongArgumentType,
)
from eurefs.languages.codes import lang2, lang3
from eurefs.lookup import Lookup, identifier_lookup, lookup_for
from eurefs.models.document import Document
from eurefs.models.public import to_model
from eurefs.models.references import BaseReference
from eurefs.models.results import ResolveResult, error_info
from eurefs.outcomes import asked_works, check_answer, error_from_record, input_text, named_error
from eurefs.parsing import parse, parse_light
from eurefs.setting_bounds import (
    MOST_BATCH_SIZE,
    MOST_IN_FLIGHT,
    MOST_RETRIES,
    checked_count,
    checked_seconds,
)


def _read_notice(data: bytes, lang: str, asked: str) -> Document:
    """The document of a notice; an unreadable one is a ResponseError that says whose."""
    try:
        return parse_notice(data, lang)
    except ResponseError as exc:  # ('malformed XML: ...' alone did not say from where)
        raise ResponseError(f"the notice Cellar sent for {asked} is unreadable: {exc}") from exc


def _language(lang: object) -> str:
    """The two-letter code of a ``lang`` setting (``en``, ``fra``, ``DE``)."""
    if not isinstance(lang, str):
        raise WrongArgumentType(f"lang must be a language code such as 'en', not {lang!r}")
    try:
        return lang2(lang3(lang))
    except ParseError as exc:  # a setting, not a reference: the same error as a bad endpoint
        raise ConfigurationError(str(exc)) from None


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
            URL, a number out of the range :mod:`eurefs.setting_bounds` sets (a timeout
            over 0 and at most a day, retries 0 to 100, ``max_in_flight`` 1 to 32,
            ``batch_size`` 1 to 10,000), a negative ``cache_ttl``.
        WrongArgumentType: (a TypeError) ``use_cache`` or ``offline`` no bool,
            ``http`` no :class:`HttpClient`, ``lang``, an endpoint or ``cache_dir`` no
            str.
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
        self.lang = _language(lang)
        use_cache, offline = checked_flag("use_cache", use_cache), checked_flag("offline", offline)
        if cache_dir is not None:
            cache_file(cache_dir)  # (its type checked, also when no cache is used)
        if http is not None and not isinstance(http, HttpClient):
            raise WrongArgumentType(f"http must be an HttpClient or None, not {http!r}")
        batch_size = checked_count("batch_size", batch_size, least=1, most=MOST_BATCH_SIZE)
        max_in_flight = checked_count("max_in_flight", max_in_flight, least=1, most=MOST_IN_FLIGHT)
        self.offline = offline
        self.max_in_flight = max_in_flight
        limits: dict[str, Any] = {}  # (checked here too: ignored when ``http`` is given)
        if timeout is not None:
            limits["timeout"] = checked_seconds("timeout", timeout)
        if retries is not None:
            limits["max_retries"] = checked_count("retries", retries, least=0, most=MOST_RETRIES)
        self.http = http or HttpClient(
            sparql_endpoint=sparql_endpoint,
            cellar_base=cellar_base,
            max_in_flight=max_in_flight,
            **limits,
        )
        self._own_http = http is None
        self._sparql = SparqlBatches(self.http, batch_size=batch_size, max_in_flight=max_in_flight)
        # whom a cached "not found" came from (see lookup_cache)
        self._answered_by = f"{self.http.sparql_endpoint} {self.http.cellar_base}"
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
        return lookup_cache.cached(
            self.cache, lookups, self.lang, offline=self.offline, answered_by=self._answered_by
        )

    def _store(
        self, found: Iterable[tuple[Lookup, Document]], missing: Iterable[Lookup] = ()
    ) -> None:
        if self.cache is not None:
            lookup_cache.store(self.cache, found, missing, self.lang, answered_by=self._answered_by)

    @staticmethod
    def _as_reference(item: BaseReference | str) -> BaseReference:
        if isinstance(item, BaseReference | str):
            return item if isinstance(item, BaseReference) else parse(item)
        # parse() refuses what is no str with a WrongArgumentType; in a batch it is an
        # input like any other, whose record says it is no reference (a ParseError)
        return to_model(parse_light(item))

    # -- single reference: the notice path -------------------------------------------
    def resolve(self, item: BaseReference | str) -> Document:
        """Resolve one reference through its work's branch notice.

        Kinds without a notice route (cases, procedures, classic OJ citations) go
        through the SPARQL path instead.  Error messages start with the
        reference's normal form (``ECLI:EU:C:2014:317: not found in Cellar``),
        the same text a batch error record carries.

        A string that is no reference but a Cellar identifier given as such (a work's
        ``cellar:<uuid>`` or resource URI, an ``oj`` alias that is no citation:
        :func:`~eurefs.lookup.identifier_lookup`) is looked up as it is; its document's
        ``reference`` is None.

        Raises:
            ParseError: when a string is neither a reference nor such an identifier.
            WrongArgumentType: (a TypeError) when ``item`` is neither a str nor a
                reference.
            NotFound, AmbiguousReference, ServiceUnavailable, ResponseError,
            OfflineMiss: see :mod:`eurefs.errors`.
        """
        if not isinstance(item, str | BaseReference):
            raise WrongArgumentType(
                f"resolve() needs a reference or a str, not {type(item).__name__}"
            )
        ref, direct = self._read(item)
        name = ref.normalized if ref is not None else input_text(item).strip()
        try:
            lookup = direct if ref is None else lookup_for(ref)
            assert lookup is not None  # _read gives a reference or a lookup
            return self._resolve_notice(lookup, ref, name)
        except EurefsError as exc:
            raise named_error(exc, name) from exc

    def resolve_result(self, item: BaseReference | str) -> ResolveResult:
        """Like :meth:`resolve`, but failures become an error record (the record
        :meth:`resolve_many` gives for the same input)."""
        text = input_text(item)
        try:
            ref, _ = self._read(item)
        except ParseError as exc:
            return ResolveResult(input=text, error=error_info(exc))
        try:
            doc = self.resolve(item if ref is None else ref)
        except EurefsError as exc:
            return ResolveResult(input=text, reference=ref, error=error_info(exc))
        return ResolveResult(input=text, reference=ref, document=doc)

    def _read(self, item: BaseReference | str) -> tuple[BaseReference | None, Lookup | None]:
        """The reference an input is, or (None, its lookup) for a Cellar identifier given
        as such (:func:`~eurefs.lookup.identifier_lookup`: ``cellar:<uuid>``, an ``oj``
        alias that is no citation).

        Raises:
            ParseError: when it is neither.
        """
        try:
            return self._as_reference(item), None
        except ParseError:
            direct = identifier_lookup(item) if isinstance(item, str) else None
            if direct is None:
                raise
            return None, direct

    def _resolve_notice(self, lookup: Lookup, ref: BaseReference | None, name: str) -> Document:
        if lookup.notice is None:
            result = self.resolve_many([ref if ref is not None else name])[0]
            if result.document is None:
                raise error_from_record(result, name)
            return result.document
        cached = self._cached([lookup]).get(lookup.key)
        if isinstance(cached, EurefsError):
            raise cached
        if cached is not None:
            return cached.model_copy(update={"reference": ref})
        scheme, ident = lookup.notice
        try:
            data = self._branch_notice(scheme, ident)
            doc = _read_notice(data, self.lang, f"{scheme}:{ident}")
        except NotFound:
            self._store([], [lookup])
            raise NotFound(NOT_IN_CELLAR, name) from None
        except AmbiguousReference as exc:
            raise AmbiguousReference(
                f"Cellar has several works for {scheme}:{ident}", name, exc.candidates
            ) from None
        except ResponseError as exc:
            if ref is not None:
                raise
            return self._explained(name, exc)
        doc = doc.model_copy(update={"fetched_at": dt.datetime.now(dt.timezone.utc)})
        check_answer(scheme, ident, doc)
        self._store([(lookup, doc)])
        return doc.model_copy(update={"reference": ref})

    def _branch_notice(self, scheme: str, ident: str) -> bytes:
        """The branch notice of ``scheme:ident`` in the resolver's language, else in English.

        A work with no expression in the language asked for (32014R0001 has none in
        Irish) is still in Cellar: a 404 for that language says nothing of the work,
        so its English expression is asked for (labels still decoded in the language
        asked for), and the title is the English fallback, as on the SPARQL path.
        Only a 404 in English too makes the work unknown (cached for this language).
        """
        want = lang3(self.lang)
        try:
            return self.http.notice(scheme, ident, kind="branch", lang=want)
        except NotFound:
            if want == "ENG":
                raise
            return self.http.notice(scheme, ident, kind="branch", lang=want, expression_lang="ENG")

    def _explained(self, name: str, failure: ResponseError) -> Document:
        """A Cellar identifier given as such whose branch notice Cellar would not give (a
        procedure's dossier has a work's URI, and no branch notice: HTTP 406 from the
        stand-in): the SPARQL path asks what the resource is, and its answer (a document,
        or the typed error why there is none) stands; if it cannot tell, the notice's
        error does."""
        try:
            result = self.resolve_many([name])[0]
        except EurefsError:  # the service cannot be reached at all
            raise failure from None
        if result.document is not None:
            return result.document
        if result.error is not None and result.error.type in ("ResolveError", "NotFound"):
            raise error_from_record(result, name)
        raise failure

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
            WrongArgumentType: (a TypeError) for one string, or no iterable; a
                ``progress`` that is no function.
        """
        checked_callback("progress", progress)
        if isinstance(items, str | bytes):
            raise WrongArgumentType(
                "resolve_many() takes an iterable of references or strings, not one "
                f"{type(items).__name__}: write resolve_many([{items!r}])"
            )
        try:
            given = list(items)
        except TypeError:  # (not iterable)
            raise WrongArgumentType(
                f"resolve_many() takes an iterable of references or strings, not {items!r}"
            ) from None
        return BatchRun(
            given,
            step=self.batch_size * self.max_in_flight,
            as_reference=self._as_reference,
            cached=self._cached,
            store=self._store,
            fetch=self._fetch,
            lang=self.lang,
            progress=progress,
        ).run()

    def _fetch(self, lookups: list[Lookup]) -> Fetched | EurefsError:
        """Ask the service about a round of lookups (step 1: identifiers -> works, one
        batched query per route; step 2: the works' facts), or say what failed the round
        (an identifier or work the endpoint cannot answer fails alone)."""
        by_route: dict[str, list[str]] = {}
        for lk in lookups:
            by_route.setdefault(lk.route, []).extend(lk.values)
        failed: dict[str, ResponseError] = {}  # values and works the endpoint could not answer
        try:
            matches = self._sparql.find_works(by_route, failed)
            works, bad = asked_works(lookups, matches)
            now = dt.datetime.now(dt.timezone.utc)
            return matches, self._sparql.fact_rows(works, self.lang, failed), bad, now, failed
        except EurefsError as exc:
            return exc


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
