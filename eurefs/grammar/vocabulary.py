"""Words the grammars are built from, as data, per language.

Each table maps a canonical value to the written forms that mean it.  The
patterns in the family modules are assembled from these tables at import time,
so supporting a new spelling (or a language) is a change here, not in a regex.
English, French and German are covered (``*_BY_LANG`` tables); see docs/recognition.md.
"""

from __future__ import annotations

#: act_type -> (canonical English type word, written forms incl. plurals and abbreviations).
ACT_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "regulation": ("Regulation", ("Regulation", "Regulations", "Reg.", "Regs.")),
    "directive": ("Directive", ("Directive", "Directives", "Dir.")),
    "decision": ("Decision", ("Decision", "Decisions", "Dec.")),
    "framework_decision": ("Framework Decision", ("Framework Decision", "Framework Decisions")),
    "recommendation": ("Recommendation", ("Recommendation", "Recommendations")),
    "joint_action": ("Joint Action", ("Joint Action", "Joint Actions")),
    "common_position": ("Common Position", ("Common Position", "Common Positions")),
    "common_strategy": ("Common Strategy", ("Common Strategy", "Common Strategies")),
    "guideline": ("Guideline", ("Guideline", "Guidelines")),
}

#: French and German act types: act_type -> (dictionary form, written forms incl. plurals
#: and genitives).  Matching is case-insensitive; the dictionary form is the normalised one.
ACT_TYPES_FR: dict[str, tuple[str, tuple[str, ...]]] = {
    "regulation": ("règlement", ("règlement", "règlements")),
    "directive": ("directive", ("directive", "directives")),
    "decision": ("décision", ("décision", "décisions")),
    "framework_decision": ("décision-cadre", ("décision-cadre", "décisions-cadres")),
    "recommendation": ("recommandation", ("recommandation", "recommandations")),
    "joint_action": ("action commune", ("action commune", "actions communes")),
    "common_position": ("position commune", ("position commune", "positions communes")),
    "common_strategy": ("stratégie commune", ("stratégie commune", "stratégies communes")),
    "guideline": ("orientation", ("orientation", "orientations")),
}
ACT_TYPES_DE: dict[str, tuple[str, tuple[str, ...]]] = {
    "regulation": ("Verordnung", ("Verordnung", "Verordnungen")),
    "directive": ("Richtlinie", ("Richtlinie", "Richtlinien")),
    "decision": (
        "Beschluss",
        ("Beschluss", "Beschlusses", "Beschlüsse", "Beschlüssen", "Entscheidung", "Entscheidungen"),
    ),
    "framework_decision": (
        "Rahmenbeschluss",
        ("Rahmenbeschluss", "Rahmenbeschlusses", "Rahmenbeschlüsse", "Rahmenbeschlüssen"),
    ),
    "recommendation": ("Empfehlung", ("Empfehlung", "Empfehlungen")),
    "joint_action": (
        "Gemeinsame Maßnahme",
        ("Gemeinsame Maßnahme", "Gemeinsamen Maßnahme", "Gemeinsamen Maßnahmen"),
    ),
    "common_position": (
        "Gemeinsamer Standpunkt",
        ("Gemeinsamer Standpunkt", "Gemeinsamen Standpunkt", "Gemeinsamen Standpunkts",
         "Gemeinsamen Standpunktes", "Gemeinsame Standpunkte"),
    ),
    "common_strategy": ("Gemeinsame Strategie", ("Gemeinsame Strategie", "Gemeinsamen Strategie")),
    "guideline": ("Leitlinie", ("Leitlinie", "Leitlinien")),
}
#: German ``Entscheidung`` (older decisions) keeps its own dictionary form.
TYPE_WORD_OVERRIDES: dict[str, str] = {
    "entscheidung": "Entscheidung",
    "entscheidungen": "Entscheidung",
}

#: act_type tables per language (the English one is :data:`ACT_TYPES`).
ACT_TYPES_BY_LANG: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "en": ACT_TYPES,
    "fr": ACT_TYPES_FR,
    "de": ACT_TYPES_DE,
}

#: Qualifiers written between author and type word.
SUBTYPES: dict[str, tuple[str, ...]] = {
    "delegated": ("Delegated",),
    "implementing": ("Implementing",),
}

#: French/German qualifiers: written forms -> subtype.  French ones follow the type word
#: (``règlement délégué``), German ones precede it (``Delegierte Verordnung``) or are the
#: first half of a compound (``Durchführungsverordnung``).
SUBTYPES_AFTER_FR: dict[str, str] = {
    "délégué": "delegated", "déléguée": "delegated", "délégués": "delegated",
    "déléguées": "delegated", "d'exécution": "implementing", "d\u2019exécution": "implementing",
}  # fmt: skip
SUBTYPES_BEFORE_DE: dict[str, str] = {
    "Delegierte": "delegated", "Delegierten": "delegated", "Delegierter": "delegated",
}  # fmt: skip
COMPOUND_PREFIXES_DE: dict[str, str] = {"Durchführungs": "implementing"}

