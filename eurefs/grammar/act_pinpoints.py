"""A pinpoint written right before an act: ``Article 6(1)(a) of Regulation (EU) 2016/679``.

The pinpoint is kept on the act's reference (``pinpoint``), outside its span, written as in
the text, blanks folded (the ordinal sign of ``artigo 6.º`` restored).  One pattern per
language, from its record's words (in capitals too: ``grammar/capitals``):

* the words a pinpoint starts with: article words (``Article``, ``art.``, ``Artikel``, ``čl.``)
  and the back-reference pinpoint words (``Annex``, ``considérant``, ``Anhang``);
* the numbers after them, a list joined by the article conjunctions (``articles 5 et 6``);
* the lower subdivisions after the number: the pinpoint words of treaty articles (``,
  paragraphe 1``, `` Abs. 1``), after a comma or a space as the language writes them, ordinals
  with their nouns (``, premier alinéa``, lists: ``first and third subparagraphs``) and
  further pinpoint patterns;
* the lower subdivisions some languages write first (``pinpoints.leads``: English
  ``point (a) of``, ``the first subparagraph of``; ``grammar/pinpoint_leads``);
* the words that link the pinpoint to the act (``pinpoints.links``: ``of``, ``du``, ``der``);
  languages that decline the act (Polish ``art. 6 ust. 1 rozporządzenia``) have none.

Finnish, Hungarian, Estonian, Latvian and Lithuanian write the pinpoint *after* the act, each
subdivision word declined next to its number (``asetuksen (EU) 2016/679 6 artiklan 1 kohdan a
alakohta``, ``az (EU) 2016/679 rendelet 6. cikke (1) bekezdésének a) pontja``): the record
gives the stems of those words (``pinpoints.after``), read from the act's end (the pattern:
``grammar/after_pinpoint_patterns``).

Every act asks for its pinpoint, so a literal test runs first: the text before the act must
end in a link word (else a number, a bracket, an ordinal), or the text after it go on with a
number, a bracket or a stem.  A recital's number written first: ``grammar/numbered_recitals``.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from eurefs.grammar import numbered_recitals as recitals
from eurefs.grammar import ordinal_parts, ordinal_pinpoints, pinpoint_leads, pinpoint_numbers
from eurefs.grammar.after_pinpoint_patterns import after_source
from eurefs.grammar.after_pinpoints import find as find_after
from eurefs.grammar.base import Context
from eurefs.grammar.capitals import both_cases, with_capitals
from eurefs.grammar.common import lazy_built, lazy_compile, words
from eurefs.grammar.ordinal_signs import set_apart
from eurefs.grammar.pinpoint_determiners import before_determiner
from eurefs.grammar.pinpoint_edges import ends_after_dot, nominative_type_words
from eurefs.grammar.pinpoint_heads import has_heads, head_words
from eurefs.grammar.pinpoint_search import region_search
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.languages.base import Language
from eurefs.pattern_store import compile_pattern

REACH = 200  # how far before an act its pinpoint may start
# The most parts after the first, each with its own word, that one pinpoint joins: a list
# longer than this would be read from a later part on, which is a wrong pinpoint. Romanian
# law (Law 190/2018, Article 1) lists six: ``art. 6 alin. (2), art. 9 alin. (4), art.
# 37-39, 42, 43, art. 83 alin. (7), art. 85 și ale art. 87-89 din Regulamentul (UE) 2016/679``.
_MORE_PARTS = "{0,7}"

# ``6.o``, ``n.o``, ``n. o`` as the view has them: written ``.º`` in the pinpoint.
_SIGN = compile_pattern(r"(?:(?<=[0-9nN])|(?<=art)|(?<=ART))\.[ ]?o(?=[sS]?(?![\w]))")
_GLUED_SIGN = compile_pattern(r"(?:(?<=[0-9])|(?<=\bart))o(?![\w])")  # ``4º``, ``artº``


def _lower_parts(lg: Language) -> list[str]:
    """The lower subdivisions written after the number (``, paragraphe 1``, `` Abs. 1``)."""
    parts = []
    # the treaty-article pinpoint words, and those of back-references (English ``point``)
    sub_words = {*lg.pinpoints.words, *lg.back_references.sub_pinpoint_words}
    # a further one of the same article after a list word or a join (``paragrafo 1, lettera
    # b), e paragrafo 3, lettera c)``, ``lid 1, onder b), en lid 3``, ``i.V.m. Abs. 3``)
    ands = with_capitals({*lg.article_conjunctions} & {*lg.list_conjunctions} | {*lg.article_joins})
    listed = r"(?:,?[ ]" + words(*ands) + r")?" if ands and lg.pinpoints.words else ""
    # (only the record's own words after a list word: in English ``Under Article 5, and
    # point (a) of`` the point is the citing text's)
    number = pinpoint_numbers.list_of(pinpoint_numbers.sub_number(lg), lg, letters_apart=True)
    for group, lead in ((sub_words & set(lg.pinpoints.words), listed),
                        (sub_words - set(lg.pinpoints.words), "")):  # fmt: skip
        if group:
            sub = pinpoint_numbers.glued_after_dot(set_apart(with_capitals(group)))
            parts.append(lead + r",?[ ]" + sub + number)
    if (ordinals := ordinal_parts.of_language(lg)) is not None:
        parts.append(r",?[ ]" + ordinals + pinpoint_numbers.after_ordinal(lg))
    parts.extend(r",?[ ](?:" + p + r")(?![\w])" for p in lg.pinpoints.patterns)
    if lg.article_conjunctions and lg.pinpoints.words_after_comma:
        # a further article of the list after a subdivision, its number alone (``de
        # artikelen 2, lid 2, sub a, 10, lid 1, en 17 van``: the point's bare letter ends
        # no list of numbers)
        conj = words(*with_capitals(lg.article_conjunctions))
        parts.append(r"(?:,[ ]|,?[ ]" + conj + r"[ ])(?=[0-9])" + pinpoint_numbers.number(lg))
    return parts


def _links(lg: Language) -> tuple[str, str]:
    """The link between the pinpoint and a lead (``of``) and the end of the pattern:
    a link word and the space after it, or (glued links, Maltese ``tad-``) no space."""
    spaced = [w for w in with_capitals(lg.pinpoints.links) if not w.endswith("-")]
    glued = [w for w in with_capitals(lg.pinpoints.links) if w.endswith("-")]
    if not spaced and not glued:
        return "(?!)", r"[ ]$"
    ends = []
    if spaced:
        ends.append(words(*spaced) + r"[ ]")
    if glued:
        ends.append(words(*glued) + r"[ ]?")
    return words(*spaced) if spaced else "(?!)", r",?[ ](?:" + "|".join(ends) + r")$"


def has_body(lg: Language) -> bool:
    """Whether ``lg`` has a :func:`pinpoint_body` (article words, pinpoints written before
    the act): known without building it."""
    return has_heads(lg)


# record's identity -> (the record, its pinpoint_body): the body is a part of most
# pinpoint patterns of its language, each built on first use (``lazy_built``)
_BODIES: dict[int, tuple[Language, str | None]] = {}


def pinpoint_body(lg: Language) -> str | None:
    """The pattern of a pinpoint in ``lg`` from its article word to its last number
    (group ``pin``), written before what it is in (None: the language has no article
    words, or writes its pinpoints after the act).  It starts with the words alone, so
    ``re`` skips to their first letters; :func:`search` checks the word boundary and
    adds the subdivisions written first.  Back-references end it with their own links."""
    known = _BODIES.get(id(lg))
    if known is not None and known[0] is lg:
        return known[1]
    part = _part(lg)
    body = None
    if part is not None:
        body = r"(?P<pin>" + part + r"(?:" + _joins(lg, part) + part + r")" + _MORE_PARTS + ")"
    _BODIES[id(lg)] = (lg, body)
    return body


def head_source(lg: Language) -> str | None:
    """The words a pinpoint of :func:`pinpoint_body` starts with (``pinpoint_heads.head_words``:
    article words and the back-reference pinpoint words, in both cases); None where there is
    no such pattern."""
    heads = head_words(lg)
    return words(*heads) if heads else None


def _part(lg: Language) -> str | None:
    """One part of a pinpoint: its word, its numbers and their lower subdivisions."""
    head = head_source(lg)
    if head is None:  # (not has_body(lg))
        return None
    number = pinpoint_numbers.number(lg)
    lower = _lower_parts(lg)
    return (
        head + pinpoint_numbers.BLANK
        + pinpoint_numbers.list_of(number, lg, pinpoint_numbers.PARAGRAPH)
        + (r"(?:" + "|".join(lower) + r"){0,6}" if lower else "")
    )  # fmt: skip


def annex_source(lg: Language, end: str | None = None) -> str | None:
    """The pattern of a pinpoint ending in an annex, right before an act it is linked to
    by the annex's own word (English ``Annex I to Directive 2014/65/EU``, ``Article 5
    and Annex II, point 2, to``; None: the language has none).  ``end``: what follows
    the annex link word instead of the act (a back-reference's article)."""
    part = _part(lg)
    if part is None or not _has_annex(lg):
        return None
    annex_word = words(*both_cases(lg.pinpoints.annexes))
    parts = r"(?:" + part + _joins(lg, part) + r")"
    pin = parts + r"{0,3}(?=" + annex_word + r"[ ])" + part
    if arts := lg.back_references.articles:
        # an act's only annex, no number, after a part of its own and the language's article
        # (``Article 2(1) of the Annex to Recommendation 2003/361/EC``); alone it is prose
        # (``de bijlage bij deze uitspraak``: the judgment's attachment) and stays none
        # (a fixed-width blank: the back-references' pattern widens ``[ ]``)
        after = "|".join(r"(?<=\b" + re.escape(a) + r"\s)" for a in arts)
        pin += r"|" + parts + r"{1,3}(?:" + after + r")" + annex_word + r"(?=,?[ ])"
    return (
        r"(?P<pin>" + pin + r")"
        + r",?[ ]" + words(*with_capitals(lg.pinpoints.annex_links)) + r"[ ]" + (end or "$")
    )  # fmt: skip


def _has_annex(lg: Language) -> bool:
    """Whether ``lg`` has an :func:`annex_source`, known without building it."""
    return has_body(lg) and bool(lg.pinpoints.annexes) and bool(lg.pinpoints.annex_links)


def _joins(lg: Language, part: str) -> str:
    """What joins the parts (``part``) of a pinpoint, each with its own word: a link
    (``Section 3 of Chapter II``), a list word (``Article 5 and Annex II``), a comma in a
    list of articles that a list word ends (``Article 5, Article 6(1) and Article 9``;
    not ``Under Article 5, Annex II of``) or, where the record says so, none
    (``pinpoints.comma_lists``: ``Art. 3 Abs. 1, Art. 2 Buchst. c der``), or a comma
    before a lower division (``Title V, Chapter 2, Section 1``).  A part is whole (a word
    and its number), so a treaty article (``Article 5 TFEU and``) or a sentence's end breaks
    the chain."""
    joins = []
    links = [_spaced_word(w) for w in with_capitals(lg.pinpoints.links) if not w.endswith("-")]
    # a list's item may repeat the link (``de l'article 3, paragraphe 1, de l'article 4,
    # paragraphe 2, et de l'article 7``), or the governing phrase's word (Danish ``og af``)
    repeated = links + [_spaced_word(w) for w in lg.pinpoints.list_links]
    linked = r"(?:" + "|".join(repeated) + r")?" if repeated else ""
    if conjs := lg.list_conjunctions + lg.article_joins:  # ``and``, ``et l'annexe``, ``i.V.m.``
        articles = [_spaced_word(w) for w in lg.back_references.articles]
        article = linked + (r"(?:" + "|".join(articles) + r")?" if articles else "")
        conjunction = r",?[ ]" + words(*with_capitals(conjs)) + r"[ ]"
        joins.append(conjunction + article)
        # (articles only: in ``Under Article 5, Annex II and Annex III of`` the article
        # may be the citing act's; perhaps with their own article: ``l'article 2, l'article
        # 5, paragraphes 2 et 3, et les articles 6 à 9``)
        article_word = words(*both_cases(lg.article_words))
        # (the comma may follow an ordinal's dot: Croatian ``članka 3. stavka 1., članka
        # 4. stavka 2. i članka 7. stavka 1.``)
        joins.append(
            r"\.?,[ ]" + article + r"(?=" + article_word + r"[ ])(?=(?:" + part + r"\.?,[ ]"
            + article + r")" + _MORE_PARTS + part + conjunction + r")"
        )  # fmt: skip
    if lg.pinpoints.comma_lists:  # ``Art. 3 Abs. 1, Art. 2 Buchst. c der``: a comma alone
        joins.append(r",[ ](?=" + words(*both_cases(lg.article_words)) + r"[ ])")
    if links:  # ``of``, ``de l'annexe``
        joins.append(r"[ ](?:" + "|".join(links) + r")")
    if lg.pinpoints.divisions:  # ``, Chapter 2``; ``Titel V Kapitel 2``
        comma = r",[ ]" if lg.pinpoints.words_after_comma else r"[ ]"
        joins.append(comma + r"(?=" + words(*both_cases(lg.pinpoints.divisions)) + r"[ ])")
    return r"(?:" + "|".join(joins) + r")" if joins else "(?!)"


def _spaced_word(word: str) -> str:
    """A word and the blank after it, none after an apostrophe (``de l'annexe``) and none
    after a glued article's hyphen (Maltese ``tal-Artikolu 2(1) u tal-Artikolu 73``)."""
    return re.escape(word) + (r"[ ]?" if word.endswith(("'", "\u2019", "-")) else r"[ ]")


class Pinpoints(NamedTuple):
    """The compiled patterns of a pinpoint before something, in one language."""

    body: re.Pattern[str]  #: the pinpoint and what follows it, up to the end (``$``)
    leads: re.Pattern[str] | None  #: subdivisions written first, up to the article
    lead_links: tuple[str, ...]  #: the last word of a link a lead ends in, a blank (``of ``)
    #: what the text before the pinpoint ends in where a lead may stand, reversed
    lead_tail: re.Pattern[str] | None = None
    #: letters glued to the front of the pinpoint's word, left out of it (Irish ``hAirteagal``)
    glued: tuple[str, ...] = ()


def pinpoints(lg: Language, end: str, *, raw: bool = False) -> Pinpoints | None:
    """The patterns of a pinpoint before what ``end`` matches (ending in ``$``); ``raw``:
    for the text as written, any white space where the view has one space."""
    if not has_body(lg):
        return None
    leads = pinpoint_leads.source(lg, _links(lg)[0])
    fix = spaced if raw else str
    return Pinpoints(
        lazy_built(partial(_ended_body, lg, end, raw)),
        lazy_compile(fix(leads)) if leads else None,
        pinpoint_leads.ends(lg),
        lazy_compile(fix(pinpoint_leads.tail(lg))) if leads else None,
        lg.article_word_prefixes,
    )


def _ended_body(lg: Language, end: str, raw: bool) -> str | None:
    """:func:`pinpoint_body` and ``end`` (``raw``: :func:`spaced`)."""
    body = pinpoint_body(lg)
    return None if body is None else (spaced(body) if raw else body) + end


def pattern_source(lg: Language) -> str | None:
    """The pattern of a pinpoint right before an act in ``lg`` (None: see
    :func:`pinpoint_body`)."""
    body = pinpoint_body(lg)
    return None if body is None else body + _links(lg)[1]


def spaced(source: str) -> str:
    """A pattern built for the folded view (one ``[ ]`` per blank) made to take any run
    of white space, for the text as written (back-references run on it)."""
    return source.replace("[ ]?", r"\s?").replace("[ ]", r"\s+").replace("\\ ", r"\s+")


def cue(lg: Language) -> tuple[str, ...]:
    """What the text before an act must end in for a pinpoint to be possible: a link word
    and a space (``of ``), or else a number, bracket, ordinal subdivision or a point's
    letter after its word (Polish ``lit. f``) and a space; what
    the text after it must start with, in a language that writes pinpoints after acts."""
    if lg.pinpoints.after:
        return tuple(f" {c}" for c in "0123456789(IVX") + tuple(
            f" {w}" for w in both_cases((*lg.pinpoints.after, *lg.pinpoints.recitals))
        )
    if lg.pinpoints.links:
        links = with_capitals((*lg.pinpoints.links, *lg.pinpoints.annex_links))
        return tuple(t for w in links for t in ((w, w + " ") if w.endswith("-") else (w + " ",)))
    # (or a point's letter after its word, perhaps without its dot, or a conjunction: ``lit. f ``,
    # ``lit f ``, ``a i b ``; an annex's number or link: ``załącznika I dyrektywy``, ``I do``)
    heads = {v for w in (*lg.pinpoints.words, *lg.article_conjunctions) for v in (w, w.rstrip("."))}
    # (a part's capital too, as the Sixth VAT Directive's articles have them: ``časti C ``)
    letters = [f"{w} {x} " for w in heads for x in _AZ + _AZ.upper()]
    annexes = tuple(w + " " for w in with_capitals(lg.pinpoints.annex_links))  # (``DO``)
    ends = (c + " " for c in "0123456789)" + "." * lg.pinpoints.ordinal_dot
            + "IVX" * bool(lg.pinpoints.annexes))  # fmt: skip
    return (*ends, *ordinal_parts.tails(lg), *letters, *annexes)


_AZ = "abcdefghijklmnopqrstuvwxyz"

#: Per language, the pinpoints written before an act; before a treaty article too (treaty_leads)
LEAD_PATTERNS = {lg.code: p for lg in LANGUAGES if (p := pinpoints(lg, _links(lg)[1]))}
# the pattern of a pinpoint ending in an annex, the link words it is tried after
# (``to ``), and the annex words one of which the text before must hold (``to
# Directive`` is frequent, ``Annex II to Directive`` is not); in capitals too (``ANNEX I TO``)
_ANNEX = {
    lg.code: (
        p._replace(body=lazy_built(partial(annex_source, lg))),
        tuple(f" {w} " for w in with_capitals(lg.pinpoints.annex_links)),
        tuple(both_cases(lg.pinpoints.annexes)),
    )
    for lg in LANGUAGES
    if _has_annex(lg) and (p := LEAD_PATTERNS.get(lg.code))
}  # fmt: skip
#: links that end as an annex's does (``recital 18 in the preamble to``): no annex's pinpoint
_LIKE_ANNEX = {
    c: tuple(f" {w} " for w in with_capitals(BY_CODE[c].pinpoints.links) if f" {w} ".endswith(a[1]))
    for c, a in _ANNEX.items()
}
_AFTER = {lg.code: lazy_built(partial(after_source, lg)) for lg in LANGUAGES if lg.pinpoints.after}
# (a footnote call glued after it: ``EY(3)``, ``GDPR[1]``)
_CUES = {c: cue(BY_CODE[c]) + ("(", "[") * (c in _AFTER) for c in (*LEAD_PATTERNS, *_AFTER)}
#: Languages whose pinpoint before an act takes no link word (Polish ``art. 168a dyrektywy``):
#: an inserted article's number, its letter glued to it, may end it too (``168a ``).
_GLUED_LETTER = frozenset(c for c in LEAD_PATTERNS if not BY_CODE[c].pinpoints.links)


def _inserted(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a number with a small letter glued (perhaps after an
    ordinal's dot: Croatian ``168.a``) and a blank."""
    if end < 4 or text[end - 1] != " " or text[end - 2] not in _AZ:
        return False
    return text[end - 3].isdigit() or (text[end - 3] == "." and text[end - 4].isdigit())


def find(ctx: Context, start: int, end: int, lang: str) -> str | None:
    """The pinpoint written right before region offset ``start`` (or, in a language that
    writes it there, right after ``end``) of an act in ``lang``, if any."""
    patterns = LEAD_PATTERNS.get(lang)
    if patterns is None:
        return find_after(ctx.region, start, end, lang, _after)  # (whose it is: after_pinpoints)
    tails = _CUES[lang]
    # the cheap test, in the region itself where the characters before lie in it (no copy)
    # (else, in Slovenian, a number written first: ``3. člena Uredbe``)
    if start >= REACH:
        text, lo, hi = ctx.region, start - REACH, start
    else:
        text = ctx.before(start, REACH)
        lo, hi = 0, len(text)
    if (recital := recitals.find(text, lo, hi, lang)) is not None:  # ``33. betragtning til``
        return recital
    # (a determiner between the link and the act: ``art. 27 del citato regolamento n. 1/2003``)
    if (cut := before_determiner(text, lo, hi, lang)) > 0 and text.endswith(tails, lo, cut):
        hi = cut
    elif not (text.endswith(tails, lo, hi) or (lang in _GLUED_LETTER and _inserted(text, hi))):
        return ordinal_pinpoints.find(ctx, start, lang)
    # (an act in the nominative after an article's dot starts a sentence: ``iz članka 6.
    # Uredba (EU) 2016/679 primjenjuje se``)
    if ends_after_dot(text, hi) and ctx.region.startswith(nominative_type_words(lang), start):
        return None
    annex, key = _ANNEX.get(lang), lang
    # (``Annex I to``, not ``recital 18 in the preamble to``)
    if annex and text.endswith(annex[1], lo, hi) and not text.endswith(_LIKE_ANNEX[lang], lo, hi):
        if not any(text.find(w, lo, hi) >= 0 for w in annex[2]):
            return None
        patterns, key = annex[0], f"{lang} annex"
    found = region_search(ctx, patterns, key, lang, text, lo, hi)
    return written(text[found[0] : found[1]], lang) if found else None


def _after(region: str, end: int, lang: str) -> str | None:
    """The pinpoint written right after ``region[:end]`` (``6 artiklan 1 kohdan``)."""
    if lang not in _AFTER or not region.startswith(_CUES[lang], end):
        return None
    found = after_match(region, end, lang)
    return written(found.group("pin"), lang) if found else None


def after_match(region: str, end: int, lang: str) -> re.Match[str] | None:
    """The match (group ``pin``) of a pinpoint written as ``lang`` writes one right after
    an act, at ``region[end:]`` (``6 artiklan 1 kohdan ja 7 artiklan``); None: no such
    pinpoint, or the language writes its pinpoints before the act."""
    pattern = _AFTER.get(lang)
    return None if pattern is None else pattern.match(region, end, end + 2 * REACH)


def written(pin: str, lang: str) -> str:
    """The pinpoint as written, blanks folded, the ordinal sign restored (``6.º``; glued
    to the number where the record says so: Portuguese ``artigo 4º``)."""
    if "  " in pin or not pin.isprintable():
        pin = " ".join(pin.split())
    if " ," in pin:  # (``13.° , B)``: the blank before the comma, EUR-Lex's older texts)
        pin = pin.replace(" ,", ",")
    if BY_CODE[lang].pinpoints.ordinal_sign is not None and "o" in pin:
        pin = _GLUED_SIGN.sub("º", pin)
    return _SIGN.sub(".º", pin) if ".o" in pin or ". o" in pin else pin
