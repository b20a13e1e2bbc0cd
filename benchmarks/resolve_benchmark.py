"""Benchmark: batched resolution (``Resolver.resolve_many``) vs one request per reference.

Builds 1,000 synthetic Cellar works as CDM N-Triples (the shapes the queries of
``eurefs/cellar/sparql.py`` read), loads them into ``oxigraph serve`` on 127.0.0.1
and puts a small threaded HTTP proxy in front of it that sleeps ``--latency-ms``
(default 20 ms) per request, then forwards it, counting requests.  Then it runs:

1. baseline: ``Resolver(batch_size=1, use_cache=False)`` -- every identifier and
   every work queried on its own;
2. cold: ``Resolver(cache_dir=<empty tmp dir>)`` with the default batching;
3. warm: the same resolver call again, on the now-filled cache.

The baseline runs on the first ``--baseline-refs`` (default 1,000) references only
(one request each makes it slow); its speed-up column compares time per reference.
Prints a table (or ``--json``).  Exits 1 when the cold run makes more than one
request per 50 references or takes more than 30 s per 10,000 references, the warm
run makes any request, or any reference fails to resolve.  Run from the repository
root:

    python benchmarks/resolve_benchmark.py [--refs 10000] [--latency-ms 20] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from eurefs import Resolver, ResolveResult  # noqa: E402
from tests.support.servers import OxigraphServer, ServerStartError, find_executable  # noqa: E402

CDM = "http://publications.europa.eu/ontology/cdm#"
RES = "http://publications.europa.eu/resource"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
XSD = "http://www.w3.org/2001/XMLSchema#"
ENG = f"{RES}/authority/language/ENG"
MAX_REFS_PER_REQUEST_FLOOR = 50  # cold must average at least this many references per request
#: Cold resolution of 10,000 distinct references must take less than this (scaled to --refs).
MAX_COLD_S_PER_10K = 30.0


def celex_numbers(n: int) -> list[str]:
    """``n`` distinct regulation CELEX numbers, ``3YYYYRNNNN``."""
    return [f"3{2000 + i % 20}R{i // 20 + 1:04d}" for i in range(n)]


def work_uri(celex: str) -> str:
    return f"{RES}/cellar/{uuid.uuid5(uuid.NAMESPACE_URL, 'eurefs-bench:' + celex)}"


def title_of(celex: str) -> str:
    return f"Synthetic regulation {celex} on benchmarking"


def ntriples(celexes: list[str]) -> str:
    """CDM triples for one work per CELEX: id, sameAs, date, in-force, an English expression."""
    lines = []
    for i, celex in enumerate(celexes):
        w = work_uri(celex)
        e = f"{w}.0006"
        year = celex[1:5]
        lines += [
            f'<{w}> <{CDM}resource_legal_id_celex> "{celex}"^^<{XSD}string> .',
            f"<{w}> <{OWL_SAME_AS}> <{RES}/celex/{celex}> .",
            f'<{w}> <{CDM}work_date_document> "{year}-01-{i % 28 + 1:02d}"^^<{XSD}date> .',
            f'<{w}> <{CDM}resource_legal_in-force> "true"^^<{XSD}boolean> .',
            f"<{w}> <{CDM}work_has_expression> <{e}> .",
            f"<{e}> <{CDM}expression_belongs_to_work> <{w}> .",
            f"<{e}> <{CDM}expression_uses_language> <{ENG}> .",
            f'<{e}> <{CDM}expression_title> "{title_of(celex)}"^^<{XSD}string> .',
        ]
    return "\n".join(lines) + "\n"


class LatencyProxy:
    """A threaded HTTP proxy on 127.0.0.1: sleeps ``latency_s``, forwards to ``target``, counts."""

    def __init__(self, target: str, latency_s: float) -> None:
        self.target = target
        self.latency_s = latency_s
        self.requests = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/sparql"

    def reset(self) -> None:
        with self._lock:
            self.requests = 0

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _forward(self, body: bytes | None) -> None:
                with proxy._lock:
                    proxy.requests += 1
                time.sleep(proxy.latency_s)
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() in ("accept", "content-type", "user-agent")
                }
                query = self.path.partition("?")[2]
                url = proxy.target + ("?" + query if query else "")
                req = urllib.request.Request(url, data=body, headers=headers, method=self.command)
                try:
                    with urllib.request.urlopen(req, timeout=120) as resp:
                        status, ctype, payload = (
                            resp.status,
                            resp.headers.get("Content-Type"),
                            resp.read(),
                        )
                except urllib.error.HTTPError as exc:
                    status, ctype, payload = exc.code, exc.headers.get("Content-Type"), exc.read()
                self.send_response(status)
                self.send_header("Content-Type", ctype or "application/octet-stream")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self._forward(None)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._forward(self.rfile.read(length))

        return Handler

    def __enter__(self) -> LatencyProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


def check(results: list[ResolveResult], celexes: list[str]) -> int:
    """How many results are not the expected document."""
    bad = 0
    for res, celex in zip(results, celexes, strict=True):
        doc = res.document
        if doc is None or doc.celex != celex or doc.title != title_of(celex):
            bad += 1
    return bad


#: One run's figures, as printed (a row of the table, an object of the JSON).
Row = dict[str, Any]


def run(
    name: str,
    proxy: LatencyProxy,
    make: Callable[[], Resolver],
    refs: list[str],
) -> Row:
    proxy.reset()
    with make() as resolver:
        start = time.perf_counter()
        results = resolver.resolve_many(refs)
        wall = time.perf_counter() - start
        made = resolver.http.requests_made
    requests_seen = proxy.requests
    return {
        "run": name,
        "references": len(refs),
        "requests": requests_seen,
        "requests_made": made,
        "wall_s": round(wall, 3),
        "refs_per_request": round(len(refs) / requests_seen, 1) if requests_seen else None,
        "failed": check(results, refs),
    }


def measure(binary: str, refs: list[str], latency_ms: float, baseline_refs: int) -> list[Row]:
    """The three runs (baseline, cold, warm) against one oxigraph server behind the proxy.

    Raises:
        ServerStartError: when the server does not start.
    """
    with tempfile.TemporaryDirectory(prefix="eurefs-bench-") as tmp_name:
        tmp = Path(tmp_name)
        nt = tmp / "works.nt"
        nt.write_text(ntriples(refs), encoding="utf-8")
        server = OxigraphServer(tmp / "oxigraph", binary)
        try:
            server.start(nt)
            with LatencyProxy(server.query_url, latency_ms / 1000) as proxy:
                cache = tmp / "cache"
                return [
                    run(
                        "baseline (batch_size=1, no cache)",
                        proxy,
                        lambda: Resolver(sparql_endpoint=proxy.url, batch_size=1, use_cache=False),
                        refs[:baseline_refs],
                    ),
                    run(
                        "eurefs cold",
                        proxy,
                        lambda: Resolver(sparql_endpoint=proxy.url, cache_dir=cache),
                        refs,
                    ),
                    run(
                        "eurefs warm",
                        proxy,
                        lambda: Resolver(sparql_endpoint=proxy.url, cache_dir=cache),
                        refs,
                    ),
                ]
        finally:
            server.stop()


def compare(rows: list[Row]) -> None:
    """Add each run's time per 1000 references and its ratios to the baseline (first row)."""
    base = rows[0]
    for row in rows:
        row["s_per_1000_refs"] = round(1000 * row["wall_s"] / row["references"], 3)
    for row in rows[1:]:
        row["speedup_vs_baseline"] = (
            round(base["s_per_1000_refs"] / row["s_per_1000_refs"], 1) if row["wall_s"] else None
        )
        row["request_ratio_vs_baseline"] = round(
            (row["requests"] / row["references"]) / (base["requests"] / base["references"]), 4
        )


