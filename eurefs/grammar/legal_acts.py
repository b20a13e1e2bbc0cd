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

import re
from collections.abc import Sequence

from eurefs import identifiers as ids
from eurefs.grammar.base import Anchor, Context, Family
from eurefs.grammar.common import NUM_SP, SEP, words
from eurefs.grammar.vocabulary import ACT_TYPES, AUTHORS, DOMAINS, SUBTYPES
from eurefs.models.references import BaseReference, LegalActRef

_TYPE_FORMS = {form.lower(): act for act, (_, forms) in ACT_TYPES.items() for form in forms}
_SUBTYPE_FORMS = {form.lower(): sub for sub, forms in SUBTYPES.items() for form in forms}
_DOMAIN_FORMS = {k.lower(): v for k, v in DOMAINS.items()}

_DOMAIN = words(*DOMAINS)
_DOMAINS = _DOMAIN + r"(?:[ ]?,[ ]?" + _DOMAIN + r")?"
_NO = r"(?:No|NO|no|Nr)\.?"


def _number(prefix: str = "") -> str:
    """One act number: optional ``(EU)``, optional ``No``, two numbers, optional ``/EC``.

    Group names get ``prefix`` so a pattern can hold several numbers.
    """
    p = prefix
    return (
        rf"(?P<{p}num>(?:\([ ]?(?P<{p}dom>{_DOMAINS})[ ]?\){SEP})?"
        rf"(?P<{p}no>{_NO}(?:{SEP})?)?(?P<{p}lb>\\?\[)?"
        rf"(?P<{p}a>\d{{1,4}}){NUM_SP}/{NUM_SP}(?P<{p}b>\d{{1,4}})"
        rf"(?:/(?P<{p}suf>{_DOMAINS}))?(?({p}lb)(?P<{p}rb>\\?\]))(?![\w/]))"
    )


_TYPE_WORDS = words(*(f for _, forms in ACT_TYPES.values() for f in forms))
PATTERN = re.compile(
    r"(?<![\w-])"
    r"(?:(?P<author>" + words(*AUTHORS) + r")" + SEP + r")?"
    r"(?:(?P<sub>" + words(*(f for forms in SUBTYPES.values() for f in forms)) + r")" + SEP + r")?"
    r"(?P<type>" + _TYPE_WORDS + r")(?![\w])" + SEP + _number(""),
    re.IGNORECASE,
)

# A further member of a list: ``, 98/27/EC``, `` and (EC) No 595/2009``, with a
# footnote marker allowed before the separator (``2016/679 (6) and (EU) 2018/1725``).
_CONTINUATION = re.compile(
    r"(?:[ ]?\(\d{1,3}\))?(?:[ ]?,[ ]?(?:and|or)?|[ ]?;[ ]?|"
    + SEP
    + r"(?:and|or|as well as))"
    + SEP
    + r"?(?=[(\dNn\\\[])"
    + _number(""),
    re.IGNORECASE,
)

_PINPOINT = re.compile(
    r"(?P<pin>(?:(?:point|points)[ ]\([a-z0-9]{1,4}\)[ ]of[ ])?"
    r"(?:(?:the[ ])?(?:first|second|third|fourth|fifth|last)[ ]subparagraph[ ]of[ ])?"
    r"(?:Article|Art\.)[ ]\d{1,3}[a-z]?(?:\(\d{1,3}[a-z]?\)){0,3}(?:\([a-z]{1,4}\)){0,3})"
    r"[ ]of(?:[ ]the)?[ ]$"
)


