"""Commission documents: ``COM(2021) 752 final``, ``JOIN (2021) 32 final``, ``SWD(2020) 207``.

Written variants accepted: spaces and case (``COM (2025) 553 FINAL``,
``COM(2025) 75final``), EUR-Lex URI styles (``COM/2023/200 final``,
``COM:2024:380:FIN``; ``C/2019/788``, the line under an act's title on EUR-Lex, up to
2022: from 2023 the Official Journal's C series numbers its acts so too), Parliament's
zero-padded ``COM(2020)0221``, two-digit years (``COM(97) 558``, ``C (22) 4755``) and
corrected versions (``final/2``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar import years
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import OPT_SP, first_chars, lazy_compile, words
from eurefs.grammar.finite_strings import IGNORECASE_ASCII, first_characters, literal_heads
from eurefs.grammar.oj_forms import FIRST_ACT_BY_ACT_YEAR
from eurefs.grammar.written_alike import WORDS_BEFORE
from eurefs.languages import BY_CODE, LANGUAGES, index, ordered
from eurefs.languages.evidence import pick, tell
from eurefs.models.light import BaseReference, ComDocumentRef
from eurefs.models.prototypes import reference
from eurefs.pattern_store import compile_pattern

# Document types, with the languages' own spellings (German ``KOM``/``SEK``); ``C``, a lone
# letter, is read apart.
_TYPES = tuple(t for t in ids.COM_TYPES if t != "C")
_TYPE_ALIASES = {a: t for lg in LANGUAGES for a, t in lg.com.type_aliases.items()}
_ALIAS_LANGS = index(lambda lg: lg.com.type_aliases)
_FINAL_LANGS = index(lambda lg: lg.com.final_words, fold=True)
_ALL_LANGS = frozenset(lg.code for lg in LANGUAGES)
# Lower case is taken too (``com(2021) 752 final``), but not a lone letter (``c``,
# ``k``: the C documents' ``K(2008) 5533`` of the languages writing ``K``), nor a
# Cyrillic look-alike (``сом`` is a word, the Kyrgyz currency too).
_LOWER_TYPES = tuple(t.lower() for t in (*_TYPES, *_TYPE_ALIASES) if len(t) > 1 and t.isascii())
_TYPE_WORDS = words(*_TYPES, *_TYPE_ALIASES, *_LOWER_TYPES, "C")
_FINAL_WORDS = words(*_FINAL_LANGS)  # re.escape escapes spaces: safe in a VERBOSE pattern
# The types written in EUR-Lex's URI style (``COM/2023/200 final``) by their letters in
# every language (``KOM/2008/0650 lõplik``, Maltese ``KUMM/2007/0840 finali``): not the
# one-letter aliases (``K``), nor ``C``, added to the pattern alone (read up to 2022:
# ``build``)
_SLASH_TYPES = tuple(t for t in (*_TYPES, *_TYPE_ALIASES) if len(t) > 1 and t.isascii())

# The types of the EUR-Lex URI style (``COM:2024:380:FIN``): those with a ``comnat`` id; those
# whose first letter leads no other family's anchor (``_uri_anchor``)
_URI = ids.COMNAT_TYPES
_URI_UNSHARED = frozenset({"JOIN"})

# (every match starts with a type word; the look-ahead first, see ``first_chars``)
PATTERN = lazy_compile(
    rf"""{first_chars(*_TYPES, *_TYPE_ALIASES, *_LOWER_TYPES, "C")}(?<![^\W_])
    (?:
        (?P<type>{_TYPE_WORDS}){OPT_SP}\({OPT_SP}(?P<y1>[0-9]{{4}}|[0-9]{{2}}){OPT_SP}\){OPT_SP}
        (?P<n1>[0-9]{{1,5}})
      | (?P<type2>{words(*_SLASH_TYPES, "C")})/(?P<y2>[0-9]{{4}})/(?P<n2>[0-9]{{1,5}})
      | (?P<type3>{"|".join(_URI)}):(?P<y3>[0-9]{{4}}):(?P<n3>[0-9]{{1,5}})(?P<fin3>:FIN)?
    )
    (?![\d/])
    (?P<final>[ ]?(?P<fword>(?i:{_FINAL_WORDS}))
        (?:[ \t]?/[ \t]?(?P<ver>[0-9]{{1,2}}))?)?
    (?:(?<=[A-Za-z.])(?P<call>[1-9][0-9]{{0,2}}))?  # a footnote call glued to ``final``
    (?![A-Za-z0-9])""",
    re.VERBOSE,
)


# Nature words per language: a reference is read with the words of its own language.
# Led by a look-ahead of their first characters (``re`` enters an alternation of words
# in any case at every position of a clause); made on first use (start-up reads none).
@functools.cache
def _nature_words(lang: str, proposal: bool) -> re.Pattern[str]:
    record = BY_CODE[lang]
    words = record.com.proposal_words if proposal else record.com.communication_words
    return _word_pattern(words)


@functools.cache
def _nature_heads(lang: str, proposal: bool) -> tuple[str, ...] | None:
    record = BY_CODE[lang]
    return _ascii_heads(record.com.proposal_words if proposal else record.com.communication_words)


def _ascii_heads(words: Sequence[str]) -> tuple[str, ...] | None:
    """What every match of ``words`` starts with, each alternative's literal start up to its
    first letter outside ASCII, lower-cased (``finite_strings.literal_heads``); None where
    one has no such start (``\\bпредложени``, ``(?:biał|zielon)``: searched)."""
    heads = literal_heads("|".join(words or ["(?!)"]))
    if heads is None:
        return None
    cut = tuple(h[: next((i for i, c in enumerate(h) if not c.isascii()), len(h))] for h in heads)
    return tuple(h.lower() for h in cut) if all(cut) else None


#: The characters ``re.IGNORECASE`` reads as an ASCII letter that ``str.lower`` does not
#: make that letter (``ſ`` for ``s``; ``İ`` also lengthens the text): a clause holding one
#: is searched by the pattern itself (``_last_end``).
_NOT_LOWERED = tuple(sorted(IGNORECASE_ASCII))


def _last_end(
    pattern: re.Pattern[str], heads: tuple[str, ...] | None, clause: str, low: str | None
) -> int:
    """Where the last of the matches ``pattern.finditer(clause)`` gives ends (-1: none).

    Given ``low``, ``clause`` lower-cased without a character of ``_NOT_LOWERED``, the
    pattern (case ignored) is tried only where one of its ``heads`` starts in ``low``,
    in the order and from the places ``finditer`` would reach them: every match starts
    there.  (A search ignoring case enters the pattern at every character: ~300
    instructions each, the 16 COM numbers of 1 MB of the benchmark text 3.8M for their
    clauses of ~360 characters; an ``str.find`` per head skips them in C.)"""
    if heads is None or low is None:
        return max((m.end() for m in pattern.finditer(clause)), default=-1)
    last = -1
    for start in sorted({i for h in heads for i in _places(low, h)}):
        if start >= last and (m := pattern.match(clause, start)) is not None:
            last = m.end()
    return last


def _places(text: str, head: str) -> list[int]:
    """Where ``head`` starts in ``text``, overlapping starts too."""
    found = []
    i = text.find(head)
    while i >= 0:
        found.append(i)
        i = text.find(head, i + 1)
    return found


def _word_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """Any of ``words`` in any case, led by their first characters (so that ``re`` skips
    to where one may start)."""
    source = "|".join(words or ["(?!)"])
    firsts = first_characters(source)
    lead = "(?=[" + "".join(sorted(map(re.escape, firsts))) + "])" if firsts else ""
    return compile_pattern(lead + "(?:" + source + ")", re.IGNORECASE)


# A sentence boundary or a paragraph break (two spaces in the folded view) ends
# the clause a COM number belongs to.  (Each branch led by a literal: ``re`` then skips
# to the next space, full stop or semicolon instead of entering at every character.)
_CLAUSE_END = compile_pattern(r"  |\.\s+(?=[A-Z\[\\(])|;\s+(?=[A-Z\[\\(])")


def _clauses(ctx: Context, start: int) -> tuple[str, list[int]]:
    """The text before a number and where its clauses start (its own is the last)."""
    before = ctx.before(start, 600)
    return before, [0, *(e.end() for e in _CLAUSE_END.finditer(before)), len(before)]


def _nature(before: str, bounds: list[int], lang: str) -> str | None:
    """``proposal`` or ``communication`` when the clause before the number says which."""
    # The number's own clause decides; a number that starts its paragraph (EUR-Lex
    # headers: ``Proposal for a COUNCIL DECISION ...``, then ``COM/2023/322 final``,
    # ``Brussels, 9.6.2023``, ``COM(2023) 322 final``) takes the nearest of the three
    # paragraphs before it that says which.
    tries = 1 if before[bounds[-2] :].strip() else 4
    for i in range(1, min(tries, len(bounds) - 1) + 1):
        nature = _nature_of(before[bounds[-1 - i] : bounds[-i]], lang)
        if nature:
            return nature
    return None


# The article of the Treaty a communication on the Council's position is made under,
# in any language (``Article 294(6)``, ``artikel 294, lid 6``, ``Artikel 294 Absatz 6``;
# before Lisbon ``the second subparagraph of Article 251 (2) of the EC Treaty``)
_COUNCIL_POSITION = compile_pattern(r"\b294\b[^0-9]{0,30}\b6\b|\b251\b[^0-9]{0,30}\b2\b")


def _nature_of(clause: str, lang: str) -> str | None:
    """The word nearest to the end decides ("the report on the proposal ..."); a
    communication on the Council's position (Article 294(6) TFEU, 251(2) EC) is a step of
    the legislative procedure, filed with the proposals (``PC``): EUR-Lex 52022PC0339,
    52016PC0507, 52014PC0159, 52011PC0697, 52007PC0389."""
    lowers = clause.isascii() or not any(map(clause.__contains__, _NOT_LOWERED))
    low = clause.lower() if lowers else None
    last_prop = _last_end(_nature_words(lang, True), _nature_heads(lang, True), clause, low)
    last_comm = _last_end(_nature_words(lang, False), _nature_heads(lang, False), clause, low)
    if last_prop < 0 and last_comm < 0:
        return None
    if last_prop > last_comm or _COUNCIL_POSITION.search(clause):
        return "proposal"
    return "communication"


#: The words a nature word may be among: four letters or more (the records' nature words
#: all have), the final words left out (``COM(2021) 752 final; COM(2021) 753 final``).
_WORD = compile_pattern(r"[^\W\d_]{4,}")
_FINAL_LOWER = frozenset(part for w in _FINAL_LANGS for part in w.lower().split())


def _worded(clause: str) -> bool:
    """Whether ``clause`` holds a word that may be a nature word of some language: one
    search for every record's nature words before a search per language (a text dense
    with references made each COM number try twenty languages' words)."""
    if not any(w.lower() not in _FINAL_LOWER for w in _WORD.findall(clause)):
        return False
    return _any_nature_word().search(clause) is not None


