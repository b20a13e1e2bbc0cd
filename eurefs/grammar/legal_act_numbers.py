"""The number of a legal act (``(EU) 2016/679``, ``No 1049/2001``, ``95/46/EC``) and the
reference built from it.

The grammar of a number (:func:`number_pattern`) is shared by the families that read acts
(``legal_acts``, ``bare_act_numbers``, ``legal_acts_number_first``); so is :func:`make`,
which reads the year, the sequential number, the domain and the identifiers from it.  That
reading depends only on the act and the number as written, so it is kept for the numbers
seen last (:data:`_READINGS`): a document cites the same acts again and again.
"""

from __future__ import annotations

import re

from eurefs import identifiers as ids
from eurefs.grammar import domain_eras, ecb_numbers, legislator, years
from eurefs.grammar.common import NUM_SP, SEP, celex_links, first_two_chars, undecided_celex, words
from eurefs.grammar.domain_forms import canon_domain, domain_form
from eurefs.grammar.glued_numbers import split_glued_call
from eurefs.grammar.hyphen_numbers import DASHED
from eurefs.grammar.legal_act_words import Act
from eurefs.grammar.number_order import (
    YEAR_FIRST_SINCE,
    decision_order,
    plausible,
    split_number,
)
from eurefs.languages import BY_CODE, LANGUAGES
from eurefs.models.light import LegalActRef
from eurefs.models.light_base import made
from eurefs.models.prototypes import construct

_JHA = frozenset(d.lower() for lg in LANGUAGES for d in lg.jha_domains)

_DOMAIN = words(*(d for lg in LANGUAGES for d in lg.domains))
# (the tries led by a look-ahead of the domains' first two characters: ``re`` enters every
# branch of a case-insensitive trie, as a number without a domain has it tried at a digit)
_DOMAIN_LEAD = first_two_chars(*(d for lg in LANGUAGES for d in lg.domains))
_DOMAINS = _DOMAIN_LEAD + domain_eras.DOMAINS
_MARKERS = {m.rstrip(".") for lg in LANGUAGES for m in lg.number_markers}
# (older EUR-Lex texts set a space before the dot: ``Verordening ( EEG ) nr . 2727/71``;
# labels a colon after it, as a field's name: ``Verordnung (EU) Nr.: 874/2012``)
_NO = words(*_MARKERS) + r"(?:[ ]?\.)?(?::(?=[ ]))?"
#: An acronym of the act's name between its type word and its number, as invoices and
#: national writing cite the VAT Directive (``directive TVA 2006/112/CE``, ``Directiva IVA
#: 2006/112/CE``): capitals (a case-sensitive part of a case-insensitive pattern), never a
#: domain or a number marker (``Regulation EU 2016/679``, ``REGULATION NO``), and only
#: before a number with its domain, in brackets before it or a suffix (``règlement REACH
#: 1907/2006`` does not tell its numbering).  The capitals first: after most type words a
#: bracket or a digit fails them at once.
ACRONYM = (
    r"(?-i:(?=[A-Z]{2,6}[ ](?:\(|[0-9]{1,4}/[0-9]{1,4}/[A-Za-z])))"
    r"(?!(?:" + _DOMAIN + "|" + _NO + r")(?!\w))(?-i:(?P<acro>[A-Z]{2,6}))"
)
#: The name by which private international law knows a regulation, between its type word and
#: its number: a city's name and a roman number (``Règlement Bruxelles I n° 44/2001``, ``le
#: nouveau Règlement Bruxelles Ibis n° 1215/2012``, a Belgian commercial-law review,
#: rdc-tbh.be; pages corpus), only before a number marker, as the number then tells its
#: numbering whatever the name says.
NAMED = (
    r"(?-i:(?=[A-Z][^\W\d_]{2,15}[ ](?:I{1,3}|IV|V)(?:[ ]?bis)?[ ]" + _NO + r"[ ]?[0-9]))"
    r"(?-i:(?P<pname>[A-Z][^\W\d_]{2,15}[ ](?:I{1,3}|IV|V)(?:[ ]?bis)?))"
)
#: The name between type word and number: an acronym or such a name (``legal_acts``)
NAME_SLOT = r"(?:[ ](?:" + ACRONYM + "|" + NAMED + r"))?"
#: What ends the type word of a citation (``legal_acts``): no letter or hyphen, or the hyphen
#: before an initialism's domain (``VO-EG Nr. 261/2004``), capitals both (case-sensitive, in
#: a case-insensitive pattern) and the number after a blank
_JOINED = r"(?-i:(?<=[A-Z]{2})(?=-[A-Z]{2,4}[ ]))"
AFTER_TYPE = r"(?:(?![\w-])|" + _JOINED + r")"
#: What stands between the type word's part and the number: a separator, or the bracket of a
#: domain glued to an abbreviation's dot or to the word (``καν.(ΕΚ) 510/2006``,
#: ``Регламент(ЕС) 2016/679``), or the hyphen of :data:`AFTER_TYPE`
TYPE_GAP = r"(?:" + SEP + r"|(?<=[.\w])(?=\()|" + _JOINED.replace("(?=-", "-(?=") + r")"
#: What a further list member can start with: ``(EU)``, a digit, a marker, ``[``.
MEMBER_START = (
    r"[(\d\\\[" + "".join(sorted({re.escape(m[0].lower() + m[0].upper()) for m in _MARKERS})) + "]"
)
#: The groups of a number (see :func:`number_pattern`), in the order :func:`make` reads them.
GROUPS = ("a", "b", "dom", "suf", "no", "lb", "bcall", "scall")


