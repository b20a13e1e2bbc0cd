"""The treaty named after the list of a treaty article (``grammar/treaty_articles``):
its abbreviation (``TFEU``, ``din TFUE``, Maltese ``tat-TFUE``), its long name after a
preposition (``of the Treaty on the Functioning of the European Union``), its short name
once cited in full (``of the Charter``), or a word referring back to the enacting
formula's treaty (``thereof``).  The words come from the language records, through the
tables of ``grammar/enacting_formula``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from eurefs.grammar.capitals import with_capitals
from eurefs.grammar.common import SEP, first_two_chars, lazy_compile, words, words_not_after
from eurefs.grammar.enacting_formula import ABBR, NAMES, SHORT
from eurefs.grammar.treaty_article_words import WORD_LANGS
from eurefs.grammar.treaty_prose_abbrs import CLOSED, citation_end, prose
from eurefs.grammar.whole_text import WholeText
from eurefs.languages import BY_CODE, LANGUAGES, ordered

# (and in capitals, as a headnote has them: ``ARTIGO 267.º DO TFUE``; ``grammar/capitals``)
_PREPS = with_capitals(p for lg in LANGUAGES for p in lg.treaty_prepositions)
_PREP = words(*(p for p in _PREPS if not p.endswith("-")))
# Maltese joins the preposition with a hyphen: ``tat-TFUE``
_HPREPS = [p for p in _PREPS if p.endswith("-")]
_HPREP = ("|" + words(*_HPREPS)) if _HPREPS else ""
_GLUED = ("(?:" + words(*_HPREPS) + ")?") if _HPREPS else ""
_AFTER_WORDS = [w for lg in LANGUAGES for w in lg.enacting_after]
_ONE_LETTER = [p for lg in LANGUAGES for p in lg.treaty_prepositions if len(p) == 1]
#: No one-letter preposition before the treaty next (Danish ``artikel 19, stk. 3, i TEU``: ``i``
#: is *in*, no point (i)), where a list's further member may stand.
NOT_PREP = r"(?!" + words(*_ONE_LETTER) + r"[ ])" if _ONE_LETTER else ""

# A treaty's short name (``of the Charter``), read after a citation in full
# (``grammar/named_again``); not before a preposition: ``the Charter of the United Nations``
_SHORT_NAME = r"|(?P<short>" + words(*SHORT) + r")" if SHORT else r"|(?P<short>(?!))"
_SHORT_LANGS = {c for langs in SHORT.values() for c in langs}
_SHORT_PREPS = [p for lg in LANGUAGES if lg.code in _SHORT_LANGS for p in lg.treaty_prepositions]
# ... nor before the words of another instrument's name (``Charte sociale européenne``)
_SHORT_PREPS += [w for lg in LANGUAGES for t in lg.treaties.values() for w in t.short_name_stops]
#: What, right after a short name, makes it no name of the treaty.
BEFORE_PREP = lazy_compile(
    r"[ ]" + words(*_SHORT_PREPS) + r"(?:(?<=['’])|(?![\w]))" if _SHORT_PREPS else "(?!)"
)

# (the group is there, never matching, when no loaded language has such a word)
# (after a comma too: ``Article 212(1), in conjunction with Article 218(9), thereof``)
_AFTER = (
    r"|(?=,?[ ](?P<after>" + words(*_AFTER_WORDS) + r")\b)" if _AFTER_WORDS else r"|(?P<after>(?!))"
)

#: An abbreviation after a list, perhaps after a preposition (group ``abbr``), and a
#: footnote call glued to it (group ``call``).  Not one before an act's number: German
#: norm chains (juris) write an EU regulation ``EUV`` and an EC one ``EGV`` before it
#: (``Art 15 Abs 1 EUV 2016/679``: Regulation (EU) 2016/679, not the TEU).  (One that
#: leads the next article instead is told once the language is known: ``leads_next``.)
ABBREVIATION = (
    r",?[ ](?:" + _PREP + r"[ ]" + _HPREP + r")?(?P<abbr>" + words(*ABBR) + r")"
    r"(?P<call>[1-9][0-9]{0,2})?(?![\w-]|[ ][0-9]{1,4}/[0-9])"
)

#: The treaty after a list: an abbreviation, a long name, or a word referring back to it
#: (a long name first: ``van het Handvest van de grondrechten`` holds the abbreviation
#: ``Handvest``).
TREATY = (
    # (after a comma that ends a pinpoint: ``article 16, paragraphe 1, du traité sur ...``)
    # in any case (French acts write ``la charte des droits fondamentaux``, EUR-Lex
    # 32021D2243; a title ``TRAITÉ SUR ...``): the pattern of the enacting formula's names
    # (Maltese glues the preposition: ``tat-Trattat dwar``; look-ahead: ``first_two_chars``)
    r"(?:,?" + SEP + _PREP + SEP + r"|" + SEP + _GLUED + r")(?:(?P<long>(?i:"
    + first_two_chars(*NAMES) + words(*NAMES) + r"))" + _SHORT_NAME + r")"
    # (a footnote call glued to it, left out: ``članka 267. Ugovora o funkcioniranju Europske
    # unije1``)
    r"(?=[1-9][0-9]{0,2}(?![\w-])|(?![\w-]))"
    r"(?:[ ]\((?P<paren>" + words(*ABBR) + r")\))?"
    r"|" + ABBREVIATION
    + _AFTER
)  # fmt: skip

# Leads of several words join a further article read with the one before it (``in
# conjunction with``, Maltese ``flimkien mal-``), the record's ``article_word_leads``
_JOINT = [w for lg in LANGUAGES for w in lg.article_word_leads if " " in w.strip()]
_JOINT_AT = lazy_compile(words(*_JOINT) if _JOINT else "(?!)")


def joint_named(chain: re.Match[str]) -> bool:
    """Whether further articles (a match of ``grammar/treaty_article_patterns.CHAIN``) joined by
    such a lead end in a treaty named there (``Article 101, in conjunction with Article
    4(3) TEU``): the first article may be another instrument's, so they are no list."""
    named = chain.group("abbr") or chain.group("long") or chain.group("short")
    return bool(named) and _JOINT_AT.search(chain.group("chain")) is not None


