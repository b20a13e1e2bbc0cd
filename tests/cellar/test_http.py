"""Tests of eurefs.cellar.http.HttpClient against mocked HTTP (``responses``)."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest
import requests
import responses

import eurefs
from eurefs.cellar.failures import parse_retry_after
from eurefs.cellar.http import (
    DEFAULT_CELLAR_BASE,
    DEFAULT_SPARQL_ENDPOINT,
    HttpClient,
    QueryTooExpensive,
    endpoints_from_env,
)
from eurefs.errors import AmbiguousReference, NotFound, ResponseError, ServiceUnavailable

SPARQL = "https://sparql.test/sparql"
BASE = "http://cellar.test/resource"
RESULT = {"head": {"vars": ["x"]}, "results": {"bindings": []}}


class Sleeps:
    """Records requested sleeps instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(sleeps: Sleeps) -> Iterator[HttpClient]:
    with HttpClient(sparql_endpoint=SPARQL, cellar_base=BASE, max_retries=2, sleep=sleeps) as c:
        yield c


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as r:
        yield r


def test_endpoints_from_env_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EUREFS_SPARQL_ENDPOINT", raising=False)
    monkeypatch.delenv("EUREFS_CELLAR_BASE", raising=False)
    assert endpoints_from_env() == (DEFAULT_SPARQL_ENDPOINT, DEFAULT_CELLAR_BASE)
    monkeypatch.setenv("EUREFS_SPARQL_ENDPOINT", "http://env/sparql")
    monkeypatch.setenv("EUREFS_CELLAR_BASE", "http://env/resource/")
    assert endpoints_from_env() == ("http://env/sparql", "http://env/resource")
    assert endpoints_from_env("http://arg/sparql", "http://arg/res") == (
        "http://arg/sparql",
        "http://arg/res",
    )
    assert HttpClient().sparql_endpoint == "http://env/sparql"


def test_user_agent_and_sparql_request(client: HttpClient, rsps: responses.RequestsMock) -> None:
    rsps.post(SPARQL, json=RESULT)
    assert client.sparql("SELECT * WHERE { ?s ?p ?o }", timeout_ms=30000) == RESULT
    req = rsps.calls[0].request
    assert req.headers["User-Agent"] == (
        f"eurefs/{eurefs.__version__} (+https://github.com/eurefs/eurefs)"
    )
    assert req.headers["Accept"] == "application/sparql-results+json"
    assert req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert isinstance(req.body, str)
    form = parse_qs(req.body)
    assert form == {"query": ["SELECT * WHERE { ?s ?p ?o }"], "timeout": ["30000"]}
    assert client.requests_made == 1


def test_429_retry_after_seconds(
    client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps
) -> None:
    rsps.post(SPARQL, status=429, headers={"Retry-After": "2"})
    rsps.post(SPARQL, json=RESULT)
    assert client.sparql("ASK {}") == RESULT
    assert sleeps.calls == [2.0]
    assert client.requests_made == 2


def test_retry_after_http_date_and_cap() -> None:
    now = dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=dt.timezone.utc)
    later = email.utils.format_datetime(now + dt.timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now) == pytest.approx(30.0)
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("-5") == 0.0


def test_retry_after_is_capped(rsps: responses.RequestsMock, sleeps: Sleeps) -> None:
    rsps.get(f"{BASE}/celex/32016R0679", status=503, headers={"Retry-After": "86400"})
    rsps.get(f"{BASE}/celex/32016R0679", body=b"<NOTICE/>")
    c = HttpClient(cellar_base=BASE, max_retry_after=5.0, sleep=sleeps)
    assert c.notice("celex", "32016R0679", kind="object") == b"<NOTICE/>"
    assert sleeps.calls == [5.0]