def number_pattern(prefix: str = "", open_domain: bool = False, dashes: bool = False) -> str:
    """One act number: optional ``(EU)``, optional ``No``, two numbers, optional ``/EC``.

    A footnote call glued to the end is matched too (``bcall``/``scall``, see
    ``footnote_calls``).  Group names get ``prefix`` so a pattern can hold several numbers.
    ``open_domain``: the domain may also be written without brackets, right before the
    numbers, as national writing has it after a type word (``Regolamento UE 2016/679``,
    ``Regolamento CE n. 261/2004``).
    ``dashes``: the slashes may also be hyphens where the domain ends the number (after a
    type word: ``directive 93-13-CEE``, see ``hyphen_numbers``).
    """
    p = prefix
    dash = rf"|(?P<{p}dash>-)(?={DASHED})" if dashes else ""
    suffix_lead = rf"(?({p}dash)-|/[ ]?)" if dashes else "/[ ]?"
    bare = rf"|(?={_DOMAIN_LEAD}{_DOMAIN}[ ](?:{_NO}[ ]?)?[0-9])" if open_domain else ""
    return (
        # (the domain in square brackets inside a bracket, as Austrian writing nests them:
        # ``(Verordnung [EU] 2016/679 des Europäischen Parlaments ...)``, RIS RS0133575; in
        # angle brackets, as the Federal Social Court does: ``(Art 12 VO <EWG> 1408/71 bzw
        # Art 5 VO <EG> 883/2004, ...)``, B 3 KR 15/18 R, bsg.bund.de)
        # (no blank after the bracket, as a Commission proposal has it: ``namely Regulation
        # (EU)2024/1157 on shipments of waste``, COM(2025) 43 final, tests/data/documents)
        rf"(?P<{p}num>(?:(?:(?P<{p}op>\()|(?P<{p}sq>\[)|(?P<{p}an><){bare})[ ]?"
        rf"(?P<{p}dom>{_DOMAINS})[ ]?(?({p}op)\))(?({p}sq)\])(?({p}an)>)"
        rf"(?:{SEP}|(?<=\))(?=[0-9])))?"
        rf"(?P<{p}no>{_NO}(?:{SEP})?)?(?P<{p}lb>\\?\[)?"
        # (a thousands dot, as Romanian legislation writes numbers: ``Regulamentul (CE) nr.
        # 1.907/2006``, ``directivelor 67/548/CEE şi 1.999/45/CE``, legislatie.just.ro)
        rf"(?P<{p}a>[0-9]{{1,4}}|[1-9]\.[0-9]{{3}})(?:{NUM_SP}/{NUM_SP}{dash})"
        rf"(?P<{p}b>[0-9]{{1,4}})(?P<{p}bcall>[0-9]{{1,3}})?"
        # (a blank after the slash, as text taken from a page may have it: ``Directiva
        # 1999/32/ CE a Consiliului``, a Romanian Government decision, korap.racai.ro)
        rf"(?:{suffix_lead}(?P<{p}suf>{_DOMAINS})(?P<{p}scall>[1-9][0-9]{{0,2}})?)?"
        # (nor the day of a date: ``решение № 1519/02.02.2018 г.``, a decision numbered and
        # dated, Sofia Court of Appeal, zakoni-pravo.blogspot.com; with hyphens and the month's
        # abbreviation, as Romanian databases title an EU act by its number and date:
        # ``Regulamentul 1407/18-dec-2013``, sintact.ro; nor without a suffix a hyphen
        # and capitals that are no domain, the CEMAC's ``règlement n° 05/19-UEAC-010 A-CM-33``)
        rf"(?({p}lb)(?P<{p}rb>\\?\]))(?![\w/])"
        r"(?!\.[0-9]{1,2}\.[0-9]{4}|-[^\W\d_]{3,4}\.?-[0-9]{4}(?![0-9]))"
        rf"(?({p}suf)|(?!-(?!{_DOMAINS}(?!\w))(?-i:[A-Z]{{2}}))))"
    )


