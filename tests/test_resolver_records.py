"""One record per input, the same record and message whichever path ran, and trusted answers.

Regression tests for issue 6: an identifier that fails its scheme no longer sinks a
batch, a bare string is not a batch of characters, the notice path and the SPARQL
path give the same record shape and message, and a notice about another work is
refused (and not cached).
"""

from __future__ import annotations

import io
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import responses

import eurefs
from eurefs import Resolver
from eurefs.cellar.http import HttpClient
from eurefs.cli import main
from eurefs.models.references import ComDocumentRef
from tests.support.fake_cellar import SPARQL, FakeCellar, Sleeps, Work

CELLAR = "http://cellar.test/resource"
DATA = Path(__file__).parent / "data" / "cellar"


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def client() -> Iterator[HttpClient]:
    with HttpClient(
        sparql_endpoint=SPARQL, cellar_base=CELLAR, sleep=Sleeps(), max_retries=1,
        rng=random.Random(1),
    ) as http:  # fmt: skip
        yield http


def com_12345() -> ComDocumentRef:
    return ComDocumentRef(
        text="COM(2021) 12345 final", start=0, end=21, normalized="COM(2021) 12345 final",
        doc_type="COM", year=2021, number=12345,
    )  # fmt: skip


@pytest.mark.parametrize("odd", ["COM(2021) 12345 final", com_12345()], ids=["text", "ref"])
def test_an_identifier_outside_its_scheme_costs_one_record_not_the_batch(
    odd: object, rsps: responses.RequestsMock, client: HttpClient
) -> None:
    FakeCellar(ids={"32016R0679": [Work("32016R0679")]}).install(rsps)
    with Resolver(http=client, use_cache=False) as r:
        bad, good = r.resolve_many([odd, "32016R0679"])  # type: ignore[list-item]
    assert bad.error is not None and bad.error.type == "ParseError"
    assert bad.document is None
    assert good.document is not None and good.document.celex == "32016R0679"


