"""Treaty articles written treaty first: Finnish ``SEUT 267 artikla``, Latvian
``LESD 267. pants``, Lithuanian ``SESV 267 straipsnis``, Hungarian ``EUMSZ 267. cikk``,
Estonian ``ELTL artikli 267``, and the same with the treaty's long name, declined as
the language declines it before the number (``Euroopan unionin toiminnasta tehdyn
sopimuksen 267 artikla``, ``Līguma par Eiropas Savienības darbību 267. pants``), the
Charter too (``Euroopan unionin perusoikeuskirjan 47 artikla``), with its abbreviation
or a short name defined in between (``Az Európai Unió Alapjogi Chartája (a továbbiakban:
a Charta) 8. cikkének``: in the span, out of the normal form).

Languages whose record sets ``treaty_abbreviation_first``; the words come from their
records (treaty abbreviations and long names, article words and their normal forms).
The span runs from the abbreviation or name through the article number or word and the
subdivisions written after one article (``SEUT 101 artiklan 1 kohta``: ``_subdivisions``);
the normal form keeps the order of the language with the treaty's code (``SEUT 267
artikla``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from eurefs.grammar import pinpoint_numbers
from eurefs.grammar.act_pinpoints import after_match
from eurefs.grammar.after_pinpoint_patterns import after_parts
from eurefs.grammar.article_lists import designations
from eurefs.grammar.base import Context, Family
from eurefs.grammar.common import RANGE, collapse_spaces, lazy_compile, words
from eurefs.grammar.named_again import may_name_again
from eurefs.grammar.treaty_abbr_names import ABBR, LANGS, SHORT_ONLY, anchors
from eurefs.grammar.treaty_names import ends_keyword, keyword_name
from eurefs.languages import BY_CODE, Language, index
from eurefs.models.light import BaseReference, TreatyArticleRef
from eurefs.models.prototypes import construct
from eurefs.pattern_store import compile_pattern

_STOPS = [
    w for lg in LANGS for t in lg.treaties.values() if t.short_names for w in t.short_name_stops
]
_STOPPED = compile_pattern(r"(?<![\w-])" + words(*_STOPS) + r"[ ]$" if _STOPS else "(?!)")
#: the abbreviations alone, written in brackets after a long name (``... sopimuksen (SEUT)``)
_PAREN = [a for lg in LANGS for t in lg.treaties.values() for a in t.abbreviations]
# ... or the definition of a short name, between the name and the number, as acts write
# it: ``Az Európai Unió Alapjogi Chartája (a továbbiakban: a Charta) 8. cikkének``,
# ``Euroopan unionin perusoikeuskirjan, jäljempänä 'perusoikeuskirja', 8 artiklan``
_INTROS = [i for lg in LANGS for i in lg.back_references.definition_intros]
_ALIAS = r"[ ]\([^()\n]{1,60}\)" + (
    r"|,[ ]" + words(*_INTROS) + r"[ ][^,()\n]{1,40}," if _INTROS else ""
)
_WORD_LANGS = index(lambda lg: lg.article_words if lg.treaty_abbreviation_first else ())
# the languages that write no number before the article's word: there a number between the
# treaty and the word is a footnote call's (Estonian ``lepingu 1 artikkel 169``)
_WORD_FIRST = frozenset(lg.code for lg in LANGS if lg.pinpoints.numbers_after_words)
# a word that makes the number a former one (Lithuanian ``EB sutarties ex 234 straipsnis``)
_FORMER_LANGS = index(lambda lg: lg.treaty_former_words if lg.treaty_abbreviation_first else ())
_FORMER = r"(?:[ ](?P<former>" + words(*_FORMER_LANGS) + r"))?" if _FORMER_LANGS else ""
# ... or the former number in brackets between the number and the word, perhaps with a dot
# after the word (Lithuanian ``EB sutarties 234 (ex. 177) str.``): in the span, out of the
# normal form, the article the one numbered first
_WAS = (
    r"(?P<was>[ ]\((?P<was_word>" + words(*_FORMER_LANGS) + r")\.?[ ][0-9]{1,3}[a-z]?\.?\))?"
    if _FORMER_LANGS
    else ""
)
# (a paragraph and point in brackets, as national writing has them: Estonian ``ELL artikliga
# 4(3)``, Finnish ``SEUT 107(3)(b) -artiklan``)
_NUM = r"[0-9]{1,3}[a-z]?(?:\([0-9]{1,3}[a-z]?\)){0,3}(?:\([a-z]{1,4}\)){0,3}"
# The enacting formula: a bare article right after the treaty's name and the record's lead
# (``Līgumu par Eiropas Savienības darbību un jo īpaši tā 43. panta``, ``Euroopa Liidu
# toimimise lepingut, eriti selle artikli 91``): the article is the named treaty's.
_LEADS = [ld for lg in LANGS for ld in lg.enacting_leads]
_LEAD = r"|(?P<lead>,?[ ](?:" + "|".join(_LEADS or ["(?!)"]) + r")[ ])"
# a conjunction of the records (``ja``, ``un``, ``ir``, ``és``, ``vagy``), perhaps after a
# comma (Hungarian ``101., illetve 102. cikk``), and the language's article after it
# (Hungarian ``EUMSZ 20. és a 21. cikk``)
_CONJ = words(*(c for lg in LANGS for c in lg.article_conjunctions))
_ARTICLES = [a for lg in LANGS for a in lg.back_references.articles if a.islower()]
_ARTICLE = r"(?:[ ]" + words(*_ARTICLES) + r")?" if _ARTICLES else ""
_CONJ_WORD = r",?[ ]" + _CONJ + _ARTICLE + r"[ ]"
_SPLIT = compile_pattern(_CONJ_WORD + r"|[ ]?,[ ]|" + RANGE)
_ORDINAL_DOT = compile_pattern(r"(?<=[0-9a-z])\.(?=[ ,]|$)")
# between numbers: a range dash, a comma or a conjunction, after the ordinal dot of the
# languages that write one (``EUMSZ 20. és 21. cikk``, ``LESD 20. un 21. pants``), and
# after a conjunction or a comma the same treaty again (``EUMSZ 20. és EUMSZ 21. cikk``,
# ``EY 10, EY 81 ja EY 82 artikla``)
_SEP = r"\.?(?:" + RANGE + r"|(?:[ ]?,[ ]|" + _CONJ_WORD + r")(?:(?P=abbr)[ ])?)"
_NUMS = _NUM + r"(?:" + _SEP + _NUM + r"){0,10}"
# One article of a list in the enacting formula, its numbers by its word, number first or
# word first (``42 artiklan``, ``43. cikke``, ``artikli 42``): the subdivisions between
# them are read by the pinpoints written after an act (``grammar/act_pinpoints``)
_ALONE = _NUM + r"(?:\.?(?:" + RANGE + r"|[ ]?,[ ]|" + _CONJ_WORD + r")" + _NUM + r"){0,10}\.?"
_WORDS = words(*_WORD_LANGS) if _WORD_LANGS else "(?!)"
# ... and capitalised, as a keyword of the Court's keyword lines opens with it, after a
# treaty's name that is the keyword before (``– Euroopa Liidu põhiõiguste harta – Artiklid
# 7, 8 ja 47 –``: ``treaty_names.keyword_name``), read only there
_CAPITALS = [w[0].upper() + w[1:] for w in _WORD_LANGS]
_ALL_WORDS = words(*_WORD_LANGS, *_CAPITALS) if _WORD_LANGS else "(?!)"
_LISTED = compile_pattern(
    r"(?<![\w.])(?:(?P<nums>" + _ALONE + r")[ ](?P<word>" + _WORDS + r")"
    r"|(?P<word2>" + _WORDS + r")[ ](?P<nums2>" + _ALONE + r"))(?![\w])"
)


def _subdivisions_source(lg: Language) -> str:
    """The pattern of the subdivisions written after an article's word, as ``lg`` writes
    them after an act's article (``1 kohta``, ``(1) bekezdése``, ``lõike 1 punkt a``,
    ``kolmanda lõigu``), matched at the article's end (group ``pin``): the record's
    ``pinpoints.after`` stems but the article's own, so a further article is none of
    them; after a space (a paragraph without its word before a point's letter: ``101.
    cikk (1) b) pontja``), or a comma as the Court's summaries write them (``EK 230.
    cikk, negyedik bekezdés``), not after a conjunction (``101 artikla ja 1 kohta``)."""
    stems = [s for s in lg.pinpoints.after
             if not any(w.startswith(s.rstrip(".")) for w in lg.article_words)]  # fmt: skip
    if not stems:
        return "(?!)"
    item, more = after_parts(lg, tuple(stems))
    bare = r"(?:[ ]\([0-9]{1,3}[a-z]?\)(?=[ ][a-z]\)))?"
    # (or the paragraph and the point without their words: ``EUMSZ 101. cikk (1) a)``)
    end = pinpoint_numbers.bare_end(lg) if lg.pinpoints.after_dot else "(?!)"
    body = bare + r",?[ ]" + item + r"(?![\w])" + more + r"{0,5}(?:" + end + r")?"
    return r"(?P<pin>" + body + r"|" + end + r")"


# the subdivisions after an article (``1 kohta``, ``(1) bekezdése``: ``_subdivisions``)
_SUBDIVISIONS = {lg.code: lazy_compile(_subdivisions_source(lg)) for lg in LANGS}

# not after a slash: ``EK`` is also the domain of an act number (``2000/78/EK``)
PATTERN = lazy_compile(
    r"(?<![\w/])(?P<abbr>" + (words(*ABBR) if ABBR else "(?!)") + r")"
    r"(?:(?:[ ]\((?P<paren>" + words(*_PAREN) + r")\)|(?P<alias>" + _ALIAS + r"))?" + _FORMER
    + r"[ ]" + _LEAD + r"|(?P<dash>[ ]-[ ])|(?P<comma>,[ ]))"
    r"(?:(?P<word>" + _ALL_WORDS + r")[ ](?P<nums>" + _NUMS
    # (Finnish joins the word to a number with brackets by a hyphen: ``107(2) -artikla``)
    + r")|(?P<nums2>" + _NUMS + r")" + _WAS + r"\.?[ ](?P<hyphen>-(?<=\)[ ]-))?(?P<word2>"
    + _WORDS + r"))(?![\w])"
)  # fmt: skip


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match into a :class:`TreatyArticleRef` in the language's own order."""
    word, abbr = m.group("word") or m.group("word2"), m.group("abbr")
    if abbr in SHORT_ONLY and not _named_again(m, ctx):
        return ()
    dash = m.group("dash")  # (a keyword's articles: ``treaty_names.keyword_name``)
    if (dash or word[0].isupper()) and not (dash and keyword_name(m.string, m.start(), abbr)):
        return ()
    treaties = ABBR[m.group("abbr")]
    if m.group("comma") and not _keyword_item(m.string, m.start(), treaties):
        return ()
    cands = set(treaties) & _WORD_LANGS[word[0].lower() + word[1:]]
    if m.group("word2"):  # (number first)
        cands -= _WORD_FIRST
    if m.group("paren"):  # the abbreviation of the same treaty, in the same language
        in_paren = ABBR[m.group("paren")]
        cands = {c for c in cands if in_paren.get(c) == treaties[c]}
    former = m.group("former") if _FORMER else None
    if former:
        cands &= _FORMER_LANGS[former]
    was = m.group("was") if _WAS else None
    if was:
        cands &= _FORMER_LANGS[m.group("was_word")]
    if not cands:
        return ()
    lang = ctx.language(cands, m.start(), 60)
    record = BY_CODE[lang]
    code = treaties[lang]
    nums = m.group("nums") or m.group("nums2")
    lead = m.group("lead")
    tail_start = _tail_start(m)
    start = tail_start + 1 if lead else m.start()  # the formula's article alone
    # further articles, each with its own word (``LESD 101. pantu un 102. pantu``)
    if not (former or was or dash) and (listed := _article_list(m, record, code, start, lead)):
        return (listed,)
    written = m.string[tail_start : m.end()]
    tail = collapse_spaces(written.replace(was, "") if was else written)
    tail = tail.replace(word, record.article_words[word[0].lower() + word[1:]])
    if m.group("hyphen"):  # ``107(2) -artikla``: the word alone in the normal form
        tail = tail.replace(") -", ") ")
    # the treaty once in the normal form (``EUMSZ 20. és 21. cikk``)
    tail = tail.replace(f" {m.group('abbr')} ", " ")
    nums = _ORDINAL_DOT.sub("", nums.replace(f" {m.group('abbr')} ", " "))
    articles = designations(nums, _SPLIT, lang)
    end, pin = _subdivisions(m, lang) if len(articles) == 1 else (m.end(), "")
    if dash and not ends_keyword(m.string, end):  # (the articles are the whole keyword)
        return ()
    return (
        construct(
            TreatyArticleRef,
            text=m.string[start:end],
            start=start,
            end=end,
            normalized=f"{record.treaties[code].code} {tail}{pin}",
            lang=lang,
            treaty=code,
            articles=articles,
        ),
    )


