"""A work with no expression in the language asked for is still found, on both paths alike.

The real object notice of 32014R0001 names its expressions in 23 languages, not Irish
(``celex/32014R0001.EST`` ... ; no ``.GLE``).  A branch notice selects its expression by
``Accept-Language``; the notice server here answers 404 when the work has no expression
in that language (what Cellar answers then is UNCONFIRMED: the brief's premise).  That
404 said nothing of the work, yet the notice path reported it "not found in Cellar",
while the SPARQL path gives the work (its English title as the fallback, where it has one).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import eurefs
from eurefs import Resolver
from eurefs.models import Document
from tests.support.notice_server import NoticeServer

pytestmark = pytest.mark.integration


@pytest.fixture
def languages_checked(cellar_notice_files: list[Path]) -> Iterator[NoticeServer]:
    with NoticeServer.from_files(cellar_notice_files) as server:
        server.missing_language_status = 404
        yield server


def _notices(server: NoticeServer, cache: Path, lang: str) -> Resolver:
    return Resolver(
        sparql_endpoint="http://127.0.0.1:9/unused",
        cellar_base=server.base_url + "/resource",
        lang=lang,
        cache_dir=cache,
    )


def _comparable(doc: Document) -> dict[str, object]:
    return doc.model_dump(exclude={"fetched_at", "reference"})


def test_a_work_missing_in_irish_is_its_english_expression_as_on_the_sparql_path(
    languages_checked: NoticeServer, oxigraph_sparql_url: str, tmp_path: Path
) -> None:
    with _notices(languages_checked, tmp_path, "ga") as single:
        doc = single.resolve("32014R0001")  # was NotFound: not found in Cellar
    assert doc.celex == "32014R0001" and "ga" not in doc.languages and len(doc.languages) == 23
    asked = [(r.accept_language, r.path.rsplit("=", 1)[-1]) for r in languages_checked.requests]
    # Irish (the 303, the 404), then the English expression, its labels still decoded in Irish
    assert asked == [("GLE", "GLE"), ("GLE", "GLE"), ("ENG", "GLE"), ("ENG", "GLE")]
    with Resolver(sparql_endpoint=oxigraph_sparql_url, lang="ga", use_cache=False) as batch:
        (result,) = batch.resolve_many(["32014R0001"])
    assert result.document is not None
    assert _comparable(result.document) == _comparable(doc)


def test_a_work_in_irish_is_asked_for_once(languages_checked: NoticeServer, tmp_path: Path) -> None:
    with _notices(languages_checked, tmp_path, "ga") as single:
        doc = single.resolve("COM(2018) 340 final")  # the proposal has an Irish expression
    assert doc.celex == "52018PC0340"
    assert {r.accept_language for r in languages_checked.requests} == {"GLE"}


def test_a_missing_work_is_not_found_for_that_language_only(
    languages_checked: NoticeServer, tmp_path: Path
) -> None:
    with _notices(languages_checked, tmp_path, "ga") as irish:
        with pytest.raises(eurefs.NotFound):
            irish.resolve("32014R0002")
        with pytest.raises(eurefs.NotFound, match="cached"):
            irish.resolve("32014R0002")
        assert irish.resolve("32014R0001").celex == "32014R0001"
    languages_checked.reset()
    with _notices(languages_checked, tmp_path, "en") as english:
        assert english.resolve("32014R0001").celex == "32014R0001"
        with pytest.raises(eurefs.NotFound) as missing:
            english.resolve("32014R0002")
    assert "cached" not in str(missing.value)  # asked again: the Irish miss is not replayed
    assert languages_checked.request_count == 3  # 32014R0001 (303, notice), 32014R0002
