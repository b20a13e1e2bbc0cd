"""Real SPARQL servers on loopback for integration tests: oxigraph and Virtuoso 7.

Both are started as child processes bound to ``127.0.0.1`` on free ports, in a private temp
directory, with stdout/stderr collected in a log file that is shown when start-up fails.
Children get ``PR_SET_PDEATHSIG=SIGKILL`` (Linux) so they die with the test process even if it
is killed without running its finalisers; ``stop()`` terminates them (SIGTERM, then SIGKILL).

Virtuoso set-up (Debian ``virtuoso-opensource-7-bin``, Virtuoso 7.2):

- a generated ``virtuoso.ini``: ``[Parameters] ServerPort = 127.0.0.1:<p1>`` (SQL/ODBC, used by
  ``isql-vt``), ``[HTTPServer] ServerPort = 127.0.0.1:<p2>`` (``/sparql``), ``DirsAllowed`` =
  the temp dir only, Unix socket disabled, 2 000 buffers, few threads;
- load: ``isql-vt 127.0.0.1:<p1> dba dba exec="DB.DBA.TTLP_MT(file_to_string_output('<nt>'),
  '', '<graph>', 0); checkpoint;"``. Virtuoso's ``/sparql`` endpoint queries the union of all
  graphs when the request names no ``default-graph-uri``, so the loaded graph is visible to a
  plain query (as on Cellar);
- the data load is checked with a ``COUNT(*)`` over ``/sparql``.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.metadata
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pytest
import requests
from lxml import etree

REPO_ROOT = Path(__file__).resolve().parents[2]
CELLAR_DATA_DIR = REPO_ROOT / "tests" / "data" / "cellar"
DEFAULT_GRAPH = "http://eurefs.test/graph/cellar"
SPARQL_JSON = "application/sparql-results+json"


def notice_files(directory: Path = CELLAR_DATA_DIR) -> list[Path]:
    """The ``*.xml`` files of ``directory`` whose root element is a Cellar ``NOTICE``."""
    found = []
    for path in sorted(directory.glob("*.xml")):
        try:
            with path.open("rb") as fh:  # only the root is read: the file is closed at once
                _, root = next(etree.iterparse(fh, events=("start",), huge_tree=True))
        except (etree.XMLSyntaxError, StopIteration):
            continue
        if root.tag == "NOTICE":
            found.append(path)
    return found


def rdf_tree_files(directory: Path = CELLAR_DATA_DIR / "rdf") -> list[Path]:
    """The real RDF/XML tree notices (``tests/data/cellar/rdf/*.rdf``)."""
    return sorted(directory.glob("*.rdf"))


def rdfxml_to_ntriples(files: list[Path], oxigraph: str) -> str:
    """N-Triples of RDF/XML files, converted by ``oxigraph convert`` (a real RDF/XML parser).

    Blank node labels are made unique per file, so files do not share nodes by accident.
    """
    out: list[str] = []
    for n, path in enumerate(files):
        done = subprocess.run(
            [oxigraph, "convert", "--from-file", str(path), "--to-format", "nt"],
            capture_output=True,
            timeout=60,
            check=True,
        )
        text = done.stdout.decode("utf-8")
        out.append(re.sub(r"(^| )_:", rf"\1_:f{n}x", text, flags=re.MULTILINE))
    return "".join(out)


class ServerStartError(RuntimeError):
    """A server binary exists but did not come up; the message carries its log."""


def free_port() -> int:
    """A currently free TCP port on 127.0.0.1 (bind port 0, read it, release it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_executable(name: str) -> str | None:
    """``name`` next to the running interpreter (venv) first, then on ``PATH``."""
    local = Path(sys.executable).parent / name
    if _executable(local):
        return str(local)
    return shutil.which(name)


def installed_executable(name: str, distribution: str) -> str:
    """The command ``name`` of the installed pip package ``distribution``; fail, never skip.

    Looked for as :func:`find_executable` does, then among the files the package installed
    (its own ``bin/`` entry, wherever the environment lives).  A test extra that is missing,
    or installed without its command, is a failure: in CI a silent skip would hide a
    whole group of tests.
    """
    found = find_executable(name)
    if found is not None:
        return found
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(
            f"the {name} command (pip package {distribution!r}, test extra) is not installed",
            pytrace=False,
        )
    for entry in files:
        if entry.name == name and _executable(Path(str(entry.locate()))):
            return str(entry.locate())
    pytest.fail(
        f"pip package {distribution!r} is installed but its command {name!r} is neither next"
        f" to {sys.executable}, on PATH nor among the package's files",
        pytrace=False,
    )


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _tail(path: Path, limit: int = 6000) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "<no log>"
    return text[-limit:]


def sparql_ready(url: str) -> bool:
    try:
        r = requests.get(
            url, params={"query": "ASK {}"}, headers={"Accept": SPARQL_JSON}, timeout=2
        )
    except requests.RequestException:
        return False
    return r.status_code == 200


def sparql_count(url: str) -> int:
    r = requests.get(
        url,
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
        headers={"Accept": SPARQL_JSON},
        timeout=30,
    )
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


class _ManagedProcess:
    """A child process with a log file, a readiness poll and a guaranteed stop."""

    name = "server"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.log_path = workdir / f"{self.name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None

    def _spawn(self, argv: list[str]) -> None:
        log = self.log_path.open("ab")
        self._log_file = log
        self.proc = subprocess.Popen(
            argv,
            cwd=self.workdir,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )

    def _wait_until(self, ready: Callable[[], bool], timeout_s: float, what: str) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise self.failure(
                    f"{self.name} exited with code {self.proc.returncode} while waiting for {what}"
                )
            if ready():
                return
            time.sleep(0.1)
        raise self.failure(f"{self.name}: {what} not reached within {timeout_s:.0f} s")

    def failure(self, message: str) -> ServerStartError:
        return ServerStartError(f"{message}\n--- log {self.log_path} ---\n{_tail(self.log_path)}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        log, self._log_file = self._log_file, None
        if log is not None:
            log.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class OxigraphServer(_ManagedProcess):
    """``oxigraph serve`` on 127.0.0.1; data loaded with ``oxigraph load`` before serving."""

    name = "oxigraph"

    def __init__(self, workdir: Path, binary: str) -> None:
        super().__init__(workdir)
        self.binary = binary
        self.port = 0

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def start(self, ntriples_file: Path, timeout_s: float = 30) -> OxigraphServer:
        store = self.workdir / "store"
        load = subprocess.run(
            [self.binary, "load", "--location", str(store), "--file", str(ntriples_file)],
            capture_output=True,
            timeout=120,
            check=False,
        )
        self.log_path.write_bytes(load.stdout + load.stderr)
        if load.returncode != 0:
            raise self.failure(f"oxigraph load failed with code {load.returncode}")
        self.port = free_port()
        self._spawn(
            [self.binary, "serve", "--location", str(store), "--bind", f"127.0.0.1:{self.port}"]
        )
        self._wait_until(lambda: sparql_ready(self.query_url), timeout_s, "SPARQL endpoint")
        return self

    def __enter__(self) -> OxigraphServer:
        return self


_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso-db.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
ServerThreads = 4
MaxClientConnections = 4
CheckpointInterval = 0
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
DirsAllowed = {d}
CaseMode = 2
MaxStaticCursorRows = 5000
TempDBSize = 10

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 4
MaxClientConnections = 4
EnabledDavVSP = 0
EnabledGzipContent = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DeferInferenceRulesInit = 0
"""


class VirtuosoServer(_ManagedProcess):
    """``virtuoso-t +foreground`` with a generated ini, loaded through ``isql-vt``."""

    name = "virtuoso"

    def __init__(self, workdir: Path, binary: str, isql: str, *, max_rows: int = 10000) -> None:
        super().__init__(workdir)
        self.binary = binary
        self.isql = isql
        self.max_rows = max_rows  # ResultSetMaxRows: longer results are cut to it
        self.sql_port = 0
        self.http_port = 0

    @property
    def sparql_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def start(self, timeout_s: float = 60) -> VirtuosoServer:
        self.sql_port, self.http_port = free_port(), free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        ini = self.workdir / "virtuoso.ini"
        ini.write_text(
            _VIRTUOSO_INI.format(
                d=self.workdir,
                sql_port=self.sql_port,
                http_port=self.http_port,
                max_rows=self.max_rows,
            )
        )
        self._spawn([self.binary, "+foreground", "+configfile", str(ini)])
        self._wait_until(lambda: sparql_ready(self.sparql_url), timeout_s, "/sparql endpoint")
        return self

    def isql_exec(self, sql: str, timeout_s: float = 120) -> str:
        res = subprocess.run(
            [self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
            capture_output=True,
            timeout=timeout_s,
            check=False,
            cwd=self.workdir,
        )
        out = (res.stdout + res.stderr).decode(errors="replace")
        if res.returncode != 0 or "*** Error" in out:
            with self.log_path.open("a") as log:
                log.write(f"\n--- isql {sql!r} ---\n{out}\n")
            raise self.failure(f"isql failed (code {res.returncode}) for: {sql}")
        return out

    def load_ntriples(self, ntriples_file: Path, graph: str = DEFAULT_GRAPH) -> None:
        target = self.workdir / "load.nt"
        if ntriples_file.resolve() != target.resolve():
            shutil.copyfile(ntriples_file, target)  # must be under DirsAllowed
        self.isql_exec(
            f"DB.DBA.TTLP_MT(file_to_string_output('{target}'), '', '{graph}', 0); checkpoint;"
        )

    def __enter__(self) -> VirtuosoServer:
        return self


@contextlib.contextmanager
def virtuoso_serving(ntriples_file: Path, workdir: Path, *, max_rows: int = 10000) -> Iterator[str]:
    """The ``/sparql`` URL of a Virtuoso 7 on 127.0.0.1 loaded with ``ntriples_file``
    (``max_rows``: its ``ResultSetMaxRows``), stopped on exit; skipped when not installed."""
    binary = find_executable("virtuoso-t")
    if binary is None:
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource-7-bin)")
    isql = find_executable("isql-vt") or find_executable("isql-v")
    if isql is None:
        pytest.fail("virtuoso-t is installed but its isql client (isql-vt) is not")
    server = VirtuosoServer(workdir, binary, isql, max_rows=max_rows)

    def start() -> None:
        server.start()
        server.load_ntriples(ntriples_file)

    started_or_failed(server, start)
    with server:
        yield server.sparql_url


def started_or_failed(server: _ManagedProcess, start: Callable[[], object]) -> None:
    """``start()``; a server that does not start is stopped, and the test fails (its log
    tail the message, no traceback)."""
    try:
        start()
    except ServerStartError as exc:
        server.stop()
        pytest.fail(str(exc), pytrace=False)


@contextlib.contextmanager
def loaded_store(
    engine: str, ntriples: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The SPARQL URL of an ``oxigraph`` or ``virtuoso`` server on loopback that holds the
    triples ``ntriples`` (N-Triples text), stopped on exit (skipped without Virtuoso)."""
    nt = tmp_path_factory.mktemp("store") / "store.nt"
    nt.write_text(ntriples, encoding="utf-8")
    workdir = tmp_path_factory.mktemp(engine)
    if engine == "oxigraph":
        with OxigraphServer(workdir, installed_executable("oxigraph", "oxigraph")) as ox:
            ox.start(nt)
            yield ox.query_url
        return
    binary, isql = find_executable("virtuoso-t"), find_executable("isql-vt")
    if binary is None or isql is None:
        pytest.skip("virtuoso-t is not installed (Debian package virtuoso-opensource-7-bin)")
    with VirtuosoServer(workdir, binary, isql) as virtuoso:
        virtuoso.start()
        virtuoso.load_ntriples(nt)
        yield virtuoso.sparql_url


def store_fixture(triples: Callable[[], str]) -> Any:
    """A module-scoped fixture that gives, once on oxigraph and once on Virtuoso, the
    SPARQL URL of a store holding ``triples()`` (see :func:`loaded_store`)."""

    @pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
    def store(
        request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
    ) -> Iterator[str]:
        with loaded_store(request.param, triples(), tmp_path_factory) as url:
            yield url

    return store
