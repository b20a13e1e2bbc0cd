# ruff: noqa: E501
"""Golden French and German examples: text -> expected fields of the single reference found."""

from __future__ import annotations

from typing import Any

import pytest

import eurefs

Example = tuple[str, dict[str, Any]]

EXAMPLES: list[Example] = [
    # legal acts
    ("règlement (UE) 2016/679", {"kind": "legal_act", "lang": "fr", "celex": "32016R0679",
                                 "normalized": "règlement (UE) 2016/679"}),
    ("Règlement (CE) nº 45/2001", {"lang": "fr", "celex": "32001R0045",
                                   "normalized": "règlement (CE) no 45/2001"}),
    ("RÈGLEMENT (UE) n° 1095/2010", {"celex": "32010R1095", "normalized": "règlement (UE) no 1095/2010"}),
    ("directive 93/104/CE", {"lang": "fr", "celex": "31993L0104", "domain": "CE"}),
    ("décision no 716/2009/CE", {"celex": "32009D0716", "normalized": "décision no 716/2009/CE"}),
    ("décision-cadre 2002/584/JAI", {"act_type": "framework_decision", "celex": "32002F0584"}),
    ("recommandation 2009/384/CE", {"act_type": "recommendation", "celex": "32009H0384"}),
    ("règlement délégué (UE) 2017/565", {"subtype": "delegated", "celex": "32017R0565",
                                         "normalized": "règlement délégué (UE) 2017/565"}),
    ("décision d’exécution (UE) 2019/1234", {"subtype": "implementing", "celex": "32019D1234",
                                             "normalized": "décision d'exécution (UE) 2019/1234"}),
    ("Verordnung (EU) 2016/679", {"lang": "de", "celex": "32016R0679"}),
    ("Verordnung (EWG) Nr. 3922/91", {"celex": "31991R3922", "normalized": "Verordnung (EWG) Nr. 3922/91"}),
    ("Richtlinie 95/46/EG", {"lang": "de", "celex": "31995L0046"}),
    ("Beschlusses Nr. 1105/2011/EU", {"celex": "32011D1105", "normalized": "Beschluss Nr. 1105/2011/EU"}),
    ("Entscheidung 2007/533/JI", {"celex": "32007D0533", "normalized": "Entscheidung 2007/533/JI"}),
    ("Rahmenbeschlusses 2008/977/JI", {"act_type": "framework_decision", "celex": "32008F0977",
                                       "normalized": "Rahmenbeschluss 2008/977/JI"}),
    ("Durchführungsverordnung (EU) 2015/1998", {"subtype": "implementing", "celex": "32015R1998",
                                                "normalized": "Durchführungsverordnung (EU) 2015/1998"}),
    ("Delegierte Verordnung (EU) 2019/980", {"subtype": "delegated", "lang": "de"}),
    ("Gemeinsame Maßnahme 98/699/JI", {"act_type": "joint_action", "celex": "31998F0699"}),
    # acts cited by date only
    ("Rahmenbeschluss des Rates vom 26. Juni 2001", {"kind": "legal_act", "celex": None, "number": None,
                                                     "normalized": "Rahmenbeschluss vom 26. Juni 2001"}),
    ("Gemeinsamen Maßnahme vom 17. Dezember 1996",
     {"act_type": "joint_action", "normalized": "Gemeinsame Maßnahme vom 17. Dezember 1996"}),
    ("décision-cadre du Conseil du 13 juin 2002",
     {"lang": "fr", "normalized": "décision-cadre du 13 juin 2002", "celex": None}),
    # Official Journal
    ("JO L 302 du 17.11.2009, p. 32", {"kind": "oj", "lang": "fr", "issue": "302", "page": 32}),
    ("ABl. L 124 vom 20.5.2003, S. 36", {"kind": "oj", "lang": "de", "page": 36}),
    ("ABl. L 344 vom 15. 12. 1997, S. 7", {"normalized": "ABl. L 344 vom 15. 12. 1997, S. 7"}),
    ("JO L 167, p. 10", {"kind": "oj", "series": "L", "issue": "167", "page": 10}),
    ("ABl. L 333, 9.12.1998, p.1", {"kind": "oj", "lang": "de"}),
    # treaty articles
    ("article 267 TFUE", {"kind": "treaty_article", "lang": "fr", "treaty": "TFEU",
                          "normalized": "article 267 TFUE"}),
    ("Art. 267 AEUV", {"lang": "de", "normalized": "Artikel 267 AEUV"}),
    ("article 288, troisième alinéa, TFUE", {"treaty": "TFEU"}),
    ("Art. 191 Abs. 1 und 2 AEUV", {"normalized": "Artikel 191 Abs. 1 und 2 AEUV"}),
    ("articles 101 et 102 TFUE", {"articles": ["101", "102"]}),
    ("article 114 du traité sur le fonctionnement de l’Union européenne",
     {"normalized": "article 114 TFUE"}),
    ("Artikels 114 des Vertrags über die Arbeitsweise der Europäischen Union",
     {"normalized": "Artikel 114 AEUV"}),
    ("Artikel K.3 des Vertrags über die Europäische Union", {"normalized": "Artikel K.3 EUV", "treaty": "EU"}),
    ("Artikel 17 Absatz 1 EG-Vertrag", {"normalized": "Artikel 17 Absatz 1 EG", "treaty": "EC"}),
    # COM documents and cases
    ("KOM(2008) 815 endg.", {"kind": "com_document", "normalized": "COM(2008) 815 final", "lang": "de"}),
    ("C‑302/10", {"kind": "case", "normalized": "C-302/10"}),
]  # fmt: skip

