"""The subdivisions written before a pinpoint's article (``eurefs.grammar.pinpoint_leads``):
joined by a link word, or (a language with no link words) by a blank alone."""

from __future__ import annotations

import re

import pytest

import eurefs
from eurefs.grammar import pinpoint_leads
from eurefs.languages import BY_CODE


def _leads(lang: str) -> re.Pattern[str]:
    source = pinpoint_leads.source(BY_CODE[lang], r"(?:of|of[ ]the)")
    assert source is not None
    return re.compile(source)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # the GDPR in Slovenian, Article 21(1) (gdpr-text.com): 'točki (e) ali (f) člena 6(1)'
        ("ki temelji na točki (e) ali (f) ", "točki (e) ali (f) "),
        ("v skladu s točko (a) drugega pododstavka ", "točko (a) drugega pododstavka "),
        # no comma between a lead and the article: a paragraph of the citing text
        ("kot v točki 40, ", None),
        # the end of the text before the article: a line break after the blank is no end
        ("na podlagi točke (f) \n", None),
    ],
)
def test_a_declined_lead_takes_no_link_word(text: str, lead: str | None) -> None:
    found = _leads("sl").search(text)
    assert (found.group() if found else None) == lead


def test_what_the_text_before_the_article_ends_in() -> None:
    assert pinpoint_leads.ends(BY_CODE["en"])[0] == "of "
    assert set(pinpoint_leads.ends(BY_CODE["sl"])) == {" ", "\n", "\t", "\u00a0"}
    assert pinpoint_leads.source(BY_CODE["pl"], "(?!)") is None  # (Polish writes none)


@pytest.mark.parametrize(
    ("lang", "before", "passes"),
    [
        ("sl", "na podlagi točke (f) ", True),
        ("sl", "na podlagi drugega pododstavka ", True),
        ("sl", "na podlagi ", False),  # no lead: spared the search
        ("en", "point (a) of ", True),
        ("en", "on the basis of ", False),
    ],
)
def test_the_tail_lets_leads_through_and_turns_the_rest_away(
    lang: str, before: str, passes: bool
) -> None:
    tail = re.compile(pinpoint_leads.tail(BY_CODE[lang]))
    assert (tail.match(before[::-1]) is not None) is passes


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # set in capitals, as a headnote lists the legislation (``grammar/capitals``): the
        # leads were left out, the article alone the pinpoint
        ("ALÍNEA A) DO N.º 1 DO ARTIGO 6.º DO REGULAMENTO (UE) 2016/679",
         "ALÍNEA A) DO N.º 1 DO ARTIGO 6.º"),
        ("PRIMEIRO PARÁGRAFO DO ARTIGO 6.º DO REGULAMENTO (UE) 2016/679",
         "PRIMEIRO PARÁGRAFO DO ARTIGO 6.º"),
        ("POINT (A) OF ARTICLE 6(1) OF REGULATION (EU) 2016/679", "POINT (A) OF ARTICLE 6(1)"),
        ("THE FIRST SUBPARAGRAPH OF ARTICLE 6(1) OF REGULATION (EU) 2016/679",
         "THE FIRST SUBPARAGRAPH OF ARTICLE 6(1)"),
        # unchanged in lower case
        ("alínea a) do n.º 1 do artigo 6.º do Regulamento (UE) 2016/679",
         "alínea a) do n.º 1 do artigo 6.º"),
    ],
)  # fmt: skip
def test_leads_set_in_capitals(text: str, pinpoint: str) -> None:
    (act,) = eurefs.extract(text)
    assert act.pinpoint == pinpoint