@functools.cache
def _any_nature_word() -> re.Pattern[str]:
    """Every record's proposal and communication words, in one pattern."""
    words = sorted(
        {w for lg in LANGUAGES for w in (*lg.com.proposal_words, *lg.com.communication_words)}
    )
    return _word_pattern(words)


def _language_and_nature(
    ctx: Context, start: int, end: int, cands: frozenset[str], com: bool
) -> tuple[str, str | None]:
    """The reference's language, by the words around it, and a COM number's nature.
    Where the clause holds no nature word of that language but holds some of others
    (``Komisja przedstawiła wniosek COM(2020) 842 final``: no frequent word of the
    records, the institution's name in the nominative), the nature word tells the
    language too: the likeliest of the languages that write it."""
    # the words of one language alone first (``Better Regulation Guidelines {COM(2015)
    # 215 final}`` is English, though ``commission`` is French too and a footer's ``EN``
    # the word ``en`` of five languages); not Context.language: COM numbers come in
    # lists, each would read far back again
    before = ctx.before(start, 80)
    told = tell(ctx.before(start, WORDS_BEFORE))
    if told is not None and told in cands:
        lang = told
    else:
        lang = pick(cands, before, after=ctx.region[end : end + 80])
    if not com:
        return lang, None
    text, bounds = _clauses(ctx, start)
    nature = _nature(text, bounds, lang)
    clause = text[bounds[-2] :]
    if nature is not None or not _worded(clause):
        return lang, nature
    found = [c for c in ordered(cands) if c != lang and _nature_of(clause, c)]
    if not found:
        return lang, None
    lang = pick(found, before)
    return lang, _nature_of(clause, lang)


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`ComDocumentRef` with its CELEX candidates."""
    end = m.start("call") if m.group("call") else m.end()  # the span ends before a call
    written_type = (m.group("type") or m.group("type2") or m.group("type3")).upper()
    doc_type = _TYPE_ALIASES.get(written_type, written_type)
    year_s = m.group("y1") or m.group("y2") or m.group("y3")
    num_s = m.group("n1") or m.group("n2") or m.group("n3")
    year = ids.full_year(year_s)
    number = int(num_s)
    if not ids.comnat_number_ok(doc_type, number) or year < 1950 or years.is_future_year(year):
        return ()
    version = int(m.group("ver")) if m.group("ver") else None
    has_final = bool(m.group("final")) or bool(m.group("fin3"))
    if doc_type == "C" and m.group("y1") and not has_final and len(year_s) == 2 and number < 100:
        # ``C (22) 4`` is too weak: C documents without "final" need a real number.
        return ()
    if doc_type == "C" and m.group("y2") and year >= FIRST_ACT_BY_ACT_YEAR:
        # (``C/2024/1234`` is also an act of the Official Journal's C series: which, the
        # text does not say)
        return ()
    cands = _ALL_LANGS
    if written_type in _ALIAS_LANGS:
        cands &= _ALIAS_LANGS[written_type]
    if m.group("fword"):
        cands = (cands & _FINAL_LANGS.get(m.group("fword").lower(), frozenset())) or cands
    lang, nature = _language_and_nature(ctx, m.start(), end, cands, doc_type == "COM")
    suffix = f"/{version}" if version else ""
    celex, candidates, cellar_ids, url = _identifiers(
        doc_type, year, number, nature, version is not None and version > 1
    )
    return (
        reference(
            ComDocumentRef,
            m.string[m.start() : end],
            m.start(),
            end,
            lang=lang,
            normalized=f"{doc_type}({year}) {number} final{suffix}",
            celex=celex,
            celex_candidates=candidates,
            cellar_ids=cellar_ids,
            eurlex_url=url,
            doc_type=doc_type,
            year=year,
            number=number,
            version=version,
            nature=nature,
        ),
    )


# How far a match reaches after its anchor, and the character its last look-ahead reads:
# ``(``, a year and ``)`` with up to two spaces around each (``COM:2024:``, ``:FIN``: no
# longer), a number, the longest word for ``final``, a version and a footnote call.
_REACH = 1 + 2 + 4 + 2 + 1 + 2 + 5 + 1 + max(map(len, _FINAL_LANGS), default=0) + 5 + 3 + 1
# Last letters of the type words, for the anchor before the bracket.
_LAST = "".join(sorted({t[-1] for t in (*_TYPES, *_TYPE_ALIASES, *_LOWER_TYPES, "C")}))


def _uri_anchor(doc_type: str) -> Anchor:
    """The anchor of the URI style's type ``doc_type`` and its colon (``COM:2024:``), led by
    the type's first letter, its window the one around the colon (``before`` 4, ``after``
    ``_REACH``).  The whole type before the colon: ``EU:C:2023:110``, every ECLI of the
    Court, ends in a type's last letter too (on 1 MB of the benchmark text its 205 windows
    cost the pattern's search 3.6M instructions for no match).  Not the colon first: a
    search of its own, a pass over the whole text (~5.7M instructions a MB) for a form few
    texts write, where ``C`` and ``S`` lead other families' anchors and share their pass
    (``anchor_scan``: +0.1M); ``J``, which leads none, only in a text holding ``JOIN:``
    (``Anchor.rare``: an ``in`` test, ~2.5M)."""
    width = len(doc_type)
    return Anchor(
        compile_pattern(doc_type[0] + "(?=" + doc_type[1:] + r":[0-9]{4}:)"),
        before=4 - width,
        after=_REACH + width,
        rare=doc_type + ":" if doc_type in _URI_UNSHARED else "",
    )


FAMILY = Family(
    kind="com_document",
    pattern=PATTERN,
    build=build,
    # Led by the bracket or slash after the type, which ``re`` finds at memchr
    # speed (a search per type word costs a full scan each): ``COM(``,
    # ``JOIN (``, ``KOM  (`` (after a paragraph break), ``COM/2023/``, ``COM:2024:``.
    # The year follows the bracket (``Regulation (EU)`` is no anchor: a window per act
    # cost more than the family's matches); each window holds the longest match from
    # its anchor (``(2021)  12345 wersja ostateczna / 12`` and a call), so none depends
    # on the window of another anchor.
    anchors=(
        Anchor(
            compile_pattern(
                rf"\((?:(?<=[{_LAST}]\()|(?<=[{_LAST}] \()|(?<=[{_LAST}]  \())(?=[ ]{{0,2}}[0-9])"
            ),
            before=7,
            after=_REACH,
        ),
        Anchor(
            compile_pattern(
                r"/(?<=[" + "".join(sorted({t[-1] for t in _SLASH_TYPES})) + r"]/)(?=[0-9]{4}/)"
            ),
            before=max(map(len, _SLASH_TYPES)),
            after=_REACH,
        ),
        *map(_uri_anchor, _URI),
    ),
    priority=5,
)


def _identifiers(
    doc_type: str, year: int, number: int, nature: str | None, corrected: bool
) -> tuple[str | None, tuple[str, ...], tuple[str, ...], str | None]:
    """A document's CELEX, CELEX candidates, Cellar ids and EUR-Lex link.

    A corrected version (``COM/2013/0816 final/2``) is a document of its own, whose CELEX
    (the original's, or one with a suffix) no source read confirms: none of the
    original's identifiers (docs/recognition.md)."""
    if corrected or doc_type == "C":
        return None, (), (), None
    candidates = ids.com_celex_candidates(doc_type, year, number)
    celex: str | None = None
    if doc_type == "COM" and nature:
        celex = ids.build_celex("5", year, "PC" if nature == "proposal" else "DC", number)
    elif len(candidates) == 1:
        celex = candidates[0]
    return (
        celex,
        (celex,) if celex else tuple(candidates),
        (f"comnat:{ids.comnat_id(doc_type, year, number)}",),
        ids.eurlex_celex_url(celex) if celex else ids.eurlex_com_url(doc_type, year, number),
    )