#: (abbreviation, language) -> the marks of the national instrument the language's legal
#: writing also gives that abbreviation (``Treaty.national_abbreviations``, ``national_marks``:
#: Spanish ``CE``, the Constitución Española)
_NATIONAL = {
    (a, lg.code): lazy_compile(
        words_not_after(r"\w", *t.national_marks)
        + r"(?![\w])"
        + (
            r"(?![ ](?:" + words(*t.national_mark_stops) + r")(?![\w]))"
            if t.national_mark_stops
            else ""
        )
    )
    for lg in LANGUAGES
    for t in lg.treaties.values()
    if t.national_marks
    for a in t.national_abbreviations
}
#: How far from a citation a national mark tells its abbreviation is the national
#: instrument's (under the context a chunk of ``iter_extract`` is scanned with, so that
#: chunks give the same result).
NATIONAL_REACH = 3_000
#: (abbreviation, language) -> the words of the Union's writing one of which must be near
#: for the abbreviation to be read as the treaty (``Treaty.union_marks``: Spanish ``CE``
#: with ``Tribunal de Justicia``, ``Estados miembros``: ``_without_union``)
_UNION = {
    (a, lg.code): lazy_compile(words_not_after(r"\w", *t.union_marks) + r"(?![\w])")
    for lg in LANGUAGES
    for t in lg.treaties.values()
    if t.union_marks
    for a in t.national_abbreviations
}
#: The abbreviations of ``_NATIONAL``'s and ``_UNION``'s keys.
_NATIONAL_ABBRS = frozenset(a for a, _ in (*_NATIONAL, *_UNION))
#: The abbreviations of ``_UNION``'s keys.
_UNION_ABBRS = frozenset(a for a, _ in _UNION)
#: abbreviation -> the languages that give it a national instrument (``_NATIONAL``)
_NATIONAL_LANGS = {a: frozenset(c for b, c in _NATIONAL if b == a) for a, _ in _NATIONAL}
#: abbreviation -> the languages that ask for a mark of the Union's writing near it
_UNION_LANGS = {a: frozenset(c for b, c in _UNION if b == a) for a, _ in _UNION}
#: (the same, for ``treaty_drops_told``)
UNION_ASKING = _UNION_LANGS


