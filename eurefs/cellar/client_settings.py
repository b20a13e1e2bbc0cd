"""The checks of what an :class:`~eurefs.cellar.http.HttpClient` is given, before it is made.

Each setting was kept as given and failed at the first request or retry, in a worker
thread: a string with a TypeError from a comparison, NaN waiting for ever, ``sleep=5``
with "'int' object is not callable", ``session=5`` with "has no attribute 'mount'".
Numbers are checked with :mod:`eurefs.setting_bounds` (the Resolver's and the command
line's words), the rest with :mod:`eurefs.arguments`.
"""

from __future__ import annotations

import random
from typing import Any

import requests

from eurefs.arguments import checked_callback, checked_instance, checked_str
from eurefs.setting_bounds import MOST_IN_FLIGHT, MOST_RETRIES, checked_count, checked_seconds

__all__ = ["check_hooks", "checked_numbers"]

#: Times a request may take: over 0.
_LIMITS = ("timeout", "connect_timeout", "read_timeout")
#: Waits that may be none: 0 or more.
_WAITS = ("backoff_base", "backoff_max", "max_retry_after", "min_interval", "down_for")


def checked_numbers(**given: object) -> dict[str, Any]:
    """The client's numbers, each checked: the seconds as floats, the counts as ints.

    Raises:
        ConfigurationError: naming the first setting that is no number of its range.
    """
    checked: dict[str, Any] = {
        "max_in_flight": checked_count(
            "max_in_flight", given["max_in_flight"], least=1, most=MOST_IN_FLIGHT
        ),
        "max_retries": checked_count("retries", given["max_retries"], least=0, most=MOST_RETRIES),
    }
    checked |= {name: checked_seconds(name, given[name]) for name in _LIMITS}
    checked |= {name: checked_seconds(name, given[name], zero=True) for name in _WAITS}
    checked["max_response_bytes"] = checked_count(
        "max_response_bytes", given["max_response_bytes"], least=1, most=None
    )
    return checked


def check_hooks(**given: Any) -> None:
    """Check the client's arguments that are no numbers: ``user_agent``, ``session``,
    ``rng``, ``sleep``, ``clock``.

    Raises:
        WrongArgumentType: (a TypeError) naming the first of a wrong type.
    """
    checked_str("user_agent", given["user_agent"], optional=True)
    checked_instance("session", given["session"], requests.Session)
    checked_instance("rng", given["rng"], random.Random)
    checked_callback("sleep", given["sleep"], optional=False)
    checked_callback("clock", given["clock"], optional=False)
