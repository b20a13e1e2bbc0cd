"""Long names of the Treaties that start another treaty's longer name, and abbreviations
written before the article word.

In most languages the EC Treaty's long name starts the Euratom and ECSC Treaties' names
(``traité instituant la Communauté européenne`` + ``de l'énergie atomique``, ``Vertrag
zur Gründung der Europäischen Gemeinschaft`` + ``für Kohle und Stahl``).  The families
match the longest name written; where the longer name is written otherwise than its
record has it (``de l'Energie Atomique``, without its accent, in capitals), the shorter
name must not be taken for the treaty: :func:`goes_on` tells, from the records' names,
that the text goes on as the longer name does (its next two words, compared without
case, accents or the form of the apostrophe), and the article is then left without a
treaty (a miss, never the wrong treaty).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from eurefs.grammar.base import Context
from eurefs.grammar.common import KEYWORD_END, lazy_compile
from eurefs.grammar.treaty_brackets import bracket_lead
from eurefs.grammar.treaty_brackets import key as _key
from eurefs.grammar.treaty_brackets import plain as _plain
from eurefs.languages import LANGUAGES, index
from eurefs.languages.base import Language


def _continuations(records: Iterable[Language]) -> dict[str, set[tuple[str, ...]]]:
    """Long name (its :func:`_key`) -> the next two words of each longer name of another
    treaty of its record that it starts, compared without accents.  (A longer name of the
    same treaty is no other treaty: ``Charter of Fundamental Rights`` stays the Charter
    before ``of the Union``.)"""
    out: dict[str, set[tuple[str, ...]]] = {}
    for lg in records:
        names = {(_key(n), code) for code, t in lg.treaties.items() for n in t.names}
        for short, code in names:
            for long, other in names:
                if other != code and long.startswith(short + " "):
                    rest = long[len(short) + 1 :].split(" ")[:2]
                    out.setdefault(short, set()).add(tuple(rest))
    return out


#: :func:`_key` of a name as written (the names a text writes are few, each written again
#: and again: its accents dropped once, not at each)
_name_key = functools.lru_cache(maxsize=256)(_key)


@functools.cache
def _goes_on_table() -> dict[str, set[tuple[str, ...]]]:
    # built when a treaty name is first met (a quadratic walk of every record's names:
    # not a cost of every start-up)
    return _continuations(LANGUAGES)


def goes_on(name: str, text: str, end: int) -> bool:
    """Whether the long name ``name``, written in ``text`` up to ``end``, goes on there
    as a longer name of another treaty of its language does (so it is not the name of
    its own treaty)."""
    if text[end : end + 1] != " ":
        return False
    nexts = _goes_on_table().get(_name_key(name))
    if not nexts:
        return False
    written = _plain(text[end : end + 60])
    return any(tuple(written[: len(n)]) == n for n in nexts)


# Abbreviations a language also writes before the article word, in national writing
# (Danish ``TEUF artikel 101``, ``TEUF art. 267``, German ``AEUV Art. 267``): the
# abbreviation and a space -> {language: treaty code}.  Abbreviations alone (no long name,
# no word after them).
_LEADING: dict[str, dict[str, str]] = {}
for _lg in LANGUAGES:
    if _lg.treaty_abbreviation_leads:
        for _code, _treaty in _lg.treaties.items():
            for _a in _treaty.abbreviations:  # (not a word of prose: ``EU``)
                if _a[:1].isupper() and " " not in _a and _a not in _treaty.closed_abbreviations:
                    _LEADING.setdefault(_a + " ", {})[_lg.code] = _code
            for _n in _treaty.name_leads:  # (a name's genitive: ``EU-traktatens artikel 1``)
                _LEADING.setdefault(_n + " ", {})[_lg.code] = _code
# ... and the genitive of a short name (Danish ``chartrets artikel 47``), capitalised too at
# a sentence's start: the article is kept only after the treaty is named in full
SHORT_LEADS = tuple(
    f"{form} "
    for lg in LANGUAGES
    if lg.treaty_abbreviation_leads
    for treaty in lg.treaties.values()
    for lead in treaty.short_name_leads
    for form in (lead, lead[:1].upper() + lead[1:])
)
for _lg in LANGUAGES:
    if _lg.treaty_abbreviation_leads:
        for _code, _treaty in _lg.treaties.items():
            for _s in _treaty.short_name_leads:
                for _form in (_s, _s[:1].upper() + _s[1:]):
                    _LEADING.setdefault(_form + " ", {})[_lg.code] = _code
_LEADING_TAILS = tuple(_LEADING)


def leads_articles(word: str) -> bool:
    """Whether ``word`` is a treaty's abbreviation that some language writes before the
    article word (``AEUV``, ``GR-Charta``: ``GR-Charta Art. 18``)."""
    return word + " " in _LEADING


#: the article words such an abbreviation may go before (``artikel``, ``art.``; not Danish
#: ``Artikel``), in a language that writes its nouns with a capital all of them (German norm
#: chains: ``AEUV Art. 267``)
_LEADING_WORDS_OF = {
    lg.code: {w for w in lg.article_words if w.islower() or lg.capitalised_nouns}
    for lg in LANGUAGES
    if lg.treaty_abbreviation_leads
}
LEADING_WORDS = {w for ws in _LEADING_WORDS_OF.values() for w in ws}


def leads_next(text: str, end: int, abbr: str, lang: str, start: int) -> bool:
    """Whether ``abbr``, ending at ``end`` after an article read as ``lang`` (its word at
    ``start``), is one that language writes before the article word and goes before one
    here: it leads the next article, not ends this one (German norm chains, a line each:
    ``GR-Charta Art. 18`` then ``AEUV Art. 267``: Article 18 is the Charter's).  Only in
    such a language: an English list's line ``Articles 101 and 102 TFEU`` ends with its
    treaty, whatever follows; nor where the next article names its own treaty after its
    number (English ``Articles 101 and 102 TFEU`` then ``art 107 TFEU``), unless the
    article is itself led by its treaty's abbreviation (``EGV Art. 93 Abs. 3`` then ``EGV
    Art. 177`` then ``EGV Art. 92``: each abbreviation the next one's), nor in a chain whose
    norms are written article first (:func:`article_first`)."""
    if lang not in _LEADING.get(abbr + " ", ()) or text[end : end + 1] != " ":
        return False
    if article_first(text, start, lang):
        return False
    space = text.find(" ", end + 1, end + 16)
    if space > 0 and text[end + 1 : space] in _LEADING_WORDS_OF[lang]:
        number = space + 1
    elif text.startswith("Art", end + 1) and "Art" in _LEADING_WORDS_OF[lang]:
        number = end + 4  # (the number glued to the word, as the RIS lists norms: ``Art267``)
    else:
        return False
    return text[number : number + 1] in _DIGITS and (
        _OWN_TREATY.match(text, number) is None
        or abbreviation_before(text, start, (lang,)) is not None
    )


_DIGITS = frozenset("0123456789")
#: How far back a chain of norms is read (:func:`article_first`).
_CHAIN_REACH = 600
#: An abbreviation of a norm (``AEUV``, ``GR-Charta``, ``UStG``, ``EGRL``): two capitals
#: at least, no small letter before the first
_NORM_ABBR = lazy_compile(r"[A-ZÄÖÜÆØÅ](?=[\w-]*[A-ZÄÖÜÆØÅ])[\w-]{1,14}")
#: Within a norm, between its article word and its abbreviation: a number (``267``,
#: ``112/2006``, ``5a``), a single letter (``Buchst f``, ``Teil A``), a roman paragraph
#: (``III``), ``ff.``, ``f.``
_NORM_PART = lazy_compile(r"[^\W_]?[0-9][\w/().-]*|[^\W\d_]\)?|[IVX]{1,4}|f{1,2}\.")


@functools.cache
def _norm_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that start a norm in ``lang`` (its article words; ``§``) and those that
    stand inside one (its pinpoint words, with and without their dot: ``Abs``, ``Nr``,
    ``stk.``)."""
    record = next(lg for lg in LANGUAGES if lg.code == lang)
    inside = {f for w in record.pinpoints.words for f in (w, w.rstrip("."))}  # (``Nr``)
    # (and the words joining its numbers, which a line break may part from the norm's
    # start: ``AufenthG § 25 Abs. 2`` then ``und 3, § 60 Abs. 2``)
    inside.update(record.back_references.pinpoint_conjunctions)
    return frozenset((*record.article_words, "§", "§§")), frozenset(inside)


def article_first(text: str, start: int, lang: str) -> bool:
    """Whether the norms of the chain that the word at ``start`` goes on are
    written article first, each ended by its abbreviation (a court decision's list of the
    norms it cites, one a line: ``Art 315 EGRL 112/2006``, ``Art 267 Abs 3 AEUV``, ``Art
    73 EGRL 112/2006``): the chain read back from ``start``, over its norms' words,
    numbers and abbreviations, begins with an article word (or ``§``), not with an
    abbreviation (``AEUV Art. 20, 45`` then ``GR-Charta Art. 18``).  False where the
    chain's beginning is not found."""
    starts, inside = _norm_words(lang)
    # (from the word at ``start`` back)
    end = text.find(" ", start)
    words = text[max(0, start - _CHAIN_REACH) : end if end > 0 else len(text)].split(" ")
    first = None
    for word in reversed(words[1:] if start > _CHAIN_REACH else words):
        bare = word.rstrip(",;")
        if bare in starts:
            first = "article"
        elif _NORM_ABBR.fullmatch(bare):
            first = "abbreviation"
        elif not (bare in inside or _NORM_PART.fullmatch(bare)):
            return first == "article"
    return first == "article" and start <= _CHAIN_REACH


#: An article's number and a leading abbreviation after it: the article's own treaty.
_OWN_TREATY = lazy_compile(
    r"[0-9]{1,3}[a-z]?(?:\([0-9a-z]{1,4}\)){0,4}[ ](?:"
    + "|".join(re.escape(a.strip()) for a in sorted(_LEADING, key=len, reverse=True))
    + r")(?![\w-])"
)


_LEADING_LANG_WORDS = {g.code: g.article_words for g in LANGUAGES if g.treaty_abbreviation_leads}


def names_unnamed_list(chain: re.Match[str], start: int, word: str) -> bool:
    """Whether the abbreviation written before the article word ``word`` at ``start`` names
    the treaty of the list of articles ``chain`` goes on with, which names none itself
    (``TFEU art 101(1) and art 102``: the chain's groups ``abbr`` ... ``call`` are empty),
    or a name that is the keyword before the one the list and the chain make (``Carta dos
    Direitos Fundamentais da União Europeia — Artigo 47.o, segundo parágrafo, e artigo
    48.o, n.o 1»``: :func:`keyword_lead`)."""
    if any(chain.group("abbr", "long", "short", "after", "call")):
        return False
    if keyword_lead(chain.string, start, chain.end("chain"), _ALL_LANGS) is not None:
        return True
    if bracket_lead(chain.string, start, chain.end("chain"), _ALL_LANGS) is not None:
        return True
    if word not in LEADING_WORDS:
        return False
    langs = [c for c, words in _LEADING_LANG_WORDS.items() if word in words]
    return abbreviation_before(chain.string, start, langs) is not None


_ALL_LANGS = frozenset(lg.code for lg in LANGUAGES)


def other_treaty_before(
    text: str, start: int, abbreviations: dict[str, dict[str, str]], chain: re.Match[str]
) -> bool:
    """Whether a treaty's abbreviation (one of ``abbreviations``: abbreviation -> {language:
    treaty}) written right before the article at ``start`` names another treaty than the
    one the ``chain`` of further articles names after it (its group ``abbr``): ``TFEU art
    101 and art 6 TEU``, where 101 is the TFEU's, not the TEU's."""
    if not chain.group("abbr"):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None or (treaties := abbreviations.get(before.group(1))) is None:
        return False
    return not set(treaties.values()) & set(abbreviations[chain.group("abbr")].values())


#: the last word before an article, as a treaty's abbreviation would stand (``TFEU ``)
_WORD_BEFORE = lazy_compile(r"(?<![\w/-])([\w-]{2,12})[ ]$")


def abbreviation_before(text: str, start: int, langs: Iterable[str]) -> tuple[int, str, str] | None:
    """The treaty abbreviation written right before the article word at ``start`` by one
    of ``langs`` (the languages of the word) that writes it there (``TEUF artikel 101``):
    where it starts, the language and the treaty's code; None when there is none (a test
    in C first: most articles have none)."""
    if not _LEADING_TAILS or not text.endswith(_LEADING_TAILS, 0, start):
        return None
    for tail, treaties in _LEADING.items():
        at = start - len(tail)
        # (not the end of a word or of an act's number: ``2000/78/EF artikel``)
        if not text.endswith(tail, 0, start) or (
            at and (text[at - 1].isalnum() or text[at - 1] in "/-")
        ):
            continue
        for lang in sorted(set(langs) & set(treaties)):
            # (not the abbreviation that ends the norm before, written article first)
            return None if article_first(text, at, lang) else (at, lang, treaties[lang])
    return None


# The Court's keyword lines name a treaty as a keyword of its own and its articles as the
# next one: ``Charter of Fundamental Rights of the European Union – Articles 7, 8 and 47 –
# Directive 95/46/EC``, Czech ``Listina základních práv Evropské unie – Články 7, 8 a 47``.
# Any record's long name, capitalised (it opens the keyword) -> {language: treaty code}.
_KEYWORD_NAMES: dict[str, dict[str, str]] = {}
for _lg in LANGUAGES:
    for _code, _treaty in _lg.treaties.items():
        for _n in _treaty.names:
            _KEYWORD_NAMES.setdefault(_n[:1].upper() + _n[1:], {})[_lg.code] = _code
#: The articles a keyword may start with before the name, capitalised (Hungarian ``Az``: the
#: records' ``back_references.articles``) -> their languages
_KEYWORD_ARTICLES = index(lambda lg: (a for a in lg.back_references.articles if a[:1].isupper()))
_LONGEST_KEYWORD_NAME = max(map(len, _KEYWORD_NAMES), default=0)
#: What a keyword starts after: the dash before it, a paragraph's start, the quotation mark
#: or bracket that opens the line
_KEYWORD_STARTS = (" - ", "  ", "„", "“", "”", '"', "«", "(", "[")
_KEYWORD_END = lazy_compile(KEYWORD_END)


def keyword_lead(
    text: str, start: int, end: int, langs: Iterable[str]
) -> tuple[int, dict[str, str]] | None:
    """Where the treaty's name starts and its treaties by language (of ``langs``), where the
    name is a whole keyword of a keyword line and the articles from ``start`` to ``end`` the
    whole next one (after the name's dash, up to the next dash, a closing bracket or
    quotation mark, or the paragraph's end); None elsewhere, as where the name ends a
    longer keyword (``Protocol (No 21) ... annexed to the Treaty on European Union and to the
    Treaty on the Functioning of the European Union – Article 3``: the Protocol's article)
    or the articles go on (``– Article 5 of Directive 2000/78/EC –``)."""
    if not text.endswith(" - ", 0, start) or not _KEYWORD_END.match(text, end):
        return None
    name_end = start - 3
    lo = max(0, name_end - _LONGEST_KEYWORD_NAME - 2)
    found = [i + len(s) for s in _KEYWORD_STARTS if (i := text.rfind(s, lo, name_end)) >= 0]
    at = max(found, default=0 if lo == 0 else -1)
    treaties = _KEYWORD_NAMES.get(text[at:name_end]) if at >= 0 else None
    treaties = {lang: code for lang, code in (treaties or {}).items() if lang in langs}
    return (at, treaties) if treaties else None


def keyword_name(text: str, at: int, name: str) -> bool:
    """Whether ``name``, at ``at``, is a record's long name of a treaty that opens a keyword
    of a keyword line (after the dash before it, a paragraph's start, the quotation mark or
    bracket that opens the line, or at the text's start), in the languages that name the
    treaty before its articles, treaty first in their keyword lines too
    (``grammar/treaty_articles_abbr_first``: ``Euroopa Liidu põhiõiguste harta – Artiklid
    7, 8 ja 47 –``, ``Euroopan unionin perusoikeuskirja – 7, 8 ja 47 artikla –``)."""
    if name not in _KEYWORD_NAMES:
        return False
    if at == 0 or text.endswith(_KEYWORD_STARTS, 0, at):
        return True
    # (after an article the language starts a keyword with: ``– Az Európai Unió Alapjogi
    # Chartája – 7., 8. és 47. cikk –``)
    article = text[text.rfind(" ", 0, at - 1) + 1 : at - 1] if text[at - 1 : at] == " " else ""
    langs = _KEYWORD_ARTICLES.get(article, ())
    start = at - len(article) - 1
    return any(lang in langs for lang in _KEYWORD_NAMES[name]) and (
        start == 0 or text.endswith(_KEYWORD_STARTS, 0, start)
    )


def ends_keyword(text: str, at: int) -> bool:
    """Whether a keyword ends at ``at`` (``common.KEYWORD_END``)."""
    return _KEYWORD_END.match(text, at) is not None


def named_before(
    m: re.Match[str], word: str, langs: Iterable[str], ctx: Context, end: int = -1
) -> tuple[int, str, str] | None:
    """Where the treaty named before the article ``m`` (its article word ``word``, of
    ``langs``) starts, its language and code: an abbreviation right before the word (``TEUF
    artikel 101``), a name opening a bracket the article closes (``(EEC Treaty, Art.
    177)``), or a name that is the keyword before the article's, which ends at ``end``
    where further articles go on the list (:func:`keyword_lead`); None where there is
    none."""
    string, start = m.string, m.start()
    if word in LEADING_WORDS and (before := abbreviation_before(string, start, langs)):
        return before
    led = bracket_lead(string, start, max(end, m.end("list")), langs)
    if led is None and (led := keyword_lead(string, start, max(end, m.end("list")), langs)) is None:
        return None
    lang = ctx.language(led[1], start, 80)
    return led[0], lang, led[1][lang]
