"""RIS output, read back with rispy."""

from __future__ import annotations

import rispy

from eurefs.export import to_ris
from eurefs.models.document import Document
from tests.export.conftest import GDPR, GOOGLE_SPAIN, HOSTILE


def test_rispy_reads_every_record(documents: list[Document]) -> None:
    records = rispy.loads(to_ris(documents))
    assert [(r["id"], r["type_of_reference"]) for r in records] == [
        ("32014R0001", "STAT"),
        ("52018PC0340", "BILL"),
        ("52021JC0032", "RPRT"),
        ("32016R0679", "STAT"),
        ("62012CJ0131", "CASE"),
        ("52020DC0066", "RPRT"),
        ("92019E000123", "GEN"),
    ]


def test_statute_fields() -> None:
    (gdpr,) = rispy.loads(to_ris([GDPR]))
    assert gdpr["title"].startswith("Regulation (EU) 2016/679 of the European Parliament")
    assert gdpr["authors"] == ["European Parliament", "Council of the European Union"]
    assert (gdpr["date"], gdpr["year"]) == ("2016/04/27", "2016")
    assert (gdpr["secondary_title"], gdpr["volume"], gdpr["start_page"]) == ("OJ L", "119", "1")
    assert gdpr["note"] == "2016/679"
    assert gdpr["notes"] == [
        "CELEX: 32016R0679",
        "ELI: http://data.europa.eu/eli/reg/2016/679/oj",
        "Official Journal: OJ L 119, 4.5.2016, p. 1",
    ]
    assert gdpr["urls"] == ["https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679"]


def test_a_line_break_in_a_title_cannot_start_a_new_tag() -> None:
    records = rispy.loads(to_ris([HOSTILE, GDPR]))
    assert len(records) == 2
    assert records[0]["title"].endswith("\\end ER - TY - GEN")
    assert records[0]["type_of_reference"] == "RPRT"


def test_a_judgment_s_title_has_no_hash_between_its_parts() -> None:
    (case,) = rispy.loads(to_ris([GOOGLE_SPAIN]))
    assert case["title"].startswith("Judgment of the Court (Grand Chamber), 13 May 2014. Google")
    assert "#" not in case["title"] and case["title"].endswith(". Case C-131/12.")
