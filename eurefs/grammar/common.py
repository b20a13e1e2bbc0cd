"""Pattern building blocks shared by the families, and the text cleaning they rely on.

Patterns run on *cleaned* text: every space-like character becomes a plain
space, every dash-like character a hyphen and every fullwidth digit an ASCII
digit (same length, so offsets hold),
and soft hyphens are dropped (with an offset map, see ``eurefs.scanner``).
Digits are ``[0-9]``, never ``\\d`` (which matches every script's digits): only
ASCII digits make a reference, so every identifier derived is ASCII.  Every
quantifier here is bounded, and no repeated group can match the same
text in two ways, so matching is linear in the input.
"""

from __future__ import annotations

import re

#: Same-length translation: spaces and dashes to their ASCII forms.
CLEAN_TABLE = str.maketrans(
    {
        "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
        "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
        "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u2044": "/", "\u2215": "/", "\uff0f": "/",
        "\u00ba": "o",  # masculine ordinal in French 'nº'
        # fullwidth digits (CJK text) are digits; other scripts' digits make no reference
        **{chr(0xFF10 + i): str(i) for i in range(10)},
    }
)  # fmt: skip

#: Required separator between words of a reference: spaces or line breaks, with
#: PDF/markdown debris such as ``\n\n### `` allowed once.
SEP = r"(?:[ \t\r\n]{1,6}(?:[#>*]{1,6}[ \t]{1,3})?)"
#: Optional separator (no line break: COM (2021), OJ L 119).
OPT_SP = r"[ \t]{0,2}"
#: Separator inside a number (``1049 / 2001``).
NUM_SP = r"[ \t]?"


def words(*items: str) -> str:
    """Alternation of literal words, longest first (so ``Decisions`` wins over ``Decision``)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True)) + ")"


def collapse_spaces(text: str) -> str:
    """One space for every run of whitespace and PDF heading debris."""
    return re.sub(r"[\s#>*]{1,64}", " ", text).strip()
