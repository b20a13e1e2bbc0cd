"""The bounds of the numbers a client is configured with, for the library and the CLI alike.

:class:`~eurefs.resolver.Resolver`, :class:`~eurefs.cellar.http.HttpClient` and the
command line's ``--timeout`` and ``--retries`` check their numbers here, so that a value
refused by one is refused by all, with the same words.  A value past a bound did not
fail where it was given but later, deep in a worker thread: ``timeout=1e308`` with an
OverflowError from the timer, ``retries=10**6`` with an overflowing backoff, a string
with a TypeError from a comparison.  (A module of its own, not of :mod:`eurefs.cellar`:
the command line reads it to build its parser, which imports nothing of the client.)
"""

from __future__ import annotations

import math

from eurefs.errors import ConfigurationError

__all__ = [
    "MOST_BATCH_SIZE",
    "MOST_IN_FLIGHT",
    "MOST_RETRIES",
    "MOST_SECONDS",
    "checked_count",
    "checked_seconds",
]

#: The longest time any setting may name (a timeout, a wait): a day.  Past what a timer
#: can wait, a thread of the client failed with an OverflowError.
MOST_SECONDS = 86_400
#: The most retries of a request: the backoff doubles per retry, and past about a
#: thousand it overflowed a float; a hundred already outlast any outage worth waiting for.
MOST_RETRIES = 100
#: The most requests in flight at once: more is no way to treat a public endpoint.
MOST_IN_FLIGHT = 32
#: The most identifiers in one SPARQL query: Cellar refuses far smaller queries as too
#: expensive already (the batches then halve), and each is a line of the query text.
MOST_BATCH_SIZE = 10_000


def checked_seconds(name: str, value: object, *, most: float = MOST_SECONDS) -> float:
    """``value`` as a float, when it is a number of seconds over 0 and at most ``most``.

    Raises:
        ConfigurationError: naming ``name``, for anything else (a string, a bool, NaN,
            infinity, 0 or less, more than ``most``).
    """
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if number is None or math.isnan(number) or not 0 < number <= most:
        raise ConfigurationError(
            f"{name} must be a number of seconds over 0 and at most {most:,g}, not {value!r}"
        )
    return float(number)


def checked_count(name: str, value: object, *, least: int, most: int) -> int:
    """``value``, when it is a whole number from ``least`` to ``most``.

    Raises:
        ConfigurationError: naming ``name``, for anything else (a float, a bool, a string,
            a number out of range).
    """
    if not isinstance(value, int) or isinstance(value, bool) or not least <= value <= most:
        raise ConfigurationError(
            f"{name} must be a whole number from {least} to {most:,}, not {value!r}"
        )
    return value
