"""Text that others extracted from PDFs and Word files: references through white space and debris.

Every example is from issue 7 (real extractions).  Each must be found with its
span running from its first to its last character of the original text.
"""

from __future__ import annotations

import pytest

import eurefs

# (text, kind, normalized); the reference spans the whole text
WHOLE = [
    ("COM(2021)\n752 final", "com_document", "COM(2021) 752 final"),
    ("COM\n(2021) 752 final", "com_document", "COM(2021) 752 final"),
    ("COM(2021) 752\nfinal", "com_document", "COM(2021) 752 final"),
    ("COM(2021)\u00a0\u00a0752 final", "com_document", "COM(2021) 752 final"),
    ("JOIN \n\n(2021) 32 final", "com_document", "JOIN(2021) 32 final"),
    ("KOM(2012)11endgültig", "com_document", "COM(2012) 11 final"),
    ("COM(2021) 752 \ufb01nal", "com_document", "COM(2021) 752 final"),
    ("OJ L 119,\n4.5.2016, p. 1", "oj", "OJ L 119, 4.5.2016, p. 1"),
    ("OJ L 119,  4.5.2016, p. 1", "oj", "OJ L 119, 4.5.2016, p. 1"),
    ("OJ L 119, 4.5.2016,\np. 1", "oj", "OJ L 119, 4.5.2016, p. 1"),
    ("OJ L 119,\r\n4.5.2016,\r\np. 1", "oj", "OJ L 119, 4.5.2016, p. 1"),
    ("OJ\n\nL\n\n347,\n\n20.12.2013,\n\np.\n\n549", "oj", "OJ L 347, 20.12.2013, p. 549"),
    ("Article\t114 TFEU", "treaty_article", "Article 114 TFEU"),
    ("Articles 101 and\n102 TFEU", "treaty_article", "Articles 101 and 102 TFEU"),
    ("Commission Delegated Regulation (EU)\n\n### 2016/1238", "legal_act",
     "Delegated Regulation (EU) 2016/1238"),
    ("Regulation (EU) No \n182/2011", "legal_act", "Regulation (EU) No 182/2011"),
    ("Directive \n2002/58/EC", "legal_act", "Directive 2002/58/EC"),
    ("Council\n\nRegulation\n\n(EC)\n\nNo\n\n247/2006", "legal_act", "Regulation (EC) No 247/2006"),
    ("Regu\u00ad\nlation (EU) 2016/679", "legal_act", "Regulation (EU) 2016/679"),
    ("Regu-\nlation (EU) 2016/679", "legal_act", "Regulation (EU) 2016/679"),
    ("Verord-\nnung (EU) 2016/679", "legal_act", "Verordnung (EU) 2016/679"),
    ("C\u2011113/14\nP", "case", "C-113/14 P"),
    # a running head of the Official Journal inside the reference
    ("Regulation (EU)\n4.5.2016 L 119/1 EN\n2016/679", "legal_act", "Regulation (EU) 2016/679"),
    ("OJ L 119, 4.5.2016,\n\n4.5.2016 EN Official Journal of the European Union L 119/5\n\np. 1",
     "oj", "OJ L 119, 4.5.2016, p. 1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "normalized"), WHOLE, ids=[w[0][:30] for w in WHOLE])
def test_reference_is_found_whole(text: str, kind: str, normalized: str) -> None:
    (ref,) = eurefs.extract(text)
    assert (ref.kind, ref.normalized) == (kind, normalized)
    assert (ref.start, ref.end, ref.text) == (0, len(text), text)


@pytest.mark.parametrize(("text", "kind", "normalized"), WHOLE, ids=[w[0][:30] for w in WHOLE])
def test_reference_is_found_in_running_text(text: str, kind: str, normalized: str) -> None:
    doc = f"As set out\nin {text}\n\nthe Union acts."
    (ref,) = eurefs.extract(doc)
    assert (ref.kind, ref.normalized, ref.text) == (kind, normalized, text)
    assert doc[ref.start : ref.end] == text


def test_pinpoint_before_a_line_break_is_kept() -> None:
    (ref,) = eurefs.extract("Article 6(1)(a) of\nRegulation (EU) 2016/679")
    assert ref.pinpoint == "Article 6(1)(a)"
    assert ref.text == "Regulation (EU) 2016/679"


def test_list_members_across_line_breaks() -> None:
    text = "Regulations (EU) 2016/679\r\n\r\nand (EU) 2018/1725"
    refs = eurefs.extract(text)
    assert [r.text for r in refs] == ["Regulations (EU) 2016/679", "(EU) 2018/1725"]
    assert [text[r.start : r.end] for r in refs] == [r.text for r in refs]


def test_ligature_inside_a_word_keeps_the_span_on_the_original() -> None:
    text = "see the O\ufb03cial Journal, OJ L 119, 4.5.2016, p. 1, and COM(2021) 752 \ufb01nal."
    refs = eurefs.extract(text)
    assert [r.text for r in refs] == ["OJ L 119, 4.5.2016, p. 1", "COM(2021) 752 \ufb01nal"]


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph break before an optional trailing part does not pull it in
        "COM(2021) 752\n\nFinal remarks",
        "C-113/14\n\nP",
    ],
)
def test_trailing_parts_stay_in_their_paragraph(text: str) -> None:
    (ref,) = eurefs.extract(text)
    assert "\n" not in ref.text
