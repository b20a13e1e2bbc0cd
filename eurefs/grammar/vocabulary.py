"""Words the grammars are built from, as data, per language.

Each table maps a canonical value to the written forms that mean it.  The
patterns in the family modules are assembled from these tables at import time,
so supporting a new spelling (or a language) is a change here, not in a regex.
Only English is complete so far; see docs/recognition.md.
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

#: Qualifiers written between author and type word.
SUBTYPES: dict[str, tuple[str, ...]] = {
    "delegated": ("Delegated",),
    "implementing": ("Implementing",),
}

#: Author institutions written before the type word (inside the span).
AUTHORS: tuple[str, ...] = (
    "Commission",
    "Council",
    "European Central Bank",
    "ECB",
    "European Parliament and Council",
)

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

#: Interinstitutional procedure types (European Parliament Legislative Observatory).
PROCEDURE_TYPES: tuple[str, ...] = (
    "COD", "CNS", "APP", "NLE", "INI", "INL", "BUD", "DEC", "RSP", "SYN", "AVC",
    "ACI", "DCE", "IMM", "REG", "RPS", "BUI", "COS", "RSO", "INS", "ITS", "DEA",
)  # fmt: skip

#: Commission document types.
COM_TYPES: tuple[str, ...] = ("COM", "JOIN", "SWD", "SEC", "C")
