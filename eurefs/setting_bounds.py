"""The bounds of the numbers eurefs is configured with, for the library and the CLI alike.

:class:`~eurefs.resolver.Resolver`, :class:`~eurefs.cellar.http.HttpClient` (its timeouts,
waits and largest answer), :class:`~eurefs.cache.Cache` (its lock wait),
:func:`eurefs.parallel.extract_files` and the command line's ``--timeout``, ``--retries``
and ``--jobs`` check their numbers here, so that a value refused by one is refused by
all, with the same words.  A value past a bound did not
fail where it was given but later, deep in a worker thread: ``timeout=1e308`` with an
OverflowError from the timer, ``retries=10**6`` with an overflowing backoff, a string
with a TypeError from a comparison.  (A module of its own, a leaf: the command line reads
it to build its parser, which imports nothing of the client nor of the engine.)
"""

from __future__ import annotations

import math

from eurefs.errors import ConfigurationError

__all__ = [
    "JOBS_PER_CORE",
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
#: The most worker processes per usable core: more only share the cores, and
#: ``--jobs 100000`` forked until the system ran out of processes.
JOBS_PER_CORE = 4


def checked_seconds(
    name: str, value: object, *, most: float = MOST_SECONDS, zero: bool = False
) -> float:
    """``value`` as a float, when it is a number of seconds over 0 (or 0, with ``zero``:
    a wait that may be none) and at most ``most``.

    Raises:
        ConfigurationError: naming ``name``, for anything else (a string, a bool, NaN,
            infinity, less than 0 or 0 itself, more than ``most``).
    """
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if (
        number is None
        or math.isnan(number)
        or not (0 <= number if zero else 0 < number)
        or (number > most)
    ):
        least = "from 0" if zero else "over 0 and"
        raise ConfigurationError(
            f"{name} must be a number of seconds {least} at most {most:,g}, not {value!r}"
        )
    return float(number)


def checked_count(name: str, value: object, *, least: int, most: int | None) -> int:
    """``value``, when it is a whole number from ``least`` to ``most`` (None: no most).

    Raises:
        ConfigurationError: naming ``name``, for anything else (a float, a bool, a string,
            a number out of range).
    """
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or value < least
        or (most is not None and value > most)
    ):
        said = f"at least {least}" if most is None else f"from {least} to {most:,}"
        raise ConfigurationError(f"{name} must be a whole number {said}, not {value!r}")
    return value
