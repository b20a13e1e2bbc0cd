"""EUR-Lex page URLs of documents (by CELEX, by a EUR-Lex ``uri=`` value)."""

from __future__ import annotations

from urllib.parse import quote

#: Default EUR-Lex base.
EURLEX_BASE = "https://eur-lex.europa.eu"


def eurlex_celex_url(celex: str, lang: str = "en", fmt: str = "TXT") -> str:
    """EUR-Lex page for a CELEX number (``fmt`` = ``TXT``, ``TXT/PDF``, ``TXT/HTML``)."""
    # a CELEX number is almost always letters and digits, which ``quote`` keeps as they are
    quoted = celex if celex.isascii() and celex.isalnum() else quote(celex, safe="()")
    return f"{EURLEX_BASE}/legal-content/{lang.upper()}/{fmt}/?uri=CELEX:{quoted}"


#: What ``quote(..., safe=":")`` keeps as it is.
_URI_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~:"


def eurlex_uri_url(uri: str, lang: str = "en") -> str:
    """EUR-Lex page for a EUR-Lex ``uri=`` value (``COM:2021:752:FIN``, ``ecli:...``)."""
    # (an ECLI or a COM number is made of what ``quote`` keeps: the extractor makes one
    # for each ECLI it finds, and ``quote`` costs more than the rest of the reference)
    quoted = uri if uri.isascii() and not uri.strip(_URI_SAFE) else quote(uri, safe=":")
    return f"{EURLEX_BASE}/legal-content/{lang.upper()}/TXT/?uri={quoted}"


_LEGAL_CONTENT = f"{EURLEX_BASE}/legal-content/"


def eurlex_url_in(url: str, lang: str) -> str:
    """``url`` in the language ``lang`` where it is a EUR-Lex page of one
    (``.../legal-content/EN/TXT/?uri=...`` -> ``.../legal-content/FR/TXT/?uri=...``);
    any other URL (an ELI, a page of another site) as it is."""
    cut = len(_LEGAL_CONTENT)
    if not url.startswith(_LEGAL_CONTENT) or url[cut + 2 : cut + 3] != "/":
        return url
    return f"{_LEGAL_CONTENT}{lang.upper()}{url[cut + 2 :]}"


def eurlex_com_url(doc_type: str, year: int, number: int) -> str:
    """EUR-Lex lookup page of a Commission document (``uri=COM:2021:752:FIN``)."""
    return eurlex_uri_url(f"{doc_type}:{year}:{number}:FIN")