@pytest.mark.parametrize("asked", ["0", "-5", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_a_retry_after_of_no_time_is_no_reason_to_hammer(
    asked: str, client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps
) -> None:
    # a loopback endpoint answering 429 with a Retry-After in the past: 'retrying in 0.0 s'
    # twice, three requests in no time to a server that said 'Too Many Requests'
    url = f"{BASE}/celex/32016R0679"
    rsps.get(url, status=429, headers={"Retry-After": asked})
    rsps.get(url, status=429, headers={"Retry-After": asked})
    rsps.get(url, body=b"<NOTICE/>")
    assert client.notice("celex", "32016R0679", kind="branch") == b"<NOTICE/>"
    assert len(sleeps.calls) == 2
    assert 0.5 <= sleeps.calls[0] <= 1.0 and 1.0 <= sleeps.calls[1] <= 2.0  # the backoff's


def test_503_then_success_backs_off_with_jitter(
    client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps
) -> None:
    url = f"{BASE}/celex/32016R0679"
    rsps.get(url, status=503)
    rsps.get(url, status=502)
    rsps.get(url, body=b"<NOTICE/>")
    assert client.notice("celex", "32016R0679", kind="branch") == b"<NOTICE/>"
    assert len(sleeps.calls) == 2
    # backoff_base 1 s, doubling, jitter in [50%, 100%]
    assert 0.5 <= sleeps.calls[0] <= 1.0
    assert 1.0 <= sleeps.calls[1] <= 2.0
    assert client.requests_made == 3


def test_backoff_is_capped(sleeps: Sleeps) -> None:
    c = HttpClient(backoff_base=1.0, backoff_max=4.0, sleep=sleeps)
    assert all(c._delay(n, None) <= 4.0 for n in range(20))
    assert c._delay(10, None) >= 2.0


def test_three_503_then_service_unavailable(
    client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps
) -> None:
    rsps.get(f"{BASE}/celex/32016R0679", status=503)
    with pytest.raises(ServiceUnavailable, match="3 attempt"):
        client.notice("celex", "32016R0679", kind="object")
    assert client.requests_made == 3
    assert len(sleeps.calls) == 2


def test_sparql_503s_become_service_unavailable(
    client: HttpClient, rsps: responses.RequestsMock
) -> None:
    rsps.post(SPARQL, status=503, body="Service Temporarily Unavailable")
    with pytest.raises(ServiceUnavailable):
        client.sparql("ASK {}")
    assert client.requests_made == 3


@pytest.mark.parametrize(
    "exc",
    [
        requests.ConnectionError("Connection reset by peer"),
        requests.ReadTimeout("read timed out"),
        requests.ConnectTimeout("connect timed out"),
    ],
)
def test_connection_errors_and_timeouts_retried(
    client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps, exc: Exception
) -> None:
    url = f"{BASE}/celex/32016R0679"
    rsps.get(url, body=exc)
    rsps.get(url, body=b"<NOTICE/>")
    assert client.notice("celex", "32016R0679", kind="object") == b"<NOTICE/>"
    assert len(sleeps.calls) == 1
    assert client.requests_made == 2


def test_connection_failure_exhausted(client: HttpClient, rsps: responses.RequestsMock) -> None:
    rsps.get(f"{BASE}/celex/32016R0679", body=requests.ConnectionError("refused"))
    with pytest.raises(ServiceUnavailable, match=r"connection to cellar\.test failed"):
        client.notice("celex", "32016R0679", kind="object")


def test_404_is_not_found_without_retry(
    client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps
) -> None:
    rsps.get(f"{BASE}/celex/32099R9999", status=404, body="Not Found")
    with pytest.raises(NotFound) as info:
        client.notice("celex", "32099R9999", kind="object")
    assert info.value.reference == "celex:32099R9999"
    assert sleeps.calls == []
    assert client.requests_made == 1


def test_300_is_ambiguous_with_candidates(client: HttpClient, rsps: responses.RequestsMock) -> None:
    body = (
        '<html><body><ul><li title="item"><a href="http://x/resource/cellar/a.0001.02/DOC_1">1</a>'
        '</li><li title="item"><a href="http://x/resource/cellar/a.0001.02/DOC_2">2</a></li>'
        "</ul></body></html>"
    )
    rsps.get(f"{BASE}/celex/32016R0679", status=300, body=body)
    with pytest.raises(AmbiguousReference) as info:
        client.notice("celex", "32016R0679", kind="object")
    assert info.value.candidates == [
        "http://x/resource/cellar/a.0001.02/DOC_1",
        "http://x/resource/cellar/a.0001.02/DOC_2",
    ]


def test_other_4xx_is_response_error(client: HttpClient, rsps: responses.RequestsMock) -> None:
    rsps.get(f"{BASE}/celex/32016R0679", status=406, body="Not Acceptable")
    with pytest.raises(ResponseError, match="406") as info:
        client.notice("celex", "32016R0679", kind="object")
    assert not isinstance(info.value, (NotFound, ServiceUnavailable))


def test_303_redirect_to_http_followed(client: HttpClient, rsps: responses.RequestsMock) -> None:
    start = "https://cellar.test/resource/celex/32016R0679"
    target = "http://cellar.test/resource/cellar/3e485e15-11bd-11e6-ba9a-01aa75ed71a1.0006"
    rsps.get(start, status=303, headers={"Location": target})
    rsps.get(target, body=b"<NOTICE type='branch'/>")
    c = HttpClient(cellar_base="https://cellar.test/resource", sleep=Sleeps())
    assert c.notice("celex", "32016R0679", kind="branch") == b"<NOTICE type='branch'/>"
    followed = rsps.calls[1].request
    assert followed.url == target
    assert followed.headers["Accept"] == "application/xml;notice=branch"
    assert followed.headers["User-Agent"].startswith("eurefs/")
    assert c.requests_made == 2


def test_notice_headers_and_language(client: HttpClient, rsps: responses.RequestsMock) -> None:
    rsps.get(f"{BASE}/celex/32016R0679", body=b"<NOTICE/>")
    client.notice("celex", "32016R0679", kind="tree", lang="fra")
    req = rsps.calls[0].request
    assert req.url == f"{BASE}/celex/32016R0679?language=fra"
    assert req.headers["Accept"] == "application/xml;notice=tree"
    assert req.headers["Accept-Language"] == "fra"


@pytest.mark.parametrize(
    ("scheme", "ident", "path"),
    [
        ("case", "C-131/12", "case/C-131%2F12"),
        ("ecli", "ECLI:EU:C:2014:317", "ecli/ECLI%3AEU%3AC%3A2014%3A317"),
        ("celex", "32023H0120(01)", "celex/32023H0120%2801%29"),
        ("immc", "COM(2018)340 final", "immc/COM%282018%29340%20final"),
    ],
)
def test_ids_percent_encoded_in_path(
    client: HttpClient, rsps: responses.RequestsMock, scheme: str, ident: str, path: str
) -> None:
    rsps.get(f"{BASE}/{path}", body=b"<NOTICE/>")
    assert client.notice(scheme, ident, kind="identifiers") == b"<NOTICE/>"
    assert rsps.calls[0].request.url == f"{BASE}/{path}?language=eng"


@pytest.mark.parametrize("body", ['{"head": {"vars": [', "<html>oops</html>", "[1, 2]", "\xff"])
def test_bad_sparql_json_is_response_error(
    client: HttpClient, rsps: responses.RequestsMock, body: str
) -> None:
    rsps.post(SPARQL, body=body.encode("latin-1"))
    with pytest.raises(ResponseError) as info:
        client.sparql("SELECT * {}")
    assert not isinstance(info.value, QueryTooExpensive)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (
            400,
            "Virtuoso 42000 Error The estimated execution time 1234 (sec) exceeds the limit "
            "of 400 (sec).\n\nSPARQL query:\nSELECT ...",
        ),
        (500, "Virtuoso S1T00 Error SR171: Transaction timed out"),
        (400, "The query is estimated to be too expensive"),
        (504, "Gateway Time-out"),
    ],
)
def test_virtuoso_too_expensive(
    client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps, status: int, body: str
) -> None:
    rsps.post(SPARQL, status=status, body=body)
    with pytest.raises(QueryTooExpensive):
        client.sparql("SELECT * {}")
    assert client.requests_made == 1  # not retried: the caller splits the batch
    assert sleeps.calls == []


