"""The checks of an HttpClient's settings (eurefs.cellar.client_settings)."""

from __future__ import annotations

import random
import time

import pytest

from eurefs.cellar.client_settings import check_hooks, checked_numbers
from eurefs.errors import ConfigurationError, WrongArgumentType

NUMBERS = {
    "timeout": 90, "connect_timeout": 10, "read_timeout": 60, "max_retries": 4,
    "backoff_base": 1, "backoff_max": 30, "max_retry_after": 0, "max_in_flight": 4,
    "min_interval": 0, "down_for": 30, "max_response_bytes": 1000,
}  # fmt: skip
HOOKS = {"user_agent": None, "session": None, "rng": None, "sleep": time.sleep, "clock": time.time}


def test_the_numbers_come_back_as_floats_and_counts() -> None:
    checked = checked_numbers(**NUMBERS)
    assert checked["timeout"] == 90.0 and isinstance(checked["timeout"], float)
    assert checked["max_retry_after"] == 0.0 and checked["max_response_bytes"] == 1000


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("timeout", 0, "timeout must be a number of seconds over 0"),
        ("down_for", "30", "down_for must be a number of seconds from 0"),
        ("max_retries", 2.5, "retries must be a whole number from 0 to 100"),
        ("max_response_bytes", 0, "max_response_bytes must be a whole number at least 1"),
    ],
)
def test_a_number_out_of_its_range_is_named(name: str, value: object, said: str) -> None:
    with pytest.raises(ConfigurationError, match=said):
        checked_numbers(**{**NUMBERS, name: value})


@pytest.mark.parametrize(
    ("name", "value"),
    [("user_agent", 5), ("session", "s"), ("rng", 5), ("sleep", None), ("clock", 5)],
)
def test_a_hook_of_a_wrong_type_is_named(name: str, value: object) -> None:
    check_hooks(**{**HOOKS, "rng": random.Random(1)})
    with pytest.raises(WrongArgumentType, match=f"^{name} must be"):
        check_hooks(**{**HOOKS, name: value})
