"""A reference's language among those that write it alike, told by the frequent words
around it (:func:`pick`; re-exported by :mod:`eurefs.languages.evidence`, whose notes
describe both weighings)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from eurefs.languages import LANGUAGES, ordered
from eurefs.languages.base import Language
from eurefs.pattern_store import compile_pattern


def _hint_words(record: Language) -> Iterator[str]:
    """A record's frequent words, month names (a date before a reference often tells
    its language where the other words are shared: ``de febrero de``) and the words of
    its authors (before the type word, ``Commission Regulation``) and author phrases (after
    it): the institutions that present, adopt and propose, named around references in
    each language's spelling (``la Commission a présenté``, ``la
    Comisión``, ``die Kommission``)."""
    yield from record.hint_words
    for month in record.months:
        yield from month
    for phrase in (*record.authors, *record.author_phrases):
        yield from phrase.split()


def _is_abbreviation(word: str) -> bool:
    """Two or more characters, all letters in capitals (``EA``, ``AEUV``, ``DSGVO``)."""
    return len(word) > 1 and word.isupper()


@lru_cache(maxsize=1)
def hint_table() -> dict[str, frozenset[str]]:
    """Hint word or month name (lower case) -> the languages that write it.

    Only single words: :func:`pick` reads the text as runs of letters (a month of two
    words, Irish ``Meán Fómhair``, is never one of them).  A word the records write in
    capitals (the authors' ``BCE``, ``EZB``) is a key as written too."""
    out: dict[str, set[str]] = {}
    for record in LANGUAGES:
        for word in _hint_words(record):
            if word and " " not in word:
                out.setdefault(word.lower(), set()).add(record.code)
                if _is_abbreviation(word):  # ``BCE``, ``EZB``: as written too (:func:`_score`)
                    out.setdefault(word, set()).add(record.code)
    return {word: frozenset(codes) for word, codes in out.items()}


@lru_cache(maxsize=1)
def ending_table() -> tuple[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...]]:
    """The records' ``hint_endings`` (lower case): all of them, for one ``endswith`` test
    of a word, and each, longest first, with the languages that end words so."""
    codes: dict[str, set[str]] = {}
    for record in LANGUAGES:
        for ending in record.hint_endings:
            codes.setdefault(ending.lower(), set()).add(record.code)
    ends = sorted(codes, key=len, reverse=True)
    return tuple(ends), tuple((e, frozenset(codes[e])) for e in ends)


def _ending_codes(
    word: str, ends: tuple[str, ...], table: tuple[tuple[str, frozenset[str]], ...]
) -> frozenset[str] | None:
    """The languages whose ``hint_endings`` (:func:`ending_table`) end ``word`` (in lower
    case), with at least two letters before the ending (``-ción`` alone is no word); None
    when none does."""
    if not ends or not word.endswith(ends):
        return None
    return next((codes for e, codes in table if word.endswith(e) and len(word) > len(e) + 1), None)


#: A run of letters, not right after a digit: :func:`pick` reads the words around a
#: reference as such runs; the letters of an ordinal or a number (French ``article 1er``,
#: ``2e``, English ``1st``) are no word (Danish ``er``).
_LETTERS = compile_pattern(r"(?<![^\W_])[^\W\d_]+")
#: A document's code before its year (``COM(2021)``, ``SWD/2021/``, ``C(2019)``): no word
#: of a language (Portuguese ``com`` is "with"), so no hint.
_DOC_CODE = r"[A-Z]{1,5}(?=[ ]?\([0-9]{2,4}\)|/[0-9]{4}/)"
#: A single letter before a full stop, a closing bracket or a spaced dash: an initial, a
#: heading's or a point's label (``A. Tizzano``, ``A - Community law``, ``(a)``, ``e.g.``),
#: no word (French ``a``, Italian ``e``, Polish ``i``).
_LABEL = r"[^\W\d_](?=\.|\)|[ ]?[-\u2013\u2014][ ])"


@lru_cache(maxsize=1)
def _not_words() -> re.Pattern[str]:
    """Documents' codes, single letters that are labels or initials (:data:`_LABEL`), and
    the records' number markers before a number (English ``No 874/2012``, not the
    Portuguese and Spanish ``no``)."""
    markers = _markers()
    marker = "|".join(re.escape(m) for m in reversed(markers)) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{_DOC_CODE}|{_LABEL}|(?:{marker})(?=\.?[ ]?[0-9]))")