#: A Virtuoso JSON result as Virtuoso 7.2 on loopback sent it with each header below.
_ONE_ROW = json.dumps(
    {
        "head": {"link": [], "vars": ["n"]},
        "results": {
            "distinct": False,
            "ordered": True,
            "bindings": [{"n": {"type": "literal", "value": "1"}}],
        },
    }
)


@pytest.mark.parametrize(
    "headers",
    [
        # a SELECT of 12,000 rows from an endpoint with ResultSetMaxRows = 10000: 10,000 rows
        {"X-SPARQL-MaxRows": "10000"},
        # a query with timeout=1000 stopped by the anytime timeout: a count of part of the rows
        {
            "X-SQL-State": "S1TAT",
            "X-SQL-Message": "RC...: Returning incomplete results, query interrupted by result"
            " timeout.",
        },
    ],
)
def test_an_answer_virtuoso_marks_incomplete_is_split_not_read(
    client: HttpClient, rsps: responses.RequestsMock, sleeps: Sleeps, headers: dict[str, str]
) -> None:
    rsps.post(
        SPARQL,
        status=200,
        body=_ONE_ROW,
        headers=headers,
        content_type="application/sparql-results+json",
    )
    with pytest.raises(QueryTooExpensive, match="incomplete"):
        client.sparql("SELECT * {}")
    assert client.requests_made == 1 and sleeps.calls == []


