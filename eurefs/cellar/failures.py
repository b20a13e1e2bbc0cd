"""What went wrong on the wire, in a few words, and whether trying again can help.

``requests`` wraps a failure in several layers (``ConnectionError`` around
urllib3's ``MaxRetryError`` around ``NameResolutionError`` around
``socket.gaierror``) and its message repeats all of them.  :func:`describe`
finds the cause that matters and says it briefly, with the rule for retrying:

* a host name that does not resolve, a TLS failure, or a connection refused by
  this machine itself (nothing listens on that port) will not change in the next
  seconds: no retry;
* timeouts, connections reset or cut, and refusals by a remote host (a load
  balancer restarting) may: retry, within the request's deadline.

:func:`parse_retry_after` reads how long a server asks to be left alone.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import NameResolutionError, NewConnectionError

__all__ = ["Failure", "describe", "is_loopback", "parse_retry_after"]


@dataclass(frozen=True)
class Failure:
    """A failed attempt: a short cause for people, and whether a retry may succeed."""

    cause: str
    retryable: bool


def is_loopback(host: str | None) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if not host:
        return False
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its causes and contexts, and urllib3's ``reason`` (each once)."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        linked = [e.__cause__, e.__context__, getattr(e, "reason", None), *e.args]
        stack.extend(x for x in linked if isinstance(x, BaseException))


def describe(exc: requests.RequestException, url: str) -> Failure:
    """The short cause of a transport failure for ``url``, and whether to retry."""
    parts = urlsplit(url)
    host = parts.hostname or url
    where = f"{host}:{parts.port}" if parts.port else host
    chain = list(_chain(exc))
    if any(isinstance(e, NameResolutionError) for e in chain):
        return Failure(f"cannot resolve host name {host!r} (no network, or a wrong name?)", False)
    if isinstance(exc, requests.exceptions.SSLError):
        return Failure(f"TLS failure with {where}: {_last_words(chain)}", False)
    if isinstance(exc, requests.ConnectTimeout):
        return Failure(f"no connection to {where} in time", True)
    if isinstance(exc, requests.ReadTimeout):
        return Failure(f"{where} stopped sending (read timeout)", True)
    refused = any(isinstance(e, ConnectionRefusedError) for e in chain)
    if refused:
        if is_loopback(host):
            return Failure(f"connection refused by {where} (nothing listens there)", False)
        return Failure(f"connection refused by {where}", True)
    if any(isinstance(e, NewConnectionError) for e in chain):
        return Failure(f"cannot connect to {where}: {_last_words(chain)}", True)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return Failure(f"the answer from {where} was cut off", True)
    if isinstance(exc, requests.ConnectionError):
        return Failure(f"connection to {where} failed: {_last_words(chain)}", True)
    return Failure(f"{type(exc).__name__}: {_last_words(chain)}", False)


def _last_words(chain: list[BaseException]) -> str:
    """The innermost message of the chain, short (the outer ones only repeat it)."""
    for e in reversed(chain):
        text = " ".join(str(e).split())
        if text:
            return text if len(text) <= 160 else text[:157] + "..."
    return type(chain[0]).__name__


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from ``Retry-After`` (delta-seconds or HTTP-date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds else None  # NaN is no answer
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())
