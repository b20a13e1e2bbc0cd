"""CSL-JSON, checked with two citeproc processors: pandoc --citeproc and citeproc-py."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

from eurefs.export import to_csl, to_csl_json
from eurefs.models.document import Document
from tests.export.conftest import CSL_STYLE, GDPR, GOOGLE_SPAIN
from tests.support.tools import require_executable


def _flat(text: str) -> str:
    # pandoc typesets straight quotes as curly ones
    return " ".join(text.split()).replace("\u201c", '"').replace("\u201d", '"')


def test_fields_for_legislation() -> None:
    (item,) = to_csl([GDPR])
    assert item["type"] == "legislation"
    assert item["issued"] == {"date-parts": [[2016, 4, 27]]}
    assert item["authority"] == "European Parliament, Council of the European Union"
    assert (item["number"], item["container-title"], item["volume"], item["page"]) == (
        "2016/679",
        "OJ L",
        "119",
        "1",
    )
    assert item["URL"] == "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679"
    assert "CELEX: 32016R0679" in item["note"].splitlines()
    assert "ELI: http://data.europa.eu/eli/reg/2016/679/oj" in item["note"].splitlines()


def test_types_for_law(documents: list[Document]) -> None:
    types = {i["id"]: i["type"] for i in to_csl(documents)}
    assert types == {
        "32014R0001": "legislation",
        "52018PC0340": "bill",
        "52021JC0032": "report",
        "32016R0679": "legislation",
        "62012CJ0131": "legal_case",
        "52020DC0066": "report",
        "92019E000123": "document",
    }
    (case,) = to_csl([GOOGLE_SPAIN])
    assert (case["number"], case["authority"]) == ("C-131/12", "Court of Justice")


def test_pandoc_citeproc_renders_every_item(documents: list[Document], tmp_path: Path) -> None:
    pandoc = require_executable("pandoc", "pandoc")
    items = to_csl(documents)
    (tmp_path / "refs.json").write_text(to_csl_json(documents), encoding="utf-8")
    cites = "; ".join(f"@{i['id']}" for i in items)
    (tmp_path / "paper.md").write_text(f"EU law says so [{cites}].\n", encoding="utf-8")
    run = subprocess.run(
        [pandoc, "--citeproc", "--bibliography", "refs.json", "--csl", str(CSL_STYLE),
         "-t", "plain", "paper.md"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "not found" not in run.stderr  # every citation key resolved
    out = _flat(run.stdout)
    for item in items:
        assert _flat(item["title"]) in out
    assert "JOIN(2021) 32 final" in out
    # a judgment's title as Cellar gives it, its parts joined by '#': read as sentences
    assert "13 May 2014. Google Spain SL and Google Inc. v Agencia" in out
    assert "Audiencia Nacional. Personal data" in out
    assert "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679" in out


def test_citeproc_py_renders_every_item(documents: list[Document]) -> None:
    items = to_csl(documents)
    style = CitationStylesStyle(str(CSL_STYLE), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [_flat(str(entry)) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    for item in items:
        assert any(_flat(item["title"]) in entry for entry in rendered), item["id"]
    (gdpr,) = [e for e in rendered if "2016/679" in e]
    assert "(2016)" in gdpr and "OJ L" in gdpr


def test_json_is_valid_and_round_trips(documents: list[Document]) -> None:
    assert json.loads(to_csl_json(documents)) == to_csl(documents)