# A point numbered by its section, as annexes number theirs: ``Annex IX, point 1.3`` in the
# Court's subject-matter line in C-815/19 Natumi (EUR-Lex 62019CJ0815, English), the same
# point written first in the request's notices on CURIA (Swedish 'punkt 1.3 i bilaga IX
# till förordning (EG) nr 889/2008', Danish 'punkt 1.3 i bilag IX', Slovenian 'točko 1.3
# Priloge IX k Uredbi'); the English lead with it, 'point 1.1 of annex 1 to Law 489/1999'
# (a public repository, found with find_string). The pinpoint was 'Annex IX' alone.
@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        (
            "Article 28, read with point 1.3 of Annex IX to Regulation (EC) No 889/2008",
            "point 1.3 of Annex IX",
        ),
        (
            "points 1.3 and 1.4 of Annex IX to Regulation (EC) No 889/2008",
            "points 1.3 and 1.4 of Annex IX",
        ),
        ("point 2.2.1 of Annex I to Directive 2006/42/EC", "point 2.2.1 of Annex I"),
        # never a date: no part of four figures, no figure after a further dot
        ("point 1.3.2004 of Annex IX to Regulation (EC) No 889/2008", "Annex IX"),
        ("on 1.3.2004 of Regulation (EC) No 889/2008", None),
    ],
)
def test_a_point_numbered_by_its_section(text: str, pinpoint: str | None) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert ref.celex in {"32008R0889", "32006L0042"}
    assert ref.pinpoint == pinpoint


def test_a_national_law_after_a_numbered_point_stays_none() -> None:
    assert eurefs.extract("the ones point 1.1 of annex 1 to Law 489/1999 distinguishes") == []


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [
        # Swedish: a point before its annex, linked by 'i' (the questions referred in
        # C-817/19, EUR-Lex 62019CN0817 SV: was 'bilaga I')
        ("särskilt de uppgifter som avses i punkt 18 i bilaga I till direktiv (EU) 2016/681 "
         "vilka går utöver de uppgifter som avses i artikel 3.2 i direktiv 2004/82/EG",
         "punkt 18 i bilaga I"),
        # ... before an article, and several (UNCONFIRMED in a text read)
        ("enligt punkt 2 i artikel 6 i direktiv (EU) 2016/681 ska", "punkt 2 i artikel 6"),
        ("enligt punkterna 2 och 3 i bilaga II till direktiv (EU) 2016/681 ska",
         "punkterna 2 och 3 i bilaga II"),
    ],
)  # fmt: skip
def test_swedish_points_before_their_annex_or_article(text: str, pinpoint: str) -> None:
    act = next(r for r in eurefs.extract(text) if r.kind == "legal_act")
    assert act.pinpoint == pinpoint


@pytest.mark.parametrize(
    "text",
    [
        # a point of the citing text, not before the article
        "se punkt 5 ovan. Artikel 6 i förordning (EU) 2016/679 gäller.",
        "i punkt 5 i domen, artikel 6 i förordning (EU) 2016/679",
    ],
)
def test_no_swedish_point_of_the_citing_text(text: str) -> None:
    act = next(r for r in eurefs.extract(text) if r.kind == "legal_act")
    assert act.pinpoint is not None and not act.pinpoint.startswith("punkt")


@pytest.mark.parametrize(
    ("text", "celex", "pinpoint"),
    [
        # OVG Niedersachsen 12 LB 165/11 of 16 April 2012 (voris.wolterskluwer-online.de;
        # pages corpus): an annex's point written first, numbered by its section, the annex
        # in the genitive; was no pinpoint
        ("Dabei sei der Stoff gemäß Nr. 1.7.2.1 des Anhangs VI der Richtlinie 67/548/EWG "
         "(Stoffrichtlinie) zu berücksichtigen", "31967L0548", "Nr. 1.7.2.1 des Anhangs VI"),
        ("Nr. 1.3 des Anhangs IX der Verordnung (EG) Nr. 889/2008", "32008R0889",
         "Nr. 1.3 des Anhangs IX"),
        # the annex alone in the genitive (OJ L 254, 26.9.2009, contents, EUR-Lex)
        ("zur Änderung und Ergänzung des Anhangs I der Verordnung (EWG) Nr. 2658/87 über die",
         "31987R2658", "Anhangs I"),
        # ... never a date's: the annex alone, as before
        ("Nr. 1.3.2004 des Anhangs IX der Verordnung (EG) Nr. 889/2008", "32008R0889",
         "Anhangs IX"),
        # an annex without its number: none, as before
        ("zur Änderung des Anhanges der Richtlinie 90/642/EWG", "31990L0642", None),
    ],
)  # fmt: skip
def test_an_annexs_point_written_first(text: str, celex: str, pinpoint: str | None) -> None:
    (ref,) = eurefs.extract(text, kinds="legal_act")
    assert (ref.celex, ref.pinpoint) == (celex, pinpoint)  # type: ignore[attr-defined]
