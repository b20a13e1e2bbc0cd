"""The subdivisions written before a treaty article (``the fourth paragraph of Article 263
TFEU``): in the article's span and its normal form, as written (``grammar/treaty_leads``);
they were left out, the paragraph lost."""

from __future__ import annotations

import pytest

import eurefs


def _articles(text: str) -> list[tuple[str, str, list[str]]]:
    refs = eurefs.extract(text, kinds="treaty_article")
    return [(r.text, r.normalized, list(r.articles)) for r in refs]  # type: ignore[union-attr]


# The judgment in C-3/16 Aquino, paragraph 1 (ECLI:EU:C:2017:209, curia.europa.eu, EN; pages
# corpus)
AQUINO = (
    "1        This request for a preliminary ruling concerns the interpretation of the third"
    " paragraph of Article 267 TFEU and the second paragraph of Article 47 and Article 52(3)"
    " of the Charter of Fundamental Rights of the European Union (‘the Charter’)."
)
# The abstract of an article on the notion of 'regulatory act' in the Court's case-law
# (rivisteweb.it, doi 10.12829/76324; pages corpus)
INUIT = (
    "In this judgment the Court held that the meaning of 'regulatory act' for the purposes of"
    " the fourth paragraph of Article 263 TFEU must be understood as covering all acts of"
    " general application apart from legislative acts."
)


def test_the_paragraph_before_the_article() -> None:
    assert _articles(INUIT) == [
        ("the fourth paragraph of Article 263 TFEU", "the fourth paragraph of Article 263 TFEU",
         ["263"]),
    ]  # fmt: skip
    # (the normal form parses back)
    assert eurefs.parse("the fourth paragraph of Article 263 TFEU").articles == ["263"]  # type: ignore[union-attr]


def test_a_list_keeps_the_lead_out() -> None:
    # the lead is the first article's alone: before a list the normal form (``Articles 47 and
    # 52(3)``) would give it to every article, so the list is read as before
    assert _articles(AQUINO) == [
        ("the third paragraph of Article 267 TFEU", "the third paragraph of Article 267 TFEU",
         ["267"]),
        ("Article 47 and Article 52(3) of the Charter of Fundamental Rights of the European Union",
         "Articles 47 and 52(3) CFR", ["47", "52(3)"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leads of the pinpoints before acts (``pinpoints.leads``, ordinal subdivisions)
        ("point (b) of the first paragraph of Article 267 TFEU",
         "point (b) of the first paragraph of Article 267 TFEU"),
        ("under the second subparagraph of Article 19(1) TEU,",
         "the second subparagraph of Article 19(1) TEU"),
        ("the fourth paragraph of Article 263 of the Treaty on the Functioning of the European"
         " Union", "the fourth paragraph of Article 263 TFEU"),
        # no lead: as before
        ("paragraph 5 of Article 263 TFEU", "Article 263 TFEU"),
        ("the meaning of Article 263 TFEU", "Article 263 TFEU"),
    ],
)  # fmt: skip
def test_leads_as_acts_have_them(text: str, expected: str) -> None:
    assert [n for _, n, _ in _articles(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the summary of the judgment in C-106/19 and C-232/19 (ECLI:EU:C:2022:568,
        # curia.europa.eu, Maltese; pages corpus)
        ("(ir-raba’ paragrafu tal-Artikolu 263 TFUE; Regolament 2018/1718)",
         "raba’ paragrafu tal-Artikolu 263 TFUE"),
        # the judgment in C-282/10 (tests/data/corpus-mt): the article glued to the preposition
        ("u, b’hekk, tikkonforma ruħha mat-tielet paragrafu tal-Artikolu 288 TFUE. Dan l-obbligu",
         "tielet paragrafu tal-Artikolu 288 TFUE"),
    ],
)  # fmt: skip
def test_maltese_glued_leads(text: str, expected: str) -> None:
    # the ordinal's article (and preposition) glued to it stays out, as before the article word
    assert [(t, n) for t, n, _ in _articles(text)] == [(expected, expected)]
    assert eurefs.parse(expected).normalized == expected


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # the EuroParl2021 translation memory (app.glosbe.com, tmem 632859736812290274): the
        # subparagraph in the locative, no link word; the lead was left out
        ("Shora uvedené lze shrnout tak, že třetí alternativa obsažená ve čtvrtém pododstavci"
         " článku 263 SFEU byla do Smlouvy začleněna", "čtvrtém pododstavci článku 263 SFEU",
         "čtvrtém pododstavci článek 263 SFEU"),
        # the Opinion of AG Mengozzi in C-88/14 (EUR-Lex 62014CC0088, CS; pages corpus): the
        # genitive
        ("podle odst. 1 prvního pododstavce článku 290 SFEU", "prvního pododstavce článku 290 SFEU",
         "prvního pododstavce článek 290 SFEU"),
    ],
)  # fmt: skip
def test_czech_declined_ordinal_leads(text: str, span: str, normalized: str) -> None:
    assert _articles(text) == [(span, normalized, [normalized.rsplit(" ", 2)[1]])]
    assert eurefs.parse(normalized).normalized == normalized
