"""The deadline's watch covers every connection the client's adapter makes
(``eurefs.cellar.deadline``), plain and TLS alike: a socket is registered with the running
deadline as soon as it exists, before any TLS handshake, so that the timer can cut it."""

from __future__ import annotations

import socket

import pytest

from eurefs.cellar.deadline import Deadline, DeadlineAdapter


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_new_connection_is_cut_when_the_deadline_passes(scheme: str) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:  # accepts, never answers
        port = server.getsockname()[1]
        pool = DeadlineAdapter().poolmanager.connection_from_url(f"{scheme}://127.0.0.1:{port}/")
        connection = pool._new_conn()
        deadline = Deadline(60.0)
        with deadline.watching():
            sock = connection._new_conn()  # the TCP connection, before TLS
            deadline.expire()
            sock.settimeout(5.0)
            try:
                assert sock.recv(1) == b""  # cut: not waiting for the silent server
            finally:
                sock.close()
