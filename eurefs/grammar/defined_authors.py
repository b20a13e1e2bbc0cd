"""A type word after an acronym the text has defined as a national body's name: the
body's own act, no EU act (``the National Securities Commission, hereinafter referred to
as C.N.V.M.`` and later ``CNVM Regulation No 5/2010``, the Romanian regulator's).

An acronym alone before the type word tells nothing: the EU's acts have theirs
(``REACH Regulation No.1907/2006``, ``CLP Regulation No 1272/2008``), and national
regulators theirs (``CNVM``, ``BNB``, ``ASF``).  What tells them apart is the name the text
gives the acronym where it defines it, in brackets after the name (``the Bulgarian
National Bank (BNB)``) or after a definition's words (``definition_intros``: ``,
hereinafter referred to as C.N.V.M.``, dotted or not): a body's name, its last word ending
in an author's word of the record (``national_authors_before``: ``Bank``, ``Authority``;
the EU institutions' words, which national bodies' names share: ``Commission``,
``Council``), with no EU word in it (``European Securities and Markets Authority
(ESMA)`` names an EU body), names a national author.  An EU act's acronym is defined by
the act's title (``Registration, Evaluation, Authorisation and Restriction of Chemicals
(REACH)``), which ends in no body's word.  Only a definition earlier in the text counts,
as for defined terms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eurefs.grammar.author_words import alternation, eu_pattern
from eurefs.grammar.common import words
from eurefs.grammar.whole_text import WholeText
from eurefs.languages import BY_CODE

#: An acronym right before the type word (``CNVM``, ``C.N.V.M.``): two to eight capitals
_ACRONYM = re.compile(r"(?<![\w.])((?:[A-Z]\.?){2,8})[ ]$")
#: How far before the type word the acronym may start
_REACH = 20
#: The capitalised words of a name right before its definition, joined by small words
#: (``National Bank of Romania``, ``Financial Supervisory Authority``)
_NAME = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ ](?:(?:of|and|for|the|on)[ ])*){0,7}[A-Z][\w'’-]*\Z"
)
#: How far before its definition a name may start
_NAME_REACH = 120


@lru_cache(maxsize=32)
def _body_end(lang: str) -> re.Pattern[str] | None:
    """The last word of a body's name (ends of the record's authors' words), or the word
    before the place the name ends with, after a link of the record's authors
    (``National Bank of Romania``)."""
    lg = BY_CODE[lang]
    if not lg.national_authors_before:
        return None
    ends = (*lg.national_authors_before, *(a.rsplit(" ", 1)[-1] for a in lg.authors))
    links = {k.split()[0] for k in lg.national_author_links if k[:1].isalpha()}
    place = rf"(?:[ ](?:{'|'.join(map(re.escape, links))})[ ].*)?" if links else ""
    return re.compile(alternation(ends) + place + r"\Z", re.I)


@lru_cache(maxsize=32)
def _eu_words(lang: str) -> re.Pattern[str]:
    return re.compile(eu_pattern(lang))


@lru_cache(maxsize=32)
def _definition(lang: str) -> re.Pattern[str]:
    """An acronym's definition right after a name: in brackets, quoted or not, or after
    one of the language's definition words, dotted or not (``C.N.V.M.``)."""
    refs = BY_CODE[lang].back_references
    written = r"((?:[A-Z]\.?){2,8})"
    quote = r"[\"'“”‘’„«»]?"
    articles = "|".join(map(re.escape, refs.articles))
    article = rf"(?:(?:{articles})[ ])?" if articles else ""
    intros = words(*refs.definition_intros) if refs.definition_intros else ""
    after = rf"|,?[ ](?:{intros})[ ]{article}{quote}{written.replace('(', '(?P<after>', 1)}"
    brackets = rf"[ ]\({article}{quote}{written.replace('(', '(?P<bracket>', 1)}{quote}\)"
    return re.compile(rf"(?:{brackets}{after if intros else ''})(?![\w])")


def named_before(text: str, start: int, lang: str) -> bool:
    """Whether the type word at ``start`` of ``text`` follows an acronym the text has
    defined before as a national body's name."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isupper():
        return False  # (most acts: no capital right before the type word)
    m = _ACRONYM.search(text, max(0, start - _REACH), start)
    if m is None or _body_end(lang) is None:
        return False
    return 0 <= _defined(text, lang).get(m.group(1).replace(".", ""), -1) < m.start()


def _defined(text: str, lang: str) -> dict[str, int]:
    """The acronyms ``text`` defines as a national body's name, each where it first does:
    one search a text, kept by the extraction under way (``WholeText.found``; kept here,
    by the text, up to four texts stayed alive after their extractions)."""
    kept = WholeText.of(text).found
    found = kept.get(("defined_authors", lang))
    if found is None:
        found = kept["defined_authors", lang] = _read_defined(text, lang)
    return found


def _read_defined(text: str, lang: str) -> dict[str, int]:
    """The acronyms ``text`` defines as a national body's name (its last word a body's,
    no EU word in it), each where it first does: one search of the text."""
    ends, eu = _body_end(lang), _eu_words(lang)
    found: dict[str, int] = {}
    for d in _definition(lang).finditer(text):
        acronym = (d.group("bracket") or d.group("after")).replace(".", "")
        name = _NAME.search(text, max(0, d.start() - _NAME_REACH), d.start())
        if acronym in found or name is None or ends is None or not ends.search(name.group()):
            continue
        if eu.search(name.group()) is None:
            found[acronym] = d.start()
    return found
