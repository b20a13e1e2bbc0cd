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
from eurefs.grammar import years
from eurefs.grammar.base import SLASH, Anchor, Context, Family
from eurefs.grammar.common import NUM_SP, SEP, words
from eurefs.grammar.vocabulary import (
    ACT_TYPES,
    ACT_TYPES_BY_LANG,
    AUTHOR_PHRASES,
    AUTHORS,
    COMPOUND_PREFIXES_DE,
    DOMAINS,
    DOMAINS_FR_DE,
    JHA_DOMAINS,
    LIST_CONJUNCTIONS,
    SUBTYPES,
    SUBTYPES_AFTER_FR,
    SUBTYPES_BEFORE_DE,
    TYPE_WORD_OVERRIDES,
)
from eurefs.models.references import BaseReference, LegalActRef

#: written type form (lower case) -> {language: act_type}
_TYPE_FORMS: dict[str, dict[str, str]] = {}
for _lang, _table in ACT_TYPES_BY_LANG.items():
    for _act, (_, _forms) in _table.items():
        for _form in _forms:
            _TYPE_FORMS.setdefault(_form.lower(), {})[_lang] = _act
_SUBTYPE_FORMS = {form.lower(): sub for sub, forms in SUBTYPES.items() for form in forms}
_SUBTYPE_FORMS |= {k.lower(): v for k, v in SUBTYPES_BEFORE_DE.items()}
_DOMAIN_FORMS = {k.lower(): v for k, v in DOMAINS.items()} | {k.lower(): k for k in DOMAINS_FR_DE}

_DOMAIN = words(*DOMAINS, *DOMAINS_FR_DE)
_DOMAINS = _DOMAIN + r"(?:[ ]?,[ ]?" + _DOMAIN + r")?"
_NO = r"(?:No|NO|no|Nr|n°)\.?"
# French text: an article or preposition just before an ambiguous ``directive``.
_FRENCH_BEFORE = re.compile(
    r"(?:\b(?:la|les|des|une|cette|ces|ladite|lesdites|présente|nouvelle)|[lL]['’])[ ]$",
    re.IGNORECASE,
)


def _number(prefix: str = "") -> str:
    """One act number: optional ``(EU)``, optional ``No``, two numbers, optional ``/EC``.

    Group names get ``prefix`` so a pattern can hold several numbers.
    """
    p = prefix
    return (
        rf"(?P<{p}num>(?:\([ ]?(?P<{p}dom>{_DOMAINS})[ ]?\){SEP})?"
        rf"(?P<{p}no>{_NO}(?:{SEP})?)?(?P<{p}lb>\\?\[)?"
        rf"(?P<{p}a>[0-9]{{1,4}}){NUM_SP}/{NUM_SP}(?P<{p}b>[0-9]{{1,4}})"
        rf"(?:/(?P<{p}suf>{_DOMAINS}))?(?({p}lb)(?P<{p}rb>\\?\]))(?![\w/]))"
    )


_TYPE_WORDS = words(*(f for t in ACT_TYPES_BY_LANG.values() for _, fs in t.values() for f in fs))
_SUB_BEFORE = words(*(f for forms in SUBTYPES.values() for f in forms), *SUBTYPES_BEFORE_DE)
PATTERN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?P<author>" + words(*AUTHORS) + r")" + SEP + r")?"
    r"(?:(?P<sub>" + _SUB_BEFORE + r")" + SEP + r")?"
    r"(?P<cpd>" + words(*COMPOUND_PREFIXES_DE) + r")?"
    r"(?P<type>" + _TYPE_WORDS + r")(?![\w-])"
    r"(?:" + SEP + r"(?P<fsub>" + words(*SUBTYPES_AFTER_FR) + r")(?![\w]))?"
    r"(?:"
    + SEP
    + r"(?P<gap>"
    + words(*(p for ps in AUTHOR_PHRASES.values() for p in ps))
    + r"))?"
    + SEP
    + _number("")
    # an act's own number in its title: ``(98/699/JI)``
    + r"|(?<=\()(?P<ta>[0-9]{2,4})/(?P<tb>[0-9]{1,4})/(?P<tsuf>"
    + words(*DOMAINS_FR_DE)
    + r")(?=\))"
    r")",
    re.IGNORECASE,
)
# Upper-case type words of a title, for ``(98/699/JI)``.
_TITLE_TYPE = re.compile(
    r"(?<![\w-])(?P<type>"
    + words(
        *(
            u
            for lg in ("fr", "de")
            for _, fs in ACT_TYPES_BY_LANG[lg].values()
            for f in fs
            for u in (f.upper(), "".join(c if c == "ß" else c.upper() for c in f))
        )
    )
    + r")(?![\w-])"
)


