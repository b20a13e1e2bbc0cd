"""The pinpoint written around a back-reference: right before it (``Article 4 of that
Directive``, ``article 6, paragraphe 1, du RGPD``, ``Annex II to that Directive``, ``Article 17
GDPR``), as the language writes a pinpoint before an act (``grammar/act_pinpoints``).  Right after
it, in a language that writes pinpoints after acts (Finnish ``kyseisen direktiivin 7 artiklan
1 kohdassa``), and in German lists of norms: ``short_forms/after_pinpoints``.  A pinpoint
after a genitive where pinpoints come first: ``short_forms/genitive_pinpoints``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from eurefs.grammar import (
    act_pinpoints,
    numbered_recitals,
    ordinal_parts,
    ordinal_pinpoints,
    pinpoint_edges,
    pinpoint_heads,
)
from eurefs.grammar.common import lazy_compile
from eurefs.grammar.pinpoint_search import memo_searcher, searcher
from eurefs.grammar.pinpoint_tails import plain_ends
from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import alternation, words


@lru_cache(maxsize=8)
def pinpoint_pattern(lang: str) -> act_pinpoints.Pinpoints | None:
    """A pinpoint written right before a back-reference (the pattern ends where the
    back-reference starts): the pinpoint of an act in the language, as
    ``eurefs.grammar.act_pinpoints`` builds it from the record (``article 6, paragraphe
    1, point a)``, ``Artikel 6 Absatz 1 Buchstabe a``), taking any white space, then the
    back-reference's link word and article (``du``, ``of the``).  A record without
    back-reference pinpoint words takes the link words of pinpoints before acts
    (``artikel 7 van deze richtlijn``; none: ``art. 7 ust. 1 tej dyrektywy``)."""
    w, record = words(lang), BY_CODE[lang]
    if w.pinpoint_links or w.pinpoint_words:
        link_words = list(w.pinpoint_links)
    else:
        link_words = [link for link in record.pinpoints.links if not link.endswith("-")]
    links = alternation(link_words) + r"\s+" if link_words else ""
    # or glued to a name, as the link to an act is (Maltese ``Artikolu 6(1)(f) tal-GDPR``)
    if links and (glued := [link for link in record.pinpoints.links if link[-1] == "-"]):
        links = "(?:" + links + "|" + alternation(glued) + ")"
    end = r",?\s+" + links + _article_end(lang, bool(link_words))
    return act_pinpoints.pinpoints(record, end, raw=True)


def _article_end(lang: str, linked: bool) -> str:
    """The end of a pinpoint pattern after its link word: an optional bracket (a
    defined term written ``[the Directive]``) and article, then the back-reference."""
    w = words(lang)
    arts = alternation(list(w.articles)) + r"\s+" if linked and w.articles else ""
    return f"(?:\\\\?\\[)?(?:{arts})?$"


@lru_cache(maxsize=8)
def _annex_pattern(lang: str) -> act_pinpoints.Pinpoints | None:
    """A pinpoint ending in an annex, linked to the back-reference by the annex's own
    word (English ``Annex II to that Directive``, ``Article 5 and Annex II to``); an
    article is not (``references in Article 94 to that Directive`` are the citing
    act's).  None: the language links no annex that way."""
    base = pinpoint_pattern(lang)
    src = act_pinpoints.annex_source(BY_CODE[lang], _article_end(lang, linked=True))
    if base is None or src is None:
        return None
    # (lazily compiled, as the other bodies are: a ``Pinpoints`` is a key of
    # ``pinpoint_search.searcher``'s cache, and a compiled pattern in it hashes its whole
    # code at each lookup, ~0.4 ms for this one, once a text)
    return base._replace(body=lazy_compile(act_pinpoints.spaced(src)))


@lru_cache(maxsize=8)
def _unlinked_pattern(lang: str) -> act_pinpoints.Pinpoints | None:
    """A pinpoint written right before a name or acronym with no link word between
    (``Article 17 GDPR``, ``article 6, paragraphe 1, RGPD``), as texts write it in
    languages whose pinpoints otherwise take one (``of the``, ``du``)."""
    return act_pinpoints.pinpoints(BY_CODE[lang], r",?\s+$", raw=True)


@lru_cache(maxsize=8)
def _pinpoint_cue(lang: str) -> tuple[re.Pattern[str] | None, int, bool]:
    """What must stand right before a back-reference for a pinpoint to be possible, how
    far back, and whether it is a link word: a link word and a space among its last 14
    characters (``of ``); in languages without link words, a pinpoint word among its last
    90; without back-reference pinpoint words, the links of pinpoints before acts (``van
    ``; None: none).  Matched at the window's start, it finds the last cue (group 1): the
    link nearest the short form (``do art. 6 do RGPD``: the second ``do``)."""
    w = words(lang)
    links = (*w.pinpoint_links, *BY_CODE[lang].pinpoints.annex_links) if w.pinpoint_links else ()
    # the link may end a line (``Article 5 of\nthat Directive``, as PDFs wrap); a glued
    # link ends at the name (``tal-GDPR``)
    cues, back, linked = [f"{link}{blank}" for link in links for blank in " \n"], 14, True
    if cues:
        cues += [link for link in BY_CODE[lang].pinpoints.links if link[-1] == "-"]
    if not cues:
        cues, back, linked = list(w.pinpoint_words), 90, False
    if not cues:
        # (and an annex's own link: Bulgarian ``Приложение V към същата директива``)
        record = BY_CODE[lang]
        acts = [w for w in (*record.pinpoints.links, *record.pinpoints.annex_links)
                if w[-1] != "-" and record.pinpoints.links]  # fmt: skip
        cues, back, linked = [f"{link}{blank}" for link in acts for blank in " \n"], 14, True
    if not cues:
        return None, back, False
    # (a whole word: German ``der `` is no cue at the end of ``und/oder``; a link longer than
    # the reach is found by its last word, see :func:`_long_links`)
    cue = r"(?s:.*)(?<![\w])(" + "|".join(map(re.escape, (c for c in cues if len(c) < back))) + ")"
    return compile_pattern(cue), back, linked


@lru_cache(maxsize=8)
def _long_links(lang: str) -> tuple[str, ...]:
    """The first words of the links too long for the cue's reach (English ``in the preamble
    `` of ``recital 26 in the preamble to that directive``; ``to`` is a cue of its own)."""
    w = words(lang)
    cues = (*w.pinpoint_links, *BY_CODE[lang].pinpoints.annex_links)
    return tuple(k[: k.rindex(" ") + 1] for k in w.pinpoint_links if len(k) > 12
                 and k.rsplit(" ", 1)[1] in cues)  # fmt: skip


@lru_cache(maxsize=8)
def _recitals_at_cues(lang: str) -> bool:
    """Whether a recital written number first (``numbered_recitals.before``) can end the text
    before a back-reference only where the pinpoint finder's cue is found and the text
    before the cue ends as no part: each of its tails (``recital of ``, ``recitals in the
    preamble to the ``) holds a cue within the cue's reach, and ends as no part there (the
    word before the link is the recital's).  Tested on the tails themselves: the cue is the
    last link in the reach, and what ends as a part reads back no further than the word
    before it, which the tail holds (its first word follows a blank in any recital read)."""
    cue, back, linked = _pinpoint_cue(lang)
    tails = numbered_recitals.tails(lang)
    if cue is None or not linked or not tails:
        return False
    ends_as_part, long_links = _ends_as_part(lang), _long_links(lang)
    for tail in tails:
        found = cue.match(tail, max(0, len(tail) - back), len(tail))
        if found is None:
            return False
        at = found.start(1)
        if ends_as_part(tail, at) or (
            long_links
            and tail.endswith(long_links, 0, at)
            and _ends_as_long_link(tail, at, long_links, ends_as_part)
        ):
            return False
    return True


def _ends_as_long_link(
    text: str, at: int, long_links: tuple[str, ...], ends_as_part: Callable[[str, int], bool]
) -> bool:
    """Whether a link of :func:`_long_links` ends with the word at ``at`` and the text
    before it ends as a pinpoint does (``recital 26 in the preamble to``).  Asked only where
    the text before the cue does not, and one of them ends there."""
    return ends_as_part(text, next(at - len(p) for p in long_links if text.endswith(p, 0, at)))


@lru_cache(maxsize=8)
def _pinpoint_head(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The words a pinpoint of :func:`pinpoint_pattern` starts with, as the text writes them:
    their pattern, and their starts (``pinpoint_heads.head_prefixes``)."""
    source = act_pinpoints.head_source(BY_CODE[lang]) or "(?!)"
    return compile_pattern(act_pinpoints.spaced(source)), pinpoint_heads.head_prefixes(lang)


def pinpoint_finder(lang: str) -> Callable[[str, int], str | None]:
    """:func:`find_pinpoint` for one language, its patterns looked up once: a new finder per
    text, which remembers the pinpoints it read (``memo_searcher``) and folded (``folds``)."""
    patterns = pinpoint_pattern(lang)
    if patterns is None:  # the language writes its pinpoints after what they are in
        return lambda text, start: None
    cue, back, linked = _pinpoint_cue(lang)
    cue_search = cue.match if cue is not None else None
    ends_as_pinpoint, ends_as_part = pinpoint_edges.ends_as_pinpoint, _ends_as_part(lang)
    linked_search = _widening(memo_searcher(patterns, *_pinpoint_head(lang)), lang)
    linking, unlinked_search, annex_search, annex_cues = _side_searches(lang, cue is not None)
    after_dot, long_links = _after_dot(lang), (_long_links(lang) if linked else ())
    first, at_cue = _recital_steps(lang, linking)
    w = words(lang)  # (the Union's mark after an article, before a name: ``the EU ``)
    marks = tuple(f"{a} {m} " for a in w.articles for m in w.union_name_marks)
    folds: dict[str, str] = {}  # each pinpoint as written -> folded (cited again and again)

    def find(text: str, start: int) -> str | None:
        if marks and text.endswith(marks, 0, start):
            start = _past_union_mark(text, start, marks)
        if first is not None and (r := first(text, start)) is not None:
            return r
        # cheap tests first (most short forms have no pinpoint): what stands before the link
        # word (or the short form) must end as a pinpoint does (``5 of``, ``(a) of``, ``III of``)
        lo = start - _NEAR if start > _NEAR else 0
        if linking and text.startswith(linking, start):
            if unlinked_search is None or not ends_as_pinpoint(text, start):
                return None
            found = unlinked_search(text, lo, start)
        elif cue_search is None:
            # ``članak 7. te direktive``, ``članka 287. Direktive o PDV-u``: an ordinal's dot
            if not ends_as_part(text, start) and not after_dot(text, start):
                # the number first, Slovenian ``6. člen GDPR`` (grammar/ordinal_pinpoints)
                return ordinal_pinpoints.before(text, start, lang)
            found = linked_search(text, lo, start)
        else:
            cue, found = cue_search(text, start - back if start > back else 0, start), None
            if cue is not None and (
                # (a number or ``)`` and a space before the link, ``82(1) of``: taken at once)
                ((at := cue.start(1) if linked else start) > 1 and text[at - 1] == " "
                 and text[at - 2] in _NUMBER_END)
                or ends_as_part(text, at)
                # (or a link longer than the cue's reach: ``recital 26 in the preamble to``)
                or (long_links and text.endswith(long_links, 0, at)
                    and _ends_as_long_link(text, at, long_links, ends_as_part))
            ):  # fmt: skip
                found = linked_search(text, lo, start)
                if found is None and annex_search is not None:
                    cue_lo = cue.start(1)
                    if any(text.find(c, cue_lo, start) >= 0 for c in annex_cues):
                        found = annex_search(text, lo, start)  # ``Annex II to``
            elif at_cue is not None and cue is not None and (r := at_cue(text, start)):
                return r
            # no link word (``Article 17 GDPR``, ``artikel 15, derde lid, AVG``), also where
            # a link word near is the pinpoint's own (``(Article 6(1)(b) to (f) GDPR)``)
            if found is None and unlinked_search is not None and text[start : start + 1].isupper():
                found = unlinked_search(text, lo, start) if ends_as_part(text, start) else None
        return None if found is None else _unless_heading(text, found, start, folds)

    return find


def _recital_steps(lang: str, linking: tuple[str, ...]) -> tuple[_Find | None, _Find | None]:
    """A recital written number first (``33. betragtning til nævnte direktiv``), asked before
    all else (the first), or only at a cue where each of its tails holds one (the second:
    :func:`_recitals_at_cues`)."""
    recital = _recital_finder(lang)
    at_cue = recital if recital and not linking and _recitals_at_cues(lang) else None
    return (None if at_cue else recital), at_cue


def _side_searches(
    lang: str, cued: bool
) -> tuple[tuple[str, ...], _Search | None, _Search | None, list[str]]:
    """The searches of :func:`pinpoint_finder` for a pinpoint with no link word: a name right
    after its pinpoint (``Article 17 GDPR``), or an anaphor whose determiner holds the link
    (``artigo 7.º dessa diretiva``); and for an annex's, with the annex's own links (``to
    ``).  ``cued``: the language has a cue.  First, the linking determiners."""
    linking = words(lang).linking_determiners
    unlinked = _unlinked_pattern(lang) if cued or linking else None
    unlinked_search = _widening(searcher(unlinked), lang) if unlinked is not None else None
    annex = _annex_pattern(lang) if cued else None
    annex_search = searcher(annex) if annex is not None else None
    annex_cues = [f"{w}{blank}" for w in BY_CODE[lang].pinpoints.annex_links for blank in " \n"]
    return linking, unlinked_search, annex_search, annex_cues


def _recital_finder(lang: str) -> Callable[[str, int], str | None] | None:
    """``numbered_recitals.before``, asked where the start of a recital's tail is near
    (``numbered_recitals.probe``: a slice and ``in``); None: ``lang`` writes no such recital."""
    probe = numbered_recitals.probe(lang)
    if probe is None:
        return None
    tail_start, reach = probe

    def recital(text: str, start: int) -> str | None:
        if tail_start in text[start - reach if start > reach else 0 : start]:
            return numbered_recitals.before(text, start, lang)
        return None

    return recital


def _after_dot(lang: str) -> Callable[[str, int], bool]:
    """Whether what stands before the short form at ``start`` ends as an ordinal pinpoint
    does (``pinpoint_edges.ends_as_ordinal``), or the short form follows an article's
    ordinal dot in a case other than the nominative: an oblique type word (``članka 287.
    Direktive o PDV-u``; ``pinpoint_edges.oblique_type_words``) or name (:func:`_oblique_name`)."""
    ends_as_ordinal = pinpoint_edges.ends_as_ordinal
    oblique = pinpoint_edges.oblique_type_words(lang)
    if not oblique:
        return ends_as_ordinal
    name = _oblique_name(lang)
    ends_after_dot = pinpoint_edges.ends_after_dot
    return lambda text, start: (
        ends_as_ordinal(text, start)
        or ((text.startswith(oblique, start) or name(text, start)) and ends_after_dot(text, start))
    )


def _oblique_name(lang: str) -> Callable[[str, int], bool]:
    """Whether the short form at ``start`` is a name in a case other than the nominative, in a
    language that writes ordinal dots: an acronym with a case ending after a hyphen (Croatian
    ``GDPR-a``), or a name whose second word is a type word in such a case (``Opće uredbe o
    zaštiti podataka``).  After an article's dot it is the pinpoint's act (``sukladno članku
    5. Opće uredbe o zaštiti podataka``), as an oblique type word is (``oblique_type_words``),
    where a nominative there would start a sentence."""
    oblique = pinpoint_edges.oblique_type_words(lang)
    glued = [e for e in words(lang).alias_suffixes if e.startswith("-")]
    if not oblique:
        return lambda text, start: False
    lower = tuple(f"{w[:1].lower()}{w[1:]}" for w in oblique)
    ending = r"[A-Z][A-Za-z]{1,10}" + alternation(glued) + r"(?![\w-])"
    acronym = compile_pattern(ending).match if glued else None

    def test(text: str, start: int) -> bool:
        if acronym is not None and acronym(text, start):
            return True
        blank = text.find(" ", start, start + 30)
        return blank > start and text.startswith(lower, blank + 1)

    return test


_NEAR = 90  # how far before a short form its pinpoint is first looked for
#: A pinpoint's last character that ``pinpoint_edges.ends_as_pinpoint`` takes at once.
_NUMBER_END = "0123456789)"
_Search = Callable[[str, int, int], "tuple[int, int] | None"]
_Find = Callable[[str, int], "str | None"]


def _widening(search: _Search, lang: str) -> _Search:
    """``search``, read again as far back as an act's pinpoint may start
    (``act_pinpoints.REACH``) where the window of :data:`_NEAR` characters it was given may
    have cut the pinpoint: it found none, or one that follows a comma or a list word, the
    tail of a longer one (``artikel 5, eerste lid, aanhef en onder f, in samenhang met
    artikel 32, eerste en tweede lid, van de AVG``, ``art. 132, lid 1, ..., en art. 143,
    aanhef en letter a, BTW-richtlijn``).  Most pinpoints follow other words: one search."""
    record, reach = BY_CODE[lang], act_pinpoints.REACH
    joins = {*record.list_conjunctions, *record.article_joins, *record.article_conjunctions}
    tails = (",", *(f" {w}" for w in joins))

    def widened(text: str, lo: int, hi: int) -> tuple[int, int] | None:
        found = search(text, lo, hi)
        if hi - lo < _NEAR or (found is not None and not text.endswith(tails, 0, found[0] - 1)):
            return found
        return search(text, hi - reach if hi > reach else 0, hi) or found

    return widened


def _past_union_mark(text: str, start: int, marks: tuple[str, ...]) -> int:
    """Where the pinpoint finder reads on when the name at ``start`` follows the Union's mark
    after its article, one of ``marks`` (``Article 6 of the EU GDPR`` -> ``Article 6``: the
    pinpoint before the mark); not after a bare mark (``Article 6 EU`` is also the former
    Treaty's article): ``start`` then."""
    written = next(m for m in marks if text.endswith(m, 0, start))
    at = start - len(written)  # (the article a word of its own: not ``theEU``)
    if at and not text[at - 1].isalnum():
        return at + written.index(" ") + 1  # (the mark's start)
    return start


def _unless_heading(
    text: str, found: tuple[int, int], start: int, folds: dict[str, str]
) -> str | None:
    """The pinpoint found at ``text[found]`` before a short form at ``start``, its blanks
    folded (``folds``: those folded so far, as written -> folded); None where it is a heading
    (``pinpoint_edges.apart``) or ends the line of another law's citation
    (``pinpoint_edges.after_a_citation``: ``DSGVO Art16\nDSGVO``)."""
    pin_start, pin_end = found
    # a line break between the pinpoint and the short form (a few characters): perhaps a heading
    if "\n" in text[pin_end:start] and (
        pinpoint_edges.apart(text, *found, pin_end, start)
        or pinpoint_edges.after_a_citation(text, pin_start)
    ):
        return None
    pin = text[pin_start:pin_end]
    folded = folds.get(pin)
    if folded is None:
        folded = folds[pin] = _folded(pin)
    return folded


@lru_cache(maxsize=8)
def _ends_as_part(lang: str) -> Callable[[str, int], bool]:
    """Whether ``text[:end]`` ends as a pinpoint does (:func:`pinpoint_edges.ends_as_pinpoint`)
    or in an ordinal subdivision of ``lang`` (``terzo periodo, di``, ``tretej vety tohto``)."""
    ends_as_pinpoint, ends_in_word = pinpoint_edges.ends_as_pinpoint, pinpoint_edges.ends_in_word
    ordinal_ends = tuple(sorted(set(ordinal_parts.last_words(BY_CODE[lang]))))
    if not ordinal_ends:
        return ends_as_pinpoint
    plain = plain_ends(ordinal_ends)  # (a word and a blank that ends neither: most texts)
    return lambda text, end: (end < 3 or text[end - 3 : end] not in plain) and (
        ends_as_pinpoint(text, end) or ends_in_word(text, end, ordinal_ends))  # fmt: skip


def _folded(pin: str) -> str:
    """``pin`` with its blanks folded to single spaces: single ASCII spaces only (every
    other blank is unprintable) need nothing; else split/join folds the blanks ``\\s+``
    matches (the pin neither starts nor ends with one), faster than a substitution; the blank
    before a comma left out, as ``act_pinpoints.written`` does (``13.° , B)``)."""
    if not pin.isprintable() or "  " in pin:
        pin = " ".join(pin.split())
    return pin.replace(" ,", ",") if " ," in pin else pin


def find_pinpoint(text: str, start: int, lang: str) -> str | None:
    """The pinpoint written right before ``text[start:]`` (``Article 4 of ...``), if any."""
    return pinpoint_finder(lang)(text, start)
