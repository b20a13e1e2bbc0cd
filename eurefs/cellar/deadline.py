"""A total deadline for one HTTP request, enforced on its sockets.

``requests`` only knows per-operation timeouts: the read timeout restarts with
every byte, so a server that sends its headers or body one byte at a time is
never given up on.  :class:`Deadline` closes that gap: while a request runs
under :meth:`Deadline.watching`, every socket the request uses is registered,
and a timer shuts them down when the deadline passes.  The blocked read then
fails at once and the client reports a timeout.

:class:`DeadlineAdapter` is the ``requests`` transport adapter that registers
the sockets (through urllib3 connection classes that report the socket they
connect or reuse).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

__all__ = ["Deadline", "DeadlineAdapter"]

_current = threading.local()


class Deadline:
    """A point in time after which a request (retries and waits included) is abandoned.

    Args:
        seconds: Time allowed from now.
        clock: Monotonic clock (injectable for tests).
    """

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self.start = clock()
        self.end = self.start + seconds
        self._expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def remaining(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self.end - self._clock())

    def elapsed(self) -> float:
        """Seconds since the deadline was set."""
        return self._clock() - self.start

    @property
    def expired(self) -> bool:
        """True once the time is up (or the watchdog fired)."""
        return self._expired or self._clock() >= self.end

    def expire(self) -> None:
        """Mark the deadline as passed and cut every socket the request holds."""
        with self._lock:
            self._expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _cut(sock)

    def add(self, sock: socket.socket) -> None:
        """Register a socket of the running request (cut at once if the time is up)."""
        with self._lock:
            if not self._expired:
                self._sockets.append(sock)
                return
        _cut(sock)

    @contextmanager
    def watching(self) -> Iterator[Deadline]:
        """Run one attempt under this deadline (in the calling thread)."""
        timer = threading.Timer(self.remaining(), self.expire)
        timer.daemon = True
        previous = getattr(_current, "deadline", None)
        _current.deadline = self
        timer.start()
        try:
            yield self
        finally:
            timer.cancel()
            _current.deadline = previous
            with self._lock:
                self._sockets = []


def _cut(sock: socket.socket) -> None:
    try:
        # The plain socket method, also for TLS sockets: it only shuts the descriptor
        # down (the TLS object stays with the thread that is reading).
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _watch(sock: socket.socket | None) -> None:
    deadline: Deadline | None = getattr(_current, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.add(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        # The plain socket, as soon as it exists: the TLS handshake is watched too
        # (cutting the descriptor also ends the TLS socket built on it).
        sock = super()._new_conn()
        _watch(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self.sock)  # a kept-alive connection is reused without a new socket
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(_WatchedHTTPConnection, HTTPSConnection):
    """The same watch over TLS: the methods above come before ``HTTPSConnection``'s."""


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


def _use_watched_pools(manager: PoolManager) -> PoolManager:
    manager.pool_classes_by_scheme = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}
    return manager


class DeadlineAdapter(HTTPAdapter):
    """A ``requests`` adapter whose connections honour the running :class:`Deadline`."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Make the pool manager, its pools' connections watched by the deadline."""
        super().init_poolmanager(*args, **kwargs)
        _use_watched_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        """The proxy's pool manager, its pools' connections watched by the deadline."""
        return _use_watched_pools(super().proxy_manager_for(proxy, **proxy_kwargs))
