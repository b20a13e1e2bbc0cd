# ruff: noqa: E501
"""Italian."""

from __future__ import annotations

from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.base import Language, Treaty, frozen

_ISG = "Manuale interistituzionale di convenzioni redazionali (https://style-guide.europa.eu/it), parte prima"
_DEV = "development text tests/data/corpus-it (Court order C-302/10, ELITR/elitr-testset)"

LANGUAGE = Language(
    code="it",
    name="Italian",
    sources=frozen({
        "act_types, subtypes_after, author_phrases, number_markers, domains": f"{_ISG}, 3.2 Riferimenti agli atti; official texts on EUR-Lex; {_DEV}",
        "oj_journals, oj_pages, date_words, months": f"{_ISG}, 3.1 Riferimenti alla Gazzetta ufficiale; {_DEV}",
        "treaties, article_words, pinpoints, enacting formula": f"{_ISG}, 2.2.1 Visti, 3.2.3 Riferimenti alle suddivisioni di un atto; {_DEV}",
        "case_words": f"judgments and orders of the Court of Justice in Italian; {_DEV}",
    }),
    act_types={
        "regulation": ("regolamento", "regolamenti"),
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
    hint_words=("il", "lo", "la", "i", "gli", "le", "del", "della", "dello", "dei", "degli",
                "delle", "di", "e", "che", "per", "con", "nel", "nella", "al", "alla", "un",
                "una", "è", "sono", "dal", "dalla", "sulla", "sul", "tale", "presente", "ai",
                "sensi", "dell", "all", "l"),
    date_words=("del",),
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
    },
    treaty_prepositions=("del",),
    article_words=frozen({"articolo": "articolo", "articoli": "articoli", "Articolo": "articolo",
                          "Articoli": "articoli", "ARTICOLO": "articolo", "art.": "articolo"}),
    article_conjunctions=("e", "o"),
    pinpoint_words=("paragrafo", "paragrafi", "comma", "commi", "lettera", "lettere", "punto",
                    "punti", "frase", "trattino"),
    ordinals=("primo", "secondo", "terzo", "quarto", "quinto", "sesto", "ultimo", "penultimo"),
    ordinal_nouns=("comma", "paragrafo", "trattino", "frase"),
    enacting_intros=("visto il",),
    enacting_leads=(r"in[ ]particolare[ ](?:l['’]|gli[ ])",),
    case_words=("causa", "cause", "Causa", "Cause"),
    joined_words=("riunite",),
    opinion_words=("parere",),
    com_final_words=("final", "definitivo"),
    proposal_words=(r"\bproposta",),
    communication_words=(r"\bcomunicazione", r"\brelazione", r"\blibro (?:bianco|verde)",
                         r"\bpiano d.azione", r"\bstrategia\b"),
    # Only determiners that cannot mean the text itself ("this" is left out).
    back_references=BackReferenceWords(
        anaphor_determiners=("tale", "detto", "detta", "suddetto", "suddetta", "medesimo", "medesima"),
        definition_intros=("in prosieguo", "di seguito"),
    ),
    examples=(
        ("regolamento (CE) n. 1049/2001", {"kind": "legal_act", "celex": "32001R1049", "normalized": "regolamento (CE) n. 1049/2001"}),
        ("Direttiva 2001/29/CE", {"kind": "legal_act", "celex": "32001L0029", "normalized": "direttiva 2001/29/CE"}),
        ("regolamento delegato (UE) 2017/2359", {"kind": "legal_act", "subtype": "delegated", "celex": "32017R2359"}),
        ("decisione quadro 2002/584/GAI", {"kind": "legal_act", "act_type": "framework_decision", "celex": "32002F0584"}),
        ("GU L 119 del 4.5.2016, pag. 1", {"kind": "oj", "issue": "119", "page": 1}),
        ("GU L 167, pag. 10", {"kind": "oj", "page": 10}),
        ("articolo 267 TFUE", {"kind": "treaty_article", "treaty": "TFEU", "normalized": "articolo 267 TFUE"}),
        ("articolo 288, terzo comma, TFUE", {"kind": "treaty_article", "treaty": "TFEU"}),
        ("causa C‑302/10", {"kind": "case", "_span": "C‑302/10"}),
        ("COM(2008) 815 definitivo", {"kind": "com_document", "normalized": "COM(2008) 815 final"}),
    ),
)  # fmt: skip
