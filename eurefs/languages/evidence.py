"""Language evidence: which language a reference or a text is in, told by its words.

The words that tell a language are the words of its record, listed once
(:func:`eurefs.languages.hints._hint_words`, :func:`_reference_words`), and its popular names
(``eurefs/data/popular_names.json``).  Two weighings read them, each from a table
built from those lists on first use:

* :func:`pick` (:mod:`eurefs.languages.hints`) chooses among the languages that
  write a reference the same way (``directive 2003/88/CE`` is French, Romanian or
  English; ``sentencia de 26 de febrero de 1986, Marshall (152/84, Rec.`` is Spanish
  by its month).  It counts the
  frequent words (``hint_words``) and month names of each candidate among the words
  just before the reference, nearer words weighing more (:func:`hint_table`).  The
  reference words are left out: the candidates write the reference alike, and the
  words around it that tell them apart are the frequent ones.
* :func:`word_scores` and :func:`detect` tell the language of a text without a
  legal-act or OJ citation (``Art. 6 Abs. 1 lit. a DSGVO`` is German) from every
  word of it the records hold: hint words and months, article and pinpoint words
  (``Abs.``, ``lett.``), act types, treaty abbreviations (``AEUV``), case and Official
  Journal words, and the popular names (``DSGVO``) (:func:`share_table`).  A word
  several languages write gives each a share of one; a popular name written in
  capitals (an acronym: ``GDPR``, ``RGPD``, used in texts of other languages too)
  half of that.

Two tables rather than one: :func:`pick` runs in nearly every text, and its table
costs a fifth of the other (about 5 million instructions against some 24 million and
the reading of the names file); the second is built only for a text that no
citation tells.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from eurefs.languages import BY_CODE, LANGUAGES, dated_statutes, name_words
from eurefs.languages.base import Language
from eurefs.languages.hints import (
    WIDER_WORDS,
    _ending_codes,
    _hint_words,
    _is_abbreviation,
    ending_table,
    hint_table,
    pick,
)
from eurefs.pattern_store import compile_pattern


def _reference_words(record: Language) -> Iterator[str]:
    """The other single words of a record that belong to its language."""
    yield from record.article_words
    yield from record.pinpoints.words
    yield from record.pinpoints.ordinal_nouns
    for written in record.act_types.values():
        yield from written
    for treaty in record.treaties.values():  # (not a word of prose: ``EU``)
        yield from (a for a in treaty.abbreviations if a not in treaty.closed_abbreviations)
    yield from record.cases.words
    yield from record.cases.joined_words
    yield from record.cases.pinpoint_words
    yield from record.oj.journals
    yield from record.com.final_words
    yield from record.pinpoints.links
    yield from record.back_references.pinpoint_words
    yield from record.back_references.sub_pinpoint_words
    # the reports of the Court and the page words of two letters or more: Slovenian and
    # Croatian ``str.`` (page) is also the Lithuanian article's abbreviation, so it tells
    # neither alone (``ZOdl., str. I-8835`` is not Lithuanian); ``S.``, ``p.`` are initials
    yield from record.cases.court_reports
    yield from (w for w in (*record.oj.pages, *record.oj.pages_after) if len(w.rstrip(".")) > 1)


def _key(word: str) -> str:
    """The shares table's key for a word: ``º`` read as the records' ``o``; lower case,
    except an abbreviation in capitals (``EA``, ``DO``, ``LES``), which is kept as
    written: it tells its language only written so (Romanian ``Ea``, Portuguese ``do``
    and French ``les`` are words of those languages, not the English, Spanish and
    Latvian abbreviations)."""
    word = word.replace("º", "o")
    return word if _is_abbreviation(word) else word.lower()


@lru_cache(maxsize=1)
def share_table() -> dict[str, tuple[tuple[str, float], ...]]:
    """Word (lower case; an abbreviation in capitals as written) -> the languages
    it tells, each with its share.  A popular name's ``local_names`` tell nothing: the
    acronym names something else in another language's texts (Dutch ``AVG``, the GDPR,
    is Austria's ``Allgemeines Verwaltungsverfahrensgesetz``: ``AVG §59 Abs1``)."""
    from eurefs.data import popular_name_entries  # the names file is read on first use

    weights: dict[str, dict[str, float]] = {}

    def add(word: str, code: str, weight: float) -> None:
        if word and " " not in word:
            shares = weights.setdefault(_key(word), {})
            shares[code] = max(shares.get(code, 0.0), weight)

    for record in LANGUAGES:
        for word in (*_hint_words(record), *_reference_words(record)):
            add(word, record.code, 1.0)
    for entry in popular_name_entries():
        local = set(entry.get("local_names", ()))  # (names of other things elsewhere)
        for code, names in entry["names"].items():
            if code in BY_CODE:
                for name in names:
                    if name not in local:
                        add(name, code, 0.5 if name.isupper() else 1.0)
    return {
        word: tuple((code, weight / len(shares)) for code, weight in shares.items())
        for word, shares in weights.items()
    }


