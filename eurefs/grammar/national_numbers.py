"""Act numbers a text has cited as national acts' (or only as EU acts'): the later
citations of the same number without domain or author are read by them.

The grammar gives no EU act for a number it reads as a national act's (see
``grammar/national_acts``), but a text names an act in full once and then by its bare
number: ``Regulamentului ASF nr. 3/2014`` (the Romanian Financial Supervisory
Authority's) and later ``Regulamentului nr. 3/2014``, which alone reads as Regulation
No 3/2014.  So a citation numbered number first without domain, author or EU author
after it gives no act where an earlier citation of the same number in the text, not
read as an EU act, was a national act's: an issuer's abbreviation between its type word
and its number (``ASF``, ``A.S.F.``, ``da CMVM``: no domain, marker or EU author's word of
the records), a national qualifier before its type word (Slovak ``všeobecne záväzné
nariadenie``) or a national mark after it (a series, a date without year, a national
author).

In a language whose national acts are numbered as its EU acts are (``eu_numbers_need_domain``:
Portuguese ``Regulamento n.º 468/2012`` of the Diário da República; for decisions alone,
``eu_decisions_need_domain``: Romanian ``Decizia nr. 2112/2012`` of the High Court of
Cassation and Justice; for Romanian regulations too where no word of the Union's writing
is near, ``eu_union_words``: ``Regulamentul nr. 15/2004`` of its Securities Commission),
such a citation gives an EU act only where the text has cited the same number as an EU act
before (with its domain or an EU author) or an EU author follows it.  A citation that
gives no CELEX (a decision numbered number first without domain) is read so too: it still
names an EU act.

Only earlier citations count (as for defined terms), so a text read in chunks
(``eurefs.iter_extract``) carries one instance from chunk to chunk and gets what the
whole text gets.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TypeVar

from eurefs.grammar import defined_authors, national_authorities
from eurefs.grammar.authors_before import qualified
from eurefs.grammar.national_acts import marked_after
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import BaseReference, LegalActRef
from eurefs.pattern_store import compile_pattern

#: The act number as written in a citation's span (``3/2014``, ``1408/71``; a blank around
#: the slash too, as the Greek court heads ``Απόφαση 1362 / 2018``).
_NUMBER = re.compile(r"[0-9]{1,4}[ ]?/[ ]?[0-9]{2,4}(?![0-9])")
#: A slash between a digit and two more (``3/2014``), found at memchr speed.
_SLASH = re.compile(r"/(?<=[0-9]/)(?=[0-9]{2})")
#: How far before an earlier number its type word may be, and how many earlier
#: citations of a number are looked at (the nearest): linear time on any text.
_REACH = 60
_LOOKS = 8

_Key = tuple[str, int | None, str | None]
_Ref = TypeVar("_Ref", bound=BaseReference)


@lru_cache(maxsize=64)
def _type_words(lang: str, act_type: str) -> re.Pattern[str] | None:
    forms = BY_CODE[lang].act_types.get(act_type, ())
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len)[::-1])
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])", re.I)


@lru_cache(maxsize=32)
def _eu_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The capitalised words an EU citation may write between its type word and number
    (lower case): the records' domains, their authors' words and ``lang``'s number
    markers; and the starts of ``lang``'s EU author words (``consiliu``, ``europ``)."""
    out: set[str] = {m.lower().rstrip(".") for m in BY_CODE[lang].number_markers}
    for lg in LANGUAGES:
        out.update(d.lower() for d in lg.domains)
        for phrase in (*lg.authors, *lg.author_phrases):
            out.update(w.lower() for w in phrase.split())
    starts = ("europ", *(w.lower() for w in BY_CODE[lang].eu_author_words))
    return frozenset(out), starts


def _phrases(lang: str) -> str:
    """``lang``'s author phrases as one alternation (any blanks between their words)."""
    phrases = sorted(BY_CODE[lang].author_phrases, key=len)[::-1]
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@lru_cache(maxsize=32)
def _eu_author_after(lang: str) -> re.Pattern[str] | None:
    alts = _phrases(lang)
    return re.compile(rf"\s*,?\s*(?:{alts})(?![^\W\d_])", re.I) if alts else None


@lru_cache(maxsize=32)
def _eu_author_before(lang: str) -> re.Pattern[str] | None:
    alts = _phrases(lang)
    return re.compile(rf"(?<![^\W\d_])(?:{alts})\s*$", re.I) if alts else None