# What a number says, whatever its place: the length of a footnote call glued to its end,
# and a validated reference with every field but the span (and pinpoint), which its citations copy.
_Reading = tuple[int, LegalActRef]
_READINGS: dict[tuple[object, ...], _Reading | None] = {}
_MAX_CACHED = 2048  # numbers kept (under 3 kB each): more than a long document cites


def _normal_form(
    act: Act,
    halves: tuple[str, str],
    dom_written: str | None,
    suf_written: str | None,
    marked: bool,
    year: int,
) -> str:
    """The normal form of a number: type word, then the number as written (spaces collapsed,
    ``No.``/``NO`` -> ``No``, French ``no``, German ``Nr.``; the marker where ``marked``: one
    written, or a list's read number first or kept before a year it did not make the year:
    ``(EWG) nr 1/1993 i 1993/1994``), a domain kept only if written."""
    norm = act.type_word
    if dom_written:
        norm += f" ({domain_form(dom_written, act.lang, year)})"
    if marked:
        norm += " " + BY_CODE[act.lang].number_marker
    norm += f" {halves[0]}/{halves[1]}"
    if suf_written:
        norm += "/" + canon_domain(suf_written, act.lang, year).replace(", ", ",")
    return norm


def _read(
    act: Act,
    number: tuple[str | None, ...],
    shared: tuple[str | None, bool],
    glued: bool,
    legislator_named: bool,
) -> _Reading | None:
    """Read a number (the groups ``GROUPS``) of ``act`` (None when it names no act).

    ``shared``: the list's domain and whether its number marker is shared (see
    :func:`make`); ``glued``: a footnote call may be glued to the second half (see
    ``footnote_calls``); ``legislator_named``: the legislator is named beside the number
    (see ``legislator``).
    """
    a, b, dom_written, suf_written, no_written, lb, bcall, scall = number
    assert a is not None and b is not None
    list_domain, list_marker = shared
    if not dom_written and not suf_written:
        dom_written = list_domain
    call = scall or ""
    if glued and not lb:
        split = split_glued_call(act, a, b + (bcall or ""), no_written, suf_written, dom_written)
        if split is None:
            return None
        b, glued_call = split
        call = call or glued_call
    elif bcall:
        return None
    has_no = bool(no_written) or list_marker  # (a member reads its list's, as parse will)
    parts = split_number(act.act_type, a, b, has_no, suf_written, act.lang, dom_written)
    if parts is None:
        return None
    if _someone_elses_guideline(act, parts[0], dom_written or suf_written or no_written):
        return None
    if len(b if parts[2] else a) == 2 and (no_written or dom_written or suf_written):
        # ``regolamento (CE) n. 261/04``: a year since 1999 written short (an act's number
        # by its ``No`` or domain; ``Decision 12/03`` alone may be anything's)
        parts = (years.shortened_act_year(parts[0]), parts[1], parts[2])
    if years.is_future_year(parts[0]):
        return None
    marked = bool(no_written) or (list_marker and (parts[2] or plausible(b, years.latest_year())))
    norm = _normal_form(act, (a, b), dom_written, suf_written, marked, parts[0])
    named = legislator_named
    if legislator.needs_legislator(act.act_type, parts[2], dom_written or suf_written):
        author = legislator.form(act.lang, act.author)
        if author is not None:  # ``European Parliament and Council Decision No 1082/2013``:
            named, norm = True, f"{author} {norm}"  # the author says the CELEX: kept
    ref = _reference(act, norm, dom_written or suf_written, *parts, named)
    ref = _pre_reform(act, *parts, ref, len(b if parts[2] else a) == 2 and not no_written)
    order = decision_order(act.act_type, a, b, suf_written, act.lang) if no_written else None
    if order in (domain_eras.BOTH, domain_eras.NEITHER):
        ref = _undecided(act, norm, suf_written, a, b, ref, order == domain_eras.BOTH)
    return len(call), ref


