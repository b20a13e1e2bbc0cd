"""What a whole text tells, read once, when first asked: its language, its own date and
year, whether it cites numbers given after a year, the latest year it writes.

The scanner reads references in the text around them; where that leaves a choice, the
whole text decides: the language its words tell among those a reference is tied between
(``languages.hints.pick``), the year it gives as its own for which Treaty on European
Union it cites (``grammar/treaty_eras``), and for whether a popular name names its act or
a plan before it (``short_forms/dated_names``).  A chunk of ``eurefs.iter_extract`` is
given its text's :class:`WholeText`, so it reads what the whole text reads.

An extraction keeps its text's reads for its own time only (:meth:`WholeText.under_way`):
keyed by the text itself they were kept after it (caches of whole texts, eight at a time),
and a text read anew was hashed whole to look them up (~9M instructions a MB).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from eurefs.grammar.text_dates import HEAD, HeadDate, cites_later, head_date
from eurefs.languages.evidence import DETECT_SAMPLE, tell
from eurefs.pattern_store import compile_pattern
from eurefs.textview_drops import capital_break

# a year in four figures, also an act's (``2024/1689``); led by its first figures, the
# figure before them read after (a look-behind first is entered at every character: this
# search reads a whole text where it writes no later year)
_ANY_YEAR = compile_pattern(r"(?:19|20)(?<![0-9]..)[0-9]{2}(?![0-9])")
#: How many other texts an extraction keeps the reads of (its text's copy without what is
#: never seen, ``short_forms.unseen``; a normal form's text read again ...): the latest
_OTHERS = 3


class WholeText:
    """The language and the year of ``text``, and the other reads of it, each read on
    first use."""

    __slots__ = (
        "_dropped",
        "_edit_starts",
        "_head",
        "_language",
        "_later",
        "_others",
        "_text",
        "_year",
        "_years",
        "asked",
        "found",
        "spans",
    )

    def __init__(self, text: str) -> None:
        self._text = text
        # whether the folded view of the whole text dropped a soft hyphen, zero-width
        # character or hyphenated line break (None: no view of the whole text was built)
        self._dropped: bool | None = None
        self._edit_starts: list[int] | None = None  # (``TextView.edit_starts``)
        self._language: list[str | None] = []
        self._year: list[int | None] = []
        self._head: list[HeadDate | None] = []
        self._later: dict[int, bool] = {}
        # the latest year read so far and where the reading stopped (a question reads on
        # only as far as it needs)
        self._years = [0, 0]
        self._others: list[WholeText] = []
        #: answers other modules keep for the text, by their own keys (``dated_names``:
        #: whether a work is named somewhere as a plan's or a proposal's)
        self.asked: dict[tuple[str, str, str], bool] = {}
        #: names other modules found in the whole text, each where it first does, by their
        #: own keys (``defined_authors``: the acronyms it defines as a national body's)
        self.found: dict[tuple[str, ...], dict[str, int]] = {}
        #: the starts and ends of what other modules searched the whole text for, in turn,
        #: by their own keys (``treaty_after_articles``: the marks of a national instrument
        #: or of the Union's writing, one search a text, not one a citation)
        self.spans: dict[tuple[str, ...], list[int]] = {}

    @contextmanager
    def under_way(self) -> Iterator[None]:
        """Within the block, :meth:`of` gives this WholeText for its text (and keeps the
        reads of a few other texts asked about); after it, nothing is kept."""
        token = _UNDER_WAY.set(self)
        try:
            yield
        finally:
            _UNDER_WAY.reset(token)

    @staticmethod
    def of(text: str) -> WholeText:
        """The :class:`WholeText` of ``text`` (that very object) in the extraction under way
        (:meth:`under_way`), made on first ask; outside one, a new one, kept nowhere."""
        main = _UNDER_WAY.get()
        if main is None:
            return WholeText(text)
        if main._text is text:
            return main
        for other in main._others:
            if other._text is text:
                return other
        other = WholeText(text)
        main._others[:] = [*main._others[1 - _OTHERS :], other]
        return other

    def language(self) -> str | None:
        """The language the words of the text's first ``DETECT_SAMPLE`` characters tell
        (:func:`~eurefs.languages.evidence.tell`; None where none does)."""
        if not self._language:
            self._language.append(tell(self._text[:DETECT_SAMPLE]))
        return self._language[0]

    def saw(self, text: str, dropped: bool, edit_starts: list[int] | None = None) -> None:
        """Note what the view of ``text`` dropped (``TextView.dropped``) and where its edits
        start (``TextView.edit_starts``), if ``text`` is the whole text."""
        if text is self._text:
            self._dropped, self._edit_starts = dropped, edit_starts

    @property
    def unseen(self) -> bool | None:
        """``TextView.unseen`` of the whole text: whether its view dropped a soft hyphen,
        zero-width character or hyphenated line break, or it breaks a line after a
        compound's hyphen (None: no view of the whole text was built).  The line breaks
        are read only when asked (the short forms ask; the references alone do not: on
        1 MB of the benchmark text the search cost ~3.8M instructions)."""
        if self._dropped is None or self._dropped:
            return self._dropped
        return capital_break(self._text, self._edit_starts)

    def head(self) -> HeadDate | None:
        """The date the text gives in its first lines
        (:func:`~eurefs.grammar.text_dates.head_date` of its first ``HEAD`` characters)."""
        if not self._head:
            self._head.append(head_date(self._text[:HEAD]))
        return self._head[0]

    def cites_later(self, year: int) -> bool:
        """:func:`~eurefs.grammar.text_dates.cites_later` of the text and ``year``."""
        later = self._later.get(year)
        if later is None:
            later = self._later[year] = cites_later(self._text, year)
        return later

    def year(self) -> int | None:
        """The year of the date the text gives as its own in its first lines
        (:meth:`head`; None where it gives none, or where the text cites a number given
        later: :meth:`cites_later`)."""
        if not self._year:
            own = self.head()
            year = own[0] if own is not None else None
            if year is not None and self.cites_later(year):
                year = None
            self._year.append(year)
        return self._year[0]

    def writes_year_since(self, year: int) -> bool:
        """Whether the text writes ``year`` or a later one in four figures (in a date, an
        act's number ...); read on from where the last question stopped."""
        seen = self._years
        if seen[0] >= year:
            return True
        for m in _ANY_YEAR.finditer(self._text, seen[1]):
            seen[0] = max(seen[0], int(m.group()))
            if seen[0] >= year:
                seen[1] = m.end()
                return True
        seen[1] = len(self._text)
        return False

    def answer(self, key: tuple[str, str, str], read: Callable[[], bool]) -> bool:
        """Another module's answer for the text under its own ``key``
        (``("named_abroad", name, celex)``), ``read()`` on first ask and kept
        (:attr:`asked`)."""
        known = self.asked.get(key)
        if known is None:
            known = self.asked[key] = read()
        return known


_UNDER_WAY: ContextVar[WholeText | None] = ContextVar("eurefs_whole_text", default=None)
