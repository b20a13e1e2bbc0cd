"""A national act's mark before its type word: a qualifier only national acts have
(``national_qualifiers``: Slovak ``Všeobecne záväzné nariadenie č. 1/2012``, a
municipality's generally binding regulation), or a national author where EU acts have
the Commission's or the Council's name (``national_authors_before``, the ends of its
last word: Finnish ``valtiovarainministeriön asetus N:o 1/2010``, a ministry's decree;
English ``Ministry of Finance Regulation``, an office named after the link of the
language's authors, ``national_author_links``; not after an EU word: ``Euroopan
lääkeviraston päätös``, an EU agency's, nor with one in the office's name: ``Court of
Justice``).  Read by ``national_acts``, ``national_numbers``, the readers of acts cited
number first or by date, and ``eu_bodies``.
"""

from __future__ import annotations

import re

from eurefs.grammar import record_dates
from eurefs.grammar.author_words import alternation, eu_pattern, words_pattern
from eurefs.grammar.common import lazy_compile
from eurefs.languages import BY_CODE, LANGUAGES


def _before_pattern(
    qualifiers: tuple[str, ...], ends: tuple[str, ...], links: str, dates: str
) -> str:
    """National qualifiers (starts), authors (ends, group ``author``; ``'s``) before type words,
    an author's office named after a link (group ``office``: ``Minister of Finance``), perhaps
    a date of the record's dated forms between (``dates``: Latvian ``regulēšanas komisijas
    2010.gada 14.jūlija lēmumā``, the utilities regulator's)."""
    alts = [words_pattern(qualifiers) + r"[^\W\d_]*"] if qualifiers else []
    if ends:
        office = rf"(?P<office>(?-i:[ ](?:{links})(?:[ ](?:and[ ])?[A-Z][^\W\d_]*){{1,4}}))?"
        author = r"(?P<author>(?<![^\W\d_])[^\W\d_]*" + alternation(ends) + r")"
        dated = r"(?:[ ]{1,2}(?:" + dates + r"))?"
        alts.append(author + (office if links else "") + r"(?:['’]s)?" + dated)
    return r"(?:" + "|".join(alts) + r")[ ]{1,2}$"


def _office_links(links: tuple[str, ...]) -> str:
    """The links before an office's name (English ``of the``, ``of``), longest first."""
    forms = {k for k in links if k and k[0].isalpha()} | {k.split()[0] for k in links if " " in k}
    return "|".join(re.escape(k) for k in sorted(forms, key=len)[::-1])


_QUALIFIERS = {
    lg.code: lazy_compile(
        _before_pattern(
            lg.national_qualifiers,
            lg.national_authors_before,
            _office_links(lg.national_author_links),
            record_dates.between_source(lg),
        ),
        re.I,
    )
    for lg in LANGUAGES
    if lg.national_qualifiers or lg.national_authors_before
}
#: EU words (any case) or domains (as written) before a national author's word: an EU body's
EU_BEFORE = {
    lg.code: lazy_compile(eu_pattern(lg.code)) for lg in LANGUAGES if lg.national_authors_before
}
#: ... in the same name as that word: letters, blanks, hyphens, apostrophes between them
_NAME_TAIL = re.compile(r"(?:[^\W\d_]|[ '’-])*$")
_Found = re.Match[str] | None


def qualified(region: str, start: int, lang: str) -> bool:
    """Whether a national qualifier or author (``national_qualifiers``, ``..._authors_before``)
    is right before the type word at ``start`` or its date: Slovak ``Všeobecne záväzné nariadenie``,
    Finnish ``ministeriön asetus`` (not after an EU word: ``eu_bodies``)."""
    m, eu = author_before(region, start, lang)
    return m is not None and (m.lastgroup not in ("author", "office") or eu is None)


def author_before(region: str, start: int, lang: str) -> tuple[_Found, _Found]:
    """That qualifier or author's word and, for an author, the first EU word of its name
    before it (or ending in it: ``High Authority``)."""
    pattern = _QUALIFIERS.get(lang)
    m = pattern.search(region, max(0, start - 60), start) if pattern is not None else None
    if m is None or m.lastgroup not in ("author", "office"):
        return m, None
    if m.group("author") in BY_CODE[lang].authors and any(c.isdigit() for c in m.group()):
        return None, None  # (an EU institution before a date: ``Komisijas 2008. gada ...``)
    # (not another act's domain or author: ``(EU) No 575/2013. The NBR Regulation``)
    name = _NAME_TAIL.search(region, max(0, m.start() - 30), m.start())
    eu = EU_BEFORE[lang].search(region, name.start() if name else m.start(), m.end("author"))
    if eu is not None and eu.start() < m.start():
        return m, eu
    # (an EU body's office: ``Court of Justice``, ``Board of the European Central Bank``)
    office = m.lastgroup == "office"
    return m, EU_BEFORE[lang].search(region, m.start(), m.end("office")) if office else None
