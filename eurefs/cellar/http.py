"""The polite HTTP layer in front of the Publications Office (Cellar).

:class:`HttpClient` wraps one :class:`requests.Session` and adds what a well-behaved
client of a best-effort public service needs: a descriptive User-Agent, a total
deadline per request, retries with capped exponential backoff and jitter
(honouring ``Retry-After``, capped), a bound on requests in flight across threads,
an optional minimum interval between requests, a cap on response size, and a
redirect policy.  It maps HTTP outcomes onto :mod:`eurefs.errors`:

* 404 -> :class:`~eurefs.errors.NotFound`; 300 -> :class:`~eurefs.errors.AmbiguousReference`;
* 429/500/502/503/504, timeouts and cut connections are retried, then
  :class:`~eurefs.errors.ServiceUnavailable`; failures that a second try cannot
  mend (a host name that does not resolve, a TLS failure, a connection refused
  on this machine) are :class:`~eurefs.errors.ServiceUnavailable` at once;
* unreadable answers (other 4xx, oversized bodies, non-JSON or absurdly nested
  SPARQL results, refused redirects) -> :class:`~eurefs.errors.ResponseError`;
* a SPARQL query Virtuoso refuses as too expensive (or a 504 from the SPARQL
  endpoint), or answers only in part (a 200 marked cut short: row cap, anytime
  timeout; :mod:`eurefs.cellar.virtuoso` reads these signals) ->
  :class:`QueryTooExpensive`, at once and without retrying, so the caller can split
  its batch.

Time: each request (all its attempts, waits and redirects) must finish within
``timeout`` seconds (:mod:`eurefs.cellar.deadline`); a ``Retry-After`` is cut to
``max_retry_after`` and a wait that would pass the deadline is not made.  After a
request fails for want of the service, the next ones fail at once for a while
(:mod:`eurefs.cellar.breaker`).  Redirects: see :mod:`eurefs.cellar.redirects`.
Retries and giving up are logged on this module's logger (warning level).
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal
from urllib.parse import urlsplit

import requests

from eurefs.cellar.breaker import Breaker
from eurefs.cellar.client_settings import check_hooks, checked_numbers
from eurefs.cellar.deadline import Deadline
from eurefs.cellar.endpoints import (
    DEFAULT_CELLAR_BASE,
    DEFAULT_SPARQL_ENDPOINT,
    ENV_CELLAR_BASE,
    ENV_SPARQL_ENDPOINT,
    endpoints_from_env,
)
from eurefs.cellar.failures import Failure, parse_retry_after
from eurefs.cellar.transport import Answer, AttemptFailed, Request, Transport
from eurefs.cellar.virtuoso import cut_short, too_expensive
from eurefs.errors import (
    AmbiguousReference,
    NotFound,
    ResponseError,
    ServiceUnavailable,
)
from eurefs.identifiers import cellar_resource_uri

__all__ = [
    "DEFAULT_CELLAR_BASE",
    "DEFAULT_SPARQL_ENDPOINT",
    "ENV_CELLAR_BASE",
    "ENV_SPARQL_ENDPOINT",
    "HttpClient",
    "NoticeKind",
    "QueryTooExpensive",
    "endpoints_from_env",
]

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/eurefs/eurefs"

NoticeKind = Literal["branch", "object", "tree", "identifiers"]

#: Statuses worth retrying: rate limiting and transient server/gateway failures.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_HREF_RE = re.compile(rb"""<a\s[^>]*href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


class QueryTooExpensive(ResponseError):
    """The SPARQL endpoint refused or timed out on a query, or answered it only in part:
    split the batch and try again."""


def default_user_agent() -> str:
    """``eurefs/<version> (+https://github.com/eurefs/eurefs)``."""
    import eurefs  # late import: eurefs/__init__ may import this module

    return f"eurefs/{eurefs.__version__} (+{PROJECT_URL})"


def _snippet(body: bytes, limit: int = 300) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text if len(text) <= limit else text[:limit] + "..."