#: Author phrases that follow the type word or number in French and German
#: (outside a numbered act's span).
AUTHOR_PHRASES: dict[str, tuple[str, ...]] = {
    "fr": (
        "du Parlement européen et du Conseil", "du Conseil", "de la Commission",
        "de la Banque centrale européenne", "de la BCE",
    ),
    "de": (
        "des Europäischen Parlaments und des Rates", "des Rates", "der Kommission",
        "der Europäischen Zentralbank", "der EZB",
    ),
}  # fmt: skip

#: Number markers per language -> normalised form.
NUMBER_MARKERS: dict[str, dict[str, str]] = {
    "en": {"No": "No", "No.": "No", "NO": "No", "no": "No", "no.": "No"},
    "fr": {"no": "no", "nº": "no", "n°": "no", "No": "no", "NO": "no"},
    "de": {"Nr.": "Nr.", "Nr": "Nr.", "NR.": "Nr."},
}

#: Words joining the members of a list of acts, per language.
LIST_CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and", "or", "as well as"),
    "fr": ("et", "ou", "ainsi que"),
    "de": ("und", "oder", "sowie"),
}

#: Preposition before the date of an act or an OJ issue.
DATE_WORDS: dict[str, tuple[str, ...]] = {"en": ("of",), "fr": ("du",), "de": ("vom",)}

#: Month names per language (index 0 = January).
MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("January",), ("February",), ("March",), ("April",), ("May",), ("June",),
        ("July",), ("August",), ("September",), ("October",), ("November",), ("December",),
    ),
    "fr": (
        ("janvier",), ("février", "fevrier"), ("mars",), ("avril",), ("mai",), ("juin",),
        ("juillet",), ("août", "aout"), ("septembre",), ("octobre",), ("novembre",),
        ("décembre", "decembre"),
    ),
    "de": (
        ("Januar", "Jänner"), ("Februar",), ("März",), ("April",), ("Mai",), ("Juni",),
        ("Juli",), ("August",), ("September",), ("Oktober",), ("November",), ("Dezember",),
    ),
}  # fmt: skip

#: Act types that French/German texts cite by date only (``Rahmenbeschluss des Rates vom
#: 26. Juni 2001``).  Decisions are left out: ``décision du Conseil du ...`` is usually a
#: procedural step, not an act.
DATED_ACT_TYPES: tuple[str, ...] = (
    "regulation", "directive", "framework_decision", "recommendation", "joint_action",
    "common_position", "common_strategy",
)  # fmt: skip

#: Official Journal words per language: (journal abbreviations, page abbreviations).
OJ_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("OJ",), ("p.", "pp.")),
    "fr": (("JO",), ("p.", "pp.")),
    "de": (("ABl.",), ("S.",)),
}

#: Author institutions written before the type word (inside the span).
AUTHORS: tuple[str, ...] = (
    "Commission",
    "Council",
    "European Central Bank",
    "ECB",
    "European Parliament and Council",
)

#: French/German domains (kept as written, upper case) -> language.
DOMAINS_FR_DE: dict[str, str] = {
    "UE": "fr", "CE": "fr", "CEE": "fr", "CECA": "fr", "PESC": "fr", "JAI": "fr", "CEEA": "fr",
    "EG": "de", "EWG": "de", "EGKS": "de", "GASP": "de", "JI": "de",
}  # fmt: skip
#: Domains of justice and home affairs (their joint actions are CELEX ``F`` acts).
JHA_DOMAINS: tuple[str, ...] = ("JHA", "JAI", "JI")

#: Domains written in brackets or after the number, as written -> canonical.
DOMAINS: dict[str, str] = {
    "EU": "EU",
    "EC": "EC",
    "EEC": "EEC",
    "Euratom": "Euratom",
    "EURATOM": "Euratom",
    "CFSP": "CFSP",
    "JHA": "JHA",
    "ECSC": "ECSC",
    "EAEC": "Euratom",
}

#: French and German nature words of COM documents (regular expressions, matched
#: case-insensitively; ``par rapport à`` means "compared with", not a report).
PROPOSAL_WORDS_FR_DE: tuple[str, ...] = (r"\bproposition", r"\bVorschlag", r"\bvorgeschlagen")
COMMUNICATION_WORDS_FR_DE: tuple[str, ...] = (
    r"\bcommunication", r"(?<!par )(?<!par\u00a0)\brapport\b", r"\blivre (?:blanc|vert)",
    r"\bplan d.action", r"\bstratégie\b", r"\bMitteilung", r"\bBericht", r"Weißbuch",
    r"Grünbuch", r"Aktionsplan", r"\bStrategie\b",
)  # fmt: skip

