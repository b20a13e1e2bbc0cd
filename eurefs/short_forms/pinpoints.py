"""The pinpoint written around a back-reference: right before it (``Article 4 of that
Directive``, ``article 6, paragraphe 1, du RGPD``, ``Annex II to that Directive``, ``Article 17
GDPR``), as the language writes a pinpoint before an act (``grammar/act_pinpoints``), or, in a
language that writes pinpoints after acts, right after it (Finnish ``kyseisen direktiivin 7
artiklan 1 kohdassa``; ``grammar/after_pinpoint_patterns``).  A pinpoint after a genitive
where pinpoints come first: ``short_forms/genitive_pinpoints``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from eurefs.grammar import act_pinpoints, ordinal_parts, ordinal_pinpoints, pinpoint_search
from eurefs.grammar.after_pinpoint_patterns import after_source
from eurefs.grammar.common import lazy_compile
from eurefs.grammar.numbered_recitals import with_recitals
from eurefs.grammar.pinpoint_search import searcher
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


def _cue_start(text: str, at: int, long_links: tuple[str, ...]) -> int:
    """Where the link whose last word starts at ``at`` starts (:func:`_long_links`)."""
    return next((at - len(p) for p in long_links if text.endswith(p, 0, at)), at)


@lru_cache(maxsize=8)
def _pinpoint_head(lang: str) -> re.Pattern[str]:
    """The words a pinpoint of :func:`pinpoint_pattern` starts with, as the text writes them."""
    source = act_pinpoints.head_source(BY_CODE[lang])
    return compile_pattern(act_pinpoints.spaced(source) if source is not None else "(?!)")


def pinpoint_finder(lang: str) -> Callable[[str, int], str | None]:
    """:func:`find_pinpoint` for one language, with its patterns looked up once: a new
    finder per text, whose search of pinpoints linked to the short form remembers the
    pinpoints it read (``pinpoint_search.memo_searcher``)."""
    patterns = pinpoint_pattern(lang)
    if patterns is None:  # the language writes its pinpoints after what they are in
        return lambda text, start: None
    cue, back, linked = _pinpoint_cue(lang)
    cue_search = cue.match if cue is not None else None
    ends_as_pinpoint = pinpoint_search.ends_as_pinpoint
    ends_as_part = _ends_as_part(lang)
    linked_search = _widening(pinpoint_search.memo_searcher(patterns, _pinpoint_head(lang)), lang)
    # a name right after its pinpoint, with no link word (``Article 17 GDPR``), or an
    # anaphor whose determiner holds the link (``artigo 7.º dessa diretiva``)
    linking = words(lang).linking_determiners
    unlinked = _unlinked_pattern(lang) if cue_search is not None or linking else None
    unlinked_search = _widening(searcher(unlinked), lang) if unlinked is not None else None
    annex = _annex_pattern(lang) if cue_search is not None else None
    annex_search = searcher(annex) if annex is not None else None
    annex_cues = [f"{w}{blank}" for w in BY_CODE[lang].pinpoints.annex_links for blank in " \n"]
    after_dot = _after_dot(lang)
    long_links = _long_links(lang) if linked else ()

    def find(text: str, start: int) -> str | None:
        # cheap tests first (a literal search, no copy): most short forms have no pinpoint;
        # then what stands before the link word (or the short form) must end as a
        # pinpoint does (``5 of``, ``(a) of``, ``III of``, ``Buchstabe a dieser``)
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
            at = (cue.start(1) if linked else start) if cue is not None else -1
            if at >= 0 and long_links and not ends_as_part(text, at):
                at = _cue_start(text, at, long_links)  # (``recital 26 in the preamble to``)
            if at >= 0 and ends_as_part(text, at):
                found = linked_search(text, lo, start)
                if found is None and annex_search is not None:
                    cue_lo = cue.start(1) if cue is not None else at
                    if any(text.find(c, cue_lo, start) >= 0 for c in annex_cues):
                        found = annex_search(text, lo, start)  # ``Annex II to``
            # no link word (``Article 17 GDPR``, ``artikel 15, derde lid, AVG``), also where
            # a link word near is the pinpoint's own (``(Article 6(1)(b) to (f) GDPR)``)
            if found is None and unlinked_search is not None and text[start : start + 1].isupper():
                found = unlinked_search(text, lo, start) if ends_as_part(text, start) else None
        return None if found is None else _unless_heading(text, found, start)

    found = with_recitals(find, lang)  # (``33. betragtning til nævnte direktiv``)
    return _past_union_mark(found, lang)


def _after_dot(lang: str) -> Callable[[str, int], bool]:
    """Whether what stands before the short form at ``start`` ends as an ordinal pinpoint
    does (``pinpoint_search.ends_as_ordinal``), or the short form follows an article's
    ordinal dot in a case other than the nominative: an oblique type word (``članka 287.
    Direktive o PDV-u``; ``pinpoint_search.oblique_type_words``) or name (:func:`_oblique_name`)."""
    ends_as_ordinal = pinpoint_search.ends_as_ordinal
    oblique = pinpoint_search.oblique_type_words(lang)
    if not oblique:
        return ends_as_ordinal
    name = _oblique_name(lang)
    ends_after_dot = pinpoint_search.ends_after_dot
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
    oblique = pinpoint_search.oblique_type_words(lang)
    glued = [e for e in words(lang).alias_suffixes if e.startswith("-")]
    if not oblique:
        return lambda text, start: False
    lower = tuple(f"{w[:1].lower()}{w[1:]}" for w in oblique)
    acronym = (
        compile_pattern(r"[A-Z][A-Za-z]{1,10}" + alternation(glued) + r"(?![\w-])").match
        if glued
        else None
    )

    def test(text: str, start: int) -> bool:
        if acronym is not None and acronym(text, start):
            return True
        blank = text.find(" ", start, start + 30)
        return blank > start and text.startswith(lower, blank + 1)

    return test


#: How far before a short form its pinpoint is first looked for.
_NEAR = 90
#: A pinpoint's last character that ``pinpoint_search.ends_as_pinpoint`` takes at once.
_NUMBER_END = "0123456789)"
_Search = Callable[[str, int, int], "tuple[int, int] | None"]


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


def _past_union_mark(
    find: Callable[[str, int], str | None], lang: str
) -> Callable[[str, int], str | None]:
    """``find``, reading the pinpoint before the Union's mark when the name follows one
    after its article (``Article 6 of the EU GDPR`` -> ``Article 6``: the record's
    ``union_name_marks``); not after a bare mark (``Article 6 EU`` is also the former
    Treaty's article)."""
    w = words(lang)
    marks = tuple(f"{a} {m} " for a in w.articles for m in w.union_name_marks)
    if not marks:
        return find

    def past(text: str, start: int) -> str | None:
        if text.endswith(marks, 0, start):
            written = next(m for m in marks if text.endswith(m, 0, start))
            at = start - len(written)  # (the article a word of its own: not ``theEU``)
            if at and not text[at - 1].isalnum():
                return find(text, at + written.index(" ") + 1)  # (the mark's start)
        return find(text, start)

    return past


def _unless_heading(text: str, found: tuple[int, int], start: int) -> str | None:
    """The pinpoint found at ``text[found]`` before a short form at ``start``, its blanks
    folded; None where it is a heading (``pinpoint_search.apart``) or ends the line of
    another law's citation (``pinpoint_search.after_a_citation``: ``DSGVO Art16\nDSGVO``)."""
    pin_start, pin_end = found
    # a line break between the pinpoint and the short form: perhaps a heading
    if text.find("\n", pin_end, start) >= 0 and (
        pinpoint_search.apart(text, *found, pin_end, start)
        or pinpoint_search.after_a_citation(text, pin_start)
    ):
        return None
    return _folded(text[pin_start:pin_end])


def _ends_as_part(lang: str) -> Callable[[str, int], bool]:
    """Whether ``text[:end]`` ends as a pinpoint does (:func:`pinpoint_search.ends_as_pinpoint`)
    or in an ordinal subdivision of ``lang`` (``terzo periodo, di``, ``tretej vety tohto``)."""
    ends_as_pinpoint, ends_in_word = pinpoint_search.ends_as_pinpoint, pinpoint_search.ends_in_word
    ordinal_ends = frozenset(ordinal_parts.last_words(BY_CODE[lang]))
    if not ordinal_ends:
        return ends_as_pinpoint
    return lambda text, end: ends_as_pinpoint(text, end) or ends_in_word(text, end, ordinal_ends)


def _folded(pin: str) -> str:
    """``pin`` with its blanks folded to single spaces: single ASCII spaces only (every
    other blank is unprintable) need nothing; else split/join folds the blanks ``\\s+``
    matches (the pin neither starts nor ends with one), faster than a substitution; the blank
    before a comma left out, as ``act_pinpoints.written`` does (``13.° , B)``)."""
    if not pin.isprintable() or "  " in pin:
        pin = " ".join(pin.split())
    return pin.replace(" ,", ",") if " ," in pin else pin


_GLUED_CALL = compile_pattern(r"\[[1-9][0-9]{0,2}\]|\([1-9][0-9]{0,2}\)")


@lru_cache(maxsize=8)
def after_pinpoint_finder(lang: str) -> Callable[[str, int], str | None] | None:
    """``find(text, end)``: the pinpoint written right after a back-reference ending at
    ``end`` (``kyseisen direktiivin 7 artiklan 1 kohdassa`` -> ``7 artiklan 1 kohdassa``),
    in a language that writes pinpoints after acts (None: one that writes them before).
    The pattern is that of pinpoints after acts (``grammar/act_pinpoints``); a literal
    test on what follows the short form runs first."""
    record = BY_CODE[lang]
    source = after_source(record)
    if source is None:
        return None
    match = compile_pattern(act_pinpoints.spaced(source)).match
    # a blank, then a number, a bracket or a subdivision word (the act pinpoint's cue)
    firsts = tuple({c[1:] for c in act_pinpoints.cue(record)})
    # a case ending glued to a name after a colon or hyphen (Finnish ``GDPR:n 6 artiklan``)
    glued = sorted(
        (e for e in words(lang).alias_suffixes if not e[:1].isalnum()), key=len, reverse=True
    )
    glued_any = tuple(glued)

    def find(text: str, end: int) -> str | None:
        if glued_any and text.startswith(glued_any, end):
            end += next(len(e) for e in glued if text.startswith(e, end))
        # (a footnote call glued to the name: ``a GDPR[1] 6. és 9. cikkét``; the pattern
        # reads it, the cheap test looks past it)
        probe = end
        if text.startswith(("[", "("), end) and (call := _GLUED_CALL.match(text, end)):
            probe = call.end()
        if not (text.startswith(firsts, probe + 1) and text[probe : probe + 1].isspace()):
            return None
        found = match(text, end, end + act_pinpoints.REACH)
        if found is None or pinpoint_search.apart(
            text, *found.span("pin"), end, found.start("pin")
        ):
            return None
        return " ".join(found.group("pin").split())

    return find


@lru_cache(maxsize=8)
def norm_line_finder(lang: str) -> Callable[[str, int, int], str | None] | None:
    """``find(text, start, end)``: the pinpoint written right after a short form at
    ``text[start:end]`` where the two are one norm of a list, one a line, as German and
    Austrian decisions list the norms they apply (``pinpoints.after_blank``): the short form
    starts its line (or follows a label's colon or a semicolon) and the pinpoint ends it (or
    a semicolon does): ``DSGVO Art16``, ``DSGVO Art6 Abs1 litf`` (the RIS's ``Norm``),
    ``Fluggastrechte-VO Art. 5 Abs. 1 lit. c, Abs. 3, Art. 7 Abs. 1`` (a ``Normenkette``),
    ``DSGVO: Art 82`` (a note's head in an Austrian journal).
    Its articles apart by commas or semicolons, each with its word, are one pinpoint
    (``FluggastrechteVO Art. 2 Buchst. b, g, h; Art. 3 Abs. 1``; another law after a
    semicolon starts with its own name: ``Dublin III-VO Art. 49 Abs. 2; EMRK Art. 6``).
    The pattern is that of pinpoints before acts, read on the text as written with plain
    blanks only: a line break ends it.  None: the language writes no such lists."""
    record = BY_CODE[lang]
    body = act_pinpoints.pinpoint_body(record) if record.pinpoints.after_blank else None
    if body is None:
        return None
    part = "(?:" + body.removeprefix("(?P<pin>")
    match = compile_pattern(
        r"(?:[ ]?:)?[ ](?P<pin>" + part + r"(?:[,;][ ]" + part + r"){0,7})[ \t]*(?=\n|\r|;|$)"
    ).match
    # (or after a colon, as the Austrian journals head a note: ``DSGVO: Art 82``)
    firsts = tuple(
        f"{sep}{w}" for w in record.article_words if w[:1].isupper() for sep in (" ", ": ", " : ")
    )

    def find(text: str, start: int, end: int) -> str | None:
        if not text.startswith(firsts, end):
            return None
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start].rstrip(" \t")
        if before and not before.endswith((":", ";")):
            return None
        found = match(text, end, end + act_pinpoints.REACH)
        return None if found is None else found.group("pin")

    return find


def find_pinpoint(text: str, start: int, lang: str) -> str | None:
    """The pinpoint written right before ``text[start:]`` (``Article 4 of ...``), if any."""
    return pinpoint_finder(lang)(text, start)