# -- a text's language: every word the records hold, each shared --

#: Characters stripped from both ends of a word (brackets, quotes, punctuation, the
#: asterisks of emphasis: ``**EuGH``).
_PUNCTUATION = "()[]{},;:!?\"'«»“”‘’„‹›*"
#: Elisions: the word after them is looked up too (``l'article``, ``d’Airteagal``).
_APOSTROPHES = ("'", "’")
#: Two letters in a row: a text without them has no word to look up.
_TWO_LETTERS = compile_pattern(r"[^\W\d_]{2}")
#: The words of a text's first characters tell its language (some ten pages).
DETECT_SAMPLE = 20_000


def word_scores(sample: str) -> dict[str, float]:
    """Language code -> the evidence the words of ``sample`` give it (codes with none
    left out): the sum of the shares of its blank-separated words, read through
    punctuation, a final full stop and elisions.  One split of the sample and a
    look-up per word; a sample without a word (``32016R0679``, ``C-131/12``) has none,
    and the table is not even built for it."""
    if _TWO_LETTERS.search(sample) is None:
        return {}
    words = share_table()
    scores: dict[str, float] = {}
    tokens = sample.replace("º", "o").split()
    for n, token in enumerate(tokens):
        word = token.strip(_PUNCTUATION)
        if word.endswith(".") and _lookup(words, word) is None:  # ``DSGVO.``, ``DSGVO).``
            word = word.rstrip(".").rstrip(_PUNCTUATION)
        if 1 < len(word) < 4 and word.isupper() and _among_small(tokens, n):
            found = words.get(word)  # an acronym (``EU AI Act``: no Italian ``ai``)
        elif (found := _lookup(words, word)) is None:
            for mark in _APOSTROPHES:
                if mark in word:
                    found = _lookup(words, word.rsplit(mark, 1)[1])
                    break
            else:
                found = _joined_ending(words, word)
                if found is None and (stem := glued_word(word)) is not None:
                    found = _lookup(words, stem)  # (``Abs1``: ``Abs``)
        for code, share in found or ():
            scores[code] = scores.get(code, 0.0) + share
    return scores


def _among_small(tokens: list[str], n: int) -> bool:
    """Whether a token next to ``tokens[n]`` is written in small letters (two in a row):
    a word of two or three letters in capitals there is an acronym, as
    :func:`~eurefs.languages.hints.pick` reads it (``EU AI Act``, ``the DO``); in a
    stretch set in capitals it is a word (``AI SENSI DELLA``, ``LES DIRECTIVES``,
    ``ARTIGO 6.º DO TFUE``)."""
    return any(
        any(a.islower() and b.islower() for a, b in pairwise(t))
        for t in (tokens[n - 1] if n else "", tokens[n + 1] if n + 1 < len(tokens) else "")
    )


def _lookup(
    words: dict[str, tuple[tuple[str, float], ...]], word: str
) -> tuple[tuple[str, float], ...] | None:
    """The shares of a word of the text: as a word in lower case, and, written in
    capitals, as an abbreviation too (``LES`` in a French heading is both)."""
    found = words.get(word.lower())
    exact = words.get(word) if _is_abbreviation(word) else None
    if exact is None or found is None:
        return found or exact
    shares = dict(found)
    for code, share in exact:
        shares[code] = max(shares.get(code, 0.0), share)
    return tuple(shares.items())


def glued_word(token: str) -> str | None:
    """The word of a token that writes a pinpoint word against its number, as the
    Austrian RIS lists the norms a decision applies (``DSGVO Art4 Z1``, ``AVG §59 Abs1``,
    ``32016R0679 Datenschutz-GrundV Art58 Abs2 litd``): ``Abs1`` -> ``Abs``; None for a
    token that is no such word (``L119``: one letter; ``32016R0679``)."""
    stem = token.rstrip("0123456789")
    return stem if len(stem) < len(token) and len(stem) > 1 and stem.isalpha() else None