# A further member of a list: ``, 98/27/EC``, `` and (EC) No 595/2009``, with a
# footnote marker allowed before the separator (``2016/679 (6) and (EU) 2018/1725``).
def _continuation(conj: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?:[ ]?\([0-9]{1,3}\))?(?:[ ]?,[ ]?(?:"
        + words(*conj)
        + r")?|[ ]?;[ ]?|"
        + SEP
        + words(*conj)
        + r")"
        + SEP
        + r"?(?=[(\dNn\\\[])"
        + _number(""),
        re.IGNORECASE,
    )


_CONTINUATION = {lang: _continuation(conj) for lang, conj in LIST_CONJUNCTIONS.items()}

_PINPOINT = re.compile(
    r"(?P<pin>(?:(?:point|points)[ ]\([a-z0-9]{1,4}\)[ ]of[ ])?"
    r"(?:(?:the[ ])?(?:first|second|third|fourth|fifth|last)[ ]subparagraph[ ]of[ ])?"
    r"(?:Article|Art\.)[ ][0-9]{1,3}[a-z]?(?:\([0-9]{1,3}[a-z]?\)){0,3}(?:\([a-z]{1,4}\)){0,3})"
    r"[ ]of(?:[ ]the)?[ ]$"
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
) -> LegalActRef | None:
    gd = m.groupdict()
    a, b = gd[g[0]], gd[g[1]]
    dom_written, suf_written, no_written = gd.get(g[2]), gd.get(g[3]), gd.get(g[4])
    act_type = act.act_type
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
        norm += {"en": " No", "fr": " no", "de": " Nr."}[act.lang]
    norm += f" {a}/{b}"
    if suf_written:
        norm += "/" + _canon_domain(suf_written).replace(", ", ",")
    celex_type = act_type
    if act_type in ("joint_action", "common_position") and (domain or "").upper() in JHA_DOMAINS:
        celex_type = "framework_decision"  # JHA joint actions/common positions are ``F`` acts
    # a year before the first Community acts (``No 1/45``) names no CELEX document
    can_exist = years.act_year_can_exist(year)
    celex = ids.legal_act_celex(celex_type, year, number) if can_exist else None
    return LegalActRef(
        text=m.string[start : m.end()],
        start=start,
        end=m.end(),
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


def type_word_of(lang: str, act_type: str, written: str) -> str:
    """Dictionary form of a type word in ``lang`` (``Beschlusses`` -> ``Beschluss``)."""
    return TYPE_WORD_OVERRIDES.get(written.lower(), ACT_TYPES_BY_LANG[lang][act_type][0])


def _language(m: re.Match[str], ctx: Context, langs: dict[str, str]) -> str:
    """The language of a citation, from the words matched (and the text just before)."""
    if len(langs) == 1:
        return next(iter(langs))
    if m.group("fsub") or m.group("gap"):
        return "fr" if "fr" in langs else next(iter(langs))
    for dom in (m.group("dom"), m.group("suf")):
        for d in (dom or "").split(","):
            lang = DOMAINS_FR_DE.get(d.strip().upper())
            if lang in langs:
                return lang
            if d.strip():
                return "en" if "en" in langs else next(iter(langs))
    if "fr" in langs and (m.group("no") or "").startswith(("no", "n°")):
        return "fr"
    if "fr" in langs and _FRENCH_BEFORE.search(ctx.before(m.start(), 20)):
        return "fr"
    return "en" if "en" in langs else next(iter(langs))


def _title_number(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """``(98/699/JI)``: an act's number in its own title, typed by the title's type word."""
    last = None
    for t in _TITLE_TYPE.finditer(ctx.before(m.start(), 500)):
        last = t
    if last is None:
        return ()
    written = last.group("type")
    langs = _TYPE_FORMS[written.lower()]
    lang = DOMAINS_FR_DE[m.group("tsuf").upper()]
    if lang not in langs:
        return ()
    act = _Act(langs[lang], lang, type_word_of(lang, langs[lang], written), None, None)
    ref = _make(m, m.start(), act, ("ta", "tb", "", "tsuf", ""))
    return (ref,) if ref else ()


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match (and any list members after it) into :class:`LegalActRef` objects."""
    if m.group("ta"):
        return _title_number(m, ctx)
    type_written = m.group("type")
    langs = dict(_TYPE_FORMS[type_written.lower()])
    sub = m.group("sub")
    if m.group("author") or (
        sub
        and sub.lower() in _SUBTYPE_FORMS
        and sub.lower() not in {k.lower() for k in SUBTYPES_BEFORE_DE}
    ):
        langs = {k: v for k, v in langs.items() if k == "en"}
    elif (sub and sub.lower() in {k.lower() for k in SUBTYPES_BEFORE_DE}) or m.group("cpd"):
        langs = {k: v for k, v in langs.items() if k == "de"}
    if m.group("fsub") or m.group("gap"):
        langs = {k: v for k, v in langs.items() if k != "en"} or langs
    if not langs:
        return ()
    lang = _language(m, ctx, langs)
    act_type = langs[lang]
    author = m.group("author")
    if author:
        author = next((a for a in AUTHORS if a.lower() == author.lower()), author)
    subtype = _SUBTYPE_FORMS[sub.lower()] if sub else None
    if m.group("fsub"):
        subtype = SUBTYPES_AFTER_FR.get(m.group("fsub").lower().replace("’", "'"))
    elif m.group("cpd"):
        subtype = COMPOUND_PREFIXES_DE[
            next(k for k in COMPOUND_PREFIXES_DE if k.lower() == m.group("cpd").lower())
        ]
    word = ACT_TYPES[act_type][0] if lang == "en" else type_word_of(lang, act_type, type_written)
    act = _Act(act_type, lang, word, author, subtype)
    if lang == "en":
        before = ctx.before(m.start(), 90)
        # a pinpoint ends in "of " / "of the ": test that before searching for it
        if before.endswith(("of ", "of the ")):
            pin_m = _PINPOINT.search(before)
            act.pinpoint = pin_m.group("pin") if pin_m else None
    # After an author phrase (``directives du Conseil 2009/65/CE``) only the number is the span.
    first = _make(m, m.start("num") if m.group("gap") else m.start(), act)
    if first is None:
        return ()
    if act_type == "decision" and lang == "en" and _agreement_body(m, ctx):
        first = first.model_copy(
            update={"celex": None, "celex_candidates": [], "cellar_ids": [], "eurlex_url": None}
        )
    refs: list[BaseReference] = [first]
    pos = m.end()
    act.pinpoint = None
    # Members of a list each get their own reference (span = the bare number part).
    while True:
        c = _CONTINUATION[lang].match(ctx.region, pos)
        if c is None:
            break
        member = _make(c, c.start("num"), act)
        if member is None:
            break
        refs.append(member)
        pos = c.end()
    return refs


# Where a match can start.  Running PATTERN (case-insensitive, many alternatives)
# at every position is slow; instead find the type words in the lower-cased
# region with a case-sensitive search, and try PATTERN only at the starts of the
# few tokens before each (author, qualifier, compound prefix) and at the word itself.
_TYPE_FIND = re.compile(
    words(*{f.lower() for t in ACT_TYPES_BY_LANG.values() for _, fs in t.values() for f in fs})
)
_TITLE_NUMBER_FIND = re.compile(r"\([0-9]{2,4}/[0-9]{1,4}/")
_TOKEN = re.compile(r"[^\s#>*]+")
_PREFIX_REACH = 60  # characters before a type word where its author/qualifiers can start
# First letters of the words that can open a citation before its type word.
_PREFIX_INITIALS = frozenset(
    w[0].lower()
    for w in (*AUTHORS, *(f for fs in SUBTYPES.values() for f in fs), *SUBTYPES_BEFORE_DE)
)


# Decisions of bodies set up by international agreements (EEA Joint Committee,
# association councils) are numbered like EU decisions but are not sector-3 acts:
# their CELEX cannot be derived, so none is given.
_AGREEMENT_BODY_AFTER = re.compile(
    r"[ ]of[ ]the[ ](?:[\w-]{1,30}[ ]){0,4}?(?:Joint[ ]Committee|Association[ ]Council"
    r"|Association[ ]Committee|Cooperation[ ]Council|Partnership[ ]Council|Stabilisation"
    r"[ ]and[ ]Association[ ]Council|Council[ ]of[ ]Ministers)\b"
)
_AGREEMENT_BODY_BEFORE = re.compile(
    r"(?:EEA|Agreement|Joint[ ]Committee|Association[ ]Council|Cooperation[ ]Council)[ ]$"
)


def _agreement_body(m: re.Match[str], ctx: Context) -> bool:
    """True when the decision is one of an agreement body (see above)."""
    if _AGREEMENT_BODY_BEFORE.search(ctx.before(m.start(), 30)):
        return True
    return _AGREEMENT_BODY_AFTER.match(ctx.region, m.end(), m.end() + 120) is not None


def find_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches ``PATTERN.finditer(text, pos, endpos)`` would give, found from type words."""
    low = text[pos:endpos].lower()
    if len(low) != endpos - pos:  # a character whose lower case is longer: play safe
        yield from PATTERN.finditer(text, pos, endpos)
        return
    starts: set[int] = {m.start() + 1 for m in _TITLE_NUMBER_FIND.finditer(text, pos, endpos)}
    for m in _TYPE_FIND.finditer(low):
        p = pos + m.start()
        tokens = [t.start() for t in _TOKEN.finditer(text, max(pos, p - _PREFIX_REACH), p + 1)]
        # the word holding the type word (a German compound starts there) ...
        if tokens:
            starts.add(tokens[-1])
        # ... and earlier words that may be an author or a qualifier
        starts.update(t for t in tokens[-5:-1] if low[t - pos] in _PREFIX_INITIALS)
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
