"""Golden examples per family: (text, expected fields of the single reference found).

They double as documentation of what each family accepts (docs/recognition.md
points here).  ``text`` of the reference is the whole input unless ``_span`` is given.
"""

from __future__ import annotations

from typing import Any

Example = tuple[str, dict[str, Any]]

COM_DOCUMENTS: list[Example] = [
    ("COM(2021) 752 final", {"normalized": "COM(2021) 752 final", "celex": None,
                             "celex_candidates": ["52021PC0752", "52021DC0752"],
                             "cellar_ids": ["comnat:COM_2021_0752_FIN"]}),
    ("JOIN (2021) 32 final", {"normalized": "JOIN(2021) 32 final", "celex": "52021JC0032"}),
    ("COM (2025) 553 FINAL", {"normalized": "COM(2025) 553 final"}),
    ("COM(2025) 75final", {"normalized": "COM(2025) 75 final"}),
    ("COM/2023/200 final", {"normalized": "COM(2023) 200 final"}),
    ("COM:2024:380:FIN", {"normalized": "COM(2024) 380 final"}),
    ("COM(2020)0221", {"normalized": "COM(2020) 221 final", "number": 221}),
    ("COM(97) 558 final", {"year": 1997, "celex_candidates": ["51997PC0558", "51997DC0558"]}),
    ("C (22) 4755", {"normalized": "C(2022) 4755 final", "celex": None, "celex_candidates": []}),
    ("C(2021) 1234 final", {"doc_type": "C", "cellar_ids": []}),
    ("SWD(2020) 207 final", {"celex": "52020SC0207"}),
    ("SEC(2011) 1234 final", {"celex": "52011SC1234"}),
    ("COM(2021) 752 final/2", {"normalized": "COM(2021) 752 final/2", "version": 2}),
]  # fmt: skip

LEGAL_ACTS: list[Example] = [
    ("Regulation (EU) 2016/679", {"celex": "32016R0679", "act_type": "regulation", "year": 2016,
                                  "number": "679", "domain": "EU", "eli": None}),
    ("Directive 95/46/EC", {"celex": "31995L0046", "eli": "http://data.europa.eu/eli/dir/1995/46/oj"}),
    ("Regulation (EC) No 1049/2001", {"celex": "32001R1049", "number_first": True}),
    ("Regulation (EEC) No 1408/71", {"celex": "31971R1408"}),
    ("Regulation (EU) No 1308/2013", {"celex": "32013R1308"}),
    ("Regulation 2016/679", {"celex": "32016R0679", "normalized": "Regulation 2016/679"}),
    ("Reg. (EU) 1308/2013", {"celex": "32013R1308", "normalized": "Regulation (EU) 1308/2013"}),
    ("Regulation (EC) No. 45/2001", {"celex": "32001R0045", "normalized": "Regulation (EC) No 45/2001"}),
    ("Commission Delegated Regulation (EU) 2019/980",
     {"celex": "32019R0980", "subtype": "delegated", "author": "Commission",
      "normalized": "Delegated Regulation (EU) 2019/980",
      "eli": "http://data.europa.eu/eli/reg_del/2019/980/oj"}),
    ("Council Framework Decision 2002/584/JHA", {"celex": "32002F0584", "act_type": "framework_decision"}),
    ("Council Decision (CFSP) 2021/1030", {"celex": "32021D1030", "domain": "CFSP"}),
    ("Decision No 768/2008/EC", {"celex": "32008D0768", "number_first": True}),
    ("Commission Recommendation 2003/361/EC", {"celex": "32003H0361"}),
    ("COMMISSION IMPLEMENTING REGULATION (EU) NO 29/2012",
     {"celex": "32012R0029", "normalized": "Implementing Regulation (EU) No 29/2012",
      "subtype": "implementing"}),
    ("Regulation (EC, Euratom) No 1101/2008", {"celex": "32008R1101", "domain": "EC, Euratom"}),
    ("Directive 95/46", {"celex": "31995L0046", "normalized": "Directive 95/46"}),
    ("Regulation (EC) No 2006/2004", {"celex": "32004R2006"}),
    ("Regulation 2006/2004", {"celex": "32004R2006"}),
    ("regulation (EU) 2021/2115", {"celex": "32021R2115"}),
    # acts cited by date only: no number, no CELEX
    ("Commission Recommendation of 6 May 2003",
     {"normalized": "Commission Recommendation of 6 May 2003", "celex": None, "author": "Commission", "number": None}),
    ("Council Framework Decision of 13 June 2002", {"act_type": "framework_decision", "celex": None}),
    # a stray "No" before a year-first number (seen in the German AI Act proposal)
    ("Regulation (EU) No 2018/858", {"celex": "32018R0858", "year": 2018, "number": "858"}),
    ("Regulation (EC) N° 1049/2001", {"celex": "32001R1049", "normalized": "Regulation (EC) No 1049/2001"}),
    ("Council Common Position 2008/944/CFSP", {"celex": "32008E0944", "act_type": "common_position"}),
    # EUR-Lex files it under the ECB's number (ECB/2014/60): 32014O0060, not 32015O0510
    ("ECB Guideline (EU) 2015/510", {"celex": None, "author": "ECB"}),
    ("Guideline ECB/2011/14", {"celex": "32011O0014", "normalized": "Guideline ECB/2011/14"}),
]  # fmt: skip