def _national_near(key: tuple[str, ...], marks: re.Pattern[str], text: str, at: int) -> bool:
    """Whether a mark of ``key`` (``marks``) lies wholly within ``NATIONAL_REACH`` of ``at``."""
    spans = _spans(WholeText.of(text).spans, key, marks, text)
    return bool(spans) and within_reach(spans, at)


def _spans(
    kept: dict[tuple[str, ...], list[int]], key: tuple[str, ...], marks: re.Pattern[str], text: str
) -> list[int]:
    """The start and end of each mark of ``key`` (``marks``) in ``text``, in turn.  The marks
    are searched once a text, not once a citation (a text dense with ``artículo 24 CE``
    would search 6,000 characters at each), and kept by the extraction under way
    (``kept``: ``WholeText.spans`` of ``text``): kept here, the last text stayed alive
    after its extraction."""
    spans = kept.get(key)
    if spans is None:
        spans = kept[key] = [s for m in marks.finditer(text) for s in m.span()]
    return spans


def within_reach(spans: list[int], at: int) -> bool:
    """Whether a mark of ``spans`` (each mark's start and end in turn) lies wholly within
    ``NATIONAL_REACH`` of ``at``: the first start at or after the reach's start, if its end
    is within the reach."""
    i = bisect_left(spans, max(0, at - NATIONAL_REACH))
    i += i % 2
    return i < len(spans) and spans[i + 1] <= at + NATIONAL_REACH


