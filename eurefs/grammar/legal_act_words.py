"""The words of a numbered act's citation before its number, and the language they are in.

``Commission Delegated Regulation (EU) 2019/980``: author, qualifier, compound
prefix, type word, qualifier after it, author phrase (``directive du Conseil``).
:func:`act_for` reads them into an :class:`Act` (type, language, dictionary word,
author, subtype) for ``legal_acts`` and its sibling families.

What a combination of words says does not depend on where it stands, only which
language wins a tie between languages writing it the same (``directive 2003/88/CE``:
French or Romanian) reads the text around it.  So the reading of each combination
is kept (:data:`_HEADS`): a document cites the same few acts over and over.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from typing import NamedTuple

from eurefs.grammar import title_ordinals
from eurefs.grammar.base import Context
from eurefs.grammar.common import words
from eurefs.grammar.type_word_spellings import unaccented_languages
from eurefs.languages import BY_CODE, LANGUAGES, index
from eurefs.languages.evidence import word_scores
from eurefs.pattern_store import compile_pattern

#: written type form (lower case) -> {language: act_type}
TYPE_FORMS: dict[str, dict[str, str]] = {}
for _lang in LANGUAGES:
    for _type, _forms in _lang.act_types.items():
        for _form in _forms:
            TYPE_FORMS.setdefault(_form.lower(), {})[_lang.code] = _type
# written word (lower case) -> languages writing it, for each slot of a citation
AUTHOR_LANGS = index(lambda lg: lg.authors, fold=True)
SUB_BEFORE_LANGS = index(lambda lg: lg.subtypes_before, fold=True)
_VERBS = sorted({v for lg in LANGUAGES for v in lg.subtype_verbs})
#: the pattern of a subtype before the type word: not a verb written in lower case
#: (``... of 10 August 2006 implementing Directive 2004/39/EC``), as written in any case
SUB_BEFORE = (r"(?!(?-i:" + words(*_VERBS) + r")\s)" if _VERBS else "") + words(*SUB_BEFORE_LANGS)
SUB_AFTER_LANGS = index(lambda lg: lg.subtypes_after, fold=True)
CPD_LANGS = index(lambda lg: lg.compound_prefixes, fold=True)
#: Languages joining any word before a type word (``momsdirektivet``): ``compound_type_words``
COMPOUNDING = frozenset(lg.code for lg in LANGUAGES if lg.compound_type_words)
# Compound prefixes a longer compound may end in (``Kommissionsdurchführungs``), longest
# first; not the short ones (``D`` of ``DVO``: ``Grund`` of ``Grundverordnung`` ends so)
_CPD_ENDINGS = sorted((p for p in CPD_LANGS if len(p) >= 5), key=len, reverse=True)
GAP_LANGS = index(lambda lg: lg.author_phrases, fold=True)
#: An opening bracket or quotation mark glued to a citation's first word, which starts
#: after it: ``(Commission Regulation (EU) 2016/679)``, ``«Eiropas Parlamenta un Padomes
#: Direktīva 2004/38/EK»``, ``(Council Directive of 5 April 1993 ...)``
OPENING_MARKS = frozenset("([«»“”„‘‚\"'")
_MARKER_LANGS = index(lambda lg: (m.rstrip(".") for m in lg.number_markers), fold=True)
_DOMAIN_LANGS = index(lambda lg: lg.domains, fold=True)
#: Languages whose dictionary type words are lower case (``directive``): a type word
#: written in lower case with no hint of another language is theirs, so that
#: their normal forms parse back to them.
_LOWER_CASE_TYPES = frozenset(
    lg.code for lg in LANGUAGES if all(fs[0][:1].islower() for fs in lg.act_types.values())
)
#: The groups of a match :func:`act_for` reads, in the order of a key of :data:`_HEADS`.
GROUPS = ("type", "author", "sub", "cpd", "fsub", "gap", "fsub2", "dom", "suf", "no")
_MAX_CACHED = 4096  # distinct word combinations kept (a text has a few dozen)


#: The Union's own instruments, which no national law has (the third pillar's and the
#: common foreign and security policy's): cited by date alone, the type word tells an EU
#: act.  A regulation, directive, recommendation or decision cited by date alone is as
#: often a national one (``Verordnung vom 12. Mai 2016 (BGBl. I S. 1234)``, ``rozporządzenie
#: z dnia 12 marca 2016 r.``): only its EU institution makes it a citation of an EU act.
UNION_ONLY_TYPES = frozenset(
    {"framework_decision", "joint_action", "common_position", "common_strategy"}
)


class Act(NamedTuple):
    """What the type part of a citation says: type, language, dictionary word, author, subtype."""

    act_type: str
    lang: str
    type_word: str
    author: str | None
    subtype: str | None


class _Head:
    """What a combination of words says: the languages it may be in, and how to choose.

    ``lang`` is set when the words decide the language; otherwise ``pick`` chooses
    among ``cands`` from the text around, with ``prefer`` breaking ties; ``bare``: :func:`_bare`.
    """

    __slots__ = ("acts", "bare", "cands", "lang", "langs", "prefer", "words")

    def __init__(self, words: tuple[str | None, ...], langs: dict[str, str]) -> None:
        self.words, self.langs, self.bare = words, langs, _bare(words)
        self.acts: dict[str, Act] = {}
        self.lang: str | None = None
        self.cands: frozenset[str] = frozenset()
        self.prefer: frozenset[str] = frozenset()


_HEADS: dict[tuple[str | None, ...], _Head | None] = {}


def _narrow(langs: dict[str, str], word: str | None, table: dict[str, frozenset[str]]) -> None:
    """Keep in ``langs`` only the languages that write ``word`` (when it was written)."""
    if word:
        allowed = table.get(word.lower().replace("’", "'"), frozenset())
        for code in [c for c in langs if c not in allowed]:
            del langs[code]


#: The initialisms that stand before a number with no domain, as written (``VO 1/2003``)
_BARE_INITIALISMS = frozenset(w.upper() for lg in LANGUAGES for w in lg.bare_initialisms)
#: Type words that stand before a bare number only as those do (``bare_needs_words``)
_BARE_NEEDS_WORDS = frozenset(w.lower() for lg in LANGUAGES for w in lg.bare_needs_words)
#: The first parts of a compound that name a national maker (``Landes-VO``), in small letters
_NATIONAL_PREFIXES = frozenset(w.lower() for lg in LANGUAGES for w in lg.national_prefixes)


#: The initialisms of the type words, as the records write them: two or three capitals
#: (``VO``, ``RL``; ``Reg`` is an abbreviation, a word of its own)
_INITIALISMS = frozenset(
    form
    for lg in LANGUAGES
    for forms in lg.act_types.values()
    for form in forms
    if len(form) <= 3 and form.isalpha() and form.isupper()
)


def _initialism(words: tuple[str | None, ...]) -> bool:
    """Whether the type word of ``words`` (the groups :data:`GROUPS`) is an initialism
    (``VO``, ``RL``) that cannot stand.

    Two or three capitals are a type word only as written and with a domain
    (``VO (EU) 2016/679``, ``RL 2006/123/EG``, ``VO-EG Nr. 261/2004``), the domain also
    joined before it (``EG-VO Nr. 261/2004``, ``EU-VO 1/2003``: a compound prefix that is
    a domain), or before a bare number where the record says so (``bare_initialisms``:
    ``VO 1/2003``), with no subtype or other compound prefix (``DelVO 2019/980``): in lower
    case they are other words.
    """
    written = words[0] or ""
    form = written.upper()
    if form not in _INITIALISMS:
        return False
    return written != form or not (words[7] or words[8] or _domain_joined(words[3]) or _bare(words))


def _domain_joined(cpd: str | None) -> bool:
    """Whether a compound prefix starts with a domain in capitals and a hyphen (``EG-``,
    ``EU-``, ``EU-Öko-``, ``EU-Fluggastrechte-``)."""
    domain, hyphen, _ = (cpd or "").partition("-")
    return bool(hyphen) and domain.isupper() and domain.lower() in _DOMAIN_LANGS


def _bare(words: tuple[str | None, ...]) -> bool:
    """Whether the type word of ``words`` is an initialism standing before a bare number
    (``VO 1/2003``; or a word that stands as one does, French ``reglement 2016/679``:
    ``bare_needs_words``): one the record lists, no subtype, domain or compound prefix before it,
    but a name joined by a hyphen (``Fluggäste-VO 261/2004``, ``Öko-VO 2018/848``)."""
    sub, cpd, dom, suf = words[2], words[3], words[7], words[8]
    named = not cpd or (_named(cpd) and not _domain_joined(cpd))
    written = words[0] or ""
    bare = written.upper() in _BARE_INITIALISMS or written.lower() in _BARE_NEEDS_WORDS
    return bare and named and not (sub or dom or suf)


def _named(cpd: str) -> bool:
    """Whether a compound prefix is a name joined to the type word by a hyphen (``Öko-``,
    ``Rom-I-``), not one of the records' prefixes (``EU-``) nor a national maker's
    (``Landes-``: ``national_prefixes``)."""
    low = cpd.lower()
    return low.endswith("-") and low not in CPD_LANGS and low[:-1] not in _NATIONAL_PREFIXES


def _compound_stands(words: tuple[str | None, ...]) -> bool:
    """Whether a word joined before the type word, none of the records' prefixes, leaves a
    citation of an EU act: with a domain (``Mehrwertsteuersystemrichtlinie 2006/112/EG``,
    ``Kosmetik-VO (EG) Nr. 1223/2009``), the Union's joined before it (``EU-Öko-Verordnung
    2018/848``), or as a bare initialism (``Fluggäste-VO 261/2004``).  A national act's
    compound has none (``Landesverordnung 12/2010``); an initialism takes a name only after
    a hyphen (``DVO`` is its own prefix or nothing)."""
    type_written, cpd = words[0] or "", words[3] or ""
    if len(type_written) < 4 and not _named(cpd):
        return False
    return bool(words[7] or words[8]) or _domain_joined(cpd) or _bare(words)


def _head(words: tuple[str | None, ...]) -> _Head | None:
    """The languages a combination of words (``GROUPS``) may be in (None when they disagree)."""
    type_written, author, sub, cpd, fsub, gap, fsub2 = words[:7]
    if _initialism(words):
        return None
    langs = dict(TYPE_FORMS[type_written.lower()])  # type: ignore[union-attr]
    # words before the type word must be of its language ...
    _narrow(langs, author, AUTHOR_LANGS)
    _narrow(langs, sub, SUB_BEFORE_LANGS)
    if cpd and cpd.lower() not in CPD_LANGS:
        # any word joined before it (``Mehrwertsteuersystemrichtlinie``) in a language
        # that writes so, where the compound stands (:func:`_compound_stands`)
        if not _compound_stands(words):
            return None
        langs = {c: t for c, t in langs.items() if c in COMPOUNDING}
        cpd = known_prefix(cpd)
    _narrow(langs, cpd, CPD_LANGS)
    if not words[3] and type_written[:1].islower():  # type: ignore[index]
        # a noun the language always capitalises, in small letters, is the tail of a
        # compound broken over a line (``Rahmen\nbeschlusses 2008/977/JI``), not the word
        langs = {c: t for c, t in langs.items() if not BY_CODE[c].capitalised_nouns}
    if not langs:
        return None
    if not (author or sub or cpd):  # (``DECISION 2005/214/JAI``: French or Spanish)
        langs = unaccented_languages(type_written, langs, words[7:9])  # type: ignore[arg-type]
    # ... words after it decide only when they can (``Regulation du Conseil`` stays English)
    for word, langs_of in ((fsub, SUB_AFTER_LANGS), (gap, GAP_LANGS), (fsub2, SUB_AFTER_LANGS)):
        if word:
            kept = dict(langs)
            _narrow(kept, word, langs_of)
            langs = kept or langs
    head = _Head(words, langs)
    if len(langs) == 1:
        head.lang = next(iter(langs))
    else:
        _candidates(head)
    return head


def _candidates(head: _Head) -> None:
    """The languages the domain and number marker leave, and those preferred in a tie."""
    type_written, dom, suf, no = head.words[0], *head.words[7:]
    cands = set(head.langs)
    for written in (dom, suf):
        for d in (written or "").split(","):
            narrowed = cands & _DOMAIN_LANGS.get(d.strip().lower(), frozenset())
            if narrowed:
                cands = narrowed
    marker = (no or "").strip().rstrip(".").rstrip().lower()
    if marker:
        cands = (cands & _MARKER_LANGS.get(marker, frozenset())) or cands
    if len(cands) == 1:  # the suffix or marker said it (``Directive 2003/88/EC``)
        head.lang = next(iter(cands))
        return
    # with no hint, the language whose dictionary form is the word as written wins (``Direttiva``
    # Maltese, ``direttiva`` Italian: normal forms parse back), else as capitalised (a line's
    # ``Direktiivi 2016/680``: Finnish ``direktiivi``, not Estonian's genitive)
    langs, written = head.langs, type_written or ""
    forms = {c: BY_CODE[c].act_types[langs[c]][0] for c in cands}
    prefer: Collection[str] = {c for c in cands if forms[c] == written} or (
        _LOWER_CASE_TYPES
        if written.islower()
        else {c for c in cands if forms[c] == written[:1].lower() + written[1:]}
    )
    # ... and so does the number marker as that language normalises it (Swedish ``nr``,
    # Danish ``nr.``)
    written_no = (no or "").strip()
    if written_no:
        exact = {c for c in cands if BY_CODE[c].number_marker == written_no}
        prefer = (set(prefer) & exact) or exact or prefer
    head.cands, head.prefer = frozenset(cands), frozenset(prefer)


def _act(head: _Head, lang: str) -> Act:
    """The act the words of ``head`` name when read in ``lang``."""
    type_written, author, sub, cpd, fsub, _, fsub2 = head.words[:7]
    cpd = known_prefix(cpd) if cpd else None
    record = BY_CODE[lang]
    if author:
        author = next((a for a in record.authors if a.lower() == author.lower()), author)
    subtype = None
    for written, table in (
        (sub, record.subtypes_before),
        (fsub, record.subtypes_after),
        (fsub2, record.subtypes_after),
        (cpd, record.compound_prefixes),
    ):
        if written:
            written = written.lower().replace("’", "'")
            subtype = next(
                (v for k, v in table.items() if k.lower().replace("’", "'") == written), subtype
            )
    subtype = subtype or None  # a compound prefix of no subtype (``EU-Richtlinie``)
    act_type = head.langs[lang]
    word = record.type_word(act_type, type_written)  # type: ignore[arg-type]
    return Act(act_type, lang, record.with_subtype(word, act_type, subtype), author, subtype)


def known_prefix(cpd: str) -> str | None:
    """The compound prefix ``cpd`` is or ends in (``Kommissionsdurchführungs``), or None."""
    low = cpd.lower().replace("’", "'")
    if low in CPD_LANGS:
        return cpd
    return next((p for p in _CPD_ENDINGS if low.endswith(p)), None)


def act_for(words: tuple[str | None, ...], ctx: Context, start: int, end: int) -> Act | None:
    """The act named by ``words`` (the groups :data:`GROUPS`) cited at ``start:end``."""
    try:
        head = _HEADS[words]
    except KeyError:
        if len(_HEADS) >= _MAX_CACHED:
            _HEADS.clear()
        head = _HEADS[words] = _head(words)
    if head is None:
        return None
    lang = head.lang
    if lang is None:
        lang = ctx.language(head.cands, start, 80, head.prefer, ctx.region[end : end + 80])
    if head.bare and not _stands_bare(ctx, start, end, lang):  # ``The VO 2016/679``
        return None
    act = head.acts.get(lang)
    if act is None:
        act = head.acts[lang] = _act(head, lang)
    return act


_NUMBER = compile_pattern(r"([0-9]+)/([0-9]+)")
_FULL_YEAR = compile_pattern(r"(?:19|20)[0-9]{2}")
#: Per language, the end of a word naming a parliament's or council's papers right before
#: a bare initialism (``register_words``), a number marker, colon or dash between
_REGISTERS = {
    lg.code: compile_pattern(
        rf"(?:{words(*lg.register_words)})(?:n?-?(?:{words(*lg.number_markers)}))?"
        r"[ ]?[:\-–]?[ ]{1,2}$",
        re.I,
    )
    for lg in LANGUAGES
    if lg.register_words
}


def _stands_bare(ctx: Context, start: int, end: int, lang: str) -> bool:
    """Whether an initialism before a bare number at ``start``-``end`` is the type word:
    where the words around tell most for ``lang``, or none (``word_scores``; in a text of
    another language the capitals are some other abbreviation: ``The VO 2016/679``), and
    the year is written in four figures (``VO 1/2003``, ``VO 2015/2446``) or a pinpoint
    stands before it (``Art. 3 VO 1408/71``): the Berlin parliament numbers the ordinances
    laid before it by its term and their number (``VO 18/36``), not a regulation's.  Right
    after a word naming such papers the initialism starts their register number, whatever
    its year (``register_words``: ``Beschlussvorlage VO 1234/2013``)."""
    register = _REGISTERS.get(lang)
    if register is not None and register.search(ctx.before(start, 40)) is not None:
        return False
    scores = word_scores(ctx.before(start, 60) + " " + ctx.region[end : end + 60])
    if scores and scores.get(lang) != max(scores.values()):
        return False
    number = _NUMBER.search(ctx.region, start, end)
    if number is not None and any(_FULL_YEAR.fullmatch(part) for part in number.groups()):
        return True
    return title_ordinals.find(ctx, start, end, lang) is not None


def _framework_stems(code: str) -> tuple[str, ...]:
    """The stems of the adjectives a language writes before the decision noun in its
    framework decisions' forms: the part the listed forms of one adjective share
    (Lithuanian ``pamatinis``, ``pamatinio`` ...: ``pamatin``; Croatian ``okvirn``, so
    that ``u okviru Odluke`` (within the framework of a decision) is no framework)."""
    types = BY_CODE[code].act_types
    decisions = {f.lower() for f in types.get("decision", ())}
    adjectives: dict[str, list[str]] = {}
    for form in types.get("framework_decision", ()):
        first, _, rest = form.lower().partition(" ")
        if rest and first not in decisions and rest.rsplit(" ", 1)[-1] in decisions:
            adjectives.setdefault(first[:4], []).append(first)
    stems = (_shared_start(forms) for forms in adjectives.values())
    return tuple(sorted(stem for stem in stems if len(stem) >= 5))


def _shared_start(words: list[str]) -> str:
    """The letters all ``words`` start with."""
    low, high = min(words), max(words)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]


_FRAMEWORK_STEMS = {lg.code: _framework_stems(lg.code) for lg in LANGUAGES}


def framework_before(text: str, start: int, lang: str) -> bool:
    """Whether the word right before a decision's type word at ``start`` is the adjective
    of a framework decision in a form the record does not list (``pamatiniams
    sprendimams``): the act is then no decision, and its number no decision's CELEX.
    (A word with a sign after it, ``framework, Decision``, is none.)"""
    stems = _FRAMEWORK_STEMS.get(lang)
    if not stems or start < 2 or text[start - 1] != " ":
        return False
    word = text[max(0, start - 30) : start - 1].rsplit(" ", 1)[-1]
    return word.isalpha() and word.lower().startswith(stems)


@functools.lru_cache(maxsize=1024)
def writes_domains(lang: str, *written: str | None) -> bool:
    """Whether ``lang`` writes the domains ``written`` (``CE`` is French, not English)."""
    return all(
        lang in _DOMAIN_LANGS.get(d.strip().lower(), ()) for w in written if w for d in w.split(",")
    )
