"""A tiny local stand-in for Cellar's ``/resource/`` dissemination interface (XML notices).

Runs stdlib ``http.server`` in a background thread on ``127.0.0.1`` (free port). Importable by
tests and by benchmark scripts::

    with NoticeServer.from_directory(Path("tests/data/cellar"), latency_s=0.02) as srv:
        requests.get(srv.base_url + "/resource/celex/52018PC0340",
                     headers={"Accept": "application/xml;notice=branch"})

Behaviour (modelled on ``shared/research/cellar-api.md`` section 2.2):

- ``GET /resource/cellar/{uuid}`` answers ``200`` with the stored notice whose kind is named
  by the ``notice=`` parameter of the ``Accept`` header (``branch``, ``object``, ``tree``,
  ``identifiers``), ``Content-Type: application/xml;charset=UTF-8``.
- ``GET /resource/{scheme}/{id}`` for every synonym of a stored resource (its ``SAMEAS`` URIs:
  ``celex``, ``comnat``, ``eli``, ``oj``, ``procedure``, ...) answers ``303 See Other`` with
  ``Location: {base_url}/resource/cellar/{uuid}`` (query string kept), as Cellar does.
- ``identifiers`` notices are synthesised from a stored notice's main ``URI`` + ``SAMEAS``
  blocks when no real one is stored (``<NOTICE type="identifier">``; a derived artefact).
- Unknown ids: ``404``. Known resource but the requested notice kind is not stored, or no
  ``notice=`` in ``Accept``: ``406``.
- ``missing_language_status`` (off by default): the status a branch notice request gets
  when its ``Accept-Language`` names a language the work has no expression in (the
  languages of the notice's ``EXPRESSION_USES_LANGUAGE`` and of its expressions' ids,
  ``celex/32014R0001.EST``); what Cellar answers then is UNCONFIRMED (a 404 is assumed).
- Every request is counted and logged (method, path, Accept, Accept-Language); an optional
  artificial latency (``latency_s``) is slept before each answer.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import quote, unquote, urlsplit

from lxml import etree

from tests.support.servers import notice_files

RESOURCE_BASE = "http://publications.europa.eu/resource/"
NOTICE_KINDS = ("branch", "object", "tree", "identifiers")
_LANG3_RE = re.compile(r"[A-Z]{3}")
_NOTICE_RE = re.compile(r"notice\s*=\s*\"?([A-Za-z-]+)")


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    accept: str | None
    accept_language: str | None


@dataclass
class StoredResource:
    """One Cellar resource (work or dossier) and its notices by kind."""

    cellar_path: str  # "/resource/cellar/{uuid}"
    synonyms: list[str] = field(default_factory=list)  # "/resource/{scheme}/{id}" paths
    notices: dict[str, bytes] = field(default_factory=dict)
    languages: set[str] = field(default_factory=set)  # ISO 639-3 codes of its expressions


def _resource_path(uri: str) -> str | None:
    if not uri.startswith(RESOURCE_BASE):
        return None
    return "/resource/" + uri[len(RESOURCE_BASE) :]


def _canonical_path(path: str) -> str:
    """Normalise percent-encoding so ``COM%282018%29340`` and ``COM(2018)340`` match."""
    return quote(unquote(path), safe="/:")


def identifiers_notice(xml: bytes) -> bytes:
    """Build an identifiers notice (``URI`` + ``SAMEAS`` of the main resource) from a notice."""
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, huge_tree=True))
    main = next((c for c in root if c.tag in ("WORK", "DOSSIER")), None)
    if main is None:
        raise ValueError("notice has no WORK or DOSSIER element")
    out = etree.Element("NOTICE", type="identifier")
    for child in main:
        if child.tag in ("URI", "SAMEAS"):
            out.append(etree.fromstring(etree.tostring(child)))
    return etree.tostring(out, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def expression_languages(xml: bytes) -> set[str]:
    """ISO 639-3 codes of the expressions a notice names (``ENG``, ``EST`` ...): those of
    ``EXPRESSION_USES_LANGUAGE`` and the suffixes of the expressions' ids."""
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, huge_tree=True))
    codes = {(e.findtext("URI/IDENTIFIER") or "") for e in root.iter("EXPRESSION_USES_LANGUAGE")}
    for link in root.iter("WORK_HAS_EXPRESSION"):
        for ident in link.findall("SAMEAS/URI/IDENTIFIER"):
            codes.add((ident.text or "").rsplit(".", 1)[-1])
    return {c.strip() for c in codes if _LANG3_RE.fullmatch(c.strip())}


