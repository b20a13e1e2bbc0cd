"""Fail fast for a while after a service was found unreachable ("circuit breaker").

Without it, every request of a long run against a dead or hung service pays the
full deadline again: a batch of 1 000 references costs one deadline per round
and per query route.  After a request to an origin (scheme, host, port) ends in
:class:`~eurefs.errors.ServiceUnavailable`, :class:`Breaker` makes the next
requests to that origin fail at once with the same error for ``down_for``
seconds; then one request is let through to try again.  A success closes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from eurefs.errors import ServiceUnavailable

__all__ = ["Breaker"]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class Breaker:
    """Remembers which origins failed, and until when requests to them fail at once.

    Args:
        down_for: Seconds an origin stays "down" after a failure (0 disables).
        clock: Monotonic clock (injectable for tests).
    """

    def __init__(self, down_for: float, clock: Callable[[], float]) -> None:
        self.down_for = down_for
        self._clock = clock
        self._down: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        """Raise the remembered error if ``url``'s origin failed less than ``down_for`` ago."""
        with self._lock:
            down = self._down.get(_origin(url))
            if down is None:
                return
            until, message = down
            if self._clock() >= until:
                del self._down[_origin(url)]  # let one request through to try again
                return
        raise ServiceUnavailable(message)

    def failed(self, url: str, error: ServiceUnavailable) -> None:
        """Remember that ``url``'s origin is unavailable."""
        if self.down_for > 0:
            with self._lock:
                self._down[_origin(url)] = (self._clock() + self.down_for, str(error))

    def succeeded(self, url: str) -> None:
        """Forget a failure of ``url``'s origin."""
        if self._down:
            with self._lock:
                self._down.pop(_origin(url), None)
