"""The polite HTTP layer in front of the Publications Office (Cellar).

:class:`HttpClient` wraps one :class:`requests.Session` and adds what a well-behaved
client of a best-effort public service needs: a descriptive User-Agent, timeouts,
retries with capped exponential backoff and jitter (honouring ``Retry-After``), a
bound on requests in flight across threads, an optional minimum interval between
requests, and a cap on response size.  It maps HTTP outcomes onto
:mod:`eurefs.errors`:

* 404 -> :class:`~eurefs.errors.NotFound`; 300 -> :class:`~eurefs.errors.AmbiguousReference`;
* 429/500/502/503/504 and connection failures are retried, then
  :class:`~eurefs.errors.ServiceUnavailable`;
* unreadable answers (other 4xx, oversized bodies, non-JSON SPARQL results) ->
  :class:`~eurefs.errors.ResponseError`;
* a SPARQL query Virtuoso refuses as too expensive (or a 504 from the SPARQL
  endpoint) -> :class:`QueryTooExpensive`, at once and without retrying, so the
  caller can split its batch.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

import requests
from requests.adapters import HTTPAdapter

from eurefs.errors import AmbiguousReference, NotFound, ResponseError, ServiceUnavailable
from eurefs.identifiers import cellar_resource_uri

__all__ = [
    "DEFAULT_CELLAR_BASE",
    "DEFAULT_SPARQL_ENDPOINT",
    "HttpClient",
    "NoticeKind",
    "QueryTooExpensive",
    "endpoints_from_env",
]

DEFAULT_SPARQL_ENDPOINT = "https://publications.europa.eu/webapi/rdf/sparql"
DEFAULT_CELLAR_BASE = "http://publications.europa.eu/resource"
ENV_SPARQL_ENDPOINT = "EUREFS_SPARQL_ENDPOINT"
ENV_CELLAR_BASE = "EUREFS_CELLAR_BASE"
PROJECT_URL = "https://github.com/eurefs/eurefs"

NoticeKind = Literal["branch", "object", "tree", "identifiers"]

#: Statuses worth retrying: rate limiting and transient server/gateway failures.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Lower-cased fragments of Virtuoso answers that mean "this query costs too much".
EXPENSIVE_MARKERS = (
    "estimated execution time",
    "exceeds the limit",
    "too expensive",
    "transaction timed out",
    "sr171",
)
_ERROR_BODY_LIMIT = 64 * 1024
_CHUNK = 64 * 1024
_HREF_RE = re.compile(rb"""<a\s[^>]*href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


class QueryTooExpensive(ResponseError):
    """The SPARQL endpoint refused or timed out on a query: split the batch and try again."""


def endpoints_from_env(
    sparql_endpoint: str | None = None, cellar_base: str | None = None
) -> tuple[str, str]:
    """Return ``(sparql_endpoint, cellar_base)``.

    Each value comes from the argument when given, else from the environment
    (``EUREFS_SPARQL_ENDPOINT`` / ``EUREFS_CELLAR_BASE``), else from the default.
    """
    sparql = sparql_endpoint or os.environ.get(ENV_SPARQL_ENDPOINT) or DEFAULT_SPARQL_ENDPOINT
    base = cellar_base or os.environ.get(ENV_CELLAR_BASE) or DEFAULT_CELLAR_BASE
    return sparql, base.rstrip("/")