@functools.lru_cache(maxsize=32)
def _acts(lang: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """The treaty abbreviations of ``lang`` that are also a domain of its acts (``EC``,
    ``EEC``) and its act type words (and subtypes) after a blank, or after the capitalised
    words of an act's name, none an author (``Article 15 of the EC Data Protection
    Directive``, Directive 95/46/EC's article, as L. Bygrave's article on profiling is
    titled in a 2019 GDPR commentary's bibliography, dokumen.tips, pages corpus: it was the
    EC Treaty's Article 15)."""
    lg = BY_CODE[lang]
    abbreviations = {a for t in lg.treaties.values() for a in t.abbreviations} & set(lg.domains)
    types = with_capitals((*(w for ws in lg.act_types.values() for w in ws), *lg.subtypes_before))
    name = (
        r"(?:[ ](?!(?:" + words(*lg.authors) + r")[ ])[A-ZÀ-Ý][\w’'-]*){0,4}" if lg.authors else ""
    )
    return frozenset(abbreviations), lazy_compile(name + r"[ ](?:" + words(*types) + r")(?![\w])")


@functools.lru_cache(maxsize=1)
def _glued_names() -> frozenset[str]:
    """The popular names written as a treaty's abbreviation with figures glued to it
    (``EU261``: Regulation (EC) No 261/2004), from the names file (read on first use)."""
    from eurefs.data import popular_name_entries  # (most texts have no call to tell)

    glued = lazy_compile(r"(?:" + words(*ABBR) + r")[1-9][0-9]{0,2}")
    names = (n for e in popular_name_entries() for ns in e["names"].values() for n in ns)
    return frozenset(n for n in names if glued.fullmatch(n))


def spells_name(abbr: str, call: str) -> bool:
    """Whether the figures ``call`` glued to the abbreviation ``abbr`` spell a popular name
    with it (``EU261``, ``EC261``: the air passenger rights regulation), no footnote call."""
    return abbr + call in _glued_names()


#: The footnote call glued to a list's last abbreviation, where the list's text ends
#: (``Articles 6 EU and 7 EU1.``: ``treaty_articles._same_treaty`` ends it before the call)
_LAST_CALL = lazy_compile(r"[1-9][0-9]{0,2}")


def _without_union(abbr: str, lang: str, text: str, places: tuple[int, int, int]) -> bool:
    """Whether ``abbr`` in ``text``, read after an article in ``lang`` (``places``: where
    the citation starts, the abbreviation, where the citation ends), is the national
    instrument the language also abbreviates so for want of a mark of the Union's writing
    near, where ``lang`` asks for one (``union_marks``: nothing tells the treaty), unless
    the citation is the whole text (a reference given alone, as ``parse`` reads a normal
    form: ``artículo 234 CE``)."""
    start, at, end = places
    union = _UNION.get((abbr, lang))
    if union is None or _alone(text, start, end):
        return False
    return not _national_near((abbr, lang, "union"), union, text, at)


def union_marks(abbr: str, lang: str, text: str) -> list[int] | None:
    """The marks of the Union's writing ``lang`` asks near the abbreviation ``abbr`` for it to
    be read as the treaty (each one's start and end in turn: ``within_reach``), None where
    it asks for none (``_without_union``)."""
    union = _UNION.get((abbr, lang))
    return (
        None
        if union is None
        else _spans(WholeText.of(text).spans, (abbr, lang, "union"), union, text)
    )


def alone(m: re.Match[str], end: int, start: int) -> bool:
    """Whether the citation of ``m`` from ``start``, the text going on at ``end``, is the
    whole text (``_without_union``)."""
    if start and not m.string[0].isspace():  # (most: as ``_alone`` tells first)
        return False
    return _alone(m.string, start, _citation_stop(m, end))


#: blanks before a citation, and what may follow one that is a whole text (``_alone``)
_BLANKS = re.compile(r"\s*")
_CLOSING = re.compile(r"[ .,;]*")


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the citation from ``start`` to ``end`` is the whole ``text`` (blanks before
    it, stops after it), read without copying the text around it: a text dense with
    citations copied it at each (``dense es CE articles``: time ~ n^1.5)."""
    if start and not text[0].isspace():  # (most: ``\s`` is what ``str.isspace`` tells)
        return False
    before, after = _BLANKS.match(text, 0, start), _CLOSING.match(text, end)
    return bool(before and before.end() == start and after and after.end() == len(text))


def unread_no_treaty(m: re.Match[str], end: int, word: str, start: int) -> bool:
    """Whether the abbreviation (group ``abbr`` of ``m``, ``ABBREVIATION``) names no treaty
    whatever language the article is read in (of the treaty's writing its ``word``, the
    only ones ``treaty_article_words.language`` picks from), told before the language is
    read, which a text dense with such citations would pay at each (``dense es CE
    articles``, ``dense es CE articles near STC``): a mark of the national instrument that
    a language writing the article ``word`` alike gives the abbreviation is near, whichever
    language the words around make the citation's (``(STC 12/2003; art. 24.1 CE)``, French
    by its words, is the Constitución Española's); or each language the article may be read
    in asks for a mark of the Union's writing near it, none is near, and the citation from
    ``start`` is not the whole text (``_without_union``); or each reads it as a word of
    prose there (``_prose_in_every``: ``Article 6 EU Article``)."""
    abbr = m.group("abbr")
    if abbr not in _NATIONAL_ABBRS:  # (most)
        return abbr in _PROSE_ABBRS and _prose_in_every(m, abbr, word, end)
    told = _TOLD.get((abbr, word))
    if told is None:
        told = _TOLD[abbr, word] = _told_unread(abbr, word)
    text, at = m.string, m.start("abbr")
    kept = WholeText.of(text).spans
    for key, marks in told[0]:
        if (spans := _spans(kept, key, marks, text)) and within_reach(spans, at):
            return True
    if not told[1] or _alone(text, start, _citation_stop(m, end)):
        return False
    for key, marks in told[1]:
        if (spans := _spans(kept, key, marks, text)) and within_reach(spans, at):
            return False
    return True


def national_marks(abbr: str, word: str, text: str) -> list[list[int]]:
    """The marks in ``text`` of the national instruments that tell ``abbr`` after ``word``
    no treaty whatever the language (``unread_no_treaty``), each instrument's as
    ``within_reach`` reads them; those of none left out."""
    told = _TOLD.get((abbr, word))
    if told is None:
        told = _TOLD[abbr, word] = _told_unread(abbr, word)
    kept = WholeText.of(text).spans
    return [spans for key, marks in told[0] if (spans := _spans(kept, key, marks, text))]


_Marks = tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
#: (abbreviation, article word) -> what ``unread_no_treaty`` asks (``_told_unread``)
_TOLD: dict[tuple[str, str], tuple[_Marks, _Marks]] = {}


def _told_unread(abbr: str, word: str) -> tuple[_Marks, _Marks]:
    """The keys and marks of ``_national_near`` that tell ``abbr`` after ``word`` no treaty
    whatever the language: the national instruments' of the languages writing ``word``,
    and the Union's words of each language the article may be read in where each asks
    for one (none where one does not)."""
    writing = WORD_LANGS[word]
    national = sorted(_NATIONAL_LANGS.get(abbr, frozenset()) & writing)
    langs = writing & set(ABBR[abbr])
    asking = sorted(langs) if langs and langs <= _UNION_LANGS.get(abbr, frozenset()) else []
    return (
        tuple(((abbr, c), _NATIONAL[abbr, c]) for c in national),
        tuple(((abbr, c, "union"), _UNION[abbr, c]) for c in asking),
    )


def _citation_stop(m: re.Match[str], end: int) -> int:
    """Where the citation of ``m`` stops, the text going on at ``end``: after a footnote
    call glued to the abbreviation or to the last of the same treaty's further articles."""
    if m.group("call"):
        return m.end("call")
    if not "1" <= m.string[end : end + 1] <= "9":  # (most: ``_LAST_CALL``'s first character)
        return end
    last_call = _LAST_CALL.match(m.string, end)
    return last_call.end() if last_call else end


def names_no_treaty(
    m: re.Match[str], end: int, lang: str, word: str | None = None, start: int = 0
) -> bool:
    """Whether the abbreviation (group ``abbr`` of ``m``, ``ABBREVIATION``) read after an
    article in ``lang`` names no treaty there, the text going on at ``end`` (after its
    footnote call, if any; or after the same treaty's further articles and a call glued to
    the last of them, ``Articles 6 EU and 7 EU1.``): one that is also a word of prose
    before anything but the citation's end (``Article 6 EU law``, ``Article 5 EU GDPR``:
    ``treaty_prose_abbrs``), a domain of acts before an act's type word (``Article 5
    EC Regulation 1234/2007``: the regulation's article; not ``Article 114 TFEU Directive
    2019/1937``: no act's domain), or one the language also gives a national instrument,
    with no word of the Union's writing near in a language that asks for one, but where
    the citation from ``start`` is the whole text (``_without_union``); or one
    whose footnote call spells a popular name with it (``Article 9 of EU261.``: the air
    passenger rights regulation, no note 261 to the EU Treaty).  (A mark of a national
    instrument near, ``artículo 24 CE`` near ``Constitución Española``, acts whatever the
    language: told before it is read, ``unread_no_treaty``, which ``treaty_articles.build``
    asks first.)"""
    abbr, text, at = m.group("abbr"), m.string, m.start("abbr")
    if m.group("call") and spells_name(abbr, m.group("call")):
        return True
    end = _citation_stop(m, end)
    if abbr in _UNION_ABBRS and _without_union(abbr, lang, text, (start, at, end)):
        return True
    if (abbr, lang) in CLOSED:  # (``treaty_prose_abbrs``)
        return prose(text, at, end, citation_end((lang,)))
    domains, types = _acts(lang)
    return abbr in domains and types.match(text, end) is not None


#: The abbreviations some language writes closed (``treaty_prose_abbrs.CLOSED``)
_PROSE_ABBRS = frozenset(a for a, _ in CLOSED)
#: (abbreviation, article word) -> where a citation ends in any of the languages writing
#: both, each writing it closed and asking for no mark of the Union's writing near it
#: (``treaty_prose_abbrs.citation_end``); None where one does not.
_PROSE_IN: dict[tuple[str, str], re.Pattern[str] | None] = {}


def _prose_in_every(m: re.Match[str], abbr: str, word: str, end: int) -> bool:
    """Whether :func:`names_no_treaty` tells the abbreviation ``abbr`` of ``m`` after the
    article ``word`` no treaty in every language writing both, each reading it as a word
    of prose there, the text going on at ``end``: whichever of them the language read
    gives, it is dropped; asked of them all at once (``treaty_prose_abbrs.prose``), which
    a text dense with such citations paid at each (``Article 6 EU`` repeated)."""
    key = (abbr, word)
    if key not in _PROSE_IN:
        cands = ordered(set(ABBR[abbr]) & WORD_LANGS[word])
        asking = _UNION_LANGS.get(abbr, frozenset())
        every = all((abbr, c) in CLOSED and c not in asking for c in cands)
        _PROSE_IN[key] = citation_end(tuple(cands)) if every and cands else None
    ends = _PROSE_IN[key]
    if ends is None:
        return False
    if m.group("call") and spells_name(abbr, m.group("call")):
        return True
    return prose(m.string, m.start("abbr"), _citation_stop(m, end), ends)
