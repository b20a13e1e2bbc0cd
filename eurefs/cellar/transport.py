"""One attempt of one HTTP request: send, follow the allowed redirects, read, in time.

:class:`Transport` owns the ``requests`` session and what applies to every
request sent through it: the bound on requests in flight, the pacing between
request starts, the size cap of answers, the per-attempt timeouts and the
request's total :class:`~eurefs.cellar.deadline.Deadline`.  Retrying is the
caller's business (:class:`~eurefs.cellar.http.HttpClient`): an attempt that
fails on the wire raises :class:`AttemptFailed` with a described
:class:`~eurefs.cellar.failures.Failure`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import requests

from eurefs.cellar.deadline import Deadline, DeadlineAdapter
from eurefs.cellar.failures import Failure, describe
from eurefs.cellar.redirects import MAX_REDIRECTS, REDIRECT_STATUSES, redirect_target
from eurefs.errors import ResponseError

__all__ = ["Answer", "AttemptFailed", "Request", "Transport"]

_ERROR_BODY_LIMIT = 64 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Request:
    """What to send: method, URL, headers, query parameters and form data."""

    method: str
    url: str
    headers: Mapping[str, str]
    params: Mapping[str, str] | None = None
    data: Mapping[str, str] | None = None

    def redirected(self, location: str, status: int) -> Request:
        """The request to send after a redirect answer with ``location`` and ``status``."""
        url, method = redirect_target(self.url, location, self.method, status)
        # The target carries its own query string; a GET sends no form data.
        data = self.data if method != "GET" else None
        return replace(self, method=method, url=url, params=None, data=data)


@dataclass(frozen=True)
class Answer:
    """A final HTTP answer: status, body (error bodies truncated), ``Retry-After`` and the
    headers (names lower-cased)."""

    status: int
    body: bytes
    retry_after: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


class AttemptFailed(Exception):
    """One attempt failed on the wire; ``failure`` says why and whether to retry."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.cause)
        self.failure = failure


class Transport:
    """Sends single attempts through one session (thread-safe).

    Args:
        session: The session (its adapters are replaced by deadline-aware ones).
        user_agent: Sent with every request.
        timeout: ``(connect, read)`` seconds per attempt, cut to the time left.
        max_in_flight: Most attempts in flight at once across threads.
        min_interval: Least seconds between the starts of two attempts.
        max_response_bytes: Largest body accepted.
        sleep: Sleep function; clock: monotonic clock (both injectable for tests).

    Attributes:
        requests_made: HTTP requests sent, followed redirects included.
    """

    def __init__(
        self,
        session: requests.Session,
        *,
        user_agent: str,
        timeout: tuple[float, float],
        max_in_flight: int,
        min_interval: float,
        max_response_bytes: int,
        sleep: Callable[[float], None],
        clock: Callable[[], float],
    ) -> None:
        self.session = session
        self.timeout = timeout
        self.min_interval = min_interval
        self.max_response_bytes = max_response_bytes
        self.requests_made = 0
        self._sleep = sleep
        self._clock = clock
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._count_lock = threading.Lock()
        self._pace_lock = threading.Lock()
        self._last_start: float | None = None
        adapter = DeadlineAdapter(pool_connections=4, pool_maxsize=max(10, max_in_flight))
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        session.headers["User-Agent"] = user_agent

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

    def attempt(self, request: Request, deadline: Deadline) -> Answer:
        """One attempt: send, follow allowed redirects, read the body, all within the deadline."""
        with self._slots, deadline.watching():
            self._pace()
            for _hop in range(MAX_REDIRECTS + 1):
                resp = self._send(request, deadline)
                try:
                    if resp.status_code in REDIRECT_STATUSES and "location" in resp.headers:
                        request = request.redirected(resp.headers["location"], resp.status_code)
                        continue
                    ok = 200 <= resp.status_code < 300
                    body = self._read(resp, strict=ok, deadline=deadline)
                    headers = {k.lower(): v for k, v in resp.headers.items()}
                    return Answer(resp.status_code, body, headers.get("retry-after"), headers)
                finally:
                    resp.close()
            raise ResponseError(f"more than {MAX_REDIRECTS} redirects, the last to {request.url}")

    def _send(self, request: Request, deadline: Deadline) -> requests.Response:
        left = deadline.remaining()
        if left <= 0:
            raise AttemptFailed(Failure(f"no answer within {deadline.seconds:g} s", True))
        self._count(1)
        url = request.url
        try:
            return self.session.request(
                request.method,
                url,
                headers=dict(request.headers),
                params=dict(request.params) if request.params else None,
                data=dict(request.data) if request.data else None,
                timeout=(min(self.timeout[0], left), min(self.timeout[1], left)),
                stream=True,
                allow_redirects=False,
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise AttemptFailed(self._failure(exc, url, deadline)) from exc
        except (requests.RequestException, ValueError, UnicodeError) as exc:
            # The URL sent was checked (endpoint, or a redirect target); requests also
            # parses the Location of every redirect answer, so this is the answer's fault.
            where = urlsplit(url).netloc
            raise ResponseError(f"the answer from {where} holds a malformed URL: {exc}") from exc

    @staticmethod
    def _failure(exc: requests.RequestException, url: str, deadline: Deadline) -> Failure:
        if deadline.expired:
            return Failure(f"no complete answer within {deadline.seconds:g} s", True)
        return describe(exc, url)

    def _read(self, resp: requests.Response, *, strict: bool, deadline: Deadline) -> bytes:
        """Read the body; over the cap: ResponseError (strict) or truncation (error bodies)."""
        limit = self.max_response_bytes
        if not strict:
            limit = min(limit, _ERROR_BODY_LIMIT)
        declared = resp.headers.get("Content-Length", "")
        if strict and declared.isdigit() and int(declared) > limit:
            raise ResponseError(f"answer from {resp.url} is {declared} bytes, over the {limit} cap")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in resp.iter_content(_CHUNK):
                size += len(chunk)
                if size > limit:
                    if strict:
                        raise ResponseError(f"answer from {resp.url} exceeds the {limit}-byte cap")
                    chunks.append(chunk[: limit - (size - len(chunk))])
                    break
                chunks.append(chunk)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise AttemptFailed(self._failure(exc, resp.url, deadline)) from exc
        except requests.RequestException as exc:  # cut short (chunked encoding, decoding)
            raise AttemptFailed(self._failure(exc, resp.url, deadline)) from exc
        if deadline.expired:  # the watchdog cut the connection: what came is incomplete
            raise AttemptFailed(Failure(f"no complete answer within {deadline.seconds:g} s", True))
        return b"".join(chunks)
