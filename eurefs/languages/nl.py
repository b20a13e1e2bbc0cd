# ruff: noqa: E501
"""Dutch."""

from __future__ import annotations

from eurefs.languages._ecb_sources import ECB_NUMBERS
from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    DEFINITIONS,
    SUBDIVISION_WORDS,
)
from eurefs.languages._treaty_sources import EAEC_ECSC
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import Language, Treaty, frozen

_ISG = "Interinstitutioneel Redactiehandboek (https://style-guide.europa.eu/nl), deel een"
_DEV = "development text tests/data/corpus-nl"

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    ecb_prefixes=('ECB',),
    ecb_authors=('van de Europese Centrale Bank', 'van de ECB'),
    sources=frozen({"ecb_prefixes": ECB_NUMBERS["nl"],
        "treaties (EAEC, ECSC)": EAEC_ECSC["nl"],
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, nl) and its short form; the abbreviation after an article number (Handvest) from legal writing, UNCONFIRMED in a text read for this project",
        "court_reports": COURT_REPORTS["nl"],
        "act_pinpoint_links": ACT_PINPOINTS["nl"],
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["nl"],
        "agreement_body_before, agreement_body_after": AGREEMENT_BODIES["nl"],
        "definitions": DEFINITIONS["nl"],
        "anaphor_determiners (voormelde), pinpoint_patterns": "Belgian Dutch writing: 'Artikel 6, b), van de voormelde richtlijn' (reported from a Belgian judgment kept aside to check the work); voormelde is the Belgian synonym of voornoemde (aforementioned); the point's letter after a comma without onder, UNCONFIRMED beyond that text",
        "back_references": 'anaphors: deze richtlijn (8 times) in the development text tests/data/corpus-nl N01 (judgment C-282/10); legislative markers: the enacting formula and closing formula of acts (Interinstitutioneel Redactiehandboek); aliases without quotation marks after hierna: a letter of the Dutch government to parliament (Kamerstuk 31 579, nr. 26: "richtlijn 2006/123/EC (hierna: Dienstenrichtlijn)") and judgments of the Raad van State ("(hierna: de AP)", ECLI:NL:RVS:2021:2511)',
        "act_types, subtypes, compound_prefixes, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Verwijzingen naar besluiten; official texts on EUR-Lex; {_DEV}",
        "oj_journals (Publicatieblad)": "EUR-Lex's header of the acts before 2004 (its former text view): 'Publicatieblad Nr. L 113 van 30/04/1992 blz. 0013 - 0018' (Council Directive 92/28/EEC, EUR-Lex 31992L0028, NL)",
        "oj_journals (PbEU)": "Dutch national legal writing abbreviates the journal PbEU, the year before the series, issue/page: 'tot intrekking van Verordening (EEG) nr. 295/91, PbEU 2004, L 46/1' (the Advocate General's conclusion before the Hoge Raad's judgment CPG 12/00512, ECLI:NL:PHR:2012:BW5520, as inview.nl prints it)",
        "oj_journals, oj_pages, date_words, months": f"{_ISG}, 3.1 Verwijzingen naar het Publicatieblad; {_DEV}",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Visum, 3.2.3 Verwijzingen naar onderdelen van een besluit; {_DEV}; enacting formula of acts before 2009: Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, inzonderheid op artikel 100 / en met name op artikel 133 (EUR-Lex 32006L0067, 32008R0717); pinpoint_words punten (the plural of punt, as for lid/leden) UNCONFIRMED in a text read for this project; ordinal_nouns lid, leden: Dutch national texts number a paragraph by an ordinal before lid (artikel 19, derde lid, van het Verdrag; artikel 6, eerste lid, onder a), EU texts write lid 3: the ordinal form UNCONFIRMED in a text read for this project",
        "case_words": f"judgments of the Court of Justice in Dutch; {_DEV}",
    }),
    act_types={
        "regulation": ("Verordening", "Verordeningen"),
        "directive": ("Richtlijn", "Richtlijnen"),
        "decision": ("Besluit", "Besluiten", "Beschikking", "Beschikkingen"),
        "framework_decision": ("Kaderbesluit", "Kaderbesluiten"),
        "recommendation": ("Aanbeveling", "Aanbevelingen"),
        "joint_action": ("Gemeenschappelijk Optreden",),
        "common_position": ("Gemeenschappelijk Standpunt", "Gemeenschappelijke Standpunten"),
        "common_strategy": ("Gemeenschappelijke Strategie",),
        "guideline": ("Richtsnoer", "Richtsnoeren"),
    },
    # ``Beschikking`` (decisions before 2009) keeps its own name
    type_word_overrides=frozen({"beschikking": "Beschikking", "beschikkingen": "Beschikking"}),
    author_phrases=("van het Europees Parlement en de Raad", "van de Raad", "van de Commissie",
                    "van de Europese Centrale Bank", "van de ECB"),
    legislator_forms=("van het Europees Parlement en de Raad",),
    subtypes_before=frozen({"Gedelegeerde": "delegated"}),
    compound_prefixes=frozen({"Uitvoerings": "implementing"}),
    subtype_forms=frozen({"delegated": "Gedelegeerde {word}", "implementing": "Uitvoerings{lower}"}),
    number_markers=("nr.", "Nr."),
    number_marker="nr.",
    list_conjunctions=("en", "of", "alsmede", "alsook"),
    domains=frozen({"EU": "EU", "EG": "EG", "EEG": "EEG", "EGKS": "EGKS", "GBVB": "GBVB",
                    "JBZ": "JBZ", "Euratom": "Euratom"}),
    jha_domains=("JBZ",),
    ecsc_domains=("EGKS",),
    domain_eras=frozen({"EU": "EU", "EG": "EC", "EEG": "EEC", "EGKS": "ECSC", "GBVB": "CFSP", "JBZ": "JHA", "Euratom": "Euratom"}),
    hint_words=("de", "het", "een", "van", "en", "in", "op", "te", "voor", "met", "door", "dat",
                "die", "bij", "aan", "tot", "om", "is", "zijn", "deze", "bedoeld", "krachtens",
                "overeenkomstig"),
    # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
    agreement_body_after=r"(?i:[ ]van[ ](?:de|het)[ ])(?P<body>(?i:Gemengd[ ]Comité(?:[ ]van[ ]de[ ]EER)?|EER-Comité|(?:Stabilisatie-[ ]en[ ])?Associatieraad|Samenwerkingsraad|Partnerschapsraad|EER-Raad|Associatiecomité)(?:[ ]?[A-Z]{2,5}(?:[-–]|[ ]en[ ])[A-Z]\w{1,20})?)(?![\w-])",
    # A body on no list: any comité (``Handelscomité``); a raad only joined to its parties
    # (``ACS-EG-Raad``) or gemengd/gezamenlijk (``van de Raad`` alone is the EU's, as is the
    # EU-Raad).
    agreement_body_any_after=r"(?i:[ ]van[ ](?:de|het)[ ])(?!(?i:EU|EG|EEG)[-–](?i:raad)\b)(?P<body>(?:[A-Z]{2,6}[-–](?:[A-Z]\w{1,20}[-–])?)?(?:(?i:gemengde?|gezamenlijke?)[ ](?:[^\W\d_]{2,30}[ ])?(?i:comité|raad)|[^\W\d_]{0,30}?(?i:comité)|(?<=[-–])(?i:raad))(?:[ ](?:(?i:van[ ]ministers|van[ ]ambassadeurs)|[A-Z]{2,6}(?:[-–][A-Z]\w{1,20}){1,2})){0,2})(?![\w-])",
    date_words=("van",),
    months=(("januari",), ("februari",), ("maart",), ("april",), ("mei",), ("juni",), ("juli",),
            ("augustus",), ("september",), ("oktober",), ("november",), ("december",)),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj_journals=("PB", "PbEU", "Publicatieblad"),
    oj_qualifiers=("EG", "EU"),
    oj_pages=("blz.", "p."),
    treaties={
        "TFEU": Treaty("VWEU", ("VWEU",), ("Verdrag betreffende de werking van de Europese Unie",)),
        "TEU": Treaty("VEU", ("VEU", "EU-Verdrag"), ("Verdrag betreffende de Europese Unie", "EU-Verdrag")),
        "EC": Treaty("EG", ("EG", "EG-Verdrag"), ("EG-Verdrag", "Verdrag tot oprichting van de Europese Gemeenschap")),
        "EEC": Treaty("EEG", ("EEG", "EEG-Verdrag"),
                      ("EEG-Verdrag", "Verdrag tot oprichting van de Europese Economische Gemeenschap")),
        "EAEC": Treaty("van het Euratom-verdrag", ("Euratom-verdrag",), ("Euratom-verdrag", "Verdrag tot oprichting van de Europese Gemeenschap voor Atoomenergie")),
        "ECSC": Treaty("van het Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal", ("Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal",), ("Verdrag tot oprichting van de Europese Gemeenschap voor Kolen en Staal",)),
        "CFR": Treaty("Handvest", ("Handvest",), ("Handvest van de grondrechten van de Europese Unie", "Handvest van de grondrechten")),
    },
    treaty_prepositions=("van het", "van"),
    article_words=frozen({"artikel": "artikel", "artikelen": "artikelen", "Artikel": "artikel",
                          "Artikelen": "artikelen", "ARTIKEL": "artikel", "art.": "artikel"}),
    article_conjunctions=("en", "of", "tot", "tot en met"),
    article_range_words=("tot", "tot en met"),
    act_pinpoint_links=("van", "van de", "van het"),
    pinpoint_words=("lid", "leden", "onder", "punt", "punten", "sub", "alinea", "volzin"),
    # a point without its word, as Belgian texts write it: ``artikel 6, b), van``
    pinpoint_patterns=(r"[a-z]\)",),
    ordinals=("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "laatste"),
    ordinal_nouns=("lid", "leden", "alinea", "volzin", "streepje", "zin", "alinea's", "alinea’s", "volzinnen",
                   "streepjes", "zinnen"),
    enacting_intros=("Gezien het", "gezien het", "Gelet op het", "gelet op het"),
    enacting_leads=(r"en[ ]met[ ]name(?:[ ]op)?", r"inzonderheid(?:[ ]op)?"),
    case_words=("zaak", "zaken", "Zaak", "Zaken"),
    court_reports=("Jurispr.",),
    joined_words=("gevoegde",),
    opinion_words=("advies",),
    com_final_words=("def.", "definitief", "final"),
    proposal_words=(r"\bvoorstel",),
    communication_words=(r"\bmededeling", r"\bverslag", r"\bwitboek", r"\bgroenboek",
                         r"\bactieplan", r"\bstrategie\b"),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("of",),
        definition_closings=("genoemd",),
        articles=("de", "De", "het", "Het"),
        title_starts=("betreffende", "inzake", "tot wijziging van", "tot vaststelling van",
                      "tot intrekking van", "tot", "houdende", "met betrekking tot", "over",
                      "ter", "op", "voor"),
        in_title_before=("tot wijziging van", "tot intrekking van", "en", "of"),
        title_dates=(r"van \d{1,2} \w+ \d{4}",),
        anaphor_determiners=("genoemde", "voornoemde", "voormelde", "deze", "Deze"),
        # "deze richtlijn" is "that directive" in a judgment, "this Directive" in an act
        self_determiners=("deze", "Deze"),
        legislative_markers=(
            "HEBBEN DE VOLGENDE", "HEEFT DE VOLGENDE", "Overwegende hetgeen volgt",
            "Voor de toepassing van deze", "is verbindend in al haar onderdelen",
            "\nArtikel 1\n", "\nArtikel 2\n",
        ),
        definition_intros=("hierna",),
        unquoted_aliases=True,
    ),
    examples=(
        ("Verordening (EG) nr. 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "Verordening (EG) nr. 1049/2001"}),
        ("richtlijn 2001/29/EG", {"kind": "legal_act", "celex": "32001L0029", "normalized": "Richtlijn 2001/29/EG"}),
        ("Gedelegeerde Verordening (EU) 2019/980", {"kind": "legal_act", "subtype": "delegated", "celex": "32019R0980"}),
        ("Uitvoeringsverordening (EU) 2019/1234", {"kind": "legal_act", "subtype": "implementing", "celex": "32019R1234"}),
        ("Kaderbesluit 2002/584/JBZ", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("PB L 119 van 4.5.2016, blz. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("artikel 267 VWEU", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "artikel 267 VWEU"}),
        ("artikel 101, lid 1, VWEU", {"kind": "treaty_article", "articles": ["101"]}),
        ("zaak C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("artikel 6, lid 1, onder a), van Verordening (EU) 2016/679", {"kind": "legal_act", "_span": "Verordening (EU) 2016/679", "pinpoint": "artikel 6, lid 1, onder a)"}),
    ),
)  # fmt: skip