@lru_cache(maxsize=32)
def _eu_words_after(lang: str) -> re.Pattern[str] | None:
    """A link of ``lang``'s national author links, then one of its EU author words."""
    lg = BY_CODE[lang]
    if not (lg.national_author_links and lg.eu_author_words):
        return None
    links = "|".join(re.escape(k) for k in sorted(lg.national_author_links, key=len)[::-1])
    eu = "|".join(re.escape(w) for w in sorted(lg.eu_author_words, key=len)[::-1])
    return re.compile(rf"\s*,?\s*(?:{links})\s+(?:{eu})", re.I)


def _eu_author(r: LegalActRef, text: str, end: int) -> bool:
    """Whether an EU author phrase follows the act number that ends at ``end`` (after
    the span, or inside it where the legislator is part of it: ``Decisão n.º 1082/2013
    do Parlamento Europeu e do Conselho``), or an EU author by its words (``al BCE``, ``a
    Comunității Economice Europene``), or comes between the type word and the number,
    left out of the span (``Regulamento do Conselho n.º 1/2003``)."""
    after = _eu_author_after(r.lang)
    m = after.match(text, end, end + 120) if after is not None else None
    if m is not None and not _carried_on(text, m.end(), r.lang):
        return True
    words = _eu_words_after(r.lang)
    if words is not None and words.match(text, end, end + 60) is not None:
        return True
    before = _eu_author_before(r.lang)
    return before is not None and before.search(text[max(0, r.start - 60) : r.start]) is not None


#: A name carried on after an institution's word: a capitalised word, after up to two
#: short links (``Conselho Superior``, ``Comissão do Mercado``), up to punctuation.
_CARRIED_ON = compile_pattern(
    r"(?:[ ][^\W\d_]{1,3}){0,2}[ ](?=[^\W\d_])(?-i:[^\W\d_a-zà-ÿ])[^,;:()\[\]\n.]{0,80}"
)


def _carried_on(text: str, end: int, lang: str) -> bool:
    """Whether the name of the institution ending at ``end`` goes on with a capitalised
    word and names no EU body (no EU author's word or domain among its words): Portuguese
    ``do Conselho Superior da Magistratura``, ``da Comissão do Mercado de Valores
    Mobiliários`` are national, ``do Conselho da União Europeia`` is not."""
    m = _CARRIED_ON.match(text, end)
    if m is None:
        return False
    _, starts = _eu_words(lang)
    domains = _domains()
    for word in m.group().split():
        low = word.strip("()[],;:").lower()
        if low.startswith(starts) or low in domains:
            return False
    return True


def _issuer(between: str, lang: str) -> bool:
    """Whether the words between a type word and its number name an issuer that is no
    EU one: an abbreviation (two capitals or more: ``ASF``, ``A.S.F.``, ``CMVM``, ``BdP``)
    that is no domain, marker or EU author's word of the records, and no domain among
    the words (a capitalised name may be an EU act's title: ``Regulation on Insolvency
    Proceedings (EC) No 1346/2000``)."""
    words, starts = _eu_words(lang)
    issuer = False
    for word in between.split():
        word = word.strip("()[],;:").rstrip(".")
        low = word.lower()
        if low in words or low.startswith(starts):
            if low in _domains():
                return False
        elif sum(c.isupper() for c in word) > 1:
            issuer = True
    return issuer


@lru_cache(maxsize=1)
def _domains() -> frozenset[str]:
    return frozenset(d.lower() for lg in LANGUAGES for d in lg.domains)


def _national_at(text: str, start: int, end: int, lang: str, act_type: str) -> bool:
    """Whether the number at ``text[start:end]`` is cited as a national act's."""
    words = _type_words(lang, act_type)
    if words is None:
        return False
    last = None
    for last in words.finditer(text, max(0, start - _REACH), start):  # noqa: B007
        pass
    if last is None:
        return False
    between = text[last.end() : start]
    if any(c.isdigit() for c in between):  # the type word of another number
        return False
    if _issuer(between, lang) or qualified(text, last.start(), lang):  # ``všeobecne záväzné``
        return True
    if defined_authors.named_before(text, last.start(), lang):
        return True  # (an acronym defined as a national body's name: ``CNVM Regulation``)
    return marked_after(text, end, lang)


#: How far around a bare regulation number a word of the Union's writing is looked for
_UNION_REACH = 300


@lru_cache(maxsize=32)
def _union_words(lang: str) -> re.Pattern[str] | None:
    words = BY_CODE[lang].eu_union_words
    alts = "|".join(re.escape(w) for w in sorted(words, key=len)[::-1])
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])", re.I) if alts else None


