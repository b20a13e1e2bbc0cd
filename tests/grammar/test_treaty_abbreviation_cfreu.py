"""The Charter of Fundamental Rights abbreviated 'CFREU' after an article's number, as
English legal writing also has it beside 'CFR'.

M. Safjan, President of Chamber at the Court of Justice, 'A Union of Effective Judicial
Protection', a lecture at King's College London, February 2014 (as vdocument.in copies it;
pages corpus): its Charter articles were nothing.
"""

from __future__ import annotations

import eurefs

LECTURE = (
    "A Union of Effective Judicial Protection Addressing a multi-level challenge through the "
    "lens of Article 47 CFREU\n\nOn the one hand, Article\n19(1)(2) TEU has inscribed the "
    "Member States’ duty to provide effective judicial remedies\ninto the Treaty. On the "
    "other, Article 47 CFREU has become formally binding.\n\nI would contend that through "
    "the interaction of Articles 47 CFREU and 19(1)(2) TEU a\nUnion of effective judicial "
    "protection emerges."
)


def test_the_charters_articles() -> None:
    found = [
        (r.text, r.normalized, r.treaty)  # type: ignore[attr-defined]
        for r in eurefs.extract(LECTURE)
        if r.kind == "treaty_article"
    ]
    assert found == [
        ("Article 47 CFREU", "Article 47 CFR", "CFR"),
        ("Article\n19(1)(2) TEU", "Article 19(1)(2) TEU", "TEU"),
        ("Article 47 CFREU", "Article 47 CFR", "CFR"),
        ("Articles 47 CFREU", "Article 47 CFR", "CFR"),
        ("19(1)(2) TEU", "Article 19(1)(2) TEU", "TEU"),
    ]