def test_an_answer_below_the_row_cap_is_read(
    client: HttpClient, rsps: responses.RequestsMock
) -> None:
    # Virtuoso sends X-SPARQL-MaxRows only with a result that reached the cap
    rsps.post(SPARQL, status=200, body=_ONE_ROW)
    assert client.sparql("SELECT * {}")["results"]["bindings"][0]["n"]["value"] == "1"


def test_sparql_syntax_error_is_plain_response_error(
    client: HttpClient, rsps: responses.RequestsMock
) -> None:
    rsps.post(SPARQL, status=400, body="Virtuoso 37000 Error SP030: SPARQL compiler syntax error")
    with pytest.raises(ResponseError, match="SP030") as info:
        client.sparql("SELEC")
    assert not isinstance(info.value, QueryTooExpensive)


def test_size_cap(rsps: responses.RequestsMock) -> None:
    c = HttpClient(cellar_base=BASE, max_response_bytes=1000, sleep=Sleeps())
    rsps.get(f"{BASE}/celex/1", body=b"x" * 1000)
    rsps.get(f"{BASE}/celex/2", body=b"x" * 1001)
    rsps.get(f"{BASE}/celex/3", body=b"x" * 5000, auto_calculate_content_length=True)
    assert len(c.notice("celex", "1", kind="object")) == 1000
    with pytest.raises(ResponseError, match="exceeds the 1000-byte cap"):  # streamed
        c.notice("celex", "2", kind="object")
    with pytest.raises(ResponseError, match="is 5000 bytes, over the 1000 cap"):  # declared
        c.notice("celex", "3", kind="object")


def test_error_body_over_cap_is_truncated_not_fatal(rsps: responses.RequestsMock) -> None:
    c = HttpClient(cellar_base=BASE, max_response_bytes=1000, sleep=Sleeps())
    rsps.get(f"{BASE}/celex/1", status=404, body=b"x" * 200_000)
    with pytest.raises(NotFound):
        c.notice("celex", "1", kind="object")


def test_concurrency_bound(rsps: responses.RequestsMock) -> None:
    limit = 3
    lock = threading.Lock()
    in_flight = 0
    peak = 0

    def slow(request: requests.PreparedRequest) -> tuple[int, dict[str, str], bytes]:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.03)
        with lock:
            in_flight -= 1
        return 200, {}, json.dumps(RESULT).encode()

    rsps.add_callback(responses.POST, SPARQL, callback=slow)
    c = HttpClient(sparql_endpoint=SPARQL, max_in_flight=limit, sleep=Sleeps())
    errors: list[BaseException] = []

    def work() -> None:
        try:
            c.sparql("ASK {}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert c.requests_made == 8
    assert 2 <= peak <= limit  # really concurrent, and never above the bound


def test_min_interval_paces_requests(rsps: responses.RequestsMock) -> None:
    now = [100.0]
    sleeps: list[float] = []

    def fake_sleep(s: float) -> None:
        sleeps.append(s)
        now[0] += s

    rsps.post(SPARQL, json=RESULT)
    c = HttpClient(sparql_endpoint=SPARQL, min_interval=0.5, sleep=fake_sleep, clock=lambda: now[0])
    c.sparql("ASK {}")
    now[0] += 0.2
    c.sparql("ASK {}")
    c.sparql("ASK {}")
    assert sleeps == [pytest.approx(0.3), pytest.approx(0.5)]


def test_close_closes_own_session() -> None:
    c = HttpClient()
    closed: list[bool] = []
    c.session.close = lambda: closed.append(True)  # type: ignore[method-assign]
    with c:
        pass
    assert closed == [True]
    shared = requests.Session()
    with HttpClient(session=shared) as c2:
        assert c2.session is shared
