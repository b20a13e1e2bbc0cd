"""Citation keys as pandoc reads them: ``@key``, ``[@key]`` and ``@{key}``, from CSL-JSON
and from BibTeX, for every kind of item."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from eurefs.export import citation_items, to_bibtex, to_csl_json
from eurefs.export.items import citation_key
from eurefs.models.document import Document
from tests.export.conftest import GDPR, GDPR_CORRIGENDUM, GOOGLE_SPAIN
from tests.support.tools import require_executable


def _cited(bibliography: str, suffix: str, keys: list[str], tmp_path: Path) -> str:
    """What pandoc --citeproc prints of a text citing each key in its three forms."""
    pandoc = require_executable("pandoc", "pandoc")
    (tmp_path / f"refs.{suffix}").write_text(bibliography, encoding="utf-8")
    lines = [f"{k} @{k} says, as [@{k}, p. 1] and @{{{k}}} do." for k in keys]
    (tmp_path / "paper.md").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    run = subprocess.run(
        [pandoc, "--citeproc", "--bibliography", f"refs.{suffix}", "-t", "plain",
         "--wrap=none", "paper.md"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "not found" not in run.stderr, run.stderr  # every key read whole
    return run.stdout


@pytest.mark.parametrize("suffix", ["json", "bib"])
def test_pandoc_reads_every_key_whole(
    documents: list[Document], suffix: str, tmp_path: Path
) -> None:
    # and a judgment known by its ECLI alone, a work known by its Cellar id alone
    by_ecli = GOOGLE_SPAIN.model_copy(update={"celex": None})
    cellar = "http://publications.europa.eu/resource/cellar/91f7f66b-947a-5de1-8527-7aab499c0adc"
    by_cellar = Document(cellar_uri=cellar, title="A work known by its Cellar id")
    docs = [*documents, GDPR_CORRIGENDUM, by_ecli, by_cellar]
    keys = [item.key for item in citation_items(docs)]
    assert "32016R0679R_02_" in keys and "ECLI:EU:C:2014:317" in keys
    assert "91f7f66b-947a-5de1-8527-7aab499c0adc" in keys
    text = to_csl_json(docs) if suffix == "json" else to_bibtex(docs)
    out = _cited(text, suffix, keys, tmp_path)
    cites = out.split("\n\n")[: len(keys)]  # the text; the bibliography follows
    for key, cite in zip(keys, cites, strict=True):
        # each key read whole: no "(32016R0679R?)", no "(02)" left in the text
        assert cite.startswith(f"{key} ") and "?" not in cite and "(02)" not in cite, cite
    # the corrigendum and the act it corrects are two works, cited apart
    (corrigendum,) = [c for c in cites if c.startswith("32016R0679R_02_ ")]
    assert corrigendum.count("Corrigendum to Regulation (EU) 2016/679") == 3
    assert corrigendum.count("2018") == 3


def test_keys_are_unique_and_stable() -> None:
    assert citation_key("32016R0679R(02)") == "32016R0679R_02_"
    assert citation_key("ECLI:EU:C:2014:317") == "ECLI:EU:C:2014:317"
    assert citation_key("02016R0679-20160504") == "02016R0679-20160504"
    first = [i.key for i in citation_items([GDPR, GDPR_CORRIGENDUM])]
    assert first == [i.key for i in citation_items([GDPR, GDPR_CORRIGENDUM])]
    assert first == ["32016R0679", "32016R0679R_02_"]


def test_works_with_no_identifier_are_not_merged_into_one() -> None:
    # (a document built by hand, or from a notice that named no identifier)
    first = Document(title="Guidelines on the application of Article 101 TFEU")
    second = Document(title="Guidelines on vertical restraints")
    keys = [item.key for item in citation_items([first, second, first])]
    assert len(keys) == 2 and len(set(keys)) == 2
    assert keys == [item.key for item in citation_items([first, second])]  # stable
    comnat = Document(identifiers=["comnat:SWD_2021_0123_FIN"], title="Staff working document")
    assert [i.key for i in citation_items([comnat])] == ["comnat:SWD_2021_0123_FIN"]