def _tail_start(m: re.Match[str]) -> int:
    """Where the article's part of the normal form starts in ``m``: after the treaty's
    former-number word, its abbreviation in brackets, a short name defined, the space
    before the article (the enacting formula's lead, a keyword's dash), or its name."""
    if m.group("former") if _FORMER else None:
        return m.end("former")
    if m.group("paren"):
        return m.end("paren") + 1
    if m.group("alias"):
        return m.end("alias")
    if m.group("lead"):
        return m.end("lead") - 1
    if m.group("comma"):
        return m.end("comma") - 1
    return m.end("dash") - 1 if m.group("dash") else m.end("abbr")


def _keyword_item(string: str, start: int, treaties: dict[str, str]) -> bool:
    """Whether the treaty named at ``start`` opens the brackets under a keyword line of the
    Court's summaries, where the treaty's name is followed by a comma before its article:
    ``(EU-Szerződés, 2. cikk, (1) bekezdés, negyedik francia bekezdés; A Schengeni
    Megállapodás végrehajtásáról szóló egyezmény, 54. cikk)`` (the Hungarian summary of
    the judgment in C-469/03 Miraglia of 2005, EUR-Lex 62003CJ0469 as jogkodex.hu
    reproduces it; pages corpus), the EU Treaty before Lisbon (``grammar/treaty_eras``).
    Only the EU Treaty's: no other treaty so written was found in a text read, and the
    EC Treaty's would read as the EEC Treaty's numbers (``(Traité CE, art. 177)``)."""
    return string[start - 1 : start] == "(" and set(treaties.values()) == {"TEU"}


