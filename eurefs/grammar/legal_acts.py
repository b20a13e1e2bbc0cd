"""Numbered legal acts: ``Regulation (EU) 2016/679``, ``Directive 95/46/EC``, lists of them.

Covers every numbering era (``Regulation (EEC) No 1408/71``, ``Regulation (EC)
No 1049/2001``, ``Regulation (EU) 2016/679``), sloppy forms (``Regulation
2016/679``, ``Reg. (EU) 1308/2013``, ``No.``), author and subtype words
(``Commission Delegated Regulation``, ``Council Framework Decision``), lists
(``Directives 97/7/EC, 98/27/EC and 2002/65/EC``: one reference each) and a
pinpoint in front (``Article 6(1)(a) of ...``).  Placeholders (``…/…``) have no
digits and never match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from eurefs import identifiers as ids
from eurefs.grammar import agreement_bodies, footnote_calls, years
from eurefs.grammar.base import SLASH, Anchor, Context, Family
from eurefs.grammar.common import NUM_SP, SEP, collapse_spaces, lazy_compile, words
from eurefs.languages import BY_CODE, LANGUAGES, index, pick
from eurefs.models.references import BaseReference, LegalActRef

#: written type form (lower case) -> {language: act_type}
_TYPE_FORMS: dict[str, dict[str, str]] = {}
for _lang in LANGUAGES:
    for _type, _forms in _lang.act_types.items():
        for _form in _forms:
            _TYPE_FORMS.setdefault(_form.lower(), {})[_lang.code] = _type
# written word (lower case) -> languages writing it, for each slot of a citation
_AUTHOR_LANGS = index(lambda lg: lg.authors, fold=True)
_SUB_BEFORE_LANGS = index(lambda lg: lg.subtypes_before, fold=True)
_SUB_AFTER_LANGS = index(lambda lg: lg.subtypes_after, fold=True)
_CPD_LANGS = index(lambda lg: lg.compound_prefixes, fold=True)
_GAP_LANGS = index(lambda lg: lg.author_phrases, fold=True)
_MARKER_LANGS = index(lambda lg: (m.rstrip(".") for m in lg.number_markers), fold=True)
_DOMAIN_LANGS = index(lambda lg: lg.domains, fold=True)
_TITLE_LANGS = [lg for lg in LANGUAGES if lg.title_numbers]
_TITLE_DOMAIN_LANGS = index(lambda lg: lg.domains if lg.title_numbers else (), fold=True)
#: domain as written (lower case) -> normalised form (the first language's, registry order)
_DOMAIN_FORMS: dict[str, str] = {}
for _lang in LANGUAGES:
    for _written, _norm in _lang.domains.items():
        _DOMAIN_FORMS.setdefault(_written.lower(), _norm)
_JHA = frozenset(d.lower() for lg in LANGUAGES for d in lg.jha_domains)

_DOMAIN = words(*(d for lg in LANGUAGES for d in lg.domains))
_DOMAINS = _DOMAIN + r"(?:[ ]?,[ ]?" + _DOMAIN + r")?"
_MARKERS = {m.rstrip(".") for lg in LANGUAGES for m in lg.number_markers}
_NO = words(*_MARKERS) + r"\.?"
# what a further list member can start with: ``(EU)``, a digit, a marker, ``[``
_MEMBER_START = "".join(sorted({re.escape(m[0].lower() + m[0].upper()) for m in _MARKERS}))


def _number(prefix: str = "") -> str:
    """One act number: optional ``(EU)``, optional ``No``, two numbers, optional ``/EC``.

    A footnote call glued to the end is matched too (``bcall``/``scall``, see
    ``footnote_calls``).  Group names get ``prefix`` so a pattern can hold several numbers.
    """
    p = prefix
    return (
        rf"(?P<{p}num>(?:\([ ]?(?P<{p}dom>{_DOMAINS})[ ]?\){SEP})?"
        rf"(?P<{p}no>{_NO}(?:{SEP})?)?(?P<{p}lb>\\?\[)?"
        rf"(?P<{p}a>[0-9]{{1,4}}){NUM_SP}/{NUM_SP}(?P<{p}b>[0-9]{{1,4}})(?P<{p}bcall>[0-9]{{1,3}})?"
        rf"(?:/(?P<{p}suf>{_DOMAINS})(?P<{p}scall>[1-9][0-9]{{0,2}})?)?"
        rf"(?({p}lb)(?P<{p}rb>\\?\]))(?![\w/]))"
    )


_TYPE_WORDS = words(*_TYPE_FORMS)
PATTERN = lazy_compile(
    # not inside a word; a hyphen only after a Maltese article, alone or joined to a
    # preposition (``d-Direttiva``, ``id-Direttiva``, ``tad-Direttiva``, ``mill-Kummissjoni``)
    r"(?:(?<![\w-])|(?<=\b[dlrt]-)|(?<=\b[^\W\d_][dlrt]-)|(?<=\b[^\W\d_]{2}[dlrt]-)"
    r"|(?<=\b[^\W\d_]{3}[dlrt]-))(?:"
    r"(?:(?P<author>" + words(*_AUTHOR_LANGS) + r")" + SEP + r")?"
    r"(?:(?P<sub>" + words(*_SUB_BEFORE_LANGS) + r")" + SEP + r")?"
    r"(?P<cpd>" + words(*_CPD_LANGS) + r")?"
    r"(?P<type>" + _TYPE_WORDS + r")(?![\w-])"
    r"(?:" + SEP + r"(?P<fsub>" + words(*_SUB_AFTER_LANGS) + r")(?![\w]))?"
    r"(?:"
    + SEP
    + r"(?P<gap>"
    + words(*_GAP_LANGS)
    + r"))?"
    # Czech puts the qualifier after the author: ``nařízení Komise v přenesené pravomoci``
    + r"(?:"
    + SEP
    + r"(?P<fsub2>"
    + words(*_SUB_AFTER_LANGS)
    + r")(?![\w]))?"
    + SEP
    + _number("")
    # an act's own number in its title: ``(98/699/JI)``
    + r"|(?<=\()(?P<ta>[0-9]{2,4})/(?P<tb>[0-9]{1,4})/(?P<tsuf>"
    + words(*(d for lg in _TITLE_LANGS for d in lg.domains))
    + r")(?=\))"
    r")",
    re.IGNORECASE,
)
# Upper-case type words of a title, for ``(98/699/JI)``.
_TITLE_TYPE = lazy_compile(
    r"(?<![\w-])(?P<type>"
    + words(
        *(
            u
            for lg in _TITLE_LANGS
            for fs in lg.act_types.values()
            for f in fs
            for u in (f.upper(), "".join(c if c == "ß" else c.upper() for c in f))
        )
    )
    + r")(?![\w-])"
)


# A further member of a list: ``, 98/27/EC``, `` and (EC) No 595/2009``, with a
# footnote marker allowed before the separator (``2016/679 (6) and (EU) 2018/1725``).
def _continuation(conj: tuple[str, ...]) -> re.Pattern[str]:
    return lazy_compile(
        r"(?:[ ]?\([0-9]{1,3}\))?(?:[ ]?,[ ]?(?:"
        + words(*conj)
        + r")?|[ ]?;[ ]?|"
        + SEP
        + words(*conj)
        + r")"
        + SEP
        + r"?(?=[(\d\\\["
        + _MEMBER_START
        + r"])"
        + _number(""),
        re.IGNORECASE,
    )


_CONTINUATION = {lg.code: _continuation(lg.list_conjunctions) for lg in LANGUAGES}
_PINPOINT = {lg.code: lazy_compile(lg.act_pinpoint) for lg in LANGUAGES if lg.act_pinpoint}
#: Languages whose dictionary type words are lower case (``directive``): a type word
#: written in lower case with no hint of another language is theirs, so that
#: their normal forms parse back to them.
_LOWER_CASE_TYPES = frozenset(
    lg.code for lg in LANGUAGES if all(fs[0][:1].islower() for fs in lg.act_types.values())
)


def _split_number(
    act_type: str, a: str, b: str, has_no: bool, suffix_domain: str | None
) -> tuple[int, str, bool] | None:
    """Decide which half is the year: ``(year, number, number_first)``.

    Rule (reference-formats.md 2.5): ``No`` means number first; otherwise a
    2-digit or plausible 4-digit first half is the year, else a 4-digit second
    half is.  Regulations before 2015 were always numbered number-first.  A
    ``No`` written before a year-first number (``Verordnung (EU) Nr. 2018/858``,
    seen in real texts) does not make ``858`` a year.
    """

    def plausible(y: str) -> bool:
        return len(y) == 2 or (len(y) == 4 and 1950 <= int(y) <= years.latest_year())

    if has_no and not plausible(b):
        if not plausible(a) or len(a) != 4:
            return None
        has_no = False  # a stray "No": read the number year-first
    if has_no or (len(b) == 4 and plausible(b) and not plausible(a)):
        year, number, number_first = years.act_year(b), a, True
    elif plausible(a):
        year, number, number_first = years.act_year(a), b, False
        if (
            act_type == "regulation"
            and year < 2015
            and not suffix_domain
            and (len(b) == 2 or (len(b) == 4 and plausible(b)))
        ):
            # ``Regulation 2006/2004``: a pre-2015 regulation is number-first.
            year, number, number_first = years.act_year(b), a, True
    elif plausible(b):
        year, number, number_first = years.act_year(b), a, True
    else:
        return None
    if int(number) == 0:
        return None
    return year, str(int(number)), number_first


def _split_glued_call(
    act_type: str, a: str, digits: str, no_written: str | None, suffix: str | None
) -> tuple[str, str] | None:
    """The second half of an act number and a footnote call glued to it, if any
    (``2016/124021`` is ``2016/1240`` and note 21; see ``footnote_calls``)."""

    def possible(b: str) -> bool:
        parts = _split_number(act_type, a, b, bool(no_written), suffix)
        if parts is None:
            return False
        year, _, number_first = parts
        return number_first or footnote_calls.act_number_possible(year, b)

    if suffix:  # a call comes after the suffix (``93/13/EEC1``), never inside the number
        return (digits, "") if possible(digits) else None
    return footnote_calls.split_call(digits, possible)


class _Act:
    """What the type part of a citation says: type, language, dictionary word, author, subtype."""

    __slots__ = ("act_type", "author", "lang", "pinpoint", "subtype", "type_word")

    def __init__(
        self, act_type: str, lang: str, type_word: str, author: str | None, subtype: str | None
    ) -> None:
        self.act_type, self.lang, self.type_word = act_type, lang, type_word
        self.author, self.subtype = author, subtype
        self.pinpoint: str | None = None


def _make(
    m: re.Match[str],
    start: int,
    act: _Act,
    g: tuple[str, str, str, str, str] = ("a", "b", "dom", "suf", "no"),
    list_domain: str | None = None,
) -> LegalActRef | None:
    """One act from the number groups ``g`` of ``m``; ``list_domain`` is the bracketed
    domain of the first member of a list, which a later bare member shares
    (``les directives (UE) 2016/680 et 2016/681``)."""
    gd = m.groupdict()
    a, b = gd[g[0]], gd[g[1]]
    dom_written, suf_written, no_written = gd.get(g[2]), gd.get(g[3]), gd.get(g[4])
    if not dom_written and not suf_written:
        dom_written = list_domain
    act_type = act.act_type
    call = gd.get("scall") or ""
    if g[1] == "b" and not gd.get("lb"):
        split = _split_glued_call(act_type, a, b + (gd.get("bcall") or ""), no_written, suf_written)
        if split is None:
            return None
        b, glued = split
        call = call or glued
    elif gd.get("bcall"):
        return None
    end = m.end() - len(call)
    parts = _split_number(act_type, a, b, bool(no_written), suf_written)
    if parts is None:
        return None
    year, number, number_first = parts
    if years.is_future_year(year):
        return None
    domain_raw = dom_written or suf_written
    domain = _canon_domain(domain_raw) if domain_raw else None
    # Normalised form: type word, then the number part as written (spaces collapsed,
    # ``No.``/``NO`` -> ``No`` (French ``no``, German ``Nr.``), domain kept only if written).
    norm = act.type_word
    if dom_written:
        norm += f" ({_canon_domain(dom_written)})"
    if no_written:
        norm += " " + BY_CODE[act.lang].number_marker
    norm += f" {a}/{b}"
    if suf_written:
        norm += "/" + _canon_domain(suf_written).replace(", ", ",")
    celex_type = act_type
    if act_type in ("joint_action", "common_position") and (domain or "").lower() in _JHA:
        celex_type = "framework_decision"  # JHA joint actions/common positions are ``F`` acts
    # a year before the first Community acts (``No 1/45``) names no CELEX document
    can_exist = years.act_year_can_exist(year)
    celex = ids.legal_act_celex(celex_type, year, number) if can_exist else None
    return LegalActRef(
        text=m.string[start:end],
        start=start,
        end=end,
        normalized=norm,
        celex=celex,
        celex_candidates=[celex] if celex else [],
        eli=ids.legal_act_eli(act_type, act.subtype, year, number) if can_exist else None,
        cellar_ids=[f"celex:{celex}"] if celex else [],
        eurlex_url=ids.eurlex_celex_url(celex) if celex else None,
        lang=act.lang,
        act_type=act_type,
        subtype=act.subtype,
        author=act.author,
        domain=domain,
        year=year,
        number=number,
        number_first=number_first,
        pinpoint=act.pinpoint,
    )


@functools.lru_cache(maxsize=256)
def _canon_domain(written: str) -> str:
    return ", ".join(_DOMAIN_FORMS.get(d.strip().lower(), d.strip()) for d in written.split(","))


def build_number_first_ref(m: re.Match[str], lang: str, act_type: str) -> LegalActRef | None:
    """An act cited number first (``1089/2010/EU rendelete``): see ``legal_acts_number_first``.

    ``m`` has the groups of an act number (``a``, ``b``, ``dom``, ``suf``) plus ``type``,
    and optionally ``author`` and ``sub``.
    """
    record = BY_CODE[lang]
    sub = (m.group("sub") or "").lower()
    subtype = next((v for k, v in record.subtypes_before.items() if k.lower() == sub), None)
    word = record.type_word(act_type, m.group("type"))
    act = _Act(act_type, lang, word, m.group("author"), subtype)
    ref = _make(m, m.start(), act)
    if ref is None:
        return None
    typed = record.with_subtype(word, act_type, subtype)
    return ref.model_copy(update={"normalized": f"{collapse_spaces(m.group('num'))} {typed}"})


def type_word_of(lang: str, act_type: str, written: str) -> str:
    """Dictionary form of a type word in ``lang`` (``Beschlusses`` -> ``Beschluss``)."""
    return BY_CODE[lang].type_word(act_type, written)


def _narrow(langs: dict[str, str], word: str | None, table: dict[str, frozenset[str]]) -> None:
    """Keep in ``langs`` only the languages that write ``word`` (when it was written)."""
    if word:
        allowed = table.get(word.lower().replace("’", "'"), frozenset())
        for code in [c for c in langs if c not in allowed]:
            del langs[code]


def _language(m: re.Match[str], ctx: Context, langs: dict[str, str]) -> str:
    """The language of a citation, from the words matched (and the text just before)."""
    if len(langs) == 1:
        return next(iter(langs))
    cands = set(langs)
    for group in ("dom", "suf"):
        for d in (m.group(group) or "").split(","):
            narrowed = cands & _DOMAIN_LANGS.get(d.strip().lower(), frozenset())
            if narrowed:
                cands = narrowed
    marker = (m.group("no") or "").strip().rstrip(".").lower()
    if marker:
        cands = (cands & _MARKER_LANGS.get(marker, frozenset())) or cands
    if len(cands) == 1:  # the suffix or marker said it (``Directive 2003/88/EC``)
        return next(iter(cands))
    # with no hint, the language whose dictionary form is the word as written wins
    # (``Direttiva`` is Maltese, ``direttiva`` Italian), so normal forms parse back
    written = m.group("type")
    prefer = {c for c in cands if BY_CODE[c].act_types[langs[c]][0] == written} or (
        _LOWER_CASE_TYPES if written.islower() else ()
    )
    # ... and so does the number marker as that language normalises it (Swedish ``nr``,
    # Danish ``nr.``)
    written_no = (m.group("no") or "").strip()
    if written_no:
        exact = {c for c in cands if BY_CODE[c].number_marker == written_no}
        prefer = (set(prefer) & exact) or exact or prefer
    return pick(cands, ctx.before(m.start(), 80), prefer, ctx.region[m.end() : m.end() + 80])


def _title_number(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """``(98/699/JI)``: an act's number in its own title, typed by the title's type word."""
    last = None
    for t in _TITLE_TYPE.finditer(ctx.before(m.start(), 500)):
        last = t
    if last is None:
        return ()
    written = last.group("type")
    langs = _TYPE_FORMS[written.lower()]
    cands = set(langs) & _TITLE_DOMAIN_LANGS.get(m.group("tsuf").lower(), frozenset())
    if not cands:
        return ()
    lang = pick(cands, ctx.before(last.start(), 80))
    act = _Act(langs[lang], lang, type_word_of(lang, langs[lang], written), None, None)
    ref = _make(m, m.start(), act, ("ta", "tb", "", "tsuf", ""))
    return (ref,) if ref else ()


def _act_of(m: re.Match[str], ctx: Context) -> _Act | None:
    """Type, language, author and subtype of a match (None when its words disagree)."""
    gd = m.groupdict()
    type_written = gd["type"]
    langs = dict(_TYPE_FORMS[type_written.lower()])
    # words before the type word must be of its language ...
    _narrow(langs, gd["author"], _AUTHOR_LANGS)
    _narrow(langs, gd["sub"], _SUB_BEFORE_LANGS)
    _narrow(langs, gd["cpd"], _CPD_LANGS)
    if not langs:
        return None
    # ... words after it decide only when they can (``Regulation du Conseil`` stays English)
    for group, langs_of in (
        ("fsub", _SUB_AFTER_LANGS), ("gap", _GAP_LANGS), ("fsub2", _SUB_AFTER_LANGS)
    ):  # fmt: skip
        if gd[group]:
            kept = dict(langs)
            _narrow(kept, gd[group], langs_of)
            langs = kept or langs
    lang = _language(m, ctx, langs)
    record = BY_CODE[lang]
    author = gd["author"]
    if author:
        author = next((a for a in record.authors if a.lower() == author.lower()), author)
    subtype = None
    if gd["sub"] or gd["fsub"] or gd["fsub2"] or gd["cpd"]:
        for group, table in (
            ("sub", record.subtypes_before),
            ("fsub", record.subtypes_after),
            ("fsub2", record.subtypes_after),
            ("cpd", record.compound_prefixes),
        ):
            written = (gd[group] or "").lower().replace("’", "'")
            if written:
                subtype = next(
                    (v for k, v in table.items() if k.lower().replace("’", "'") == written),
                    subtype,
                )
    act_type = langs[lang]
    word = record.with_subtype(record.type_word(act_type, type_written), act_type, subtype)
    return _Act(act_type, lang, word, author, subtype)


def _agreement_decision(ref: LegalActRef, body: agreement_bodies.Body, text: str) -> LegalActRef:
    """A decision of an agreement body: the body in span and normal form, no CELEX."""
    normalized = ref.normalized
    if body.prefix:
        normalized = f"{body.name} {normalized}"
    elif body.end > ref.end:
        normalized = f"{normalized} {collapse_spaces(text[ref.end : body.end])}"
    return ref.model_copy(
        update={
            "start": body.start, "end": body.end, "text": text[body.start : body.end],
            "normalized": normalized, "author": body.name, "celex": None,
            "celex_candidates": [], "eli": None, "cellar_ids": [], "eurlex_url": None,
        }
    )  # fmt: skip


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match (and any list members after it) into :class:`LegalActRef` objects."""
    if m.group("ta"):
        return _title_number(m, ctx)
    act = _act_of(m, ctx)
    if act is None:
        return ()
    record = BY_CODE[act.lang]
    pinpoint = _PINPOINT.get(act.lang)
    if pinpoint is not None:
        before = ctx.before(m.start(), 90)
        # a pinpoint ends in "of " / "of the ": test that before searching for it
        if before.endswith(record.act_pinpoint_tails):
            pin_m = pinpoint.search(before)
            act.pinpoint = pin_m.group("pin") if pin_m else None
    # After an author phrase (``directives du Conseil 2009/65/CE``) only the number is the span.
    cut = m.group("gap") and not record.author_in_span
    first = _make(m, m.start("num") if cut else m.start(), act)
    if first is None:
        return ()
    if act.act_type == "decision":
        body = agreement_bodies.find(m, ctx, first.start, act.lang)
        if body is not None:
            return (_agreement_decision(first, body, m.string),)
    refs: list[BaseReference] = [first]
    pos = m.end()
    act.pinpoint = None
    # Members of a list each get their own reference (span = the bare number part).
    while True:
        c = _CONTINUATION[act.lang].match(ctx.region, pos)
        if c is None:
            break
        member = _make(c, c.start("num"), act, list_domain=m.group("dom"))
        if member is None:
            break
        refs.append(member)
        pos = c.end()
    return refs


