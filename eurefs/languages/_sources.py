"""Shared source notes for the language records."""

from __future__ import annotations

INSPIRE_TITLES = (
    "official titles of Commission Regulations (EU) No 1089/2010 and (EC) No 976/2009 in all "
    "24 languages (EUR-Lex), as collected in INSPIRE-MIF/daobs "
    "harvesters/harvester-common/src/main/resources/xslt/metadata-inspire-constant.xsl "
    "(commit f9c7dbec4461ffb80ef15e5eba08d7bf2109c321)"
)


def style_guide(code: str) -> str:
    """Where a language's part of the Interinstitutional Style Guide is published."""
    return (
        f"Interinstitutional Style Guide, {code} version (https://style-guide.europa.eu/{code}), "
        "Part One: 3.1 references to the Official Journal, 3.2 references to acts"
    )


def sources(code: str, dev: str | None = None) -> dict[str, str]:
    """The usual source notes of a record (``dev``: its development text, if any)."""
    out = {
        "act_types, authors, subtypes, number_markers, domains": f"{style_guide(code)}; "
        f"{INSPIRE_TITLES}",
        "oj_journals, oj_pages, months, date_words": style_guide(code),
        "treaties, article_words, pinpoints, case_words, Commission document words": (
            f"{style_guide(code)}; judgments of the Court of Justice (CURIA) in this language"
        ),
    }
    if dev:
        out["checked on"] = dev
    return out
