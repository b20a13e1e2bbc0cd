"""Every act-type word in a text (``Regulation``, ``directives``, ``Verordnung``), found once.

Anaphors are found from these words (the determiner is read right before
them), and the same list tells whether a stray type word stands between an
anaphor and its candidate antecedent.  The words are found with ``str.find``
on their tails (``egulation`` covers ``Regulation`` and ``regulation``), which
is many times faster than one regular expression over the whole text; tails that
share their first letters are found by one scan of those letters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from eurefs.languages import BY_CODE
from eurefs.pattern_store import compile_pattern
from eurefs.short_forms.common import WORD_JOINERS, singular_type_forms, words

# plural and genitive endings after the tail (``s``, ``en``, ``es``), then the word's end
_MAX_ENDING = 4
_SUFFIX = compile_pattern(rf"[^\W\d_]{{0,{_MAX_ENDING}}}(?!\w)")
# the shortest stem two tails are merged into (``irectiv``: ``Directiva``, ``directive``)
_MIN_STEM = 5
#: The act types anaphors and stray-word checks care about (``Joint Action`` and the
#: like are left out: their words are everyday words, ``action``, ``position``).
ANAPHOR_TYPES = ("regulation", "directive", "decision", "framework_decision", "recommendation")


class TypeWord(NamedTuple):
    """One type word: its span, act type, and the singular form it is written in (or None).

    (A named tuple: a long text has thousands, and tuples are cheap to make.)
    """

    start: int
    end: int
    act_type: str
    singular: str | None


@lru_cache(maxsize=4)
def _tails(lang: str) -> dict[str, str]:
    """Tail of the last word of every written type form (first letter dropped) -> act_type.

    A form whose tail contains another form's tail (``ahmenbeschluss``) keeps its own
    entry; it is told apart by where the word starts.
    """
    tails: dict[str, str] = {}
    for act_type, written in BY_CODE[lang].act_types.items():
        if act_type not in ANAPHOR_TYPES:
            continue
        for form in written:
            last = form.split()[-1]
            if " " in form and _joined_apart(form, lang):
                continue  # (found by its first word: ``décision cadre``)
            if not last.endswith(".") and len(last) > 4:
                tails.setdefault(last[1:].split("-")[0], act_type)
    for form, act_type in singular_type_forms(lang).items():
        if act_type in ANAPHOR_TYPES and len(form) > 4 and " " not in form:
            _merge(tails, form[1:].split("-")[0], act_type)
    # a tail that extends another one finds the same words again
    return {t: a for t, a in tails.items() if not any(t != o and t.startswith(o) for o in tails)}


def _joined_apart(form: str, lang: str) -> bool:
    """Whether ``form`` is a type word and the word ``type_word_joins`` joins to it written
    apart (French ``décision cadre`` for ``décision-cadre``): it is found by its first word,
    as the hyphenated form is, never by its last (``cadre`` is a word of prose)."""
    head, _, rest = form.partition(" ")
    joins = BY_CODE[lang].type_word_joins
    return any(
        rest.startswith(joined[1:]) and head in BY_CODE[lang].act_types[kind]
        for kind, (joined, _) in joins.items()
        if joined.startswith("-")
    )


@lru_cache(maxsize=4)
def _tail_groups(lang: str) -> tuple[tuple[str, tuple[tuple[str, str, int], ...]], ...]:
    """The tails in groups that share a start of at least :data:`_MIN_STEM` letters,
    each group found with one ``str.find`` scan of that start (Polish ``ozporządze`` for
    ``ozporządzenie``, ``ozporządzenia`` ...: 22 scans of a text become 9): ``(stem,
    ((tail, act_type, len(tail)), ...))``.  Where the scan of a stem finds a tail that the tail's
    own scan would skip (one overlapping the occurrence before it) and the other way
    round, the tail has a letter of that occurrence right before its first letter: no
    type word starts there either way (the tails and stems are letters, never one
    letter repeated: ``tests/short_forms/test_incremental.py``)."""
    groups: list[tuple[str, list[tuple[str, str, int]]]] = []
    for tail, act_type in _tails(lang).items():  # in the record's order
        for i, (stem, members) in enumerate(groups):
            shared = _common_start(stem, tail)
            if len(shared) >= _MIN_STEM:
                groups[i] = (shared, [*members, (tail, act_type, len(tail))])
                break
        else:
            groups.append((tail, [(tail, act_type, len(tail))]))
    return tuple((stem, tuple(members)) for stem, members in groups)


def _merge(tails: dict[str, str], tail: str, act_type: str) -> None:
    """Make ``tails`` find the declined form whose tail is ``tail`` (Romanian ``directive``,
    Finnish ``asetukselle``) without one more scan of the text: a tail of the same type
    sharing its stem is cut back to that stem, when both differ from it by no more than
    the letters a word may have after its tail (:data:`_SUFFIX`).  A form that shares no
    such stem is left out rather than scanned for on its own."""
    if any(tail.startswith(t) and len(tail) - len(t) <= _MAX_ENDING for t in tails):
        return
    for other, other_type in list(tails.items()):
        stem = _common_start(other, tail)
        if (
            other_type == act_type
            and len(stem) >= _MIN_STEM
            and len(tail) - len(stem) <= _MAX_ENDING
            and len(other) - len(stem) <= _MAX_ENDING
        ):
            del tails[other]
            tails.setdefault(stem, act_type)
            return


@lru_cache(maxsize=4)
def _multiword(lang: str) -> dict[str, tuple[str, ...]]:
    """Last word -> singular multi-word forms ending in it, longest first."""
    by_last: dict[str, list[str]] = {}
    for form in singular_type_forms(lang):
        if " " in form or "-" in form:
            last = form.replace("-", " ").split()[-1]
            by_last.setdefault(last, []).append(form)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_last.items()}


_new_word = tuple.__new__


@lru_cache(maxsize=8)
def _joined_article(lang: str) -> re.Pattern[str] | None:
    """An article joined to the next word by a hyphen, ending where a type word starts
    (Maltese ``id-``, ``tad-``), or None where the language has none."""
    joined = [a for a in words(lang).articles if a.endswith("-")]
    if not joined:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(a) for a in joined)})\Z", re.IGNORECASE)


def scan_type_words(text: str, lang: str) -> list[TypeWord]:
    """Every act-type word of the language in ``text``, in text order.

    What a tail's hit is (no type word, or the word's end, type and singular form) depends
    only on the characters from two before the hit to the one after the tail (and, where
    that one goes on the word, the four after it that its ending may take), unless the word
    follows a hyphen, is the last word of a multi-word form or is joined to a word after it
    (:func:`_word_at`).  Such an answer is kept under those characters: a text writes a
    type word in few such ways (`` Regulation ``, ``(Directive ``, ``-regulations,``: 35
    on 1 MB of the benchmark text, for 1,520 hits), and a hit then costs a slice and a
    lookup instead of the tests."""
    found: list[TypeWord] = []
    find, append, new, unknown, longer = text.find, found.append, _new_word, _UNKNOWN, _LONG
    for stem, members in _tail_groups(lang):
        m = len(stem)
        short = max(n for _, _, n in members) + 1  # (the longest tail and the one after it)
        seen: dict[str, Any] = {}  # under the characters up to ``short``
        seen_long: dict[str, Any] = {}  # under those up to ``short + _MAX_ENDING``
        get = seen.get
        at = find(stem)
        while at >= 0:
            hit, at = at, find(stem, at + m)
            known = get(text[hit - 2 : hit + short], unknown) if hit > 1 else unknown
            if known is longer:
                known = seen_long.get(text[hit - 2 : hit + short + _MAX_ENDING], unknown)
            if known is not unknown:
                if known is not None:
                    stop, kind, singular = known  # (end less hit, act type, singular)
                    append(new(TypeWord, (hit - 1, hit + stop, kind, singular)))
            else:
                word, reads = _word_at(text, hit, members, lang)
                if word is not None:
                    append(word)
                if reads and hit >= 2:
                    value = None if word is None else (word.end - hit, word[2], word[3])
                    if reads == _READS_SHORT:
                        seen[text[hit - 2 : hit + short]] = value
                    else:
                        seen[text[hit - 2 : hit + short]] = _LONG
                        seen_long[text[hit - 2 : hit + short + _MAX_ENDING]] = value
    found += _abbreviated(text, lang)
    found.sort()
    return found


_UNKNOWN: Any = object()  # (no answer kept)
_LONG: Any = object()  # (an answer kept under more characters)
# what a hit's answer was read from (:func:`_word_at`): more than the characters
# ``scan_type_words`` keeps it under, those up to the one after the tail, or four more
_READS_MORE, _READS_SHORT, _READS_LONG = 0, 1, 2


def _word_at(
    text: str, hit: int, members: tuple[tuple[str, str, int], ...], lang: str
) -> tuple[TypeWord | None, int]:
    """The type word whose tail is one of ``members`` at ``hit`` (None: none there), and
    what it was read from: the characters from two before ``hit`` to the one after the
    longest tail (``_READS_SHORT``), to four more (``_READS_LONG``: an ending), or more."""
    if len(members) > 1:
        member = _written(text, hit, members)
        if member is None:
            return None, _READS_SHORT
        _, act_type, n = member
    else:
        _, act_type, n = members[0]
    start, end = hit - 1, hit + n
    # a letter right before the tail, and a word start before that letter
    if start < 0 or not text[start].isalpha():
        return None, _READS_SHORT
    glued: bool | None = False
    if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        if text[start - 1] != "-":
            return None, _READS_SHORT  # inside a word
        # joined by a hyphen: what stands before it tells
        glued = _glued(text, start, _joined_article(lang), BY_CODE[lang].compound_type_words)
        if glued is None:
            return None, _READS_MORE
    reads = _READS_SHORT if start == 0 or text[start - 1] != "-" else _READS_MORE
    after = text[end : end + 1]
    if after.isalnum() or after == "_":  # a plural or case ending, or no word end
        reads = reads and _READS_LONG
        rest = _SUFFIX.match(text, end)
        if rest is None:
            return None, reads
        stop = rest.end()
    else:  # the tail ends the word: what the suffix pattern matches is empty
        stop = end
    if glued:
        return _new_word(TypeWord, (start, stop, act_type, None)), _READS_MORE
    word, own = _classified(text, start, stop, act_type, lang)
    return word, reads if own else _READS_MORE


def _classified(
    text: str, start: int, stop: int, act_type: str, lang: str
) -> tuple[TypeWord, bool]:
    """The type word ``text[start:stop]`` whose tail is of ``act_type``: its act type and
    singular form (a multi-word form's, from its first word; a type joined to a word after
    it, ``type_word_joins``), and whether only the word itself was read."""
    forms, multi = singular_type_forms(lang), _multiword(lang)
    word = text[start:stop]
    form_type = forms.get(word)
    singular = word if form_type is not None else None
    kind = form_type or act_type
    local = word not in multi
    if not local:
        for form in multi[word]:
            head = form[: len(form) - len(word)]
            if text.endswith(head, max(0, start - len(head)), start):
                start, singular, kind = start - len(head), form, forms[form]
                break
    record = BY_CODE[lang]
    joins = record.type_word_joins
    if joins and kind in joins:
        local = False
        joined_word, whole = joins[kind]
        # (a word joined by a hyphen, or written apart: ``décision cadre 2006/960/JAI``)
        if text.startswith(joined_word, stop) or (
            joined_word.startswith("-") and text.startswith(" " + joined_word[1:], stop)
        ):
            stop, kind = stop + len(joined_word), whole
            singular = record.act_types[whole][0]
    return _new_word(TypeWord, (start, stop, kind, singular)), local


def _glued(text: str, start: int, joined: re.Pattern[str] | None, compounds: bool) -> bool | None:
    """What a type word at ``start`` joined by a hyphen to the word before it is: read as
    usual (False) after an article (Maltese ``id-direttiva``); a stray type word only
    (True) in a compound joined by a hyphen, in a language that joins words to type words
    (``Covid-19-Verordnung``, a Swiss national regulation: another act of the type, between
    an anaphor and its antecedent, never an anaphor's own); None: no type word."""
    if joined is not None and joined.search(text, max(0, start - 8), start):
        return False
    return True if compounds and text[start - 2 : start - 1].isalnum() else None


@lru_cache(maxsize=4)
def _abbreviations(lang: str) -> tuple[tuple[str, str], ...]:
    """The type words written as a short initialism in capitals (German ``VO``, ``RL``),
    too short for a tail: each is found on its own (most languages have none)."""
    return tuple(
        (form, act_type)
        for act_type, written in BY_CODE[lang].act_types.items()
        if act_type in ANAPHOR_TYPES
        for form in written
        if len(form) <= 4 and form.isupper() and form.isalpha()
    )


def _abbreviated(text: str, lang: str) -> list[TypeWord]:
    """Where an initialism of :func:`_abbreviations` stands as a whole word (``dieser VO``;
    not ``VO-Entwurf``, ``DSGVO``, nor after a hyphen however written: ``Rom II\u2011VO``,
    as the RIS writes it, ``WORD_JOINERS``): a singular type word, as no record lists a
    plural one."""
    found: list[TypeWord] = []
    for abbreviation, act_type in _abbreviations(lang):
        n = len(abbreviation)
        at = text.find(abbreviation)
        while at >= 0:
            before, after = text[at - 1 : at] if at else "", text[at + n : at + n + 1]
            if not (before.isalnum() or (before and before in WORD_JOINERS)) and not (
                after.isalnum() or (after and after in WORD_JOINERS)
            ):
                found.append(_new_word(TypeWord, (at, at + n, act_type, abbreviation)))
            at = text.find(abbreviation, at + n)
    return found


def _written(
    text: str, at: int, members: tuple[tuple[str, str, int], ...]
) -> tuple[str, str, int] | None:
    """The member of a group of tails whose tail is written at ``at`` (no tail starts
    another: one at most), or None."""
    for member in members:
        if text.startswith(member[0], at):
            return member
    return None


def _common_start(a: str, b: str) -> str:
    """The longest start ``a`` and ``b`` share."""
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


def other_meaning(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the type word at ``text[start:end]`` stands in one of the language's
    phrases where it means no act (``BackReferenceWords.other_meanings``: French
    ``système de règlement``, settlement)."""
    word = text[start:end].lower()
    for phrase in words(lang).other_meanings:
        at = phrase.find(word)
        if 0 <= at <= start and text[start - at : start - at + len(phrase)].lower() == phrase:
            return True
    return False
