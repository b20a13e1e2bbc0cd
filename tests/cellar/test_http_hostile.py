"""HttpClient against broken and hostile servers on loopback (issue 6).

Each server misbehaviour comes from :mod:`tests.support.hostile_server`, whose
loops are bounded.  No test measures time: a request that was given up on is
told by the error and by the server seeing its connection cut before the end.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from eurefs import Resolver
from eurefs.cellar.http import HttpClient
from eurefs.errors import ConfigurationError, ResponseError, ServiceUnavailable
from tests.support.hostile_server import HostileServer
from tests.support.servers import free_port


class FakeTime:
    """A clock that only moves when the client sleeps (records the sleeps)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer(drip_s=0.05, max_seconds=8.0) as srv:
        yield srv


def client(server: HostileServer, path: str = "/ok", **kw: Any) -> HttpClient:
    kw.setdefault("sleep", FakeTime().sleep)
    return HttpClient(sparql_endpoint=server.base + path, cellar_base=server.base, **kw)


def requests_to(server: HostileServer, path: str) -> int:
    return sum(1 for event, detail in server.log if event == "request" and path in detail)


# -- a total deadline per request ------------------------------------------------------------


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-body", "/silent"])
def test_slow_or_silent_server_is_cut_off_at_the_deadline(server: HostileServer, path: str) -> None:
    # read_timeout alone would never fire: a byte comes every 0.05 s (or, for the
    # silent server, it is longer than the deadline)
    c = client(server, path, timeout=1.0, read_timeout=30.0)
    with pytest.raises(ServiceUnavailable, match=r"no complete answer within 1 s"):
        c.sparql("ASK {}")
    assert server.wait_for_fates(path, 1) == ["cut"]  # the client hung up, mid-answer
    assert requests_to(server, path) == 1  # no time left: no second attempt


# -- Retry-After: capped, and counted against the deadline --------------------------------


@pytest.mark.parametrize("value", ["100000", "Fri, 01 Jan 2100 00:00:00 GMT"])
def test_retry_after_far_ahead_is_capped_and_counts_against_the_deadline(
    server: HostileServer, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = f"/retry-after/{quote(value)}"
    before = requests_to(server, path)
    t = FakeTime()
    c = client(server, path, timeout=90, max_retry_after=60, sleep=t.sleep, clock=t.clock)
    with (
        caplog.at_level(logging.WARNING, logger="eurefs"),
        pytest.raises(ServiceUnavailable, match=r"HTTP 503.*asks to wait \d+ s.*90 s limit"),
    ):
        c.sparql("ASK {}")
    assert t.sleeps == [60.0]  # cut to the cap; a second wait would pass the deadline
    assert requests_to(server, path) - before == 2
    messages = [r.getMessage() for r in caplog.records]
    assert any("retrying in 60.0 s (attempt 2 of 5)" in m for m in messages)
    assert any(m.startswith("giving up: SPARQL endpoint: HTTP 503") for m in messages)


# -- redirects --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("to", "message"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("gopher://127.0.0.1:70/1", "only http and https"),
        ("http://[::1/sparql", "malformed URL"),
        ("{other}/ok", "another host"),
    ],
)
def test_refused_redirects_are_response_errors_at_once(
    server: HostileServer, to: str, message: str
) -> None:
    path = "/redirect/302"
    before = requests_to(server, path)
    with pytest.raises(ResponseError, match=message):
        redirecting_cellar(server, 302, to).notice("celex", "32016R0679", kind="branch")
    with pytest.raises(ResponseError, match=message):
        client(server, f"{path}?to={quote(to)}").sparql("ASK {}")
    assert requests_to(server, path) - before == 2  # final answers: not retried


def test_sparql_post_is_not_resent_to_another_host(server: HostileServer) -> None:
    c = client(server, f"/redirect/307?to={quote('{other}/ok')}")
    with pytest.raises(ResponseError, match="another host"):
        c.sparql("ASK {}")
    assert not any("localhost" in detail for _, detail in server.log)


def test_sparql_post_follows_307_on_the_same_origin_only(server: HostileServer) -> None:
    same = client(server, f"/redirect/307?to={quote(server.base + '/ok')}")
    assert same.sparql("ASK {}") == {"head": {"vars": []}, "results": {"bindings": []}}
    assert same.requests_made == 2
    moved = client(server, f"/redirect/303?to={quote(server.base + '/ok')}")
    with pytest.raises(ResponseError, match="not re-sent"):
        moved.sparql("ASK {}")


def redirecting_cellar(server: HostileServer, status: int, to: str) -> HttpClient:
    """A client whose notice requests get a ``status`` redirect to ``to``.

    The identifier lands after the base, in a query parameter the server ignores.
    """
    base = f"{server.base}/redirect/{status}?to={quote(to)}&x="
    return HttpClient(cellar_base=base, sleep=FakeTime().sleep)


def test_notice_follows_a_same_host_redirect(server: HostileServer) -> None:
    c = redirecting_cellar(server, 303, "/notice")
    assert c.notice("celex", "32016R0679", kind="branch") == b"<NOTICE/>"
    assert c.requests_made == 2


