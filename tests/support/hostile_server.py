"""A loopback HTTP server that misbehaves on purpose, one behaviour per path.

Written on raw sockets (not ``http.server``) so it can do what a broken or
hostile server does: send its headers one byte at a time, accept and never
answer, redirect to ``file:`` URLs, answer absurdly nested JSON.  Every loop is
bounded in bytes and time (``max_seconds``), so the server stops by itself even
when the client under test never gives up; each connection's fate is logged in
:attr:`HostileServer.log` (``"complete"`` or ``"cut"``) for the tests to check.

Paths (``{other}`` is replaced by the base URL of the server under another host
name, ``localhost`` instead of ``127.0.0.1``):

* ``/drip-headers``, ``/drip-body``: a valid answer sent one byte per ``drip_s``.
* ``/silent``: reads the request, then sends nothing (until ``max_seconds``).
* ``/retry-after/<value>``: 503 with that ``Retry-After``.
* ``/redirect/<status>?to=<url>``: that redirect to ``<url>`` (``{other}`` expanded).
* ``/nested``: a 200 SPARQL answer of JSON nested 100 000 deep.
* ``/ok``: a small valid SPARQL JSON answer; ``/notice``: ``<NOTICE/>``.
"""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

OK_JSON = b'{"head": {"vars": []}, "results": {"bindings": []}}'


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(self.server.max_seconds)
        try:
            method, target, body = self._read_request(sock)
        except (OSError, ValueError):
            return
        self.server.record("request", f"{method} {target} {len(body)}")
        path = urlsplit(target).path
        try:
            fate = self._answer(sock, method, target, path)
        except OSError:
            fate = "cut"
        self.server.record(fate, path)

    @staticmethod
    def _read_request(sock: socket.socket) -> tuple[str, str, bytes]:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                raise ValueError("closed before the end of the request head")
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = sock.recv(4096)
            if not chunk:
                break
            body += chunk
        return method, target, body

    def _answer(self, sock: socket.socket, method: str, target: str, path: str) -> str:
        srv = self.server
        if path in ("/drip-headers", "/drip-body"):
            body = OK_JSON
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                f"Content-Length: {len(body)}\r\nX-Padding: {'p' * 400}\r\n\r\n"
            ).encode()
            dripped, sent_at_once = (head + body, b"") if path == "/drip-headers" else (body, head)
            sock.sendall(sent_at_once)
            return self._drip(sock, dripped)
        if path == "/silent":
            end = time.monotonic() + srv.max_seconds
            sock.settimeout(0.1)
            while time.monotonic() < end:
                try:
                    if sock.recv(1) == b"":
                        return "cut"  # the client closed its end
                except TimeoutError:
                    continue
            return "complete"
        if path.startswith("/retry-after/"):
            value = unquote(path.removeprefix("/retry-after/"))
            return self._send(sock, 503, b"busy", {"Retry-After": value})
        if path.startswith("/redirect/"):
            status = int(path.removeprefix("/redirect/"))
            to = parse_qs(urlsplit(target).query)["to"][0].replace("{other}", srv.other_base)
            return self._send(sock, status, b"", {"Location": to})
        if path == "/nested":
            depth = 100_000
            return self._send(sock, 200, b"[" * depth + b"]" * depth, {})
        if path == "/notice":
            return self._send(sock, 200, b"<NOTICE/>", {"Content-Type": "application/xml"})
        return self._send(sock, 200, OK_JSON, {})

    def _drip(self, sock: socket.socket, data: bytes) -> str:
        end = time.monotonic() + self.server.max_seconds
        for i in range(len(data)):
            if time.monotonic() > end:
                return "gave up"
            sock.sendall(data[i : i + 1])
            time.sleep(self.server.drip_s)
        return "complete"

    @staticmethod
    def _send(sock: socket.socket, status: int, body: bytes, headers: dict[str, str]) -> str:
        lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        return "complete"


class _TlsDripHandler(_Handler):
    """Answers a TLS client with a record header announcing 16 KiB, then one byte at a time."""

    def handle(self) -> None:
        sock: socket.socket = self.request
        self.server.record("request", "tls")
        try:
            sock.sendall(b"\x16\x03\x03\x40\x00")  # handshake record, 16 384 bytes to come
            fate = self._drip(sock, b"\x00" * 16384)
        except OSError:
            fate = "cut"
        self.server.record(fate, "tls")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, drip_s: float, max_seconds: float, tls_drip: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), _TlsDripHandler if tls_drip else _Handler)
        self.drip_s = drip_s
        self.max_seconds = max_seconds
        self.other_base = f"http://localhost:{self.server_address[1]}"
        self.log: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def record(self, event: str, detail: str) -> None:
        with self._lock:
            self.log.append((event, detail))


class HostileServer:
    """Run the misbehaving server on 127.0.0.1 in a thread (a context manager).

    Args:
        drip_s: Seconds between two bytes of a dripped answer.
        max_seconds: The most time one connection may take (the server's own bound).
        tls_drip: Instead, answer every connection as a TLS server that sends its
            first handshake record one byte at a time (path ``tls`` in the log).
    """

    def __init__(
        self, drip_s: float = 0.05, max_seconds: float = 8.0, *, tls_drip: bool = False
    ) -> None:
        self._server = _Server(drip_s, max_seconds, tls_drip)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.other_base = self._server.other_base
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def log(self) -> list[tuple[str, str]]:
        """``(event, detail)`` per request and per connection's end."""
        return list(self._server.log)

    def fates(self, path: str) -> list[str]:
        """How each connection to ``path`` ended: ``complete``, ``cut`` or ``gave up``."""
        return [event for event, detail in self.log if detail == path and event != "request"]

    def wait_for_fates(self, path: str, count: int, timeout_s: float = 10.0) -> list[str]:
        """The fates of ``path`` once ``count`` connections ended (bounded wait)."""
        end = time.monotonic() + timeout_s
        while len(self.fates(path)) < count and time.monotonic() < end:
            time.sleep(0.02)
        return self.fates(path)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
