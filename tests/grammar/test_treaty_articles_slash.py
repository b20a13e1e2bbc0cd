"""A slash between article numbers, as German writing has it: two articles of one treaty
(``Art. 101/102 AEUV``: articles 101 and 102, one list, ``treaty_article_patterns._ITEM``),
or the same article in the EC Treaty's and the TFEU's numbering, the old and the new number
side by side (``Art. 249 EG/288 AEUV``): the article after the slash a reference of its own
to its treaty (``treaty_article_patterns.SAME_TREATY``, ``treaty_articles._other_treaty``)."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _articles(text: str) -> list[tuple[str, str, str | None]]:
    return extracted(text, "text", "normalized", "treaty")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Riesenhuber, 'Rechtsakte der EG (sonstige Rechtsakte)', Handwörterbuch des
        # Europäischen Privatrechts 2009 (hwb-eup2009.mpipriv.de; pages corpus); the TFEU's
        # article was missed
        ("Neben Verordnung und Richtlinie begegnen im EG-Vertrag und in der "
         "Gemeinschaftsrechtspraxis weitere Rechtsakte. Art. 249 EG/288 AEUV nennt als weitere "
         "Handlungsformen Entscheidungen, Empfehlungen und Stellungnahmen.",
         [("Art. 249 EG", "Artikel 249 EG", "EC"), ("288 AEUV", "Artikel 288 AEUV", "TFEU")]),
        ("Die Entscheidung ist ein an individuell bestimmte oder bestimmbare Adressaten "
         "gerichteter, verbindlicher Rechtsakt zur Regelung eines Einzelfalls (Art. 249(4) "
         "EG/288(4) AEUV).",
         [("Art. 249(4) EG", "Artikel 249(4) EG", "EC"),
          ("288(4) AEUV", "Artikel 288(4) AEUV", "TFEU")]),
    ],
)  # fmt: skip
def test_the_article_after_the_slash_is_its_treatys(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _articles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # notes on competition law in public repositories (ids 54492881577, 55207323882;
        # find_string, where 'Art. 101/102 AEUV' is frequent); each was nothing
        ("Art. 1 Abs. 6 DMA: DMA gilt unbeschadet der Anwendung von Art. 101/102 AEUV und "
         "nationaler Wettbewerbsvorschriften.",
         [("Art. 101/102 AEUV", "Artikel 101/102 AEUV", ("101", "102"))]),
        ("Anwendungsbereich: nationales Recht (GWB), EU-Recht (Art. 101/102 AEUV — "
         "Zwischenstaatlichkeitsklausel)",
         [("Art. 101/102 AEUV", "Artikel 101/102 AEUV", ("101", "102"))]),
    ],
)  # fmt: skip
def test_two_articles_of_one_treaty_apart_by_a_slash(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    found = [r for r in eurefs.extract(text) if r.kind == "treaty_article"]
    assert [(r.text, r.normalized, tuple(r.articles)) for r in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after the slash, no treaty after it
        ("nach Art. 6 EUV/2016 wurde", [("Art. 6 EUV", "Artikel 6 EUV", "TEU")]),
        # a year after a slash before the treaty: no article's number
        ("nach Art. 3/2016 AEUV", []),
        # a count after the slash, no treaty after it
        ("nach Art. 4 EUV/27 Mitgliedstaaten", [("Art. 4 EUV", "Artikel 4 EUV", "TEU")]),
    ],
)
def test_no_article_after_a_slash_without_its_treaty(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _articles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lecture's slides on the action for annulment ('19 controllo giur 1
        # annullamento', it.scribd.com; pages corpus): the TFEU's article was missed
        ("Il ricorso per annullamento degli atti delle istituzioni\n"
         "(art. 230 CE - 263 TFUE: con modifiche))",
         [("art. 230 CE", "articolo 230 CE", "EC"), ("263 TFUE", "articolo 263 TFUE", "TFEU")]),
        ("h Atti definitivi\nƛ esclusione atti intermedi procedura (ma cfr. art. 88.3 CE – "
         "108.3 TFUE: apertura indagine formale aiuti Stato)",
         [("art. 88.3 CE", "articolo 88.3 CE", "EC"),
          ("108.3 TFUE", "articolo 108.3 TFUE", "TFEU")]),
    ],
)  # fmt: skip
def test_the_article_after_a_dash_is_its_treatys(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _articles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same treaty after the dash: no member of the list (a range, or a keyword line)
        ("art. 101 TFUE – 106 TFUE", [("art. 101 TFUE", "TFEU")]),
        # a count after the dash
        ("Article 18 TFEU - 2 EU Member States", [("Article 18 TFEU", "TFEU")]),
    ],
)
def test_no_further_article_after_a_dash_of_the_same_treaty(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(r.text, r.treaty) for r in eurefs.extract(text)] == expected