#: Words that make a COM document a proposal (CELEX ``PC``) ...
PROPOSAL_WORDS: tuple[str, ...] = ("proposal", "proposed", "amended proposal")
#: ... or another Commission document (``DC``).
COMMUNICATION_WORDS: tuple[str, ...] = (
    "communication",
    "report",
    "white paper",
    "green paper",
    "recommendation for a council recommendation",
    "action plan",
    "strategy",
)

#: Treaties: canonical code -> (abbreviations written after an article, long names).
TREATIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "TFEU": (
        ("TFEU",),
        (
            "Treaty on the Functioning of the European Union",
            "Treaty of the Functioning of the European Union",
            "Treaty on the functioning of the European Union",
        ),
    ),
    "TEU": (("TEU",), ("Treaty on European Union",)),
    "EC": (
        ("EC", "TEC", "EC Treaty"),
        ("EC Treaty", "Treaty establishing the European Community"),
    ),
    "EEC": (
        ("EEC", "EEC Treaty"),
        ("EEC Treaty", "Treaty establishing the European Economic Community"),
    ),
}

#: French/German treaty names: canonical code -> (code in the language, abbreviations
#: written after an article, long names written after ``du``/``des``/``de la``).
TREATIES_FR: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "TFEU": ("TFUE", ("TFUE",), ("traité sur le fonctionnement de l'Union européenne",
                                 "traité sur le fonctionnement de l\u2019Union européenne")),
    "TEU": ("TUE", ("TUE",), ("traité sur l'Union européenne", "traité sur l\u2019Union européenne",
                              "traité UE")),
    "EC": ("CE", ("CE", "traité CE"), ("traité CE", "traité instituant la Communauté européenne")),
    "EEC": ("CEE", ("CEE", "traité CEE"),
            ("traité CEE", "traité instituant la Communauté économique européenne")),
}  # fmt: skip
TREATIES_DE: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "TFEU": ("AEUV", ("AEUV",), tuple(f"{v} über die Arbeitsweise der Europäischen Union"
                                      for v in ("Vertrag", "Vertrags", "Vertrages"))),
    "TEU": ("EUV", ("EUV", "EU-Vertrag"), (*(f"{v} über die Europäische Union"
                                            for v in ("Vertrag", "Vertrags", "Vertrages")),
                                           "EU-Vertrags", "EU-Vertrages")),
    "EC": ("EG", ("EG", "EGV", "EG-Vertrag"), (*(f"{v} zur Gründung der Europäischen Gemeinschaft"
                                                 for v in ("Vertrag", "Vertrags", "Vertrages")),
                                               "EG-Vertrags", "EG-Vertrages")),
    "EEC": ("EWG", ("EWG", "EWGV", "EWG-Vertrag"),
            (*(f"{v} zur Gründung der Europäischen Wirtschaftsgemeinschaft"
               for v in ("Vertrag", "Vertrags", "Vertrages")), "EWG-Vertrags")),
}  # fmt: skip
TREATIES_BY_LANG = {"fr": TREATIES_FR, "de": TREATIES_DE}

#: Words of a treaty article citation per language: article words and pinpoint words.
ARTICLE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("article", "articles", "Article", "Articles", "ARTICLE", "ARTICLES", "art."),
    "de": ("Artikel", "Artikels", "ARTIKEL", "Art."),
}
PINPOINT_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("paragraphe", "paragraphes", "alinéa", "alinéas", "point", "points", "phrase",
           "tiret", "sous-paragraphe"),
    "de": ("Absatz", "Absätze", "Abs.", "Unterabsatz", "Unterabsätze", "UAbs.", "Satz",
           "Buchstabe", "Buchstaben", "Buchst.", "lit.", "Nummer", "Nr.", "Ziffer",
           "Spiegelstrich"),
}  # fmt: skip
ORDINALS_FR: tuple[str, ...] = (
    "premier", "première", "deuxième", "second", "seconde", "troisième", "quatrième",
    "cinquième", "sixième", "septième", "dernier", "dernière", "avant-dernier",
)  # fmt: skip

#: Interinstitutional procedure types (European Parliament Legislative Observatory).
PROCEDURE_TYPES: tuple[str, ...] = (
    "COD", "CNS", "APP", "NLE", "INI", "INL", "BUD", "DEC", "RSP", "SYN", "AVC",
    "ACI", "DCE", "IMM", "REG", "RPS", "BUI", "COS", "RSO", "INS", "ITS", "DEA",
)  # fmt: skip

#: Commission document types.
COM_TYPES: tuple[str, ...] = ("COM", "JOIN", "SWD", "SEC", "C")
