"""The 24 official EU languages: ISO 639-1 codes (``en``) and ISO 639-3 codes (``ENG``, Cellar).

The words of each language are in the records of ``eurefs.languages``.
"""

from __future__ import annotations

from eurefs.errors import ParseError

__all__ = ["LANGUAGES", "lang2", "lang3"]

_ISO_639_1_TO_3: dict[str, str] = {
    "bg": "BUL", "cs": "CES", "da": "DAN", "de": "DEU", "el": "ELL", "en": "ENG",
    "es": "SPA", "et": "EST", "fi": "FIN", "fr": "FRA", "ga": "GLE", "hr": "HRV",
    "hu": "HUN", "it": "ITA", "lt": "LIT", "lv": "LAV", "mt": "MLT", "nl": "NLD",
    "pl": "POL", "pt": "POR", "ro": "RON", "sk": "SLK", "sl": "SLV", "sv": "SWE",
}  # fmt: skip
_ISO_639_3_TO_1 = {v: k for k, v in _ISO_639_1_TO_3.items()}


def lang3(code: str) -> str:
    """Return the ISO 639-3 upper-case code Cellar uses (``en`` -> ``ENG``).

    Raises:
        ParseError: for an unknown language code.
    """
    c = code.strip()
    if c.upper() in _ISO_639_3_TO_1:
        return c.upper()
    try:
        return _ISO_639_1_TO_3[c.lower()]
    except KeyError:
        known = " ".join(sorted(_ISO_639_1_TO_3))
        msg = f"unknown language code {code!r}: expected one of {known} (or ENG, FRA...)"
        raise ParseError(msg, code) from None


def lang2(code: str) -> str:
    """Return the ISO 639-1 code (``ENG`` -> ``en``); unknown codes are lower-cased."""
    c = code.strip()
    if c.lower() in _ISO_639_1_TO_3:
        return c.lower()
    return _ISO_639_3_TO_1.get(c.upper(), c.lower())


#: ISO 639-1 codes of the official EU languages.
LANGUAGES: tuple[str, ...] = tuple(sorted(_ISO_639_1_TO_3))