def _split_number(
    act_type: str, a: str, b: str, has_no: bool, suffix_domain: str | None
) -> tuple[int, str, bool] | None:
    """Decide which half is the year: ``(year, number, number_first)``.

    Rule (reference-formats.md 2.5): ``No`` means number first; otherwise a
    2-digit or plausible 4-digit first half is the year, else a 4-digit second
    half is.  Regulations before 2015 were always numbered number-first.
    """

    def plausible(y: str) -> bool:
        return len(y) == 2 or (len(y) == 4 and 1950 <= int(y) <= 2099)

    if has_no or (len(b) == 4 and plausible(b) and not plausible(a)):
        year, number, number_first = ids.full_year(b), a, True
    elif plausible(a):
        year, number, number_first = ids.full_year(a), b, False
        if (
            act_type == "regulation"
            and year < 2015
            and not suffix_domain
            and (len(b) == 2 or (len(b) == 4 and plausible(b)))
        ):
            # ``Regulation 2006/2004``: a pre-2015 regulation is number-first.
            year, number, number_first = ids.full_year(b), a, True
    elif plausible(b):
        year, number, number_first = ids.full_year(b), a, True
    else:
        return None
    if int(number) == 0:
        return None
    return year, str(int(number)), number_first


def _make(
    m: re.Match[str],
    start: int,
    act_type: str,
    type_word: str,
    author: str | None,
    subtype: str | None,
    pinpoint: str | None,
) -> LegalActRef | None:
    a, b = m.group("a"), m.group("b")
    dom_written = m.group("dom")
    suf_written = m.group("suf")
    parts = _split_number(act_type, a, b, bool(m.group("no")), suf_written)
    if parts is None:
        return None
    year, number, number_first = parts
    domain_raw = dom_written or suf_written
    domain = None
    if domain_raw:
        domain = ", ".join(
            _DOMAIN_FORMS.get(d.strip().lower(), d.strip()) for d in domain_raw.split(",")
        )
    # Normalised form: type word, then the number part as written (spaces collapsed,
    # ``No.``/``NO`` -> ``No``, domain kept only if written, no editorial brackets).
    norm = type_word
    if dom_written:
        norm += f" ({_canon_domain(dom_written)})"
    if m.group("no"):
        norm += " No"
    norm += f" {a}/{b}"
    if suf_written:
        norm += "/" + _canon_domain(suf_written).replace(", ", ",")
    celex = ids.legal_act_celex(act_type, year, number)
    return LegalActRef(
        text=m.string[start : m.end()],
        start=start,
        end=m.end(),
        normalized=norm,
        celex=celex,
        celex_candidates=[celex] if celex else [],
        eli=ids.legal_act_eli(act_type, subtype, year, number),
        cellar_ids=[f"celex:{celex}"] if celex else [],
        eurlex_url=ids.eurlex_celex_url(celex) if celex else None,
        act_type=act_type,
        subtype=subtype,
        author=author,
        domain=domain,
        year=year,
        number=number,
        number_first=number_first,
        pinpoint=pinpoint,
    )


def _canon_domain(written: str) -> str:
    return ", ".join(_DOMAIN_FORMS.get(d.strip().lower(), d.strip()) for d in written.split(","))


def build(m: re.Match[str], ctx: Context) -> Sequence[BaseReference]:
    """Turn a match (and any list members after it) into :class:`LegalActRef` objects."""
    type_written = m.group("type")
    act_type = _TYPE_FORMS[type_written.lower()]
    type_word = ACT_TYPES[act_type][0]
    author = m.group("author")
    if author:
        author = next((a for a in AUTHORS if a.lower() == author.lower()), author)
    sub = m.group("sub")
    subtype = _SUBTYPE_FORMS[sub.lower()] if sub else None
    pin_m = _PINPOINT.search(ctx.before(m.start(), 90))
    pinpoint = pin_m.group("pin") if pin_m else None
    first = _make(m, m.start(), act_type, type_word, author, subtype, pinpoint)
    if first is None:
        return ()
    refs: list[BaseReference] = [first]
    pos = m.end()
    # Members of a list each get their own reference (span = the bare number part).
    while True:
        c = _CONTINUATION.match(ctx.region, pos)
        if c is None:
            break
        member = _make(c, c.start("num"), act_type, type_word, None, subtype, None)
        if member is None:
            break
        refs.append(member)
        pos = c.end()
    return refs


FAMILY = Family(
    kind="legal_act",
    pattern=PATTERN,
    build=build,
    anchors=(Anchor(re.compile(r"\d/"), before=110, after=40),),
    priority=10,
)