#: What joins a case ending to a name (``GDPR-om``, ``GDPR:n``).
_JOINS = ("-", ":")


@lru_cache(maxsize=1)
def _endings() -> dict[str, tuple[tuple[str, float], ...]]:
    """A case ending joined to a name by a hyphen or a colon (``-om``, ``:n``; the records'
    ``alias_suffixes``) -> the languages that write it, each with an equal share."""
    codes: dict[str, list[str]] = {}
    for record in LANGUAGES:
        for ending in record.back_references.alias_suffixes:
            if ending[:1] in _JOINS and record.code not in codes.get(ending, ()):
                codes.setdefault(ending, []).append(record.code)
    return {e: tuple((code, 1 / len(cs)) for code in cs) for e, cs in codes.items()}


def _joined_ending(
    words: dict[str, tuple[tuple[str, float], ...]], word: str
) -> tuple[tuple[str, float], ...] | None:
    """The shares a word the table lacks gets from its case ending, where a word the table
    holds takes it after a hyphen or a colon (Croatian ``GDPR-om``, Estonian ``IKÜM-ile``):
    the ending tells the language, whatever languages write the name."""
    cut = max(word.rfind(j) for j in _JOINS)
    if cut <= 0 or _lookup(words, word[:cut]) is None:
        return None
    return _endings().get(word[cut:].lower())


#: What :func:`tell` reads through: one opening bracket written against a word, and one
#: of these characters after it (``(punkts``, ``januari,``).
_LEAD, _TRAILS = "(", frozenset(",.;:)")


#: After a language's code in :func:`_own_words`: a popular name's acronym, which texts of
#: other languages write too (``GDPR``, ``RGPD``), told at half a word's weight.
HALF = "/2"


@lru_cache(maxsize=1)
def _own_words() -> dict[str, str]:
    """Word -> the one language it belongs to, for the words of one language alone, as
    written and capitalised (``the``, ``The``; an abbreviation only in capitals:
    Portuguese ``com`` is not the document code ``COM``), and as a record writes it in
    mixed case (Dutch ``HvJ``, ``PbEU``, German ``EuGH``); a popular name's acronym with
    :data:`HALF` after the code (``GDPR`` -> ``en/2``).  Some 4,000 words: the table
    is built at the first document reference a process meets, so it is kept small, and
    :func:`_own_language` reads a token through its punctuation."""
    out: dict[str, str] = {}
    for word, shares in share_table().items():
        if len(shares) != 1 or len(word.rstrip(".")) < 2:
            continue  # a single letter tells nothing: ``e.a.``, ``a i.``, nor with its dot
            # an initial (Italian ``n.``, German ``S.``: ``N. Emilioua``, ``M. S. prieš P. S.``)
        code, share = shares[0]
        lang = code if share == 1.0 else code + HALF  # (a name's acronym: ``GDPR``)
        out[word] = lang
        if not _is_abbreviation(word):
            out.setdefault(word[:1].upper() + word[1:], lang)
    for record in LANGUAGES:  # a word the record writes in mixed case, as written (``HvJ``)
        for word in (*_hint_words(record), *_reference_words(record)):
            if word not in out and (found := out.get(_key(word))) is not None:
                out[word] = found
    return out


def _own_language(own: dict[str, str], token: str) -> str | None:
    """The language of a blank-separated token by :func:`_own_words`: as written, else
    without one closing punctuation mark, else without an opening bracket too."""
    found = own.get(token)
    if found is not None:
        return found
    body = token[:-1] if token[-1:] in _TRAILS else token
    if body is not token and (found := own.get(body)) is not None:
        return found
    if token[:1] != _LEAD:
        return None
    return own.get(token[1:]) or (own.get(body[1:]) if body is not token else None)


#: At most this many tokens' answers kept (:class:`_Told`) before the memo starts again.
TOLD_TOKENS = 20_000


class _Told(dict[str, str | None]):
    """Token -> the language :func:`tell` reads it as (:func:`_own_language`, else
    :func:`_by_ending`): each distinct token read once, then looked up in C (a text repeats
    its words); at most :data:`TOLD_TOKENS` of them kept before it starts again."""

    def __missing__(self, token: str) -> str | None:
        if len(self) >= TOLD_TOKENS:
            self.clear()
        lang = self[token] = _own_language(_own_words(), token) or _by_ending(token)
        return lang


_TOLD = _Told()


