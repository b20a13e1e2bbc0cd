"""Shared fixtures: loopback SPARQL servers (oxigraph, Virtuoso 7) and a local notice server.

See ``tests/support/servers.py`` and ``tests/support/notice_server.py`` for the details.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Make ``tests.support`` importable under plain ``pytest`` too (rootdir is not on sys.path).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eurefs.models import prototypes
from tests.support import hypothesis_profiles
from tests.support.cdm_triples import notices_to_ntriples
from tests.support.notice_server import NoticeServer
from tests.support.servers import (
    CELLAR_DATA_DIR,
    OxigraphServer,
    installed_executable,
    notice_files,
    rdf_tree_files,
    rdfxml_to_ntriples,
    started_or_failed,
    virtuoso_serving,
)

# The grammar makes references, and the commands write them, without pydantic's
# validators and serialisers (start-up, issue 10): in the tests every model made so is
# also validated, and every record written so compared with ``model_dump``'s.
prototypes.VALIDATE = True

# Before any test module makes its settings: the same draws at every run unless hunting
# (tests/support/hypothesis_profiles.py).
hypothesis_profiles.load()


@pytest.fixture(scope="session")
def cellar_notice_files() -> list[Path]:
    """The real (and derived) Cellar XML notices in ``tests/data/cellar/``."""
    files = notice_files(CELLAR_DATA_DIR)
    if not files:
        pytest.fail(f"no Cellar NOTICE xml files in {CELLAR_DATA_DIR}")
    return files


@pytest.fixture(scope="session")
def cdm_ntriples_file(
    cellar_notice_files: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """N-Triples of all notices (derived CDM triples) and of the real RDF tree notices."""
    text = notices_to_ntriples(f.read_bytes() for f in cellar_notice_files)
    oxigraph = installed_executable("oxigraph", "oxigraph")
    text += rdfxml_to_ntriples(rdf_tree_files(), oxigraph)
    path = tmp_path_factory.mktemp("cdm") / "cellar.nt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def oxigraph_sparql_url(
    cdm_ntriples_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """SPARQL query URL (``http://127.0.0.1:<port>/query``) of a loaded oxigraph server."""
    binary = installed_executable("oxigraph", "oxigraph")
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"), binary)
    started_or_failed(server, lambda: server.start(cdm_ntriples_file))
    with server:
        yield server.query_url


@pytest.fixture(scope="session")
def virtuoso_sparql_url(
    cdm_ntriples_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """``/sparql`` URL of a Virtuoso 7 on 127.0.0.1 loaded with the same triples."""
    with virtuoso_serving(cdm_ntriples_file, tmp_path_factory.mktemp("virtuoso")) as url:
        yield url


@pytest.fixture(scope="session")
def notice_server_session(cellar_notice_files: list[Path]) -> Iterator[NoticeServer]:
    with NoticeServer.from_files(cellar_notice_files) as server:
        yield server


@pytest.fixture
def notice_server(notice_server_session: NoticeServer) -> NoticeServer:
    """The session's notice server with an empty request log and no latency."""
    notice_server_session.reset()
    notice_server_session.latency_s = 0.0
    return notice_server_session
