"""What may stand around a reference given alone to :func:`eurefs.parse`.

``extract`` takes the identifier out of its wrapping (``CELEX:32016R0679``,
``https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679``,
``http://publications.europa.eu/resource/celex/32016R0679``) and leaves the
words that introduce a case number (``Case``, ``affaire``, ``Joined Cases``)
outside the span.  ``parse`` accepts the same strings whole: this module says
which heads and tails are allowed around which kinds.
"""

from __future__ import annotations

import re

from eurefs import identifiers as ids
from eurefs.grammar import judgment_pinpoints
from eurefs.grammar.common import lazy_compile, words
from eurefs.languages import LANGUAGES

#: Words before a case number or Opinion given alone (``Case``, ``affaires jointes``).
CASE_PREFIX = lazy_compile(
    r"(?:(?:(?:{j})[ ])?(?:{c})(?:[ ](?:{j}))?|(?:{o}))[ ]".format(
        j=words(*(w for lg in LANGUAGES for w in lg.cases.joined_words)),
        c=words(*(w for lg in LANGUAGES for w in lg.cases.words)),
        o=words(*(w for lg in LANGUAGES for w in lg.cases.opinion_words)),
    ),
    re.IGNORECASE,
)

# EUR-Lex pages (``legal-content/EN/TXT/?uri=``, ``.../ALL/``, ``.../TXT/PDF/``, older
# ``/LexUriServ/LexUriServ.do?uri=``) and Cellar resource URIs, before the identifier.
_EURLEX = (
    r"(?:https?://)?(?:www\.)?eur-lex\.europa\.eu/"
    r"(?:legal-content/(?:[A-Za-z]{2}/[A-Za-z]{2,4}(?:/[A-Za-z]{3,4})?|AUTO)/?"
    r"|[a-z]{2}/TXT/|LexUriServ/LexUriServ\.do)"
    r"\?(?:[\w.%-]{1,40}=[\w.%:-]{0,80}&){0,4}uri="
)
_CELLAR = rf"(?:https?://)?{ids.CELLAR_RESOURCE_HOST_PATTERN}/"
_CELEX_PREFIX = r"(?i:celex)(?::|%3[Aa])"
_ECLI_PREFIX = r"(?i:ecli)(?::|%3[Aa])"
#: kind -> heads allowed before it
HEADS: dict[str, re.Pattern[str]] = {
    "celex": lazy_compile(rf"(?:{_EURLEX})?{_CELEX_PREFIX}|{_CELLAR}celex/", re.IGNORECASE),
    "com_document": lazy_compile(_EURLEX, re.IGNORECASE),
    "ecli": lazy_compile(rf"{_EURLEX}(?:{_ECLI_PREFIX})?|{_CELLAR}ecli/", re.IGNORECASE),
}
#: Further URL parameters or a fragment after the identifier (and LexUriServ's ``:EN:NOT``).
URL_TAIL = lazy_compile(r"(?::[A-Z]{2}:[A-Z]{3,4})?(?:[&#][\w.%:=&#-]{0,200})?")


def wraps(head: str, tail: str, kind: str) -> bool:
    """True when ``head`` + reference + ``tail`` is one of the wrapped written forms."""
    if not head:
        return False
    pattern = HEADS.get(kind)
    return (
        pattern is not None
        and pattern.fullmatch(head) is not None
        and URL_TAIL.fullmatch(tail) is not None
    )


def introduces_case(head: str, tail: str, kind: str) -> bool:
    """True for ``Case C-131/12``, ``Joined Cases C-293/12``, ``avis 1/15`` given alone."""
    return kind == "case" and not tail and CASE_PREFIX.fullmatch(head) is not None


def pinpoint_tail(head: str, tail: str, kind: str) -> bool:
    """True for ``ECLI:EU:C:2014:317, paragraph 71`` or ``Case C-131/12, paragraph 71``."""
    if not judgment_pinpoints.is_tail(tail):
        return False
    return head == "" or introduces_case(head, "", kind)


#: Articles that may stand before a popular name given alone (``the GDPR``, ``le RGPD``).
_ARTICLES = frozenset(w.lower() for lg in LANGUAGES for w in lg.back_references.articles)


def article_before_name(head: str, tail: str, kind: str) -> bool:
    """True for ``the GDPR``, ``la directive-cadre sur l'eau``, ``l'AI Act`` given alone."""
    if kind != "short_form" or tail or not head:
        return False
    word = head.lower()
    if word.endswith(("'", "\u2019")):  # elided: l'
        return word in _ARTICLES
    return word.endswith(" ") and word.rstrip(" ") in _ARTICLES


def written_pinpoint(head: str, tail: str, pinpoint: str | None) -> bool:
    """True when what stands around a reference given alone is the pinpoint ``extract``
    gave it, and the word or two joining them: ``Article 6(1)(a) of`` before
    ``Regulation (EU) 2016/679``, ``article 6, paragraphe 1, point a), du``, ``Art. 6
    Abs. 1`` before ``DSGVO``, ``Annex II to``; after it, in the languages that write
    it there (``asetuksen (EU) 2016/679 6 artiklan 1 kohdan a alakohta``)."""
    if not pinpoint:
        return False
    if not head:
        return tail[:1] == " " and tail[1:] == pinpoint
    if tail or not head.startswith(pinpoint):
        return False
    join = head[len(pinpoint) :]
    return _JOIN.fullmatch(join) is not None


#: What joins a pinpoint to its act: a space or a comma, and at most two short words
#: (``of``, ``of the``, ``to``, ``du``, ``der``, ``van de``), an elided article (``de l'``).
_JOIN = lazy_compile(r",? (?:[^\W\d_]{1,6}(?: |['\u2019])){0,2}")


#: Quotation marks that may wrap a reference given alone, opening -> closing: a CSV cell
#: (``"oj:OJ L 1, 3.1.2014, p. 1"``, as ``extract --format csv`` quotes a work key with
#: commas) or a copy from a text (``“COM(2021) 752 final”``, ``« ... »``).
_QUOTES = dict(
    zip(
        "\"'\u201c\u2018\u201e\u201a\u00ab\u201d\u2019",
        "\"'\u201d\u2019\u201c\u2018\u00bb\u201d\u2019",
        strict=True,
    )
)


def unquoted(text: str) -> str | None:
    """What a pair of quotation marks around all of ``text`` holds (``"32016R0679"`` ->
    ``32016R0679``); None when ``text`` is not so wrapped, or holds its closing mark
    inside (``"a" and "b"``)."""
    close = _QUOTES.get(text[:1])
    if close is None or len(text) < 3 or text[-1] != close:
        return None
    inner = text[1:-1]
    return None if close in inner or text[0] in inner else inner


def upper_case_form(text: str) -> str | None:
    """``c-131/12`` -> ``C-131/12``: the upper-case form of an identifier typed in lower
    case, when upper-casing keeps every offset (ASCII) and changes something."""
    if not text.isascii() or text.upper() == text:
        return None
    return text.upper()