def _by_ending(token: str) -> str | None:
    """The language of a token no record holds as written: the word read through all its
    punctuation (Maltese ``ta’``, ``«arrêt``), its word after an elision
    (``l'arrêt``, ``d’Airteagal``), or before a number glued to it (:func:`glued_word`:
    ``Abs1``), as :func:`_own_words` tells it; the language all the words joined by its
    hyphens tell, where each tells that one (Maltese ``tal-Qorti``, ``tas-16``; not
    ``is-sentenza``, whose ``is`` tells none; an abbreviation joined so is left out:
    German ``EEG-Umlage`` is no Dutch ``EEG``); else the one language whose
    ``hint_endings`` end it, read through its punctuation (``vulneración,``: Spanish), as
    :func:`pick` reads it (each token once: :class:`_Told`)."""
    word, own = token.strip(_PUNCTUATION + "."), _own_words()
    part = word.rsplit("'", 1)[-1].rsplit("’", 1)[-1] if "'" in word or "’" in word else None
    for stem in (word if word != token else None, part, glued_word(word)):
        if stem and (found := own.get(stem)) is not None:
            return found
    if "-" in word:  # (``tal-Qorti``, ``tas-16``; not ``is-sentenza``: ``is`` tells none)
        parts = [p for p in word.split("-") if p.isalpha() and not _is_abbreviation(p)]
        told = {own.get(p) for p in parts}
        if len(told) == 1 and None not in told:
            return told.pop()
    ends, table = ending_table()
    codes = _ending_codes(word.lower(), ends, table)
    return next(iter(codes)) if codes is not None and len(codes) == 1 else None


def tell(sample: str, outside_names: bool = False, before_case: bool = False) -> str | None:
    """The language most words of ``sample`` belong to, counting only the words of one
    language alone, as written or capitalised, a popular name's acronym at half a word
    (``GDPR`` is written in texts of other languages too), and a word no record holds by
    its ending (:func:`_by_ending`), a statute's abbreviation before a year as its
    language's name (:mod:`~eurefs.languages.dated_statutes`: ``EEG 2012``) (a tie goes
    to the first in registry order); None when no word tells.  Cheaper than
    :func:`detect` (a split and a look-up or two per token), for the short stretches
    around a reference written alike in every language.  ``outside_names``: not the
    small words inside a name (:mod:`eurefs.languages.name_words`: ``Cassa di
    Risparmio``, and a party's name before its case number in brackets;
    ``before_case``: ``sample`` ends right before such a case number)."""
    tokens = sample.split()
    if not tokens:
        return None  # (a reference given alone: no table to build)
    langs = list(map(_TOLD.__getitem__, tokens))  # (each token read once: ``_Told``)
    if any(map(sample.__contains__, dated_statutes.words())):  # (most samples: none)
        statutes = dated_statutes.table(_LEAD, HALF)
        if not statutes.keys().isdisjoint(tokens):  # (``EEG 2012``: German, not Dutch EEC)
            dated_statutes.mark(tokens, langs, statutes)
    found = list(filter(None, langs))
    if outside_names and found:  # (one language told: unless all its words are a name's)
        if found.count(found[0]) == len(found):
            named = name_words.all_named(tokens, langs, before_case)
            return None if named else found[0][:2]
        name_words.drop(tokens, langs, before_case)
        found = list(filter(None, langs))
    if not found or found.count(found[0]) == len(found):
        return found[0][:2] if found else None  # (mostly one language: no counting)
    weights: dict[str, float] = {}
    for lang, n in Counter(found).items():  # (an acronym, ``GDPR``, at half: ``HALF``)
        weights[lang[:2]] = weights.get(lang[:2], 0.0) + (n / 2 if len(lang) > 2 else n)
    best = max(weights.values())
    return next(code for code in BY_CODE if weights.get(code, 0) == best)


def detect(text: str) -> str:
    """The language the words of ``text`` (its first :data:`DETECT_SAMPLE` characters)
    tell most (:func:`word_scores`); a tie goes to the first in registry order, which
    is English when no word tells."""
    scores = word_scores(text[:DETECT_SAMPLE])
    best = max(scores.values(), default=0.0)
    return next((code for code in BY_CODE if scores.get(code, 0.0) == best), "en")


__all__ = [
    "DETECT_SAMPLE",
    "WIDER_WORDS",
    "detect",
    "hint_table",
    "pick",
    "share_table",
    "tell",
    "word_scores",
]
