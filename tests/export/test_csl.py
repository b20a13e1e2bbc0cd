"""CSL-JSON, checked with two citeproc processors: pandoc --citeproc and citeproc-py."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

from eurefs.export import to_csl, to_csl_json
from eurefs.models.document import Concept, Document
from tests.export.conftest import CSL_STYLE, GDPR, GOOGLE_SPAIN
from tests.support.tools import require_executable


def _flat(text: str) -> str:
    # pandoc typesets straight quotes as curly ones
    return " ".join(text.split()).replace("\u201c", '"').replace("\u201d", '"')


def _written(item: dict[str, Any]) -> str:
    """An item's title as a processor prints it: without the markup that protects it."""
    title: str = item["title"]
    assert title.startswith(NOCASE) and title.endswith("</span>")
    return _flat(title[len(NOCASE) : -len("</span>")])


NOCASE = '<span class="nocase">'


def _pandoc(tmp_path: Path, items: list[dict[str, Any]], *style: str) -> str:
    """What ``pandoc --citeproc`` prints for a text citing every item (``style``: the
    ``--csl`` option, or none for pandoc's own default style, Chicago author-date)."""
    pandoc = require_executable("pandoc", "pandoc")
    (tmp_path / "refs.json").write_text(json.dumps(items), encoding="utf-8")
    cites = "; ".join(f"@{i['id']}" for i in items)
    (tmp_path / "paper.md").write_text(f"EU law says so [{cites}].\n", encoding="utf-8")
    run = subprocess.run(
        [pandoc, "--citeproc", "--bibliography", "refs.json", *style, "-t", "plain",
         "paper.md"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "not found" not in run.stderr  # every citation key resolved
    return _flat(run.stdout)


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
    items = to_csl(documents)
    out = _pandoc(tmp_path, items, "--csl", str(CSL_STYLE))
    for item in items:
        assert _written(item) in out
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
        assert any(_written(item) in entry for entry in rendered), item["id"]
    assert not any("<span" in entry or "nocase" in entry for entry in rendered)
    (gdpr,) = [e for e in rendered if "2016/679" in e]
    assert "(2016)" in gdpr and "OJ L" in gdpr


def test_a_style_s_title_case_leaves_official_titles_as_written(
    documents: list[Document], tmp_path: Path
) -> None:
    # pandoc's default style (Chicago author-date) title-cases an English title: the
    # GDPR's "on the protection of natural persons" became "on the Protection of Natural
    # Persons", the JOIN's "state-sponsored" "State-Sponsored"
    out = _pandoc(tmp_path, to_csl(documents))
    assert "of 27 April 2016 on the protection of natural persons with regard to the " in out
    assert "Responding to state-sponsored instrumentalisation of migrants at the EU " in out
    assert "Question for written answer E-000123/2019 to the Commission" in out
    assert "nocase" not in out


def test_each_label_is_one_keyword_as_pandoc_joins_them(tmp_path: Path) -> None:
    labels = ["Saint Helena, Ascension and Tristan da Cunha", "data protection"]
    doc = GDPR.model_copy(update={"eurovoc": [Concept(code="x", label=lb) for lb in labels]})
    (item,) = to_csl([doc])
    # pandoc writes a biblatex entry's keywords into CSL's ``keyword`` joined by ", ":
    # a consumer splits them there
    assert item["keyword"].split(", ") == [
        "Saint Helena; Ascension and Tristan da Cunha",
        "data protection",
    ]


def test_json_is_valid_and_round_trips(documents: list[Document]) -> None:
    assert json.loads(to_csl_json(documents)) == to_csl(documents)