def problems_of(rows: list[Row], references: int) -> list[str]:
    """The floors of issue 10 that the cold and warm runs miss, and unresolved references."""
    _, cold, warm = rows
    problems = []
    if cold["requests"] * MAX_REFS_PER_REQUEST_FLOOR > references:
        problems.append(
            f"cold made {cold['requests']} requests for {references} references "
            f"(more than 1 per {MAX_REFS_PER_REQUEST_FLOOR})"
        )
    if cold["wall_s"] > MAX_COLD_S_PER_10K * references / 10_000:
        problems.append(
            f"cold took {cold['wall_s']} s for {references} references "
            f"(more than {MAX_COLD_S_PER_10K} s per 10,000)"
        )
    if warm["requests"]:
        problems.append(f"warm made {warm['requests']} requests (expected 0)")
    unresolved = [f"{r['run']}: {r['failed']} references not resolved" for r in rows if r["failed"]]
    return problems + unresolved


def print_table(rows: list[Row], references: int, latency_ms: float, problems: list[str]) -> None:
    print(f"{references} distinct references, {latency_ms:g} ms added per request\n")
    head = (
        f"{'run':36} {'refs':>6} {'requests':>8} {'wall s':>8} {'refs/req':>8} "
        f"{'vs baseline':>12} {'failed':>6}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        vs = f"{r['speedup_vs_baseline']}x faster" if r.get("speedup_vs_baseline") else "-"
        print(
            f"{r['run']:36} {r['references']:>6} {r['requests']:>8} {r['wall_s']:>8.2f} "
            f"{r['refs_per_request'] or '-':>8} {vs:>12} {r['failed']:>6}"
        )
    print()
    print("FAIL: " + "; ".join(problems) if problems else "OK")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refs", type=int, default=1000, help="distinct references (default 1000)")
    ap.add_argument("--latency-ms", type=float, default=20.0, help="proxy latency per request")
    ap.add_argument(
        "--baseline-refs", type=int, default=1000, help="references the baseline resolves"
    )
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)

    binary = find_executable("oxigraph")
    if binary is None:
        print("the oxigraph CLI (pip package 'oxigraph') is not installed", file=sys.stderr)
        return 2
    refs = celex_numbers(args.refs)
    assert len(set(refs)) == len(refs)
    try:
        rows = measure(binary, refs, args.latency_ms, args.baseline_refs)
    except ServerStartError as exc:
        print(exc, file=sys.stderr)
        return 2
    compare(rows)
    problems = problems_of(rows, len(refs))
    if args.json:
        runs = {"latency_ms": args.latency_ms, "runs": rows, "problems": problems}
        print(json.dumps(runs, indent=2))
    else:
        print_table(rows, len(refs), args.latency_ms, problems)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
