"""An act number followed by an author that is no EU author gives no EU act in English,
French, Dutch, Swedish and Danish too, and a number read year first without a domain in
every language with author links (``eurefs/grammar/national_acts.py``, the records'
``national_author_links``, ``eu_author_words``, ``national_author_words``; English
``national_authors_before``).  The EU's own forms on the same lines keep their CELEX."""

from __future__ import annotations

import pytest

import eurefs
from tests.support.extracted import extracted


def _acts(text: str) -> list[tuple[str, str | None]]:
    return extracted(text, "text", "celex", kind="legal_act")


@pytest.mark.parametrize(
    "text",
    [
        # UNCONFIRMED in a text read with these numbers (were 32014R0012): a national
        # central bank or regulator, a municipal council, an agency named after the number
        "Regulation No 12/2014 of the Central Bank of Ireland",
        "Regulation 1/2003 of the Commission for Energy Regulation",
        "règlement n° 12/2014 de la Banque de France",
        "Verordening nr. 12/2014 van de gemeenteraad",
        "Verordening nr. 1/2003 van de Raad van State",
        "förordning nr 12/2014 av Finansinspektionen",
        "forordning nr. 12/2014 af Finanstilsynet",
        # year first without a domain (were 32016D0012, 32016L0679)
        "Decision 2016/12 of the Executive Director",
        "la décision 2016/12 du CSA",
        "décision 2016/12 du Conseil d'État",
        "Richtlinie 2016/679 des Landes Berlin",
        # an agency's board before the type word: EASA's 'Decision n°8/2004' of its
        # Management Board (Council document 11515/04, eumonitor.eu; pages corpus)
        "Management Board Decision 2016/12",
        "EASA Management Board Decision No 8/2004",
        # a national author before the type word: the National Bank of Romania's prudential
        # regulation (bnr.ro/apage.aspx?pid=5397, its English page of draft acts; was
        # 32013R0005), a Romanian Government decision on motor insurance (a chapter on
        # Romanian insurance law, paperzz.com/doc/9009547/17-insurance; was an EU decision
        # without CELEX); a city council's (UNCONFIRMED in a text read; was 32010R0005)
        "the NBR Regulation No. 5/2013 on prudential requirements for credit institutions",
        "Government Decision No. 1194/2000 on certain measures related to compulsory third",
        "Dublin City Council Regulation No 5/2010 on street trading",
        "Cork County Council Regulation No 5/2010",
        # an institution's word before the type word, the national body named in full
        # after the number (the session's brief; UNCONFIRMED in a text read: was 32006R0001)
        "Commission Regulation No 1/2006 of the National Securities Commission",
        "Council Decision No 5/2010 of the City of Dublin",
    ],
)
def test_a_national_or_other_author_makes_no_eu_act(text: str) -> None:
    assert _acts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulation (EEC) No 1408/71 of the Council of 14 June 1971",
            [("Regulation (EEC) No 1408/71", "31971R1408")],
        ),
        (
            "Regulation No 1408/71 of the Council of 14 June 1971",
            [("Regulation No 1408/71", "31971R1408")],
        ),
        (
            "Regulation No 1/2003 of the Council on the implementation",
            [("Regulation No 1/2003", "32003R0001")],
        ),
        ("Decision 2011/753 of the Commission", [("Decision 2011/753", "32011D0753")]),
        ("Directive 2006/112 of the Council", [("Directive 2006/112", "32006L0112")]),
        (
            "Directive 95/46 of the European Parliament and of the Council",
            [("Directive 95/46", "31995L0046")],
        ),
        (
            "Decision No 1386/2013/EU of the European Parliament and of the Council",
            [("Decision No 1386/2013/EU", "32013D1386")],
        ),
        (
            "Regulation (EU) No 1093/2010 of the European Parliament and of the Council",
            [("Regulation (EU) No 1093/2010", "32010R1093")],
        ),
        (
            "Commission Decision 2011/753/EU of 10 November 2011",
            [("Commission Decision 2011/753/EU", "32011D0753")],
        ),
        # a domain makes the act EU whatever follows
        (
            "Regulation (EU) 2016/679 of the Irish Data Protection Commission",
            [("Regulation (EU) 2016/679", "32016R0679")],
        ),
        (
            "Regulation No 2/2014 of the High Representative",
            [("Regulation No 2/2014", "32014R0002")],
        ),
        ("décision 2011/753/UE de la Commission", [("décision 2011/753/UE", "32011D0753")]),
        (
            "règlement n° 1408/71 du Conseil, du 14 juin 1971",
            [("règlement n° 1408/71", "31971R1408")],
        ),
        (
            "directive 95/46 du Parlement européen et du Conseil",
            [("directive 95/46", "31995L0046")],
        ),
        ("règlement n° 1/2003 de la Commission", [("règlement n° 1/2003", "32003R0001")]),
        (
            "Verordnung (EU) 2016/679 des Europäischen Parlaments und des Rates",
            [("Verordnung (EU) 2016/679", "32016R0679")],
        ),
        ("Richtlinie 2006/112 des Rates", [("Richtlinie 2006/112", "32006L0112")]),
        # 'EU', written beside the German domains, is the Union's
        ("Richtlinie 2006/112 der EU", [("Richtlinie 2006/112", "32006L0112")]),
        (
            "Verordening nr. 1408/71 van de Raad van 14 juni 1971",
            [("Verordening nr. 1408/71", "31971R1408")],
        ),
        ("Richtlijn 2006/112 van de Raad", [("Richtlijn 2006/112", "32006L0112")]),
        ("förordning nr 1408/71 av rådet", [("förordning nr 1408/71", "31971R1408")]),
        (
            "förordning nr 1/2003 av Europeiska kommissionen",
            [("förordning nr 1/2003", "32003R0001")],
        ),
        ("forordning nr. 1408/71 af 14. juni 1971", [("forordning nr. 1408/71", "31971R1408")]),
        ("forordning nr. 1408/71 af Rådet", [("forordning nr. 1408/71", "31971R1408")]),
        ("Directiva 2006/112 del Consejo", [("Directiva 2006/112", "32006L0112")]),
        ("direttiva 2006/112 del Consiglio", [("direttiva 2006/112", "32006L0112")]),
        # the EU's authors after words that name no other body keep the CELEX
        (
            "Under Council Regulation No 1/2003 the authorities apply Article 101.",
            [("Council Regulation No 1/2003", "32003R0001")],
        ),
        (
            "the European Union Council Regulation No 1/2003",
            [("Council Regulation No 1/2003", "32003R0001")],
        ),
        (
            "the Government's obligations under Regulation No 1/2003",
            [("Regulation No 1/2003", "32003R0001")],
        ),
        # the EU's institution named again after the number, or its domain there
        (
            "Council Regulation No 1/2003 of the Council",
            [("Council Regulation No 1/2003", "32003R0001")],
        ),
        (
            "Commission Regulation No 1/2006 of the European Commission",
            [("Commission Regulation No 1/2006", "32006R0001")],
        ),
        (
            "Council Regulation No 17/62 of the EEC Council",
            [("Council Regulation No 17/62", "31962R0017")],
        ),
        (
            "Commission Regulation (EC) No 1/2006 of the National Securities Commission",
            [("Commission Regulation (EC) No 1/2006", "32006R0001")],
        ),
    ],
)
def test_eu_authors_keep_the_celex(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Decision No 1/95 of the EC-Turkey Association Council",
        "décision n° 1/95 du Conseil d'association CE-Turquie",
    ],
)
def test_agreement_bodies_stay_read_as_such(text: str) -> None:
    (ref,) = [r for r in eurefs.extract(text) if r.kind == "legal_act"]
    assert ref.celex is None
    assert ref.text == text