OJ: list[Example] = [
    ("OJ L 119, 4.5.2016, p. 1", {"series": "L", "issue": "119", "page": 1,
                                  "cellar_ids": ["uriserv:OJ.L_.2016.119.01.0001.01"]}),
    ("OJ 2016 L 119, p. 1", {"series": "L", "year": 2016, "page": 1}),
    ("OJ 2016, L 119, p. 1", {"year": 2016}),
    ("OJ L, 2024/1689, 12.7.2024", {"act_number": "2024/1689", "cellar_ids": ["oj:L_202401689"]}),
    ("OJ C 48 A, 24.2.2005", {"issue": "48 A", "page": None}),
    ("OJ L 119, 4.5.2016, p. 1–88", {"last_page": 88, "normalized": "OJ L 119, 4.5.2016, p. 1-88"}),
    ("OJ 106, 30.10.1962, p. 2553/62", {"series": None, "page": 2553}),
    ("OJ L\n\n347, 20.12.2013, p. 671", {"normalized": "OJ L 347, 20.12.2013, p. 671"}),
    ("OJ L 2024/1689, 12.7.2024", {"act_number": "2024/1689", "series": "L"}),
    # OSCOLA (UK law-library guides, e.g. uwl.libguides.com/oscola/eu): the year in
    # brackets, series and issue written together, issue/first page
    ("[2003] OJ L295/1", {"series": "L", "issue": "295", "page": 1, "year": 2003,
                          "cellar_ids": ["uriserv:OJ.L_.2003.295.01.0001.01"]}),
    ("[2008] OJ C115/13", {"series": "C", "issue": "115", "page": 13, "year": 2008}),
    ("OJ 2016 L 119/1", {"year": 2016, "issue": "119", "page": 1,
                         "cellar_ids": ["uriserv:OJ.L_.2016.119.01.0001.01"]}),
]  # fmt: skip

CELEX: list[Example] = [
    ("32016R0679", {"celex": "32016R0679", "sector": "3", "descriptor": "R"}),
    ("52021PC0752", {"celex": "52021PC0752"}),
    ("62012CJ0131", {"descriptor": "CJ"}),
    ("02016R0679-20160504", {"celex": "02016R0679-20160504"}),
    ("32023H0120(01)", {"celex": "32023H0120(01)"}),
]

ELI: list[Example] = [
    ("http://data.europa.eu/eli/reg/2016/679/oj", {"celex": "32016R0679"}),
    ("https://eur-lex.europa.eu/eli/reg/1984/2059/oj/eng",
     {"normalized": "http://data.europa.eu/eli/reg/1984/2059/oj", "celex": "31984R2059"}),
    ("http://data.europa.eu/eli/reg_del/2016/1238/oj", {"celex": "32016R1238", "typedoc": "reg_del"}),
    ("http://data.europa.eu/eli/dir/2019/904/oj", {"celex": "32019L0904"}),
]  # fmt: skip

