"""biblatex output, read back with bibtexparser."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import bibtexparser

from eurefs.export import to_bibtex
from eurefs.export.bibtex import latex_escape
from eurefs.languages.codes import LANGUAGES
from eurefs.models.document import Concept, Document
from tests.export.conftest import GDPR, GDPR_CORRIGENDUM, GOOGLE_SPAIN, HOSTILE
from tests.support.tools import require_executable


def _entries(text: str) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return {e.key: {"ENTRYTYPE": e.entry_type, **{f.key: f.value for f in e.fields}}
            for e in library.entries}  # fmt: skip


def test_bibtexparser_reads_every_entry(documents: list[Document]) -> None:
    entries = _entries(to_bibtex(documents))
    assert {k: e["ENTRYTYPE"] for k, e in entries.items()} == {
        "32014R0001": "legislation",
        "52018PC0340": "legislation",
        "52021JC0032": "report",
        "32016R0679": "legislation",
        "62012CJ0131": "jurisdiction",
        "52020DC0066": "report",
        "92019E000123": "misc",
    }
    proposal = entries["52018PC0340"]
    assert proposal["type"] == "Proposal for a directive"
    assert proposal["number"] == "COM(2018) 340 final"
    assert proposal["date"] == "2018-05-28"
    report = entries["52021JC0032"]
    assert report["institution"] == "European Commission"
    assert report["author"] == "{European Commission}"


def test_legislation_fields() -> None:
    gdpr = _entries(to_bibtex([GDPR]))["32016R0679"]
    assert gdpr["title"].startswith("{Regulation (EU) 2016/679 of the European Parliament")
    assert (gdpr["journaltitle"], gdpr["volume"], gdpr["pages"]) == ("OJ L", "119", "1")
    assert (gdpr["eprinttype"], gdpr["eprint"]) == ("CELEX", "32016R0679")
    assert "ELI: http://data.europa.eu/eli/reg/2016/679/oj" in gdpr["note"].replace("\\_", "_")
    assert gdpr["organization"] == "{European Parliament} and {Council of the European Union}"


def test_special_characters_cannot_break_the_entry() -> None:
    entries = _entries(to_bibtex([HOSTILE]))
    (entry,) = entries.values()
    title = entry["title"]
    assert title.startswith("{A \\{European\\} strategy for data \\& 100\\% of")
    assert "\n" not in title
    assert entry["url"] == "https://example.org/a%20b%7Bc%7D"


def test_escape_helper() -> None:
    assert latex_escape("a_b & {c}") == "a\\_b \\& \\{c\\}"


def test_a_corrigendum_s_key_is_read_whole() -> None:
    (key,) = _entries(to_bibtex([GDPR_CORRIGENDUM]))
    assert key == "32016R0679R_02_"


def test_each_label_is_one_keyword_as_biber_splits_them() -> None:
    labels = ["Saint Helena, Ascension and Tristan da Cunha", "data protection"]
    doc = GDPR.model_copy(update={"eurovoc": [Concept(code="x", label=lb) for lb in labels]})
    (entry,) = _entries(to_bibtex([doc])).values()
    # biber splits an xsv field at its separator (xsvsep, by default \s*,\s*), braces or not
    assert re.split(r"\s*,\s*", entry["keywords"]) == [
        "Saint Helena; Ascension and Tristan da Cunha",
        "data protection",
    ]


def test_a_judgment_s_title_has_no_escaped_hash_between_its_parts() -> None:
    (case,) = _entries(to_bibtex([GOOGLE_SPAIN])).values()
    assert case["ENTRYTYPE"] == "jurisdiction"
    assert case["title"].startswith("{Judgment of the Court (Grand Chamber), 13 May 2014. Google")
    assert "#" not in case["title"]


def test_the_title_s_language_is_the_langid_pandoc_reads(tmp_path: Path) -> None:
    pandoc = require_executable("pandoc", "pandoc")
    # the GDPR's French title, as EUR-Lex gives it
    french = GDPR.model_copy(
        update={
            "title": "Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril "
            "2016 relatif à la protection des personnes physiques à l'égard du traitement des "
            "données à caractère personnel et à la libre circulation de ces données",
            "title_lang": "fr",
        }
    )
    (tmp_path / "refs.bib").write_text(to_bibtex([french, GOOGLE_SPAIN]), encoding="utf-8")
    run = subprocess.run(
        [pandoc, "-f", "biblatex", "-t", "csljson", "refs.bib"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    languages = {item["id"]: item.get("language") for item in json.loads(run.stdout)}
    assert languages == {"32016R0679": "fr-FR", "62012CJ0131": "en-US"}


def test_every_eu_language_has_its_babel_name() -> None:
    entries = []
    for code in LANGUAGES:
        doc = GDPR.model_copy(update={"title_lang": code})
        (entry,) = _entries(to_bibtex([doc])).values()
        entries.append(entry["langid"])
    assert len(set(entries)) == len(LANGUAGES) == 24
    assert all(name.isalpha() and name.islower() for name in entries)
