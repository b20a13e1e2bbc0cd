"""``eurefs extract`` with short forms: on by default, --no-short-forms, --kind, --group."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eurefs.cli import main

TEXT = (
    "Regulation (EU) 2016/679 (‘the GDPR’) applies. Article 5 of the GDPR and that regulation "
    "are cited, as is Directive 95/46/EC.\n"
)


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "judgment.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_short_forms_are_on_by_default_and_can_be_turned_off(
    doc: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(["extract", str(doc)], capsys)
    kinds = [json.loads(line)["kind"] for line in out.splitlines()]
    assert kinds == ["legal_act", "short_form", "short_form", "legal_act"]
    _, out, _ = _run(["extract", "--no-short-forms", str(doc)], capsys)
    assert [json.loads(line)["kind"] for line in out.splitlines()] == ["legal_act", "legal_act"]


def test_kind_short_form_shows_how_and_pinpoint(
    doc: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(["extract", "--kind", "short_form", "--format", "csv", str(doc)], capsys)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["text"], r["how"], r["celex"], r["pinpoint"], r["work"]) for r in rows] == [
        ("GDPR", "defined_term", "32016R0679", "Article 5", "32016R0679"),
        ("that regulation", "anaphor", "32016R0679", "", "32016R0679"),
    ]


def test_kind_short_form_with_no_short_forms_is_a_usage_error(
    doc: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(
        ["extract", "--kind", "short_form", "--no-short-forms", str(doc)], capsys
    )
    assert status == 2 and out == ""
    assert "exclude each other" in err


def test_group_gives_one_record_per_work(doc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["extract", "--group", str(doc), str(doc)], capsys)
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["work"], r["mentions"]) for r in records] == [
        ("32016R0679", 3), ("31995L0046", 1), ("32016R0679", 3), ("31995L0046", 1),
    ]  # fmt: skip
    assert records[0]["doc"] == str(doc)
    spans = records[0]["spans"]
    assert [TEXT[s:e] for s, e in spans] == ["Regulation (EU) 2016/679", "GDPR", "that regulation"]


def test_group_as_a_table_is_one_line_per_work(
    doc: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(["extract", "--group", "--format", "table", str(doc)], capsys)
    lines = out.splitlines()
    assert lines[0].split() == ["work", "label", "kind", "celex", "mentions", "spans"]
    assert len(lines) == 3 and "0-24;" in lines[1]