def describe_notice(xml: bytes) -> tuple[str, str, list[str]]:
    """Return (kind, cellar path, synonym paths) of a stored notice file."""
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, huge_tree=True))
    if root.tag != "NOTICE":
        raise ValueError(f"not a Cellar notice (root {root.tag!r})")
    kind = (root.get("type") or "").strip()
    kind = "identifiers" if kind == "identifier" else kind
    if kind not in NOTICE_KINDS:
        raise ValueError(f"unknown notice type {kind!r}")
    main = (
        root
        if kind == "identifiers"
        else next((c for c in root if c.tag in ("WORK", "DOSSIER")), None)
    )
    if main is None:
        raise ValueError("notice has no WORK or DOSSIER element")
    cellar_uri = main.findtext("URI/VALUE") or ""
    cellar_path = _resource_path(cellar_uri.strip())
    if cellar_path is None:
        raise ValueError(f"main URI is not a /resource/ URI: {cellar_uri!r}")
    synonyms: list[str] = []
    for value in main.findall("SAMEAS/URI/VALUE"):
        path = _resource_path((value.text or "").strip())
        if path is not None:
            synonyms.append(path)
    return kind, cellar_path, synonyms


class NoticeServer:
    """Serve notices by ``/resource/{scheme}/{id}`` on 127.0.0.1 (see module docstring)."""

    def __init__(self, *, latency_s: float = 0.0) -> None:
        self.latency_s = latency_s
        self.missing_language_status: int | None = None
        self._by_cellar: dict[str, StoredResource] = {}
        self._redirects: dict[str, str] = {}
        self._lock = threading.Lock()
        self._log: list[LoggedRequest] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # content ----------------------------------------------------------------------------------
    def add_notice(self, xml: bytes) -> StoredResource:
        """Store a notice; its main resource becomes reachable by cellar id and synonyms."""
        kind, cellar_path, synonyms = describe_notice(xml)
        key = _canonical_path(cellar_path)
        res = self._by_cellar.setdefault(key, StoredResource(cellar_path))
        res.notices[kind] = xml
        res.languages |= expression_languages(xml)
        if kind != "identifiers":
            res.notices.setdefault("identifiers", identifiers_notice(xml))
        for syn in synonyms:
            if syn not in res.synonyms:
                res.synonyms.append(syn)
            self._redirects[_canonical_path(syn)] = cellar_path
        return res

    @classmethod
    def from_files(cls, files: Iterable[Path], *, latency_s: float = 0.0) -> NoticeServer:
        srv = cls(latency_s=latency_s)
        for f in files:
            srv.add_notice(f.read_bytes())
        return srv

    @classmethod
    def from_directory(cls, directory: Path, *, latency_s: float = 0.0) -> NoticeServer:
        """All ``*.xml`` files of ``directory`` whose root element is ``NOTICE``."""
        return cls.from_files(notice_files(directory), latency_s=latency_s)

    @property
    def resources(self) -> list[StoredResource]:
        return list(self._by_cellar.values())

    # request log ------------------------------------------------------------------------------
    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self._log)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._log)

    def reset(self) -> None:
        with self._lock:
            self._log.clear()

    def _record(self, req: LoggedRequest) -> None:
        with self._lock:
            self._log.append(req)

    # lifecycle --------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("server not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> NoticeServer:
        if self._httpd is not None:
            return self
        handler = _make_handler(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="notice-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> NoticeServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # routing ----------------------------------------------------------------------------------
    def route(
        self, path: str, accept: str | None, accept_language: str | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        """Pure routing: (status, headers, body) for a GET of ``path`` (may include a query)."""
        parts = urlsplit(path)
        key = _canonical_path(parts.path)
        if not key.startswith("/resource/"):
            return 404, {"Content-Type": "text/plain"}, b"not found\n"
        target = self._redirects.get(key)
        if target is not None and _canonical_path(target) != key:
            location = self.base_url + target + (f"?{parts.query}" if parts.query else "")
            return 303, {"Location": location, "Content-Type": "text/plain"}, b"See Other\n"
        res = self._by_cellar.get(key)
        if res is None:
            return 404, {"Content-Type": "text/plain"}, b"resource not found\n"
        match = _NOTICE_RE.search(accept or "")
        kind = match.group(1).lower() if match else None
        branch = kind == "branch"  # (answered with an object notice when none is stored)
        if kind in ("branch", "object") and kind not in res.notices:
            # Simplification: the samples hold one notice per work (a branch *or* an
            # object notice); for a work the two carry the same WORK facts, so the
            # server answers either request with the notice it has.
            kind = "object" if kind == "branch" else "branch"
        if kind is None or kind not in res.notices:
            return 406, {"Content-Type": "text/plain"}, b"notice kind not available\n"
        wanted = (accept_language or "").strip().upper()
        if (
            self.missing_language_status is not None
            and branch
            and wanted
            and res.languages
            and wanted not in res.languages
        ):
            return self.missing_language_status, {"Content-Type": "text/plain"}, b"no expression\n"
        return 200, {"Content-Type": "application/xml;charset=UTF-8"}, res.notices[kind]


def _make_handler(server: NoticeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            accept = self.headers.get("Accept")
            server._record(
                LoggedRequest("GET", self.path, accept, self.headers.get("Accept-Language"))
            )
            if server.latency_s > 0:
                time.sleep(server.latency_s)
            status, headers, body = server.route(
                self.path, accept, self.headers.get("Accept-Language")
            )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return  # keep test output quiet

    return Handler