#: (text, expected (text, normalized, celex) of every reference found)
IN_CONTEXT: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("modifiant les directives 2003/41/CE et 2009/65/CE ainsi que les règlements (CE) no 1060/2009 "
     "et (UE) no 1095/2010",
     [("directives 2003/41/CE", "directive 2003/41/CE", "32003L0041"),
      ("2009/65/CE", "directive 2009/65/CE", "32009L0065"),
      ("règlements (CE) no 1060/2009", "règlement (CE) no 1060/2009", "32009R1060"),
      ("(UE) no 1095/2010", "règlement (UE) no 1095/2010", "32010R1095")]),
    ("die Richtlinien 2006/48/EG und 2006/49/EG des Rates",
     [("Richtlinien 2006/48/EG", "Richtlinie 2006/48/EG", "32006L0048"),
      ("2006/49/EG", "Richtlinie 2006/49/EG", "32006L0049")]),
    ("la directive 2009/65/CE du Parlement européen et du Conseil du 13 juillet 2009",
     [("directive 2009/65/CE", "directive 2009/65/CE", "32009L0065")]),
    ("les directives du Parlement européen et du Conseil 2009/65/CE et 2011/61/UE",
     [("2009/65/CE", "directive 2009/65/CE", "32009L0065"),
      ("2011/61/UE", "directive 2011/61/UE", "32011L0061")]),
    ("la directive 2001/29 énonce", [("directive 2001/29", "directive 2001/29", "32001L0029")]),
    ("vu le traité sur le fonctionnement de l’Union européenne, et notamment son article 53, "
     "paragraphe 1,", [("article 53, paragraphe 1", "article 53, paragraphe 1 TFUE", None)]),
    ("gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf die "
     "Artikel 16 und 114,", [("Artikel 16 und 114", "Artikel 16 und 114 AEUV", None)]),
    ("unter Hinweis auf die Gemeinsamen Maßnahmen vom 5. Dezember 1997 betreffend die Schaffung "
     "eines Mechanismus sowie vom 19. März 1998 über ein Programm",
     [("Gemeinsamen Maßnahmen vom 5. Dezember 1997", "Gemeinsame Maßnahme vom 5. Dezember 1997", None),
      ("vom 19. März 1998", "Gemeinsame Maßnahme vom 19. März 1998", None)]),
    ("GEMEINSAME MAßNAHME\nvom 3. Dezember 1998 betreffend Geldwäsche\n(98/699/JI)",
     [("98/699/JI", "Gemeinsame Maßnahme 98/699/JI", "31998F0699")]),
    ("dans l’affaire C‑302/10, au titre de l’article 267 TFUE",
     [("C‑302/10", "C-302/10", None), ("article 267 TFUE", "article 267 TFUE", None)]),
    ("affaires jointes C-397/01 à C-403/01",
     [("C-397/01", "C-397/01", None), ("C-403/01", "C-403/01", None)]),
    # the second number of a range without its court letter (Estonian judgments)
    ("liidetud kohtuasjades C-378/07-380/07: Angelidaki",
     [("C-378/07", "C-378/07", None), ("380/07", "C-380/07", None)]),
    ("cases T-1/99 – 3/99", [("T-1/99", "T-1/99", None), ("3/99", "T-3/99", None)]),
    ("la proposition de la Commission COM(2012) 350 final",
     [("COM(2012) 350 final", "COM(2012) 350 final", "52012PC0350")]),
    ("die Mitteilung der Kommission KOM(2009) 200 endg.",
     [("KOM(2009) 200 endg.", "COM(2009) 200 final", "52009DC0200")]),
]  # fmt: skip

NEGATIVES: list[str] = [
    "décision du Conseil du 23 juillet 2014",  # a procedural step
    "l’article 18, paragraphe 1, points a), b) ou c), de la",  # an article of a secondary act
    "Artikel 3 Nummer 10 der",
    "ABl. C […] vom […], S. […]",
    "la Recommandation no 4 du GAFI",
    "par rapport à l’article 5",
    "GEMEINSAME MAßNAHME vom 3. Dezember 1998",  # a title
    "Slg. 2009, I-1721",
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_example_alone(text: str, expected: dict[str, Any]) -> None:
    refs = eurefs.extract(text)
    assert len(refs) == 1, refs
    ref = refs[0]
    assert (ref.start, ref.end, ref.text) == (0, len(text), text)
    dumped = ref.model_dump()
    for field, value in expected.items():
        assert dumped[field] == value, (field, dumped[field])
    if ref.kind in ("legal_act", "oj", "treaty_article") and "lang" not in expected:
        assert ref.lang in ("fr", "de")


@pytest.mark.parametrize(("text", "expected"), IN_CONTEXT, ids=[e[0][:40] for e in IN_CONTEXT])
def test_in_context(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    refs = eurefs.extract(text)
    assert [(r.text, r.normalized, r.celex) for r in refs] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    assert eurefs.extract(text) == []
