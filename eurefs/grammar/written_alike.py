"""The language of references every language writes alike.

A case number with its court's letter (``C-302/10``), an ECLI, a CELEX number, an ELI
or a procedure number (``2021/0106(COD)``) holds no word of any language.  Their
builders leave the language open (:data:`UNDECIDED`); once a text's references are
selected, :func:`decide` gives each the language most words around it belong to
(:func:`eurefs.languages.evidence.tell`), else, in a list without words (``C-397/01,
C-398/01 ...``), that of the nearest reference with words of its own
(``Richtlinie 2003/88``), else the one its frequent words share most
(:func:`eurefs.languages.hints.lean`: ``CJUE, 13 mai 2014, C-131/12`` is French).  The
nearest hint words alone mislead before that: ``Pfeiffer e.a., C-397/01`` reads
Portuguese ``e`` and ``a``, ``a i.`` Irish.  The small words inside a
name tell nothing either (``tell``'s ``outside_names``): a party's name is written in its
own language whatever the text's (``Autorita Garante della Concorrenza e del Mercato
C-198/01`` in an English case list).

Alone (``parse("C-302/10")``) such a reference keeps the default language.
"""

from __future__ import annotations

from collections.abc import Sequence

from eurefs.languages import LANGUAGES, interface_labels
from eurefs.languages.evidence import tell
from eurefs.languages.hints import lean
from eurefs.models.light import BaseReference
from eurefs.pattern_store import compile_pattern

#: The language a builder gives a reference it cannot tell the language of.
UNDECIDED = ""
#: Characters read before and after a reference for its words.
WORDS_BEFORE, WORDS_AFTER = 140, 80
#: A reference this close after one that leads a run of such references shares what
#: its words told (a case number and its ECLI); only the second of a run does, so that
#: where a chunk of ``iter_extract`` starts cannot change what is read.
PAIR_GAP = 40
#: At most this many characters between a reference without words around it and the
#: one whose language it takes (less than the context a chunk of ``iter_extract`` is
#: scanned with, so that chunks give the same result).
REACH = 3_000
_DEFAULT = LANGUAGES[0].code if LANGUAGES else "en"
#: How far back a window's start is moved to the start of the word it cuts.
LEAD_IN = 30
#: The kinds of references a party's name may stand before, in brackets (``Association
#: générale de l’industrie du médicament (AGIM) ASBL (C-471/07``): its small words tell
#: no language of the text (``languages/name_words.party_words``).
_NAMED = frozenset({"case", "ecli"})
#: The last blank before a window's start (the engine runs backwards from it).
_LAST_BLANK = compile_pattern(r"(?s:.*)\s")


def decide(refs: Sequence[BaseReference], text: str) -> None:
    """Give each reference of ``refs`` (in text order) whose language is
    :data:`UNDECIDED` the language the words of ``text`` around it tell, else that of
    its nearest decided neighbour within :data:`REACH` characters, else the default
    (in place)."""
    open_at = [i for i, ref in enumerate(refs) if ref.lang == UNDECIDED]
    if not open_at:
        return
    before = after = None
    last_end, last_led, last_lang = -PAIR_GAP - 1, False, None
    for i in open_at:
        ref = refs[i]
        close = ref.start - last_end <= PAIR_GAP
        if close and last_led:
            lang = last_lang  # ``C-300/21, EU:C:2023:370``: the same words around
        else:
            window = interface_labels.drop(
                _window(text, max(0, ref.start - WORDS_BEFORE), ref.start)
            )
            lang = tell(window, True, ref.kind in _NAMED) or tell(_after(text, ref.end), True)
        last_end, last_led, last_lang = ref.end, not close, lang
        if lang is None:
            if before is None or after is None:
                before = _nearest_decided(refs, range(len(refs)))
                after = _nearest_decided(refs, range(len(refs) - 1, -1, -1))
            lang = _neighbours(refs, i, before[i], after[i]) or _leaning(text, ref) or _DEFAULT
        vars(ref)["lang"] = lang


def _leaning(text: str, ref: BaseReference) -> str | None:
    """The language the frequent words around ``ref`` share most (:func:`lean`: French
    doctrine's ``CJUE, 13 mai 2014, Google Spain, C-131/12``), for a reference no word of
    one language alone tells and no decided reference near."""
    return lean(
        _window(text, max(0, ref.start - WORDS_BEFORE), ref.start),
        _after(text, ref.end),
    )


def _window(text: str, start: int, end: int) -> str:
    """``text[start:end]`` from the start of the word the window's start cuts, if any
    (within :data:`LEAD_IN` characters): a word read whole, and the name a window starts
    in read as one (``…Ambiente e della Tutela``: ``e della`` between two of its words)."""
    if start > 0 and not text[start - 1].isspace():
        # the word's letters before the start: after the last blank (``str.split``'s are
        # ``\s``), else all :data:`LEAD_IN` of them
        start -= len(text[max(0, start - LEAD_IN) : start].rsplit(None, 1)[-1])
    return text[start:end]


def _after(text: str, start: int) -> str:
    """The :data:`WORDS_AFTER` characters of ``text`` from ``start``, but for the word their
    end cuts, if any: its first letters are no word of the text (``staatliche Be`` of
    ``Beihilfe`` is no English ``Be``)."""
    end = start + WORDS_AFTER
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        cut = _LAST_BLANK.search(text, start, end)
        if cut is not None:
            end = cut.end()
    return text[start:end]


def _neighbours(
    refs: Sequence[BaseReference], i: int, before: int | None, after: int | None
) -> str | None:
    """The language of the nearer of two decided references, if within :data:`REACH`."""
    ref, gap, lang = refs[i], REACH, None
    if before is not None and ref.start - refs[before].end < gap:
        gap, lang = ref.start - refs[before].end, refs[before].lang
    if after is not None and refs[after].start - ref.end < gap:
        lang = refs[after].lang
    return lang


def _nearest_decided(refs: Sequence[BaseReference], order: range) -> list[int | None]:
    """For each index, the index of the last reference with a decided language met
    walking ``order`` before reaching it (None when there is none)."""
    out: list[int | None] = [None] * len(refs)
    last: int | None = None
    for i in order:
        out[i] = last
        if refs[i].lang != UNDECIDED:
            last = i
    return out


__all__ = ["REACH", "UNDECIDED", "decide"]