def _union_near(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a word of ``lang``'s ``eu_union_words`` stands near the citation from
    ``start`` to ``end`` (True where the language has none: nothing asked)."""
    words = _union_words(lang)
    if words is None:
        return True
    return words.search(text, max(0, start - _UNION_REACH), end + _UNION_REACH) is not None


class NationalNumbers:
    """The numbers of a text's citations met so far: those read as EU acts, to tell a
    later bare citation of a national act's number from one of an EU act's."""

    __slots__ = ("_eu", "_eu_numbers", "_index", "_text")

    def __init__(self) -> None:
        self._eu: set[_Key] = set()
        #: where the numbers of the citations read as EU acts start in the text
        self._eu_numbers: set[int] = set()
        self._index: dict[str, list[int]] | None = None
        self._text = ""

    def apply(self, refs: list[_Ref], text: str) -> list[_Ref]:
        """``refs`` (in text order, spans in ``text``) less the bare citations, numbered
        number first, of the numbers the text cited as national acts' before (or, in a
        language whose national acts are so numbered, never as an EU act's), and the
        decisions cited after a national authority (``national_authorities``)."""
        out: list[_Ref] = []
        for r in refs:
            if isinstance(r, LegalActRef):
                if r.number_first and not self._read(r, text):
                    continue
                if (
                    r.act_type == "decision"  # (asked here: most acts are no decisions)
                    and national_authorities.decided(r, text)
                    and not _eu_author(r, text, r.end)
                ):
                    continue  # ``Die CNPD hat ... (Beschluss 2019/494)``
            out.append(r)
        return out

    def _read(self, r: LegalActRef, text: str) -> bool:
        """Whether ``r`` stays an EU act (and is remembered as one)."""
        m = None
        for m in _NUMBER.finditer(r.text):  # noqa: B007
            pass
        if m is None:
            return True
        key = (r.act_type, r.year, r.number)
        written = m.group().replace(" ", "")
        if not (r.domain or r.author is not None or _eu_author(r, text, r.start + m.end())):
            if self._needs_domain(r, written, text) and key not in self._eu:
                return False
            if defined_authors.named_before(text, r.start, r.lang):
                return False  # ``CNVM Regulation No 5/2010`` after ``..., hereinafter C.N.V.M.``
            if self._cited_national(r, key, written, text):
                return False
        self._eu.add(key)
        self._eu_numbers.add(r.start + m.start())
        return True

    @staticmethod
    def _needs_domain(r: LegalActRef, written: str, text: str) -> bool:
        """Whether ``written`` is numbered as the language's national acts (or decisions)
        are: with the year in four digits (EU regulations until 2014, the Diário da
        República's since; Romanian courts' decisions; Romanian regulators' regulations
        where no word of the Union's writing is near: :func:`_union_near`)."""
        if len(written.rsplit("/", 1)[1]) != 4:
            return False
        lg = BY_CODE[r.lang]
        if lg.eu_numbers_need_domain or (lg.eu_decisions_need_domain and r.act_type == "decision"):
            return True
        return r.act_type == "regulation" and not _union_near(text, r.start, r.end, r.lang)

    def _cited_national(self, r: LegalActRef, key: _Key, written: str, text: str) -> bool:
        """Whether one of the nearest earlier citations of ``written`` not read as an EU
        act is a national act's."""
        positions = self._numbers(text).get(written, ())
        last = bisect.bisect_left(positions, r.start)
        for pos in reversed(positions[max(0, last - _LOOKS) : last]):
            if pos not in self._eu_numbers and _national_at(
                text, pos, pos + len(written), r.lang, r.act_type
            ):
                return True
        return False

    def _numbers(self, text: str) -> dict[str, list[int]]:
        """Where each number written ``N/YY`` or ``N/YYYY`` starts in ``text``: one
        search for slashes between digits, made when the text first needs it."""
        if self._index is None or self._text is not text:
            index: dict[str, list[int]] = {}
            for m in _SLASH.finditer(text):
                start = end = m.start()
                while start > 0 and end - start < 4 and text[start - 1].isdigit():
                    start -= 1
                end += 1
                while end < len(text) and end - m.start() <= 4 and text[end].isdigit():
                    end += 1
                if (start == 0 or not text[start - 1].isdigit()) and (
                    end == len(text) or not text[end].isdigit()
                ):
                    index.setdefault(text[start:end], []).append(start)
            self._index, self._text = index, text
        return self._index


__all__ = ["NationalNumbers"]