# Where a match can start.  Running PATTERN (case-insensitive, many alternatives)
# at every position is slow; instead find the type words in the lower-cased
# region with a case-sensitive search, and try PATTERN only at the starts of the
# few tokens before each (author, qualifier, compound prefix) and at the word itself.
# Type words where a citation can hold them: at the start of a word, or after a compound
# prefix there (``durchführungsverordnung``).  Elsewhere in a word ``PATTERN`` cannot
# match; the word boundary first rules out most positions before the type-word trie
# (over 24 languages it opens at nearly every letter) is tried.
_TYPE_FIND = lazy_compile(r"\b(?:" + words(*_CPD_LANGS) + r")?" + words(*_TYPE_FORMS))
_TITLE_NUMBER_FIND = re.compile(r"\([0-9]{2,4}/[0-9]{1,4}/")
_TOKEN = re.compile(r"[^\s#>*]+")
_PREFIX_REACH = 60  # characters before a type word where its author/qualifiers can start
# First letters of the words that can open a citation before its type word.
_PREFIX_INITIALS = frozenset(w[0] for w in (*_AUTHOR_LANGS, *_SUB_BEFORE_LANGS))
# ... and their first two characters: with many languages loaded nearly every letter
# opens some author, two characters still rule out most words
_PREFIX_PAIRS = frozenset(w[:2] for w in (*_AUTHOR_LANGS, *_SUB_BEFORE_LANGS))


