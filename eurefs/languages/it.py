# ruff: noqa: E501
"""Italian."""

from __future__ import annotations

from eurefs.languages._sources import (
    ACT_PINPOINTS,
    AGREEMENT_BODIES,
    COURT_REPORTS,
    SUBDIVISION_WORDS,
)
from eurefs.languages._treaty_sources import EAEC_ECSC, INSERTED_ARTICLES
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import Language, Treaty, frozen

_ISG = "Manuale interistituzionale di convenzioni redazionali (https://style-guide.europa.eu/it), parte prima"
_DEV = "development text tests/data/corpus-it (Court order C-302/10, ELITR/elitr-testset)"

LANGUAGE = Language(
    code="it",
    name="Italian",
    sources=frozen({
        "treaties (EAEC, ECSC)": EAEC_ECSC["it"], "article_number_suffixes": INSERTED_ARTICLES,
        "treaties (CFR)": "the title of the Charter of Fundamental Rights as the OJ publishes it (EUR-Lex 12016P/TXT, it) and its short form; the abbreviation after an article number (CDFUE) from legal writing, UNCONFIRMED in a text read for this project",
        "court_reports": COURT_REPORTS["it"],
        "act_pinpoint_links": ACT_PINPOINTS["it"],
        "subdivision words (sentences, ranges)": SUBDIVISION_WORDS["it"],
        "agreement_body_before, agreement_body_after": AGREEMENT_BODIES["it"],
        "back_references": "definitions: (in prosieguo: il «regolamento n. 528/2012») after the full title, request for a preliminary ruling C-592/18 Darie (Italian translation, CURIA); title words and authors: " + f"{_ISG}, 3.2; " + 'anaphors: tale, suddetta, stessa (della stessa direttiva) in the development text tests/data/corpus-it I01 (orders C-302/10, judgment C-282/10); their masculine forms; questo/questa (this) left out; pinpoint links: "articolo 5, paragrafo 1, di tale direttiva", "articolo 7 della stessa direttiva" in tests/data/corpus-it; pinpoint words allegato, considerando: Italian legal usage (UNCONFIRMED in a text read for the project); citato/citata (la citata direttiva, del citato regolamento) as listed by the issue 8 review, UNCONFIRMED in a text read for the project; stesso/stessa after the noun: \"articolo 23, paragrafo 1, terzo periodo, lettera a), del regolamento stesso\" in an Italian summary of CJEU case-law the project brief quotes (the feminine by agreement)',
        "act_types, subtypes_after, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Riferimenti agli atti; official texts on EUR-Lex; {_DEV}",
        "oj_journals, oj_pages, date_words, months": f"{_ISG}, 3.1 Riferimenti alla Gazzetta ufficiale; {_DEV}",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Visti, 3.2.3 Riferimenti alle suddivisioni di un atto; {_DEV}",
        "case_words": f"judgments and orders of the Court of Justice in Italian; {_DEV}",
        "act_types (Reg.)": "the abbreviation of Italian legal writing outside the OJ: 'ex art. 7, par. 1, Reg. (CE) n. 261/2004' in the summary of an Italian judgment (Tribunale di Brescia, 6 March 2024, n. 893, Osservatorio obgc.unibs.it); 'Ai sensi dell’art. 7 del Reg. CE n. 261/04' (a law firm's page, avvocatosaveriorossi.it); 'Reg. (UE) 2016/679 del 27 aprile 2016' in a seminar report on the GDPR (Zucchetti, Lodi, 31 May 2017, 123dok.org). English writes 'Reg.' too: the words around it decide",
    }),
    act_types={
        "regulation": ("regolamento", "regolamenti", "Reg."),
        "directive": ("direttiva", "direttive"),
        "decision": ("decisione", "decisioni"),
        "framework_decision": ("decisione quadro", "decisioni quadro"),
        "recommendation": ("raccomandazione", "raccomandazioni"),
        "joint_action": ("azione comune", "azioni comuni"),
        "common_position": ("posizione comune", "posizioni comuni"),
        "common_strategy": ("strategia comune", "strategie comuni"),
    },
    author_phrases=("del Parlamento europeo e del Consiglio", "del Consiglio", "della Commissione",
                    "della Banca centrale europea", "della BCE"),
    legislator_forms=("del Parlamento europeo e del Consiglio",),
    subtypes_after=frozen({"delegato": "delegated", "delegata": "delegated", "delegati": "delegated",
                           "delegate": "delegated", "di esecuzione": "implementing"}),
    subtype_forms=frozen({"delegated": "{word} delegato", "delegated:directive": "{word} delegata",
                          "delegated:decision": "{word} delegata", "implementing": "{word} di esecuzione"}),
    number_markers=("n.", "N."),
    number_marker="n.",
    list_conjunctions=("e", "ed", "o", "nonché"),
    domains=frozen({"UE": "UE", "CE": "CE", "CEE": "CEE", "CECA": "CECA", "PESC": "PESC",
                    "GAI": "GAI", "CEEA": "CEEA"}),
    jha_domains=("GAI",),
    ecsc_domains=("CECA",),
    hint_words=("il", "lo", "la", "i", "gli", "le", "del", "della", "dello", "dei", "degli",
                "delle", "di", "e", "che", "per", "con", "nel", "nella", "al", "alla", "un",
                "una", "è", "sono", "dal", "dalla", "sulla", "sul", "tale", "presente", "ai",
                "sensi", "dell", "all", "l"),
    # decisions of agreement bodies (EEA Joint Committee, association councils): no CELEX
    agreement_body_after=r"(?i:[ ]del[ ])(?P<body>(?i:(?:Consiglio|Comitato)[ ](?:d(?:i[ ]|['’][ ]?)associazione|di[ ]cooperazione|di[ ]stabilizzazione[ ]e[ ](?:di[ ])?associazione|di[ ]partenariato)|Comitato[ ]misto(?:[ ]SEE)?|Consiglio[ ]SEE)(?:[ ]?[A-Z]{2,5}[-–][A-Z]\w{1,20})?)(?![\w-])",
    # A body on no list: any comitato; a consiglio only as a council of ministers, a joint or
    # mixed council or with its parties (``del Consiglio`` alone is the EU's).
    agreement_body_any_after=r"(?i:[ ](?:del|della)[ ])(?P<body>(?:(?i:sottocomitato|comitato|commissione[ ]mista)|(?i:consiglio)(?=[ ](?:(?i:dei[ ]ministri|congiunto|misto)|[A-Z]{2,6}[-–][A-Z])))(?:[ ](?:(?i:dei[ ]ministri|degli[ ]ambasciatori|misto|congiunto|veterinario|di[ ]cooperazione|per[ ]il[ ]commercio|specializzato)|[\"“«][ ]?[^\"”»]{1,40}?[ ]?[\"”»]|[A-Z]{2,6}(?:[-–][A-Z]\w{1,20}){1,2})){0,4})(?![\w-])",
    date_words=("del",),
    # before a day starting with a vowel: ``GU N . C 2 DELL'8 . 1 . 1970`` (EUR-Lex 31970D0243)
    oj_date_words=("dell'", "dell’"),
    months=(("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno",),
            ("luglio",), ("agosto",), ("settembre",), ("ottobre",), ("novembre",), ("dicembre",)),
    dated_act_types=("regulation", "directive", "framework_decision", "recommendation",
                     "joint_action", "common_position", "common_strategy"),
    oj_journals=("GU",),
    oj_qualifiers=("CE", "UE"),
    oj_pages=("pag.", "pagg."),
    treaties={
        "TFEU": Treaty("TFUE", ("TFUE",), ("trattato sul funzionamento dell'Unione europea",
                                          "trattato sul funzionamento dell’Unione europea")),
        "TEU": Treaty("TUE", ("TUE",), ("trattato sull'Unione europea", "trattato sull’Unione europea",
                                        "trattato UE")),
        "EC": Treaty("CE", ("CE", "trattato CE"), ("trattato CE", "trattato che istituisce la Comunità europea")),
        "EEC": Treaty("CEE", ("CEE", "trattato CEE"),
                      ("trattato CEE", "trattato che istituisce la Comunità economica europea")),
        "EAEC": Treaty("del trattato che istituisce la Comunità europea dell'energia atomica", ("trattato che istituisce la Comunità europea dell'energia atomica",), ("trattato che istituisce la Comunità europea dell'energia atomica", "trattato che istituisce la Comunità europea dell’energia atomica")),
        "ECSC": Treaty("del trattato che istituisce la Comunità europea del carbone e dell'acciaio", ("trattato che istituisce la Comunità europea del carbone e dell'acciaio",), ("trattato che istituisce la Comunità europea del carbone e dell'acciaio", "trattato che istituisce la Comunità europea del carbone e dell’acciaio")),
        "CFR": Treaty("CDFUE", ("CDFUE",), ("Carta dei diritti fondamentali dell'Unione europea", "Carta dei diritti fondamentali dell’Unione europea", "Carta dei diritti fondamentali")),
    },
    treaty_prepositions=("del", "della"),
    article_words=frozen({"articolo": "articolo", "articoli": "articoli", "Articolo": "articolo",
                          "Articoli": "articoli", "ARTICOLO": "articolo", "art.": "articolo"}),
    article_conjunctions=("e", "o"),
    article_number_suffixes=("bis", "ter", "quater"),
    act_pinpoint_links=("del", "della", "dello", "dell'", "dell\u2019", "dei", "delle", "degli"),
    pinpoint_words=("paragrafo", "paragrafi", "par.", "comma", "commi", "lettera", "lettere", "lett.", "punto",
                    "punti", "frase", "trattino"),
    ordinals=("primo", "secondo", "terzo", "quarto", "quinto", "sesto", "ultimo", "penultimo",
              "prima", "seconda", "terza", "quarta", "quinta", "sesta", "ultima", "penultima"),
    ordinal_nouns=("comma", "paragrafo", "trattino", "frase", "periodo", "commi", "paragrafi", "trattini",
                   "frasi", "periodi"),
    # ``articoli da 6 a 9``, ``lettere da b) a d)``
    article_ranges=(("da", "a"),),
    enacting_intros=("visto il",),
    enacting_leads=(r"in[ ]particolare[ ](?:l['’]|gli[ ])",),
    case_words=("causa", "cause", "Causa", "Cause"),
    court_reports=("Racc.",),
    joined_words=("riunite",),
    opinion_words=("parere",),
    com_final_words=("final", "definitivo"),
    proposal_words=(r"\bproposta",),
    communication_words=(r"\bcomunicazione", r"\brelazione", r"\blibro (?:bianco|verde)",
                         r"\bpiano d.azione", r"\bstrategia\b"),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        alias_separators=("o",),
        self_words=("presente",),
        anaphor_determiners=("tale", "detto", "detta", "suddetto", "suddetta", "medesimo", "medesima",
                             "stesso", "stessa", "citato", "citata"),
        # ``del regolamento stesso``, ``della direttiva medesima``: the determiner after the noun
        anaphor_determiners_after=("stesso", "stessa"),
        declined=(("regolamento",), ("direttiva",), ("decisione",), ("raccomandazione",)),
        definition_intros=("in prosieguo", "di seguito"),
        articles=("il", "lo", "la", "l'", "l\u2019", "Il", "La"),
        pinpoint_words=("allegato", "allegati", "considerando"),
        pinpoint_links=("di", "della", "del", "dello", "dell'", "dell\u2019"),
        title_starts=("relativo", "relativa", "relativi", "relative", "che modifica",
                      "che stabilisce", "che istituisce", "recante", "concernente", "riguardante",
                      "sulla", "sul", "sui", "in materia"),
        in_title_before=("modifica", "abroga", "e", "o"),
        authors=("del Parlamento europeo e del Consiglio", "del Consiglio", "della Commissione"),
    ),
    examples=(
        ("regolamento (CE) n. 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "regolamento (CE) n. 1049/2001"}),
        ("Direttiva 2001/29/CE", {"kind": "legal_act", "celex": "32001L0029", "normalized": "direttiva 2001/29/CE"}),
        # an ECSC general decision: EUR-Lex 31996S2510 (its Italian title)
        ("DECISIONE N. 2510/96/CECA DELLA COMMISSIONE", {"kind": "legal_act", "celex": "31996S2510", "_span": "DECISIONE N. 2510/96/CECA"}),
        ("regolamento delegato (UE) 2017/2359", {"kind": "legal_act", "subtype": "delegated", "celex": "32017R2359"}),
        ("decisione quadro 2002/584/GAI", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("GU L 119 del 4.5.2016, pag. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("GU L 167, pag. 10", {"kind": "oj", "page": 10}),
        ("articolo 267 TFUE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "articolo 267 TFUE"}),
        ("articolo 288, terzo comma, TFUE", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("causa C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("COM(2008) 815 definitivo", {"kind": "com_document", "normalized": "COM(2008) 815 final"}),
        ("articolo 6, paragrafo 1, lettera a), del regolamento (UE) 2016/679", {"kind": "legal_act", "_span": "regolamento (UE) 2016/679", "pinpoint": "articolo 6, paragrafo 1, lettera a)"}),
    ),
)  # fmt: skip