@lru_cache(maxsize=1)
def _markers() -> tuple[str, ...]:
    """The records' number markers, shortest first (:func:`_not_words`)."""
    return tuple(sorted({m.rstrip(".") for lg in LANGUAGES for m in lg.number_markers}, key=len))


@lru_cache(maxsize=1)
def _reach() -> int:
    """The most characters a not-word (:func:`_not_words`) takes: a number marker's, or
    a document's code (``[A-Z]{1,5}``)."""
    return max([5, *map(len, _markers())])


def _words(text: str) -> list[str]:
    """The runs of letters of ``text`` as written, documents' codes and number markers
    left out."""
    return _LETTERS.findall(_not_words().sub(" ", text))


#: Characters of the text further back read at a time (:func:`_read_back`): about 16
#: words.
_PIECE = 128
#: A letter, as :data:`_LETTERS` reads one.
_LETTER = compile_pattern(r"[^\W\d_]")


def _read_back(text: str, lo: int, hi: int) -> Iterator[list[str]]:
    """The words of ``text[lo:hi]`` (``lo`` 0 or right after a space no not-word runs
    across), :data:`_PIECE` characters at a time from the end: the last piece's words
    first, each piece's in the text's order; all of them, pieces in the text's order, are
    ``_words(text[lo:hi])`` (each cut is one :func:`_split` finds)."""
    end = hi
    while end > lo:
        cut = _split(text, lo, end - _PIECE, hi)
        yield _words(text[cut:end])
        end = cut


def _split(text: str, lo: int, at: int, hi: int) -> int:
    """The last place in ``text[lo:hi]`` at or before ``at`` where its words can be read
    apart, ``lo`` where there is none: after a space, before a letter (no run of letters
    crosses it; the look-aheads of the not-words before it take no letter, so they fail
    on it as at the end of a piece; none ends in a space), where no not-word
    (:func:`_not_words`) runs across (``N o 12``: checked at each place one reaching over
    it could start)."""
    match, reach, letter = _not_words().match, _reach(), _LETTER.match
    cut = text.rfind(" ", lo, max(lo, at)) + 1
    while cut > lo:
        if letter(text, cut) and not any(
            m is not None and m.end() > cut
            for m in (match(text, j, hi) for j in range(max(lo, cut - reach), cut))
        ):
            return cut
        cut = text.rfind(" ", lo, cut - 1) + 1
    return lo


#: Words read before a reference in the text further back (:func:`pick`).
WIDER_WORDS = 60
#: The lead the words near a reference give one language that the text further back
#: leaves alone: half the weight of the word next to it, that of the second nearest (a
#: frequent word right before the reference decides, whatever is further back).
NEAR_LEAD = 0.5


def pick(
    candidates: Iterable[str],
    context: str,
    prefer: Iterable[str] = (),
    after: str = "",
    wider: Callable[[], str] | None = None,
    text_language: Callable[[], str | None] | None = None,
) -> str:
    """The most likely of ``candidates`` for a reference preceded by ``context``.

    Counts the hint words (frequent words and month names) of each candidate among
    the last 12 words of ``context``, the nearest weighing most (1, 1/2, 1/3 ...);
    when that leaves a tie, the first 12 words of ``after`` (the text following the
    reference) are counted too, at half weight.  Then the words of the text further back,
    the last :data:`WIDER_WORDS` words of ``wider()``, count on at the weights that follow
    (1/13, 1/14 ...), unless the words near gave one language a lead of :data:`NEAR_LEAD`
    or more (:func:`_further`).  Where the words leave several candidates tied, the
    language of the text (``text_language()``:
    ``eurefs.grammar.whole_text.WholeText.language``) wins if it is one of them (a Romanian
    page without diacritics heads its summary ``Directiva 93/13/CEE. Protectia
    consumatorilor. Clauze abuzive.``, its words ``de`` Spanish as well: Spanish by the
    registry's order).  Ties left where no word near gave a hint go to ``prefer``; the
    remaining ones to the registry order.
    Used where several languages write a reference the same way (``directive 2003/88/CE``
    is French, Romanian or English).
    """
    cands = ordered(set(candidates))
    if len(cands) <= 1:
        return cands[0] if cands else (LANGUAGES[0].code if LANGUAGES else "en")
    hints = hint_table()
    scores = dict.fromkeys(cands, 0.0)
    near = _words(context)[-12:]
    _score(hints, scores, reversed(near))
    best = max(scores.values())
    if after and sum(1 for c in cands if scores[c] == best) > 1:
        _score(hints, scores, _words(after)[:12], weight=0.5)
        best = max(scores.values())
    hinted = best > 0
    if wider is not None and _within_reach(scores):
        _further(hints, scores, wider(), context, len(near))
    best = max(scores.values())
    return _tied([c for c in cands if scores[c] == best], hinted, prefer, text_language)