ECLI: list[Example] = [
    ("ECLI:EU:C:2014:317", {"normalized": "ECLI:EU:C:2014:317", "court": "C", "year": 2014}),
    ("EU:C:2023:370", {"normalized": "ECLI:EU:C:2023:370"}),
    ("EU:T:2019:1", {"court": "T"}),
    ("ECLI:NL:HR:2019:1234", {"country": "NL", "cellar_ids": []}),
]

CASES: list[Example] = [
    ("C-131/12", {"normalized": "C-131/12", "court": "C", "year": 2012, "number": 131}),
    ("C\u2011311/18", {"normalized": "C-311/18"}),
    ("T-604/18", {"court": "T", "year": 2018}),
    ("C-107/23 P", {"normalized": "C-107/23 P", "suffix": "P"}),
]

PROCEDURES: list[Example] = [
    ("2021/0401(NLE)", {"normalized": "2021/0401(NLE)", "procedure_type": "NLE"}),
    ("2020/0279 (COD)", {"normalized": "2020/0279(COD)"}),
    ("2016/0400A(COD)", {"number": "0400A"}),
    ("2018/0172/COD", {"normalized": "2018/0172(COD)", "cellar_ids": ["procedure:2018_172"]}),
]

TREATY_ARTICLES: list[Example] = [
    ("Article 78(3) TFEU", {"treaty": "TFEU", "articles": ["78(3)"]}),
    ("Article 267 TFEU", {"normalized": "Article 267 TFEU"}),
    ("Articles 101 and 102 TFEU", {"articles": ["101", "102"]}),
    ("Article 4(2) TEU", {"treaty": "TEU"}),
    ("Article 43(3) of the Treaty on the Functioning of the European Union",
     {"treaty": "TFEU", "normalized": "Article 43(3) TFEU"}),
    ("Article 234 EC", {"treaty": "EC"}),
    ("Article 288 of the TFEU", {"normalized": "Article 288 TFEU"}),
    ("Article 101(1) and (3) TFEU", {"articles": ["101(1)", "101(3)"]}),
    ("Article 263, fourth paragraph, TFEU", {"normalized": "Article 263, fourth paragraph TFEU"}),
    # lower case and without dots, as legal writing has them (law-course notes, OSCOLA)
    ("art. 101 TFEU", {"normalized": "Article 101 TFEU", "lang": "en"}),
    ("article 101 TFEU", {"normalized": "Article 101 TFEU"}),
    ("arts 101 and 102 TFEU", {"normalized": "Articles 101 and 102 TFEU", "articles": ["101", "102"]}),
]  # fmt: skip

ALL: dict[str, list[Example]] = {
    "com_document": COM_DOCUMENTS,
    "legal_act": LEGAL_ACTS,
    "oj": OJ,
    "celex": CELEX,
    "eli": ELI,
    "ecli": ECLI,
    "case": CASES,
    "procedure": PROCEDURES,
    "treaty_article": TREATY_ARTICLES,
}

#: Texts in which nothing may be found.
NEGATIVES: list[str] = [
    "Regulation (EU) …/…",
    "Regulation (EU) .../... [NRPF Regulation]",
    "the 2019/20 school year",
    "Council document ST 7639/22 and 7639/22 + ADD 1",
    "EUCO 13/20",
    "Law No 2016-1321 of 7 October 2016",
    "CN code 0302 11 80",
    "phone 2016/679 and 12/34",
    "Article 5(1) of the Charter",
    "XCOM(2021) 752",
    "C (2) 3",
    "the COM port",
    "OJ Simpson",
    "31.2.2016",
    "Case 131/12 is not a pre-1989 case",
    "Articles 7 and 8 of the Charter",
    "Regulation No 17",
    "the decision of 4 May 2005 was annulled",
    "Decision of 30 February 2010",
]
