"""``eurefs resolve``, ``eurefs cache`` and ``eurefs schema`` through ``eurefs.cli.main``.

The SPARQL endpoint and Cellar are mocked with ``responses``: the endpoint answers
every query from the identifiers in its ``VALUES`` block, so the tests exercise the
real query builders and result parsing.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import responses
from requests import PreparedRequest

from eurefs.cli import main

SPARQL = "http://sparql.test/sparql"
CELLAR = "http://cellar.test/resource"
RES = "http://publications.europa.eu/resource"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
ENG = f"{RES}/authority/language/ENG"
KNOWN = {"32016R0679": "General Data Protection Regulation", "32014R0001": "Fisheries, yes"}
_STEP1 = re.compile(r'\("([^"]+)" "[^"]+"\^\^xsd:string\)')
_IRI = re.compile(r"<([^>]+)>")


def _work(celex: str) -> str:
    return f"{RES}/cellar/{uuid.uuid5(uuid.NAMESPACE_URL, celex)}"


_BY_WORK = {_work(c): c for c in KNOWN}


def _answer(request: PreparedRequest) -> tuple[int, dict[str, str], str]:
    body = request.body or ""
    query = parse_qs(body.decode() if isinstance(body, bytes) else body)["query"][0]
    lit = {"type": "literal", "datatype": XSD_STRING}
    rows: list[dict[str, dict[str, str]]] = []
    if "VALUES ?work" in query:
        head = ["work", "key", "val", "aux"]
        values = query.split("VALUES ?work {", 1)[1].split("}", 1)[0]
        for uri in _IRI.findall(values):
            celex = _BY_WORK[uri]
            w = {"type": "uri", "value": uri}
            rows.append(
                {
                    "work": w,
                    "key": {"type": "literal", "value": "celex"},
                    "val": {**lit, "value": celex},
                }
            )
            rows.append(
                {
                    "work": w,
                    "key": {"type": "literal", "value": "title"},
                    "val": {**lit, "value": KNOWN[celex]},
                    "aux": {"type": "uri", "value": ENG},
                }
            )
    else:
        head = ["input", "work"]
        for celex in _STEP1.findall(query):
            if celex in KNOWN:
                rows.append({"input": {"type": "literal", "value": celex},
                             "work": {"type": "uri", "value": _work(celex)}})  # fmt: skip
    payload = {"head": {"vars": head}, "results": {"bindings": rows}}
    return 200, {"Content-Type": "application/sparql-results+json"}, json.dumps(payload)


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[responses.RequestsMock]:
    """The mocked endpoint, named through the environment as a user would."""
    monkeypatch.setenv("EUREFS_SPARQL_ENDPOINT", SPARQL)
    monkeypatch.setenv("EUREFS_CELLAR_BASE", CELLAR)
    monkeypatch.setenv("EUREFS_CACHE_DIR", str(tmp_path / "env-cache"))
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.add_callback(responses.POST, SPARQL, callback=_answer)
        yield rsps


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_exit_0_when_every_reference_resolves(
    service: responses.RequestsMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "letter.txt"
    doc.write_text("See Regulation (EU) 2016/679 and 32014R0001.\n", encoding="utf-8")
    status = main(["resolve", "--from-text", str(doc), "--format", "jsonl", "--no-cache"])
    out, err = capsys.readouterr()
    assert status == 0, err
    records = _jsonl(out)
    assert [r["celex"] for r in records] == ["32016R0679", "32014R0001"]
    assert records[0]["title"] == KNOWN["32016R0679"]
    assert records[0]["input"] == "Regulation (EU) 2016/679"
    assert err == ""
    assert len(service.calls) == 2  # one batched query per step


def test_exit_1_with_error_records_on_stdout_and_lines_on_stderr(
    service: responses.RequestsMock, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "refs.txt"
    doc.write_text("32016R0679 and 32013R9999 and Article 6 TEU\n", encoding="utf-8")
    status = main(["resolve", "--from-text", str(doc), "--format", "jsonl", "--no-cache"])
    out, err = capsys.readouterr()
    assert status == 1
    records = _jsonl(out)
    # a treaty article names no single document: from a text it is listed, not resolved
    assert [r["input"] for r in records] == ["32016R0679", "32013R9999"]
    assert records[0]["celex"] == "32016R0679" and "error" not in records[0]
    assert records[1]["error"]["type"] == "NotFound"  # type: ignore[index]
    lines = err.splitlines()
    assert len(lines) == 2
    assert "not resolved" in lines[0] and "1 treaty_article" in lines[0]
    assert "32013R9999" in lines[1] and "NotFound" in lines[1]
    assert all(line.startswith("eurefs: ") for line in lines)


def test_a_treaty_article_given_explicitly_is_an_error_record(
    service: responses.RequestsMock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Article 6 TEU\n32016R0679\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    status = main(["resolve", "--format", "jsonl", "--no-cache", "-"])
    out, err = capsys.readouterr()
    assert status == 1
    records = _jsonl(out)
    assert records[0]["error"]["type"] == "ResolveError"  # type: ignore[index]
    assert records[1]["celex"] == "32016R0679"
    assert "Article 6 TEU" in err


def test_the_records_of_extract_piped_into_resolve_name_their_works(
    service: responses.RequestsMock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """``eurefs extract doc | eurefs resolve -``, a dataset builder's first try, gave
    'expected exactly one reference in the input, found 6' (or 'input too long') for
    every record: each JSON line was read as a reference.  Now a record stands for its
    ``work``, one result per record in order; an error record of extract, or any other
    JSON, is a ParseError that says it is JSON."""
    doc = tmp_path / "letter.txt"
    doc.write_text(
        "Regulation (EU) 2016/679 (‘the GDPR’) applies; Article 82 of the GDPR and "
        "Article 6 TEU. See 32014R0001.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(doc), str(tmp_path / "missing.txt")]) == 2
    piped = capsys.readouterr().out + '{"note": "mine"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped.encode())))
    status = main(["resolve", "--format", "jsonl", "--no-cache", "-"])
    out, err = capsys.readouterr()
    assert status == 1
    got = [(r["input"], r.get("celex") or r["error"]["type"]) for r in _jsonl(out)]  # type: ignore[index]
    assert got == [
        ("32016R0679", "32016R0679"),  # Regulation (EU) 2016/679
        ("32016R0679", "32016R0679"),  # the GDPR of Article 82
        ("treaty:TEU", "ParseError"),  # names no single document
        ("32014R0001", "32014R0001"),
        (json.dumps({"doc": str(tmp_path / "missing.txt"), "error": "ReadError",
                     "message": f"{tmp_path / 'missing.txt'}: no such file"}), "ParseError"),
        ('{"note": "mine"}', "ParseError"),
    ]  # fmt: skip
    assert "a JSON object, not a reference" in err
    assert len(service.calls) == 2  # the works asked once each, in one batch


def test_csv_with_selected_fields(
    service: responses.RequestsMock, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = tmp_path / "refs.txt"
    doc.write_text("32014R0001, 32016R0679 and 32013R9999", encoding="utf-8")
    argv = ["resolve", "--from-text", str(doc), "--format", "csv", "--fields", "input,celex,title"]
    status = main([*argv, "--no-cache"])
    out, _ = capsys.readouterr()
    assert status == 1
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["input", "celex", "title"]
    assert rows[1] == ["32014R0001", "32014R0001", "Fisheries, yes"]  # comma quoted, read back
    assert rows[2] == ["32016R0679", "32016R0679", KNOWN["32016R0679"]]
    assert rows[3] == ["32013R9999", "", ""]
    assert len(rows) == 4


def test_missing_from_text_file_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.txt"
    status = main(
        ["resolve", "--from-text", str(missing), "--offline", "--cache-dir", str(tmp_path)]
    )
    out, err = capsys.readouterr()
    assert status == 2
    assert out == ""
    assert "no such file" in err and str(missing) in err
    assert len(err.splitlines()) == 1


def test_from_text_with_several_files_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--from-text *.txt``: the other files were references, each a ParseError record."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Regulation (EU) 2016/679\n", encoding="utf-8")
    second.write_text("Directive 95/46/EC\n", encoding="utf-8")
    offline = ["--offline", "--cache-dir", str(tmp_path / "c")]
    status = main(["resolve", *offline, "--from-text", str(first), str(second)])
    out, err = capsys.readouterr()
    assert status == 2
    assert out == ""
    assert f"{second}: a file given with --from-text {first}" in err
    assert len(err.splitlines()) == 1
    # a reference beside --from-text is still resolved with the document's works
    status = main(["resolve", *offline, "--format", "csv", "--from-text", str(first), "32014R0001"])
    out, err = capsys.readouterr()
    assert status == 1  # offline: neither is in the cache
    inputs = [line.split(",", 1)[0] for line in out.splitlines()[1:]]
    assert inputs == ["Regulation (EU) 2016/679", "32014R0001"]


def test_no_references_at_all_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve"]) == 2
    assert "nothing to resolve" in capsys.readouterr().err


def test_schema_prints_the_document_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object"
    assert {"celex", "title"} <= set(schema["properties"])


def test_cache_info_and_clear(
    service: responses.RequestsMock, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    # Fill the cache through a real run, then look at it.
    doc = tmp_path / "refs.txt"
    doc.write_text("32016R0679 32014R0001", encoding="utf-8")
    assert main(["resolve", "--from-text", str(doc), "--cache-dir", str(cache_dir)]) == 0
    capsys.readouterr()
    assert main(["cache", "info", "--cache-dir", str(cache_dir)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert isinstance(info, dict)
    text = json.dumps(info)
    assert str(cache_dir) in text
    calls = len(service.calls)
    # Served from the cache now: no request.
    assert main(["resolve", "--from-text", str(doc), "--cache-dir", str(cache_dir)]) == 0
    capsys.readouterr()
    assert len(service.calls) == calls
    assert main(["cache", "clear", "--cache-dir", str(cache_dir)]) == 0
    assert "cache cleared" in capsys.readouterr().err
    # After clearing, offline has nothing to answer with.
    status = main(["resolve", "--offline", "--from-text", str(doc), "--cache-dir", str(cache_dir)])
    out, err = capsys.readouterr()
    assert status == 1
    assert {r["error"]["type"] for r in _jsonl(out)} == {"OfflineMiss"}  # type: ignore[index]
    assert err.splitlines() == [  # one line per cause, with the count
        "eurefs: 2 inputs failed: OfflineMiss: not in the cache (offline mode)"
        " ('32016R0679', '32014R0001')"
    ]
    assert len(service.calls) == calls


def test_offline_miss_is_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with responses.RequestsMock() as rsps:  # any request would fail the test
        status = main(["resolve", "--offline", "--cache-dir", str(tmp_path), "--format", "jsonl",
                       "32016R0679"])  # fmt: skip
        assert len(rsps.calls) == 0
    out, err = capsys.readouterr()
    assert status == 1
    (record,) = _jsonl(out)
    assert record["input"] == "32016R0679"
    assert record["error"]["type"] == "OfflineMiss"  # type: ignore[index]
    assert "OfflineMiss" in err


def test_from_text_resolves_each_work_once_with_its_mentions(
    service: responses.RequestsMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "judgment.txt"
    doc.write_text(
        "Regulation (EU) 2016/679 (‘the GDPR’) applies. Article 82 of the GDPR gives a "
        "right; Article 83 of that regulation sets fines. See also 32016R0679 and 32014R0001.\n",
        encoding="utf-8",
    )
    status = main(["resolve", "--from-text", str(doc), "--format", "jsonl", "--no-cache"])
    out, err = capsys.readouterr()
    assert status == 0, err
    records = _jsonl(out)
    assert [(r["celex"], r["mentions"]) for r in records] == [("32016R0679", 4), ("32014R0001", 1)]
    assert records[0]["input"] == "Regulation (EU) 2016/679"  # the full reference stands for it
    assert len(service.calls) == 2  # one batched query per step, each work asked once


def test_from_text_mentions_can_be_picked_with_fields(
    service: responses.RequestsMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The default columns of ``--from-text`` end with ``mentions``, but ``--fields
    input,celex,mentions`` was a usage error: "unknown field(s) 'mentions'"."""
    doc = tmp_path / "letter.txt"
    doc.write_text("Regulation (EU) 2016/679 and 32016R0679; 32014R0001.\n", encoding="utf-8")
    args = ["resolve", "--from-text", str(doc), "--format", "csv", "--no-cache"]
    status = main([*args, "--fields", "input,celex,mentions"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.splitlines() == [
        "input,celex,mentions",
        "Regulation (EU) 2016/679,32016R0679,2",
        "32014R0001,32014R0001,1",
    ]
    # without --from-text there is nothing to count: said, not an empty column
    status = main(["resolve", "--no-cache", "--fields", "input,mentions", "32014R0001"])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err == (
        "eurefs: error: --fields mentions: the count of a work's mentions needs --from-text FILE\n"
    )


@pytest.mark.parametrize("command", [["resolve", "32014R0001"], ["report", "--resolve"]])
def test_offline_with_no_cache_is_a_usage_error(
    command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--offline`` answers from the cache and ``--no-cache`` neither reads nor writes it:
    given both, ``eurefs resolve --offline --no-cache 32014R0001`` answered from the cache
    with exit 0, as if --no-cache had not been given."""
    args = [*command, "--offline", "--no-cache", "--cache-dir", str(tmp_path)]
    if command[0] == "report":
        text = tmp_path / "letter.txt"
        text.write_text("See Commission Delegated Regulation (EU) No 1/2014.", encoding="utf-8")
        args += [str(text), "-o", str(tmp_path / "r.html")]
    status = main(args)
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert "--offline" in err and "--no-cache" in err and len(err.splitlines()) == 1