def _may_open(low: str, i: int) -> bool:
    """Whether the word at ``low[i]`` may be an author or a qualifier."""
    pair = low[i : i + 2]
    return pair in _PREFIX_PAIRS or (pair[:1] in _PREFIX_INITIALS and not pair[1:].isalpha())


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches ``PATTERN.finditer(text, pos, endpos)`` would give, found from type words."""
    low = text[pos:endpos].lower()
    if len(low) != endpos - pos:  # a character whose lower case is longer: play safe
        yield from PATTERN.finditer(text, pos, endpos)
        return
    starts: set[int] = {m.start() + 1 for m in _TITLE_NUMBER_FIND.finditer(text, pos, endpos)}
    # a type word after the last slash has no number left in the region
    last_slash = low.rfind("/")
    for m in _TYPE_FIND.finditer(low, 0, last_slash if last_slash >= 0 else len(low)):
        p = pos + m.start()
        tokens = [t.start() for t in _TOKEN.finditer(text, max(pos, p - _PREFIX_REACH), p + 1)]
        # the word holding the type word (a German compound starts there) ...
        if tokens:
            starts.add(tokens[-1])
        # ... and earlier words that may be an author or a qualifier
        starts.update(t for t in tokens[-5:-1] if _may_open(low, t - pos))
        starts.add(p)
    end = pos
    for s in sorted(starts):
        if s < end:
            continue
        found = PATTERN.match(text, s, endpos)
        if found is not None:
            end = found.end()
            yield found


FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    anchors=(Anchor(SLASH, before=80, after=30),),
    finder=find_matches,
    priority=10,
)