class HttpClient:
    """One polite, thread-safe HTTP client for the SPARQL endpoint and ``/resource/`` notices.

    Args:
        sparql_endpoint: SPARQL endpoint URL (see :func:`endpoints_from_env`).
        cellar_base: Base of resource URIs (see :func:`endpoints_from_env`).
        timeout: Seconds one request may take in all: every attempt, wait and
            redirect included.  A server that answers too slowly is cut off then.
        connect_timeout: Seconds to wait for a connection (per attempt).
        read_timeout: Seconds to wait for the next bytes of an answer (per attempt).
        max_retries: Retries after the first attempt (so ``max_retries + 1`` attempts).
        backoff_base: First backoff delay in seconds; doubles per retry.
        backoff_max: Cap of one backoff delay, before jitter.
        max_retry_after: Longest wait a server may ask for with ``Retry-After``;
            a longer request is cut to this (and the wait still counts against
            ``timeout``: a wait that does not fit is not made).
        max_in_flight: Most requests in flight at once across all threads.
        min_interval: Least seconds between the starts of two requests (0 = no limit).
        down_for: After a request to a service ends in ``ServiceUnavailable``, further
            requests to it fail at once with the same error for this many seconds
            (0 = always try); see :mod:`eurefs.cellar.breaker`.
        max_response_bytes: Largest body accepted; a larger one is a ``ResponseError``.
        user_agent: Overrides the default ``eurefs/<version> (+url)``.
        session: A session to use (default: a new one, closed by :meth:`close`).
        sleep: Sleep function (injectable for tests).
        clock: Monotonic clock for ``min_interval`` and deadlines (injectable for tests).
        rng: Random source for jitter.

    Raises:
        ConfigurationError: an endpoint is not an http(s) URL, or a number is out of range.
        WrongArgumentType: (a TypeError) an endpoint or ``user_agent`` no str, ``session``
            no ``requests.Session``, ``rng`` no ``random.Random``, ``sleep`` or ``clock``
            no function.

    """

    def __init__(
        self,
        *,
        sparql_endpoint: str | None = None,
        cellar_base: str | None = None,
        timeout: float = 90.0,
        connect_timeout: float = 10.0,
        read_timeout: float = 60.0,
        max_retries: int = 4,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        max_retry_after: float = 60.0,
        max_in_flight: int = 4,
        min_interval: float = 0.0,
        down_for: float = 30.0,
        max_response_bytes: int = 50 * 1024 * 1024,
        user_agent: str | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        numbers = checked_numbers(
            timeout=timeout, connect_timeout=connect_timeout, read_timeout=read_timeout,
            max_retries=max_retries, backoff_base=backoff_base, backoff_max=backoff_max,
            max_retry_after=max_retry_after, max_in_flight=max_in_flight,
            min_interval=min_interval, down_for=down_for, max_response_bytes=max_response_bytes,
        )  # fmt: skip
        check_hooks(user_agent=user_agent, session=session, sleep=sleep, clock=clock, rng=rng)
        self.sparql_endpoint, self.cellar_base = endpoints_from_env(sparql_endpoint, cellar_base)
        self.total_timeout: float = numbers["timeout"]
        self.timeout = (numbers["connect_timeout"], numbers["read_timeout"])
        self.max_retries: int = numbers["max_retries"]
        self.backoff_base: float = numbers["backoff_base"]
        self.backoff_max: float = numbers["backoff_max"]
        self.max_retry_after: float = numbers["max_retry_after"]
        self._breaker = Breaker(numbers["down_for"], clock)
        self.max_in_flight: int = numbers["max_in_flight"]
        self.min_interval: float = numbers["min_interval"]
        self.max_response_bytes: int = numbers["max_response_bytes"]
        self.user_agent = user_agent or default_user_agent()
        self._sleep = sleep
        self._clock = clock
        self._rng = rng or random.Random()
        self._owns_session = session is None
        self.session = session or requests.Session()
        self._transport = Transport(
            self.session,
            user_agent=self.user_agent,
            timeout=self.timeout,
            max_in_flight=self.max_in_flight,
            min_interval=self.min_interval,
            max_response_bytes=self.max_response_bytes,
            sleep=sleep,
            clock=clock,
        )

    @property
    def requests_made(self) -> int:
        """HTTP requests actually sent, retries and followed redirects included."""
        return self._transport.requests_made

    # -- public API ---------------------------------------------------------------------------

    def sparql(self, query: str, *, timeout_ms: int | None = None) -> dict[str, Any]:
        """POST a SPARQL query and return the parsed JSON result object (bindings uninterpreted).

        ``timeout_ms`` is passed to Virtuoso as its ``timeout`` parameter.

        Raises:
            QueryTooExpensive: Virtuoso refused the query as too costly or timed out (incl. 504).
            ServiceUnavailable: The endpoint kept failing or could not be reached.
            ResponseError: Any other error answer, or a body that is not a JSON object.
        """
        data = {"query": query}
        if timeout_ms is not None:
            data["timeout"] = str(int(timeout_ms))
        headers = {"Accept": "application/sparql-results+json"}
        request = Request("POST", self.sparql_endpoint, headers, data=data)
        answer = self._request(request, sparql=True)
        if answer.status != 200:
            raise ResponseError(
                f"SPARQL endpoint answered HTTP {answer.status}: {_snippet(answer.body)}"
            )
        try:
            parsed = json.loads(answer.body)
        except (UnicodeDecodeError, ValueError) as exc:
            raise ResponseError(f"SPARQL answer is not valid JSON: {exc}") from exc
        except RecursionError:
            raise ResponseError("SPARQL answer is JSON nested too deeply to read") from None
        if not isinstance(parsed, dict):
            raise ResponseError(f"SPARQL answer is a JSON {type(parsed).__name__}, not an object")
        return parsed

    def notice(
        self,
        scheme: str,
        identifier: str,
        *,
        kind: NoticeKind,
        lang: str = "eng",
        expression_lang: str | None = None,
    ) -> bytes:
        """GET the XML notice of ``{cellar_base}/{scheme}/{identifier}`` (id percent-encoded).

        ``lang`` is an ISO 639-3 code sent as ``?language=`` (the language labels are
        decoded in) and, unless ``expression_lang`` names another, as ``Accept-Language``
        (the expression a branch notice holds).

        Raises:
            NotFound: Cellar does not know the identifier (404).
            AmbiguousReference: Cellar answered 300 Multiple Choices.
            ServiceUnavailable: Cellar kept failing or could not be reached.
            ResponseError: Any other error answer, or a body over the size cap.
        """
        url = cellar_resource_uri(scheme, identifier, self.cellar_base)
        ref = f"{scheme}:{identifier}"
        headers = {
            "Accept": f"application/xml;notice={kind}",
            "Accept-Language": expression_lang or lang,
        }
        answer = self._request(Request("GET", url, headers, params={"language": lang}))
        if 200 <= answer.status < 300:
            return answer.body
        if answer.status == 404:
            raise NotFound(f"Cellar does not know {ref}", ref)
        if answer.status == 300:
            candidates = [m.decode("utf-8", "replace") for m in _HREF_RE.findall(answer.body)]
            raise AmbiguousReference(
                f"Cellar has several matches for {ref}", ref, list(dict.fromkeys(candidates))
            )
        raise ResponseError(
            f"Cellar answered HTTP {answer.status} for {ref}: {_snippet(answer.body)}", ref
        )

    def close(self) -> None:
        """Close the session (when this client created it)."""
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- machinery ----------------------------------------------------------------------------

    def _request(self, request: Request, *, sparql: bool = False) -> Answer:
        """Send with retries within the deadline; fail at once while the origin is down."""
        url = request.url
        self._breaker.check(url)
        try:
            answer = self._retrying(request, sparql)
        except ServiceUnavailable as exc:
            self._breaker.failed(url, exc)
            raise
        self._breaker.succeeded(url)
        return answer

    def _retrying(self, request: Request, sparql: bool) -> Answer:
        deadline = Deadline(self.total_timeout, self._clock)
        what = "SPARQL endpoint" if sparql else "Cellar"
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                answer = self._transport.attempt(request, deadline)
            except AttemptFailed as failed:
                failure = failed.failure
                if not failure.retryable:
                    error = self._give_up(what, failure.cause, attempt, deadline, final=True)
                    raise error from failed.__cause__
            else:
                if sparql and too_expensive(answer):
                    raise QueryTooExpensive(
                        f"SPARQL query too expensive (HTTP {answer.status}): "
                        f"{_snippet(answer.body)}"
                    )
                if sparql and (cut := cut_short(answer)):
                    raise QueryTooExpensive(f"SPARQL answer incomplete: {cut}")
                if answer.status not in RETRY_STATUSES:
                    return answer
                failure = Failure(f"HTTP {answer.status} from {urlsplit(request.url).netloc}", True)
                retry_after = parse_retry_after(answer.retry_after)
            wait = self._delay(attempt, retry_after)
            if attempt < self.max_retries and wait < deadline.remaining():
                log.warning(
                    "%s: %s; retrying in %.1f s (attempt %d of %d)",
                    what, failure.cause, wait, attempt + 2, self.max_retries + 1,
                )  # fmt: skip
                self._sleep(wait)
                attempt += 1
                continue
            raise self._give_up(what, failure.cause, attempt, deadline, retry_after)

    def _give_up(
        self,
        what: str,
        cause: str,
        attempt: int,
        deadline: Deadline,
        retry_after: float | None = None,
        *,
        final: bool = False,
    ) -> ServiceUnavailable:
        """The error that ends a request (logged when there were retries)."""
        if not final and attempt < self.max_retries and not deadline.expired:
            # stopped because the next wait would pass the deadline
            asked = f"the server asks to wait {retry_after:.0f} s; " if retry_after else ""
            cause += f" ({asked}no time left within the {self.total_timeout:g} s limit)"
        tries = f"{attempt + 1} attempts in {deadline.elapsed():.0f} s" if attempt else "1 attempt"
        message = f"{what}: {cause} ({tries})"
        if attempt:
            log.warning("giving up: %s", message)
        return ServiceUnavailable(message)

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds before the next attempt: the server's wish (capped) or jittered backoff.

        A wish of no time (``0``, a date past, a negative number) is no wish: a 429 with
        it sent every retry at once, so the backoff decides."""
        if retry_after:
            return min(retry_after, self.max_retry_after)
        base = min(self.backoff_max, self.backoff_base * (2.0**attempt))
        return base * (0.5 + 0.5 * self._rng.random())