def _subdivisions(m: re.Match[str], lang: str) -> tuple[int, str]:
    """The end of the subdivisions written after the one article of ``m`` (``SEUT 101
    artiklan 1 kohta``, ``EUMSZ 101. cikk (1) bekezdése``, ``ELTL artikli 288 kolmanda
    lõigu``), in the span and in the normal form as written, as the pinpoint of ``Article
    101(1) TFEU`` or of Polish ``art. 101 ust. 1 TFUE``; the match's end and nothing if
    none follow."""
    found = _SUBDIVISIONS[lang].match(m.string, m.end())
    if found is None:
        return m.end(), ""
    pin = collapse_spaces(found.group("pin"))
    return found.end(), pin if pin.startswith(",") else " " + pin


def _named_again(m: re.Match[str], ctx: Context) -> bool:
    """Whether the short name that starts ``m`` may name the treaty again: the text may
    have named it in full before (:func:`may_name_again`, which
    :class:`~eurefs.grammar.named_again.NamedTreaties` then decides), and no word of
    another instrument's name stands right before it."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    return may_name_again(ctx, m.end("abbr")) and _STOPPED.search(before) is None


def _article_list(
    m: re.Match[str], record: Language, code: str, start: int, lead: str | None
) -> BaseReference | None:
    """The articles listed from the match's first one, each with its own word and its
    subdivisions: the enacting formula's (``sen 42 artiklan ensimmäisen kohdan ja 43
    artiklan 2 kohdan``, ``annak 42. cikke első bekezdésére és 43. cikke (2) bekezdésére``)
    and a list that repeats the article word (``LESD 101. pantu un 102. pantu``, ``Hartas
    47. panta 1. punktu un 52. pantu``, ``SESV 101 straipsnį ir 102 straipsnį``): one
    reference from ``start`` to the last one's word, the subdivisions out of the normal
    form (None: one article).  The pinpoint written after an act (``grammar/act_pinpoints``)
    bounds the list, so another instrument named in between ends it (``101. pantu vai šā
    likuma 11. pantu``); outside the formula each further article follows a conjunction of
    the record, or a comma in a list a conjunction ends (``101., 102. pants``: one article)."""
    first = m.start("word") if m.group("word") else m.start("nums2")
    if not lead and not m.string.startswith((" ", ","), m.end()):
        return None  # (most articles: nothing follows)
    pin = after_match(m.string, first - 1, record.code)
    if pin is None or pin.end("pin") <= m.end():
        return None
    items = list(_LISTED.finditer(m.string, first, pin.end("pin")))
    articles = tuple(a for a in record.back_references.articles if a.islower())
    if not lead:
        items = _joined(m.string, items, m.end(), record.article_conjunctions, articles)
    if len(items) < 2 or items[0].start() != first:
        return None
    numbers = [collapse_spaces(i.group("nums") or i.group("nums2")) for i in items]
    word = record.article_words.get(items[0].group("word") or items[0].group("word2"))
    if word is None:  # another language's word
        return None
    # (the conjunction written before the last, else the record's first: ``vai``, ``un``;
    # the language's article after it left out: ``vagy a 102. cikke``; a comma before it
    # kept: ``101., illetve 102. cikk``)
    gap = m.string[items[-2].end() : items[-1].start()]
    last = [w for w in gap.split() if w not in articles]
    conjunctions = record.article_conjunctions
    conj = last[-1] if last and last[-1] in conjunctions else conjunctions[0]
    comma = "," if gap.startswith(",") and len(last) > 1 else ""
    listed = ", ".join(numbers[:-1]) + f"{comma} {conj} {numbers[-1]}"
    tail = f"{listed} {word}" if items[0].group("word") else f"{word} {listed}"
    designated = [
        a for n in numbers for a in designations(_ORDINAL_DOT.sub("", n), _SPLIT, record.code)
    ]
    return construct(
        TreatyArticleRef,
        text=m.string[start : items[-1].end()],
        start=start,
        end=items[-1].end(),
        normalized=f"{record.treaties[code].code} {tail}",
        lang=record.code,
        treaty=code,
        articles=designated,
    )


def _joined(
    string: str,
    items: list[re.Match[str]],
    end: int,
    conjunctions: tuple[str, ...],
    articles: tuple[str, ...],
) -> list[re.Match[str]]:
    """The ``items`` from the first, which must end at ``end`` (the match's own article),
    up to the first not joined by a conjunction or a comma (perhaps with one of the
    language's ``articles`` after it: ``101. cikk és a 102. cikk``), and without those after
    the last conjunction (``47. pantu, 6. pantā minētās``: a comma alone may start a clause)."""
    if not items or items[0].end() != end:
        return []
    ends = tuple(f" {c} {a}" for c in conjunctions for a in ("", *(f"{a} " for a in articles)))
    commas = tuple(f", {a} " for a in articles)
    out, last_conj = items[:1], 1
    for prev, item in pairwise(items):
        gap = string[prev.end() : item.start()]
        if not gap.endswith((", ", *commas, *ends)):
            break
        out.append(item)
        if gap.endswith(ends):
            last_conj = len(out)
    return out[:last_conj]


FAMILY = Family(
    kind="treaty_article",
    pattern=PATTERN,
    build=build,
    anchors=anchors(),
    priority=3,
)

#: Empty when no loaded language writes the abbreviation first.
FAMILIES: tuple[Family, ...] = (FAMILY,) if LANGS else ()
