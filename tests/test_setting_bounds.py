"""The bounds of the numbers eurefs is given: one check for the library and the command line."""

from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys
from pathlib import Path

import pytest

from eurefs import parallel
from eurefs.cache import Cache
from eurefs.cellar.http import HttpClient
from eurefs.errors import ConfigurationError
from eurefs.resolver import Resolver
from eurefs.setting_bounds import (
    JOBS_PER_CORE,
    MOST_RETRIES,
    MOST_SECONDS,
    checked_count,
    checked_seconds,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("value", [1e308, math.inf, math.nan, -1, 0, "5", None, True, 86_401])
def test_a_number_of_seconds_out_of_bounds_is_refused(value: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout must be a number of seconds"):
        checked_seconds("timeout", value)


def test_a_number_of_seconds_within_bounds_is_a_float() -> None:
    assert checked_seconds("timeout", 1) == 1.0
    assert checked_seconds("timeout", MOST_SECONDS) == float(MOST_SECONDS)


@pytest.mark.parametrize("value", [-1, 101, 10**6, 2.5, True, "4", None])
def test_a_count_out_of_bounds_is_refused(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"retries must be a whole number from 0 to 100"):
        checked_count("retries", value, least=0, most=MOST_RETRIES)


@pytest.mark.parametrize(
    ("setting", "name"),
    [
        ({"timeout": 1e308}, "timeout"),  # (accepted: the timer overflowed at the first request)
        ({"timeout": "90"}, "timeout"),  # (a TypeError from a comparison)
        ({"retries": 10**6}, "retries"),
        ({"retries": True}, "retries"),
        ({"max_in_flight": 10**6}, "max_in_flight"),
        ({"max_in_flight": 2.5}, "max_in_flight"),
        ({"batch_size": 0}, "batch_size"),  # (a bare ValueError)
        ({"batch_size": 10**9}, "batch_size"),
        # (lang=None, lang=3: no number but a type, a WrongArgumentType: tests/test_arguments.py)
    ],
)
def test_the_resolver_refuses_a_setting_out_of_bounds(
    setting: dict[str, object], name: str
) -> None:
    with pytest.raises(ConfigurationError, match=f"^{name} must be"):
        Resolver(use_cache=False, **setting)  # type: ignore[arg-type]


def test_the_resolver_checks_its_limits_even_with_a_client_of_its_own() -> None:
    with HttpClient() as http, pytest.raises(ConfigurationError, match=r"^timeout must be"):
        Resolver(use_cache=False, http=http, timeout=-1)


def test_the_client_refuses_what_the_resolver_refuses() -> None:
    with pytest.raises(ConfigurationError, match=r"^retries must be"):
        HttpClient(max_retries=MOST_RETRIES + 1)
    with pytest.raises(ConfigurationError, match=r"^read_timeout must be"):
        HttpClient(read_timeout=1e308)


@pytest.mark.parametrize(
    "name", ["backoff_base", "backoff_max", "max_retry_after", "min_interval", "down_for"]
)
@pytest.mark.parametrize("value", ["5", None, True, math.nan, math.inf, -1, MOST_SECONDS + 1])
def test_the_clients_waits_are_numbers_of_seconds_from_0_to_a_day(name: str, value: object) -> None:
    """Each was kept as given: a string or None failed at the first retry or request, in a
    worker thread, with a TypeError from a comparison (max_retry_after at once); NaN
    or infinity waited for ever."""
    with pytest.raises(ConfigurationError, match=f"^{name} must be a number of seconds from 0"):
        HttpClient(**{name: value})  # type: ignore[arg-type]


def test_the_clients_waits_may_be_none_at_all() -> None:
    zero = dict.fromkeys(("backoff_base", "backoff_max", "max_retry_after", "min_interval"), 0)
    with HttpClient(down_for=0, **zero) as http:  # type: ignore[arg-type]
        assert (http.backoff_base, http.min_interval, http.max_retry_after) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize("value", ["1000", 0, -1, 2.5, True, None])
def test_the_clients_largest_answer_is_a_count_of_bytes(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"^max_response_bytes must be a whole number"):
        HttpClient(max_response_bytes=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["5", None, True, math.nan, -1, MOST_SECONDS + 1])
def test_a_cache_lock_wait_that_is_no_number_of_seconds_is_refused(
    value: object, tmp_path: Path
) -> None:
    """A string or None was a TypeError from sqlite3.connect, NaN a ValueError converting
    it to milliseconds, -1 and True were kept."""
    with pytest.raises(ConfigurationError, match=r"^busy_timeout must be a number of seconds"):
        Cache(tmp_path, busy_timeout=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("ttl", [-5, dt.timedelta(days=-1), math.nan, "7 days"])
def test_a_cache_lifetime_that_is_no_lifetime_is_refused(ttl: object, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"^ttl must be"):
        Cache(tmp_path, ttl=ttl)  # type: ignore[arg-type]


def test_a_resolver_with_a_cache_passes_its_lifetime_check_on(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"^ttl must be"):
        Resolver(cache_dir=tmp_path, cache_ttl=dt.timedelta(days=-1))


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--timeout", str(MOST_SECONDS + 1), "at most 86,400"),
        ("--timeout", "nan", "at most 86,400"),
        ("--retries", str(MOST_RETRIES + 1), f"from 0 to {MOST_RETRIES}"),
    ],
)
def test_the_command_line_refuses_what_the_library_refuses(
    option: str, value: str, said: str
) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "eurefs", "resolve", "--no-cache", option, value, "32016R0679"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert run.returncode == 2
    assert said in run.stderr and "Traceback" not in run.stderr
    assert run.stdout == ""


@pytest.mark.parametrize("jobs", [0, -1, 2.5, True, "2"])
def test_extract_files_refuses_jobs_that_are_no_count(jobs: object) -> None:
    with pytest.raises(ConfigurationError, match=r"^jobs must be a whole number at least 1"):
        parallel.extract_many([("a", "x"), ("b", "y")], jobs=jobs)  # type: ignore[arg-type]


def test_extract_files_starts_no_more_workers_than_the_cli_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (jobs=10**9 over many files asked the pool for a billion workers: the CLI alone
    # lowered --jobs to JOBS_PER_CORE per core)
    started: list[int] = []
    monkeypatch.setattr(parallel, "_ordered", lambda items, work, job, n: started.append(n))
    parallel.extract_many([("a", "x"), ("b", "y")], jobs=10**9)
    assert started == [JOBS_PER_CORE * parallel.default_jobs()]
