"""What the back-reference finders share: targets, candidates, language, patterns (the
pinpoints around a back-reference: ``short_forms/pinpoints``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from eurefs.kinds import ReferenceKind
from eurefs.languages import BY_CODE
from eurefs.languages.back_references import BackReferenceWords
from eurefs.languages.evidence import detect
from eurefs.models.light import BaseReference, ShortFormHow
from eurefs.pattern_store import compile_pattern

#: Kinds of full references a back-reference can point to.
TARGET_KINDS: tuple[ReferenceKind, ...] = ("legal_act", "com_document")
#: Kinds of full references that cite an act by its publication or identifier (its OJ
#: citation, CELEX number, ELI): they may stand between an act and the alias, definition
#: or national copy that names it.
CITATION_KINDS: tuple[ReferenceKind, ...] = ("oj", "celex", "eli")


# The capitals a sentence may start with: Latin (with its accents), Greek and Cyrillic,
# as every language's record writes them (``În plus``, ``Ørsted``, ``Źródło``, ``Η οδηγία``).
_LETTERS = (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x370, 0x430))
_CAPITALS = "".join(c for c in map(chr, _LETTERS) if c.isupper())
#: A sentence ends at a full stop (or ``!``, ``?``, ``;``) before a capital, a quotation mark
#: or a bracket, or before a paragraph's number on a line of its own (the Court's judgments as
#: CURIA prints them: ``apartado 47).\n20\nAdemás``), or at a blank line (a single line break
#: is only a wrapped line in text extracted from PDF); after a stop before a small letter
#: (``U.K. law``) or a number in the line (``Art. 5 Abs. 1``) it goes on. An act's preamble
#: ends at the colon before its first recital, ``(1)`` opening the next line (``Whereas:\n(1)``,
#: ``întrucât:\n(1) Directiva 84/450/CEE ...``): its citations are no part of the recital.
SENTENCE_BOUNDARY = compile_pattern(
    rf"[.!?;](?:\s+(?=[{_CAPITALS}‘'\"“(])|[ \t]*\n[ \t]*[0-9]{{1,4}}[ \t]*\n)"
    r"|:[ \t]*\n[ \t]*(?=\(1\)[ \t])|\n[ \t]*\n"
)


@lru_cache(maxsize=32)
def date_stops(lang: str) -> re.Pattern[str] | None:
    """The stop after a day's number before a month's name, which :data:`SENTENCE_BOUNDARY`
    takes for a sentence's end (German ``vom 16. Februar 2011``, in a title between the act
    and the act it amends), matched at the stop.  None: the language's dates write no
    stop before a capital."""
    record = BY_CODE[lang]
    months = [m for forms in record.months for m in forms if m[:1].isupper()]
    if "." not in record.day_suffixes or not months:
        return None
    return re.compile(rf"(?<=\d)\.\s+{alternation(months)}(?!\w)")


def act_ordinals(lang: str) -> tuple[str, ...]:
    """The ordinal words that number an act in ``lang`` (``šesté směrnice``, ``a hatodik
    irányelv``: the Sixth Directive): the record's ordinals and those it writes before an act
    only (``pinpoints.title_ordinals``: Hungarian ``hatodik``, Portuguese ``sexta``)."""
    record = BY_CODE[lang].pinpoints
    return (*record.ordinals, *record.title_ordinals)


@lru_cache(maxsize=32)
def numbered_ordinal(lang: str) -> str:
    """A pattern of a number written as an ordinal in ``lang``: with a dot (``6.``, in every
    language) or an ending of its record's (``pinpoints.ordinal_endings``: Dutch ``6e``,
    Swedish ``6:e``, Portuguese ``6.ª``)."""
    return r"[0-9]{1,2}" + alternation((".", *BY_CODE[lang].pinpoints.ordinal_endings))


@lru_cache(maxsize=32)
def _numbered_word(lang: str) -> re.Pattern[str]:
    return re.compile(numbered_ordinal(lang), re.IGNORECASE)


@lru_cache(maxsize=32)
def _part_words(lang: str) -> frozenset[str]:
    """The words of an article and of its parts (``pinpoints.words``), in lower case."""
    record = BY_CODE[lang]
    return frozenset(w.lower() for w in (*record.article_words, *record.pinpoints.words))


#: A number with a dot, then blanks, at the end of a text's slice
_DOTTED_END = re.compile(r"(?<!\S)[0-9]{1,3}\.[ \t]+$")


def dotted_part_number(text: str, start: int, lang: str) -> bool:
    """Whether the number with a dot that ends right before ``start`` is no act's ordinal:
    a paragraph's number at a line's start (``\n3. Směrnice, která ...``) or the number of
    an article or of its part after their word, as languages that write them as ordinals do
    (Croatian ``Članak 7. Direktive``: Article 7 of the Directive)."""
    head = text[max(0, start - 40) : start]
    found = _DOTTED_END.search(head)
    if found is None:
        return False
    before = head[: found.start()]
    if before.rstrip(" \t").endswith("\n") or (start <= 40 and not before.strip()):
        return True
    words_before = before.split()
    return bool(words_before) and words_before[-1].lower() in _part_words(lang)


def ordinal_before(text: str, start: int, lang: str) -> bool:
    """Whether a number written as an ordinal in ``lang`` (:func:`numbered_ordinal`:
    ``6e``, ``6:e``, ``6.``) ends right before ``start``, a blank between (not a
    paragraph's or an article's number: :func:`dotted_part_number`)."""
    words_before = text[max(0, start - 30) : start].split()
    return (
        bool(words_before)
        and _numbered_word(lang).fullmatch(words_before[-1]) is not None
        and not dotted_part_number(text, start, lang)
    )


class Target(NamedTuple):
    """The work a back-reference points to.

    ``antecedent`` is the index of a full reference in the list of full
    references handed to the finders (None for a popular name not cited in full).
    (A named tuple: many are made, and they are cheaper than frozen dataclasses.)
    """

    kind: str
    normalized: str
    celex: str | None
    celex_candidates: tuple[str, ...]
    act_type: str | None
    antecedent: int | None = None

    @property
    def key(self) -> str:
        """What makes two targets the same work."""
        return self.celex or f"{self.kind}:{self.normalized}"


_new_target = tuple.__new__


def target_of(ref: BaseReference, index: int) -> Target | None:
    """The target a full reference makes (None for kinds back-references never point to)."""
    full: Any = ref  # (only a legal act has an act type)
    kind = full.kind
    if kind not in TARGET_KINDS:
        return None
    # (its fields read as attributes, ~130 instructions each: ``vars(ref)`` costs ~1.3 k)
    return _new_target(
        Target,
        (kind, full.normalized, full.celex, tuple(full.celex_candidates),
         full.act_type if kind == "legal_act" else None, index),
    )  # fmt: skip


def words(lang: str) -> BackReferenceWords:
    """The back-reference words of a language (from its record in ``eurefs.languages``)."""
    return BY_CODE[lang].back_references


class Candidate(NamedTuple):
    """A possible back-reference before resolution.

    ``target`` is known for defined terms and popular names; anaphors carry
    only their ``act_type`` (None for ``thereof``) and are resolved in the walk.
    """

    start: int
    end: int
    how: ShortFormHow
    target: Target | None = None
    act_type: str | None = None
    name: str | None = None
    pinpoint: str | None = None


#: The language of a text is read from its first half million characters (some 250
#: pages): a stream (``eurefs.iter_extract``) knows it after its first chunk, not at
#: the end of the text.
LANGUAGE_SAMPLE = 500_000


def detect_language(text: str, refs: list[BaseReference]) -> str:
    """The language of a text: the majority language of the legal-act and OJ
    citations starting in its first ``LANGUAGE_SAMPLE`` characters, else the one its
    words tell (``eurefs.languages.evidence.detect``: ``Art. 6 Abs. 1 lit. a DSGVO``
    is German), a tie going to the first in registry order (English when no word tells)."""
    counts: dict[str, int] = {}
    for ref in refs:
        if ref.start >= LANGUAGE_SAMPLE:
            break
        if ref.kind in ("legal_act", "oj") and ref.lang in BY_CODE:
            counts[ref.lang] = counts.get(ref.lang, 0) + 1
    if counts:
        return max(counts, key=lambda k: counts[k])
    return detect(text)


#: What joins a word to the one before it: a hyphen, also as written with one of the dashes
#: a name's hyphen may be written with (``name_forms.DASHES``: ``EU\u2011DSGVO`` is
#: ``EU-DSGVO``, no ``DSGVO``), and an underscore.
WORD_JOINERS = "-_\u2010\u2011\u2013"


def word_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a word (patterns check this in Python: a look-behind at
    the start of a pattern would keep ``re`` from skipping ahead to its first letters)."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in WORD_JOINERS)


@lru_cache(maxsize=32)
def _glued_articles(lang: str) -> tuple[str, ...]:
    return tuple(a for a in words(lang).articles if a.endswith("-"))


def glued(text: str, pos: int, lang: str) -> bool:
    """Whether ``text[:pos]`` ends in an article of ``lang`` glued to the word after it,
    the article at a word's start (Maltese ``tad-``: ``tad-Direttiva fuq il-protezzjoni
    tad-data``, a use of the alias ``Direttiva fuq il-protezzjoni tad-data``)."""
    for article in _glued_articles(lang):
        start = pos - len(article)
        if start >= 0 and text[start:pos].lower() == article and word_start(text, start):
            return True
    return False


def alternation(items: tuple[str, ...] | list[str]) -> str:
    """Literal alternation, longest first, with flexible spaces."""
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def bounded_alternation(items: tuple[str, ...] | list[str]) -> str:
    """``\\b`` and :func:`alternation` of ``items``, written to start with the items'
    first characters, each then checked for the word boundary before it: ``re`` skips
    ahead to a set of first characters, where a pattern led by ``\\b`` is tried at
    every character.  Matches what ``\\b(?:...)`` matches, trying the items in the
    same order."""
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(map(bounded, ordered)) + ")"


def bounded(word: str) -> str:
    """``\b`` and ``word`` (its spaces any blanks), led by its first character, the
    boundary before it checked behind (an item of :func:`bounded_alternation`)."""
    first = re.escape(word[0])
    return rf"{first}(?<=\b{first})" + re.escape(word[1:]).replace(r"\ ", r"\s+")


@lru_cache(maxsize=4)
def singular_type_forms(lang: str) -> dict[str, str]:
    """Singular written forms of the act types -> act_type, with the first letter in both
    cases (``Directiva``/``directiva``) unless the language capitalises its nouns."""
    record = BY_CODE[lang]
    plural = record.plural_endings
    forms: dict[str, str] = {}
    for act_type, written in record.act_types.items():
        for w in written:
            if w.endswith(".") or w.endswith(plural):
                continue
            forms[w] = act_type
            if not record.capitalised_nouns:
                forms[w[0].lower() + w[1:]] = act_type
                forms[w[0].upper() + w[1:]] = act_type
    # the singular cases the record declines (Finnish ``asetus``, Lithuanian
    # ``reglamentas``: singular, though they end in "s"), and the forms singular only
    # after a determiner (Romanian ``acestei directive``)
    words_ = BY_CODE[lang].back_references
    for declined in (*words_.declined, *words_.after_determiner):
        found = forms.get(declined[0]) or _act_type_of(lang, declined[0])
        if found is not None:
            for w in declined:
                forms.setdefault(w[0].lower() + w[1:], found)
                forms.setdefault(w[0].upper() + w[1:], found)
    return forms


def _act_type_of(lang: str, word: str) -> str | None:
    """The act type whose written forms hold ``word`` (in either initial case)."""
    low = word.lower()
    for act_type, written in BY_CODE[lang].act_types.items():
        if any(w.lower() == low for w in written):
            return act_type
    return None
