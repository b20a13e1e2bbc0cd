"""Tests of eurefs.lookup_cache: the resolver's lookups in the cache, per language, in batches."""

from __future__ import annotations

from pathlib import Path

from eurefs.cache import Cache
from eurefs.errors import NotFound, OfflineMiss
from eurefs.lookup import lookup_for
from eurefs.lookup_cache import cached, store
from eurefs.models import Document
from eurefs.parsing import parse

BY = "https://publications.europa.eu/webapi/rdf/sparql http://publications.europa.eu/resource"
URI = "http://publications.europa.eu/resource/cellar/3e485e15-11bd-11e6-ba9a-01aa75ed71a1"


def test_found_missing_and_open_lookups_per_language(tmp_path: Path) -> None:
    gdpr, unknown, other = (
        lookup_for(parse(t)) for t in ("32016R0679", "32015R9999", "32014R0001")
    )
    doc = Document(celex="32016R0679", cellar_uri=URI, title="GDPR")
    with Cache(tmp_path) as cache:
        statements: list[str] = []
        cache._db.conn.set_trace_callback(statements.append)
        store(cache, [(gdpr, doc)], [unknown], "en", answered_by=BY)
        assert statements.count("BEGIN IMMEDIATE") == 2  # the documents, then the misses
        assert cache.get("celex:32016R0679@en") == doc
        assert cache.get(f"work:{URI}@en") == doc and cache.get("32016R0679@en") == doc
        assert cache.get_missing(f"celex:32015R9999@en@{BY}") == "not found in Cellar"

        found = cached(cache, [gdpr, unknown, other], "en", offline=False, answered_by=BY)
        assert found["celex:32016R0679"] == doc
        missing = found["celex:32015R9999"]
        assert isinstance(missing, NotFound)
        assert str(missing) == "not found in Cellar (cached)"
        assert "celex:32014R0001" not in found  # to be asked

        offline = cached(cache, [gdpr, other], "en", offline=True, answered_by=BY)
        assert offline["celex:32016R0679"] == doc
        assert isinstance(offline["celex:32014R0001"], OfflineMiss)
        assert (
            cached(cache, [gdpr, unknown], "fr", offline=False, answered_by=BY) == {}
        )  # another language
        # a mirror that lacks a work says nothing of Cellar: the miss is not replayed
        assert cached(cache, [gdpr, unknown], "en", offline=False, answered_by="mirror") == {
            "celex:32016R0679": doc
        }