def test_an_odd_value_that_reaches_the_batch_fails_only_its_own_inputs(
    rsps: responses.RequestsMock, client: HttpClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a value that gets past the lookup turns into error records, never an escape."""
    from eurefs.cellar import batches

    def broken(values: object) -> str:
        raise eurefs.ParseError("not a valid work_id_document value", "x")

    monkeypatch.setitem(batches.ROUTES, "sameas", broken)
    FakeCellar(ids={"32016R0679": [Work("32016R0679")]}).install(rsps)
    with Resolver(http=client, use_cache=False) as r:
        results = r.resolve_many(["COM(2021) 752 final", "32016R0679"])
    assert [x.error.type if x.error else None for x in results] == ["ParseError", "ParseError"]


@pytest.mark.parametrize("bare", ["32016R0679", b"32016R0679"])
def test_a_bare_string_is_not_a_batch_of_characters(bare: object, client: HttpClient) -> None:
    with Resolver(http=client, use_cache=False) as r, pytest.raises(TypeError, match=r"\[.*\]"):
        r.resolve_many(bare)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        eurefs.resolve_many(bare, http=client, use_cache=False)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["xx", "english", "", "ENGX"])
def test_an_unknown_language_is_a_configuration_error(lang: str) -> None:
    with pytest.raises(eurefs.ConfigurationError, match="unknown language code"):
        Resolver(lang=lang, use_cache=False)


def test_cli_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "--no-cache", "--lang", "xx", "32016R0679"]) == 2
    assert "unknown language code 'xx'" in capsys.readouterr().err


def test_offline_record_has_the_same_shape_on_both_paths(tmp_path: Path) -> None:
    with Resolver(offline=True, cache_dir=tmp_path) as r:
        single = r.resolve_result("32016R0679")
        (batch,) = r.resolve_many(["32016R0679"])
    assert single == batch
    assert single.reference is not None and single.reference.celex == "32016R0679"
    assert single.error is not None
    assert single.error.message == "32016R0679: not in the cache (offline mode)"


def test_cli_offline_record_is_the_same_from_arguments_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["resolve", "--offline", "--cache-dir", str(tmp_path), "--format", "jsonl"]
    assert main([*args, "32016R0679"]) == 1
    from_args = json.loads(capsys.readouterr().out)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"32016R0679\n")))
    assert main([*args, "-"]) == 1
    from_stdin = json.loads(capsys.readouterr().out)
    assert from_args == from_stdin
    assert from_args["reference"]["celex"] == "32016R0679"


def test_not_found_says_the_same_thing_on_both_paths(
    rsps: responses.RequestsMock, client: HttpClient
) -> None:
    FakeCellar(ids={}).install(rsps)
    rsps.get(f"{CELLAR}/ecli/ECLI%3AEU%3AC%3A2014%3A317", status=404)
    with Resolver(http=client, use_cache=False) as r:
        notice_path = r.resolve_result("ECLI:EU:C:2014:317")
        (sparql_path,) = r.resolve_many(["ECLI:EU:C:2014:317"])
        with pytest.raises(eurefs.NotFound) as raised:
            r.resolve("ECLI:EU:C:2014:317")
    assert notice_path == sparql_path
    assert notice_path.error is not None
    assert notice_path.error.message == "ECLI:EU:C:2014:317: not found in Cellar"
    assert str(raised.value) == notice_path.error.message
    assert raised.value.reference == "ECLI:EU:C:2014:317"


def test_error_messages_name_the_input_once(
    rsps: responses.RequestsMock, client: HttpClient
) -> None:
    FakeCellar(ids={}).install(rsps)
    items = ["ECLI:EU:C:2014:317", "C-131/12", "2018/0172(COD)", "Article 6 TEU", "32015R9999"]
    with Resolver(http=client, use_cache=False) as r:
        results = r.resolve_many(items)
    for item, result in zip(items, results, strict=True):
        assert result.error is not None
        assert result.error.message.startswith(f"{item}: "), result.error.message
        assert result.error.message.count(item) == 1, result.error.message


def test_a_notice_about_another_work_is_refused_and_not_cached(
    rsps: responses.RequestsMock, client: HttpClient, tmp_path: Path
) -> None:
    other = (DATA / "notice-branch-52018PC0340.xml").read_bytes()
    rsps.get(f"{CELLAR}/celex/32016R0679", body=other, content_type="application/xml")
    with Resolver(http=client, cache_dir=tmp_path) as r:
        for _ in range(2):
            with pytest.raises(eurefs.ResponseError, match="52018PC0340, not with celex:32016"):
                r.resolve("32016R0679")
        record = r.resolve_result("32016R0679")
    assert record.error is not None and record.error.type == "ResponseError"
    assert client.requests_made == 3  # each call asked again: nothing was cached
    with Resolver(http=client, cache_dir=tmp_path, offline=True) as r:
        with pytest.raises(eurefs.OfflineMiss):
            r.resolve("32016R0679")


def test_a_sparql_answer_about_another_celex_is_refused(
    rsps: responses.RequestsMock, client: HttpClient
) -> None:
    FakeCellar(ids={"32016R0679": [Work("52018PC0340")]}).install(rsps)
    with Resolver(http=client, use_cache=False) as r:
        (result,) = r.resolve_many(["32016R0679"])
    assert result.error is not None and result.error.type == "ResponseError"
    assert "52018PC0340" in result.error.message


def test_the_notice_of_the_work_asked_for_is_accepted(
    rsps: responses.RequestsMock, client: HttpClient
) -> None:
    notice = (DATA / "notice-branch-52018PC0340.xml").read_bytes()
    rsps.get(f"{CELLAR}/celex/52018PC0340", body=notice, content_type="application/xml")
    rsps.get(f"{CELLAR}/comnat/COM_2018_0340_FIN", body=notice, content_type="application/xml")
    with Resolver(http=client, use_cache=False) as r:
        assert r.resolve("52018PC0340").celex == "52018PC0340"
        assert r.resolve("COM(2018) 340 final").celex == "52018PC0340"


def test_a_document_named_only_by_its_celex_alias_is_found_by_that_celex(
    rsps: responses.RequestsMock, client: HttpClient
) -> None:
    """Real tree notices name a dossier's documents by alias (``celex/52015JC0007``)."""
    alias = "http://publications.europa.eu/resource/celex/52015JC0007"
    fake = FakeCellar(
        ids={
            "procedure:2015_64": [Work("52015JC0007", uri=alias)],
            "52015JC0007": [Work("52015JC0007")],
        }
    ).install(rsps)
    with Resolver(http=client, use_cache=False) as r:
        (result,) = r.resolve_many(["2015/0064(NLE)"])
    assert result.document is not None, result.error
    assert result.document.celex == "52015JC0007"
    assert result.document.cellar_uri == Work("52015JC0007").uri
    assert [step for step, _ in fake.queries] == ["step1", "step1", "step2"]