def default_user_agent() -> str:
    """``eurefs/<version> (+https://github.com/eurefs/eurefs)``."""
    import eurefs  # late import: eurefs/__init__ may import this module

    return f"eurefs/{eurefs.__version__} (+{PROJECT_URL})"


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from ``Retry-After`` (delta-seconds or HTTP-date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _looks_expensive(body: bytes) -> bool:
    text = body.decode("utf-8", "replace").lower()
    return any(marker in text for marker in EXPENSIVE_MARKERS)


def _snippet(body: bytes, limit: int = 300) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text if len(text) <= limit else text[:limit] + "..."


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes


class HttpClient:
    """One polite, thread-safe HTTP client for the SPARQL endpoint and ``/resource/`` notices.

    Args:
        sparql_endpoint: SPARQL endpoint URL (see :func:`endpoints_from_env`).
        cellar_base: Base of resource URIs (see :func:`endpoints_from_env`).
        connect_timeout: Seconds to wait for a connection.
        read_timeout: Seconds to wait between bytes of the answer.
        max_retries: Retries after the first attempt (so ``max_retries + 1`` attempts).
        backoff_base: First backoff delay in seconds; doubles per retry.
        backoff_max: Cap of one backoff delay, before jitter.
        max_retry_after: Cap of a server-requested ``Retry-After`` wait.
        max_in_flight: Most requests in flight at once across all threads.
        min_interval: Least seconds between the starts of two requests (0 = no limit).
        max_response_bytes: Largest body accepted; a larger one is a ``ResponseError``.
        user_agent: Overrides the default ``eurefs/<version> (+url)``.
        session: A session to use (default: a new one, closed by :meth:`close`).
        sleep: Sleep function (injectable for tests).
        clock: Monotonic clock used for ``min_interval`` (injectable for tests).
        rng: Random source for jitter.

    Attributes:
        requests_made: HTTP requests actually sent, retries and followed redirects included.
    """

    def __init__(
        self,
        *,
        sparql_endpoint: str | None = None,
        cellar_base: str | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 60.0,
        max_retries: int = 4,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        max_retry_after: float = 120.0,
        max_in_flight: int = 4,
        min_interval: float = 0.0,
        max_response_bytes: int = 50 * 1024 * 1024,
        user_agent: str | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.sparql_endpoint, self.cellar_base = endpoints_from_env(sparql_endpoint, cellar_base)
        self.timeout = (connect_timeout, read_timeout)
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.max_retry_after = max_retry_after
        self.max_in_flight = max_in_flight
        self.min_interval = min_interval
        self.max_response_bytes = max_response_bytes
        self.user_agent = user_agent or default_user_agent()
        self.requests_made = 0
        self._sleep = sleep
        self._clock = clock
        self._rng = rng or random.Random()
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._count_lock = threading.Lock()
        self._pace_lock = threading.Lock()
        self._last_start: float | None = None
        self._owns_session = session is None
        self.session = session or requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=max(10, max_in_flight))
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.headers["User-Agent"] = self.user_agent

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
        answer = self._request(
            "POST", self.sparql_endpoint, headers=headers, data=data, sparql=True
        )
        if answer.status != 200:
            raise ResponseError(
                f"SPARQL endpoint answered HTTP {answer.status}: {_snippet(answer.body)}"
            )
        try:
            parsed = json.loads(answer.body)
        except (UnicodeDecodeError, ValueError) as exc:
            raise ResponseError(f"SPARQL answer is not valid JSON: {exc}") from exc
        if not isinstance(parsed, dict):
            raise ResponseError(f"SPARQL answer is a JSON {type(parsed).__name__}, not an object")
        return parsed

    def notice(self, scheme: str, identifier: str, *, kind: NoticeKind, lang: str = "eng") -> bytes:
        """GET the XML notice of ``{cellar_base}/{scheme}/{identifier}`` (id percent-encoded).

        ``lang`` is an ISO 639-3 code sent as ``Accept-Language`` and ``?language=``.

        Raises:
            NotFound: Cellar does not know the identifier (404).
            AmbiguousReference: Cellar answered 300 Multiple Choices.
            ServiceUnavailable: Cellar kept failing or could not be reached.
            ResponseError: Any other error answer, or a body over the size cap.
        """
        url = cellar_resource_uri(scheme, identifier, self.cellar_base)
        ref = f"{scheme}:{identifier}"
        headers = {"Accept": f"application/xml;notice={kind}", "Accept-Language": lang}
        answer = self._request("GET", url, headers=headers, params={"language": lang})
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

    def _request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        sparql: bool = False,
    ) -> _Answer:
        """Send with retries; return the final non-retryable answer, or raise."""
        attempt = 0
        while True:
            failure: str
            retry_after: float | None = None
            try:
                answer, retry_after_header = self._send_once(method, url, headers, params, data)
            except requests.TooManyRedirects as exc:
                raise ResponseError(f"too many redirects for {url}") from exc
            except (
                requests.ConnectionError,
                requests.Timeout,
                requests.exceptions.ChunkedEncodingError,
            ) as exc:
                failure = f"{type(exc).__name__}: {exc}"
            else:
                if sparql and self._is_expensive(answer):
                    raise QueryTooExpensive(
                        f"SPARQL query too expensive (HTTP {answer.status}): "
                        f"{_snippet(answer.body)}"
                    )
                if answer.status not in RETRY_STATUSES:
                    return answer
                failure = f"HTTP {answer.status}"
                retry_after = parse_retry_after(retry_after_header)
            if attempt >= self.max_retries:
                raise ServiceUnavailable(
                    f"{method} {url} failed after {attempt + 1} attempt(s): {failure}"
                )
            self._sleep(self._delay(attempt, retry_after))
            attempt += 1

    @staticmethod
    def _is_expensive(answer: _Answer) -> bool:
        if answer.status == 504:
            return True
        return answer.status in (400, 500) and _looks_expensive(answer.body)

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds before the next attempt: the server's wish (capped) or jittered backoff."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base = min(self.backoff_max, self.backoff_base * (2.0**attempt))
        return base * (0.5 + 0.5 * self._rng.random())

    def _pace(self) -> None:
        """Keep ``min_interval`` seconds between request starts."""
        if self.min_interval <= 0:
            return
        with self._pace_lock:
            now = self._clock()
            if self._last_start is not None:
                wait = self._last_start + self.min_interval - now
                if wait > 0:
                    self._sleep(wait)
                    now = self._clock()
            self._last_start = now

    def _count(self, n: int) -> None:
        with self._count_lock:
            self.requests_made += n

    def _send_once(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        params: Mapping[str, str] | None,
        data: Mapping[str, str] | None,
    ) -> tuple[_Answer, str | None]:
        with self._slots:
            self._pace()
            try:
                resp = self.session.request(
                    method,
                    url,
                    headers=dict(headers),
                    params=dict(params) if params else None,
                    data=dict(data) if data else None,
                    timeout=self.timeout,
                    stream=True,
                    allow_redirects=True,
                )
            except BaseException:
                self._count(1)
                raise
            try:
                self._count(1 + len(resp.history))
                ok = 200 <= resp.status_code < 300
                body = self._read(resp, strict=ok)
                return _Answer(resp.status_code, body), resp.headers.get("Retry-After")
            finally:
                resp.close()

    def _read(self, resp: requests.Response, *, strict: bool) -> bytes:
        """Read the body; over the cap: ResponseError (strict) or truncation (error bodies)."""
        limit = self.max_response_bytes
        if not strict:
            limit = min(limit, _ERROR_BODY_LIMIT)
        declared = resp.headers.get("Content-Length", "")
        if strict and declared.isdigit() and int(declared) > limit:
            raise ResponseError(f"answer from {resp.url} is {declared} bytes, over the {limit} cap")
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit:
                if strict:
                    raise ResponseError(f"answer from {resp.url} exceeds the {limit}-byte cap")
                chunks.append(chunk[: limit - (size - len(chunk))])
                break
            chunks.append(chunk)
        return b"".join(chunks)