def unhinted(
    candidates: Iterable[str],
    prefer: Iterable[str] = (),
    text_language: Callable[[], str | None] | None = None,
) -> str:
    """What :func:`pick` gives where no word it reads hints at any of ``candidates``
    (``grammar/unhinted``): the text's language, ``prefer``, the registry's order."""
    cands = _ordered(frozenset(candidates))
    if len(cands) <= 1:
        return cands[0] if cands else (LANGUAGES[0].code if LANGUAGES else "en")
    return _tied(list(cands), False, prefer, text_language)


@lru_cache(maxsize=256)
def _ordered(cands: frozenset[str]) -> tuple[str, ...]:
    """``ordered(cands)``, kept: a text dense with references asks for the same ones."""
    return tuple(ordered(cands))


def _tied(
    tied: list[str],
    hinted: bool,
    prefer: Iterable[str],
    text_language: Callable[[], str | None] | None,
) -> str:
    """The language :func:`pick` gives of the candidates ``tied`` at the best score."""
    if len(tied) > 1 and text_language is not None:
        told = text_language()
        if told is not None and told in tied:
            return told
    if not hinted:  # (after the words further back and the text's language: a list's
        # ``'Simmenthal 1978', 'Art. 2 TUE'`` in a French text is French, not Polish)
        tied = [c for c in tied if c in set(prefer)] or tied
    return tied[0]


def _within_reach(scores: dict[str, float]) -> bool:
    """Whether the words further back may change the lead of ``scores``: the two best
    differ by less than :data:`NEAR_LEAD`."""
    first, second = sorted(scores.values(), reverse=True)[:2]
    return first - second < NEAR_LEAD


#: A blank line, which the scanner's view writes as two spaces (``eurefs.textview``):
#: where a paragraph (a heading, a document of a text of several) begins.
_PARAGRAPH = compile_pattern(r"\n[ \t]*\n|[ ]{2}")


def _further(
    hints: dict[str, frozenset[str]],
    scores: dict[str, float],
    wider: str,
    context: str,
    nearest: int,
) -> None:
    """Add to ``scores`` the hint words of ``wider`` (the text before the reference) before
    ``context`` (whose ``nearest`` words were read), up to :data:`WIDER_WORDS` words from
    the reference.

    Those of the reference's paragraph count for every candidate: a lead of words far
    from the reference that another language also writes gives way to the paragraph's
    language (Spanish ``nos``, ``da`` tell Portuguese: ``Esto no nos da la tutela judicial
    efectiva (art. 24.1 CE)`` after a Spanish sentence is Spanish).  Those before the
    paragraph, across a blank line, only among the candidates still tied (a heading's
    list of acts, ``– Uredba (EU) 2016/679 –``, holds no frequent word, the paragraph
    above does; Finnish and Estonian ``ja`` tell neither, the date above a keyword line
    does: ``26 päivänä tammikuuta 2023``): a text of several documents (a Portuguese one
    before a Romanian judgment's heading) turns no lead.  The words are read from the
    reference back, a piece at a time (:func:`_read_back`), and no further than can still
    change the lead (:func:`_score_back`): those before the paragraph only where
    candidates are still tied."""
    text = wider[: len(wider) - len(context)] if context and wider.endswith(context) else wider
    need = WIDER_WORDS - nearest
    start = len(text) if _PARAGRAPH.search(context) else _last_break(text)
    own = _score_back(hints, scores, _read_back(text, start, len(text)), nearest, need)
    if own >= need or not start:
        return
    best = max(scores.values())
    tied = {c: s for c, s in scores.items() if s == best}
    if len(tied) > 1:
        _score_back(hints, tied, _read_back(text, 0, start), nearest + own, need - own)
        scores.update(tied)