# -- answers that cannot be read ---------------------------------------------------------------


def test_deeply_nested_json_is_a_response_error(server: HostileServer) -> None:
    with pytest.raises(ResponseError, match="nested too deeply"):
        client(server, "/nested").sparql("ASK {}")


def test_every_hostile_answer_is_an_error_record_in_a_batch(server: HostileServer) -> None:
    for path in ("/nested", f"/redirect/302?to={quote('file:///etc/passwd')}"):
        with Resolver(http=client(server, path), use_cache=False) as r:
            results = r.resolve_many(["32016R0679", "32014R0001"])
        assert [x.error.type if x.error else None for x in results] == ["ResponseError"] * 2


# -- what a second try cannot mend is not tried again ------------------------------------------


def test_connection_refused_on_loopback_is_not_retried() -> None:
    t = FakeTime()
    port = free_port()  # nothing listens there
    c = HttpClient(sparql_endpoint=f"http://127.0.0.1:{port}/sparql", sleep=t.sleep)
    with pytest.raises(ServiceUnavailable, match=r"connection refused by 127\.0\.0\.1.*1 attempt"):
        c.sparql("ASK {}")
    assert t.sleeps == [] and c.requests_made == 1


def test_name_resolution_failure_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    t = FakeTime()
    c = HttpClient(cellar_base="https://cellar.example/resource", sleep=t.sleep)
    with pytest.raises(ServiceUnavailable) as info:
        c.notice("celex", "32016R0679", kind="branch")
    assert str(info.value) == (
        "Cellar: cannot resolve host name 'cellar.example' (no network, or a wrong name?)"
        " (1 attempt)"
    )
    assert t.sleeps == [] and c.requests_made == 1


# -- endpoints are checked up front ------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"sparql_endpoint": "localhost:8890/sparql"}, "did you mean http://localhost:8890"),
        ({"cellar_base": "127.0.0.1:8080/resource"}, "must start with http:// or https://"),
        ({"sparql_endpoint": "http://"}, "names no host"),
        ({"sparql_endpoint": "http://host:99999/sparql"}, "out of range"),
        ({"cellar_base": "ftp://example.org/resource"}, "must start with http"),
        ({"timeout": 0}, "timeout must be a number of seconds over 0"),
        ({"max_retries": -1}, "retries must be"),
    ],
)
def test_bad_settings_fail_at_construction(kw: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        HttpClient(**kw)
    assert isinstance(info.value, ValueError)


def test_bad_endpoint_from_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EUREFS_SPARQL_ENDPOINT", "not a url")
    with pytest.raises(ConfigurationError, match="from EUREFS_SPARQL_ENDPOINT"):
        HttpClient()
    with pytest.raises(ValueError):
        Resolver(use_cache=False)


# -- a service found unreachable is not asked again at once ------------------------------------


def test_unreachable_service_fails_fast_for_a_while() -> None:
    t = FakeTime()
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"
    c = HttpClient(sparql_endpoint=endpoint, sleep=t.sleep, clock=t.clock, down_for=30)
    with pytest.raises(ServiceUnavailable) as first:
        c.sparql("ASK {}")
    for _ in range(5):
        with pytest.raises(ServiceUnavailable) as again:
            c.sparql("ASK {}")
        assert str(again.value) == str(first.value)  # the same cause, one summary line
    assert c.requests_made == 1
    t.now += 31  # then one request is let through to try again
    with pytest.raises(ServiceUnavailable):
        c.sparql("ASK {}")
    assert c.requests_made == 2


def test_fail_fast_can_be_turned_off() -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"
    c = HttpClient(sparql_endpoint=endpoint, down_for=0)
    for _ in range(3):
        with pytest.raises(ServiceUnavailable):
            c.sparql("ASK {}")
    assert c.requests_made == 3


def test_a_hung_service_costs_one_deadline_for_a_large_batch(server: HostileServer) -> None:
    """1 000 references against a server that never answers: a few requests, not one per
    batch and round (ten before the fail-fast rule, each waiting for the deadline)."""
    before = requests_to(server, "/silent")
    refs = [f"3{2000 + i % 20}R{i + 1:04d}" for i in range(1000)]
    with Resolver(http=client(server, "/silent", timeout=1.0), use_cache=False) as r:
        results = r.resolve_many(refs)
    assert {x.error.type if x.error else None for x in results} == {"ServiceUnavailable"}
    assert requests_to(server, "/silent") - before <= 4  # those already in flight at once


def test_tls_handshake_dripped_byte_by_byte_is_cut_off_at_the_deadline() -> None:
    with HostileServer(drip_s=0.05, max_seconds=8.0, tls_drip=True) as tls:
        https = tls.base.replace("http://", "https://")
        c = HttpClient(sparql_endpoint=https + "/sparql", timeout=1.0, connect_timeout=30.0,
                       read_timeout=30.0, sleep=FakeTime().sleep)  # fmt: skip
        with pytest.raises(ServiceUnavailable, match=r"no complete answer within 1 s"):
            c.sparql("ASK {}")
        assert tls.wait_for_fates("tls", 1) == ["cut"]