def _pre_reform(
    act: Act, year: int, number: str, number_first: bool, ref: LegalActRef, short: bool
) -> LegalActRef:
    """``ref`` without CELEX, a regulation before 2015 written year first: none was numbered
    so (``number_order``), and the number-first reading, its candidate, is the reader's
    guess (Hungarian privacy notices copy the GDPR's title with ``a 95/46/EK rendelet
    hatályon kívül helyezéséről``, where EUR-Lex writes the repealed Directive's ``95/46/EK
    irányelv``: was Regulation (EC) No 46/95, 31995R0046); so is one read number first
    without ``No``, both halves years from 1999, the second in two figures (``short``) where
    the OJ wrote four (``2002/99/EK rendelet``, Directive 2002/99/EC: was 31999R2002)."""
    since, n = years.FOUR_FIGURE_YEARS_SINCE, int(number)
    if act.act_type != "regulation" or year >= YEAR_FIRST_SINCE:
        return ref
    if number_first and not (short and min(year, n) >= since and years.act_year_can_exist(n)):
        return ref
    return ref.model_copy(update=undecided_celex(ref.celex_candidates))


def _someone_elses_guideline(act: Act, year: int, marked: str | None) -> bool:
    """True for guidelines numbered bare with a year no ECB guideline has
    (``Richtsnoeren 01/22``: the EDPB's guidelines 1/2022); the Bank's are numbered
    ``ECB/2014/31`` or ``(EU) 2015/510``, never with a bare two-digit year."""
    return act.act_type == "guideline" and not marked and year < years.first_act_year("guideline")


def _undecided(
    act: Act, norm: str, suffix: str | None, a: str, b: str, ref: LegalActRef, both: bool
) -> LegalActRef:
    """``ref`` without CELEX, a decision whose domain leaves its number both readings or
    neither (``domain_eras``): with both, the CELEX numbers of each are its candidates."""
    candidates = []
    for year, number, number_first in ((a, b, False), (b, a, True)) if both else ():
        read = years.shortened_act_year(years.act_year(year))
        other = _reference(act, norm, suffix, read, str(int(number)), number_first, False)
        candidates += [other.celex] if other.celex else []
    return ref.model_copy(update=undecided_celex(candidates))


def _reference(
    act: Act,
    norm: str,
    domain_written: str | None,
    year: int,
    number: str,
    number_first: bool,
    legislator_named: bool,
) -> LegalActRef:
    """The reference to the act, with an empty span (see :func:`make`)."""
    act_type = act.act_type
    domain = canon_domain(domain_written, act.lang, year) if domain_written else None
    celex_type = act_type
    if act_type in ("joint_action", "common_position") and (domain or "").lower() in _JHA:
        celex_type = "framework_decision"  # JHA joint actions/common positions are ``F`` acts
    else:  # ``Decision No 2496/96/ECSC``: ``S``; ``Recommendation 88/27/ECSC``: ``K``
        celex_type = legislator.ecsc_celex_type(act_type, number_first, domain) or act_type
    # no CELEX: a year no act of the type has (``No 1/45``, a regulation of 1952), a decision
    # number first without domain or legislator, a JHA directive (``domain_eras.pillar_types``)
    can_exist = (
        years.act_year_can_exist(year, act_type)
        and (legislator_named or not legislator.needs_legislator(act_type, number_first, domain))
        and not legislator.no_celex(act_type, number_first, domain)
        # since 2015 every act is numbered year first (``Decision No 1/2016``: no EU act's)
        and not (number_first and year >= YEAR_FIRST_SINCE)
        and not domain_eras.pillar_types(act_type, domain_written, act.lang)
    )
    # (a guideline, the ECB's, is filed under the ECB's own number until 2020: ecb_numbers)
    oj_filed = act_type != "guideline" or year >= ecb_numbers.OJ_CELEX_SINCE[act_type]
    celex = ids.legal_act_celex(celex_type, year, number) if can_exist and oj_filed else None
    return construct(
        LegalActRef,
        text="",
        start=0,
        end=0,
        normalized=norm,
        **celex_links(
            celex, ids.legal_act_eli(act_type, act.subtype, year, number) if can_exist else None
        ),
        lang=act.lang,
        act_type=act_type,
        subtype=act.subtype,
        author=act.author,
        domain=domain_form(domain_written, act.lang, year) if domain_written else None,
        year=year,
        number=number,
        number_first=number_first,
        pinpoint=None,
    )