def _score_back(
    hints: dict[str, frozenset[str]],
    scores: dict[str, float],
    pieces: Iterable[list[str]],
    start: int,
    count: int,
) -> int:
    """Add to ``scores`` the hint words of the last ``count`` words of ``pieces`` (as
    :func:`_read_back` gives them), the first ``start`` words from the reference; the
    words read, fewer where the pieces end first, or where no candidate can reach the
    leader any more (:data:`_REST`: what the words yet to read add at most), the rest
    left unread."""
    read = 0
    for piece in pieces:
        take = piece[max(0, len(piece) - (count - read)) :]
        _score(hints, scores, reversed(take), start=start + read)
        read += len(take)
        if read >= count:
            break
        first, second = sorted(scores.values(), reverse=True)[:2]
        if first - second > _REST[start + read] + 1e-9:
            break
    return read


#: The most the words from ``d`` words away to the last one read (:data:`WIDER_WORDS`)
#: add to one candidate: ``_REST[d]``.
_REST = tuple(sum(1 / (1 + k) for k in range(d, WIDER_WORDS)) for d in range(WIDER_WORDS + 1))


#: What ends the white space of a blank line (:data:`_PARAGRAPH`).
_NOT_BLANK = compile_pattern(r"[^ \t\n]")


def _last_break(text: str) -> int:
    """Where the words of the last paragraph of ``text`` begin: the end of the last run of
    white space that holds a blank line (:data:`_PARAGRAPH`), found from the end; 0
    where there is none.  The words of ``text`` after it are those of the text cut
    there: no not-word takes two white spaces in a row or begins or ends in one."""
    at = text.rfind("  ")
    end = text.rfind("\n")
    while end > at:
        begin = text.rfind("\n", 0, end)
        if begin < 0:
            break
        if not text[begin + 1 : end].strip(" \t"):
            at = max(at, begin)
            break
        end = begin
    if at < 0:
        return 0
    found = _NOT_BLANK.search(text, at)
    return found.start() if found else len(text)


def _score(
    hints: dict[str, frozenset[str]],
    scores: dict[str, float],
    words: Iterable[str],
    weight: float = 1.0,
    start: int = 0,
) -> None:
    """Add the hint words of ``words`` (nearest first) to ``scores``: each looked up as
    written, else in lower case (``Ai sensi``, ``DELLA``), but for a word of two or three
    letters in capitals: an acronym (``AI``, ``SB``), the hint only of a record that
    writes it so (``BCE``), not of one whose word it writes in capitals (``EU AI Act``
    is English, not Italian ``ai``); a word no record holds, by its ending
    (:func:`ending_table`: ``vulneración``).  The first of ``words`` is ``start`` words
    from the reference."""
    for distance, word in enumerate(words, start):
        codes = hints.get(word)
        if codes is None:
            codes = _codes_of(word)
        for code in codes or ():
            if code in scores:
                scores[code] += weight / (1 + distance)


def lean(before: str, after: str = "") -> str | None:
    """The language the frequent words around a reference written alike share most, where
    no word of one language alone tells it (:func:`eurefs.languages.evidence.tell`) and no
    reference near has words of its own: the hint words and months of every language
    among the last 12 words of ``before`` and, at half weight, the first 12 of ``after``,
    weighed as :func:`pick` weighs them, each for every language that writes it (French
    doctrine's ``CJUE, 13 mai 2014, Google Spain, C-131/12``: ``CJUE`` and ``mai`` are
    French and Romanian, French first in registry order); None where no such word is
    read."""
    hints = hint_table()
    scores = dict.fromkeys((lg.code for lg in LANGUAGES), 0.0)
    _score(hints, scores, reversed(_words(before)[-12:]))
    _score(hints, scores, _words(after)[:12], weight=0.5)
    best = max(scores.values(), default=0.0)
    return next(c for c, s in scores.items() if s == best) if best > 0 else None


@lru_cache(maxsize=20_000)
def _codes_of(word: str) -> frozenset[str] | None:
    """The languages a word that is no key of :func:`hint_table` as written hints at
    (:func:`_score`): in lower case, or by its ending; None for an acronym of two or three
    capitals.  Cached: the words around the references of a text recur, and a pick reads
    up to :data:`WIDER_WORDS` of them."""
    if 1 < len(word) < 4 and word.isupper():
        return None
    low = word.lower()
    ends, table = ending_table()
    return hint_table().get(low) or _ending_codes(low, ends, table)


__all__ = ["WIDER_WORDS", "ending_table", "hint_table", "lean", "pick", "unhinted"]
