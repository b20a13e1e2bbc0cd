"""German 'sowie' ('as well as') between article numbers and before a further paragraph of
the same article (the de record's ``article_conjunctions``, as Swedish 'samt'): a pinpoint
before an act goes on across it."""

from __future__ import annotations

import pytest

import eurefs


def test_a_further_paragraph_after_sowie() -> None:
    # the Data Protection Implementation Act of Saxony-Anhalt (DSAG LSA), § 23, as
    # datenbuddy.de reproduces it (pages corpus): the pinpoint was None
    text = (
        "Im Anwendungsbereich des § 25 findet Artikel 58 Abs. 1 Buchst. b, c, e und f sowie "
        "Abs. 2 Buchst. c bis j der Verordnung (EU) 2016/679 keine Anwendung."
    )
    (act,) = eurefs.extract(text, kinds="legal_act")
    assert (act.text, act.celex) == ("Verordnung (EU) 2016/679", "32016R0679")
    expected = "Artikel 58 Abs. 1 Buchst. b, c, e und f sowie Abs. 2 Buchst. c bis j"
    assert act.pinpoint == expected  # type: ignore[attr-defined]


def test_treaty_articles_joined_by_sowie() -> None:
    (ref,) = eurefs.extract("Art. 101 sowie 102 AEUV", kinds="treaty_article")
    assert (ref.normalized, ref.articles) == ("Artikel 101 sowie 102 AEUV", ["101", "102"])
    assert eurefs.parse(ref.normalized).normalized == ref.normalized


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # a number of something else after 'sowie' joins nothing
        ("nach Art. 5 sowie 6 Monate nach der Verordnung (EU) 2016/679", None),
        ("Art. 5 der Verordnung (EU) 2016/679 sowie 2 Wochen später", "Art. 5"),
    ],
)
def test_sowie_before_other_numbers_joins_nothing(text: str, pinpoint: str | None) -> None:
    (act,) = eurefs.extract(text, kinds="legal_act")
    assert act.pinpoint == pinpoint  # type: ignore[attr-defined]