def make(
    m: re.Match[str],
    start: int,
    act: Act,
    number: tuple[str | None, ...],
    *,
    pinpoint: str | None = None,
    listed: tuple[str | None, str | None] = (None, None),
    glued: bool = True,
    legislator_named: bool = False,
) -> LegalActRef | None:
    """The reference to ``act`` whose number (the groups ``GROUPS``) ``m`` matched.

    The span runs from ``start`` to the end of ``m`` (less a footnote call glued to
    it).  ``listed``: the bracketed domain of the first member of a list, which a later
    bare member shares (``les directives (UE) 2016/680 et 2016/681``), and its number
    marker, which a bare member read number first shares in its normal form
    (``Regulations (EEC) No 1408/71 and 574/72``: ``Regulation (EEC) No 574/72``; not
    ``Regulations (EU) No 1303/2013 and 2021/1060``'s year-first member).
    ``legislator_named``: the European Parliament and the Council are named beside
    the number (a decision numbered number first without domain then has a CELEX).
    """
    list_domain, list_marker = listed
    if number[2] or number[3]:
        list_domain = list_marker = None  # not read: keep one entry per number
    shared = (list_domain, bool(list_marker) and not number[4])
    if number[0] and "." in number[0]:  # the thousands dot (``1.907/2006``)
        number = (number[0].replace(".", ""), *number[1:])
    key = (act, number, shared, glued, years.latest_year(), legislator_named)
    try:
        reading = _READINGS[key]
    except KeyError:
        if len(_READINGS) >= _MAX_CACHED:
            _READINGS.clear()
        reading = _READINGS[key] = _read(act, number, shared, glued, legislator_named)
    if reading is None:
        return None
    call, proto = reading
    end = m.end() - call
    # A copy of the reading with its own span, made without ``model_copy``'s call
    # (which cost more than the rest of ``make``): every field is typed by construction.
    # ``tests/grammar/test_legal_act_numbers.py`` checks that the copy equals the
    # validated model, so a pydantic change cannot go unnoticed.
    fields = proto.__dict__.copy()
    fields["text"], fields["start"], fields["end"] = m.string[start:end], start, end
    fields["celex_candidates"] = proto.celex_candidates[:]  # lists of its own
    fields["cellar_ids"] = proto.cellar_ids[:]
    if pinpoint is not None:
        fields["pinpoint"] = pinpoint
    return made(LegalActRef, fields, set(proto.fields_set))


def by_legislator(
    m: re.Match[str],
    start: int,
    act: Act,
    number: tuple[str | None, ...],
    ref: LegalActRef,
    gap: str | None,
) -> LegalActRef:
    """``ref``, a decision numbered number first without domain, read with its CELEX
    when the legislator is named between the type word and the number or just after
    it (``Decision No 1082/2013 of the European Parliament and of the Council``; see
    ``legislator``).  The legislator then goes into the normal form, and into the span
    when it follows the number (as an agreement body does: it decides the CELEX)."""
    named, end = legislator.form(act.lang, gap), ref.end
    if named is None:
        found = legislator.after(act.lang, m.string, ref.end)
        if found is None:
            return ref
        named, end = found
    read = make(m, start, act, number, pinpoint=ref.pinpoint, legislator_named=True)
    if read is None:  # (the same number: never)
        return ref
    return read.model_copy(
        update={"normalized": f"{read.normalized} {named}", "end": end, "text": m.string[start:end]}
    )
