"""What a whole text tells, read once, when first asked: its language and its own year.

The scanner reads references in the text around them; where that leaves a choice, the
whole text decides: the language its words tell among those a reference is tied between
(``languages.hints.pick``), the year it gives as its own for which Treaty on European
Union it cites (``grammar/treaty_eras``).  A chunk of ``eurefs.iter_extract`` is given its
text's :class:`WholeText`, so it reads what the whole text reads.
"""

from __future__ import annotations

from eurefs.grammar.text_dates import HEAD, cites_later, head_date
from eurefs.languages.evidence import DETECT_SAMPLE, tell
from eurefs.textview_drops import capital_break


class WholeText:
    """The language and the year of ``text``, each read on first use."""

    __slots__ = ("_dropped", "_language", "_text", "_year")

    def __init__(self, text: str) -> None:
        self._text = text
        # whether the folded view of the whole text dropped a soft hyphen, zero-width
        # character or hyphenated line break (None: no view of the whole text was built)
        self._dropped: bool | None = None
        self._language: list[str | None] = []
        self._year: list[int | None] = []

    def language(self) -> str | None:
        """The language the words of the text's first ``DETECT_SAMPLE`` characters tell
        (:func:`~eurefs.languages.evidence.tell`; None where none does)."""
        if not self._language:
            self._language.append(tell(self._text[:DETECT_SAMPLE]))
        return self._language[0]

    def saw(self, text: str, dropped: bool) -> None:
        """Note what the view of ``text`` dropped (``TextView.dropped``), if ``text`` is the
        whole text."""
        if text is self._text:
            self._dropped = dropped

    @property
    def unseen(self) -> bool | None:
        """``TextView.unseen`` of the whole text: whether its view dropped a soft hyphen,
        zero-width character or hyphenated line break, or it breaks a line after a
        compound's hyphen (None: no view of the whole text was built).  The line breaks
        are read only when asked (the short forms ask; the references alone do not: on
        1 MB of the benchmark text the search cost ~3.8M instructions)."""
        if self._dropped is None or self._dropped:
            return self._dropped
        return capital_break(self._text)

    def year(self) -> int | None:
        """The year of the date the text gives as its own in its first lines
        (:func:`~eurefs.grammar.text_dates.head_date`; None where it gives none, or where
        the text cites a number given later: :func:`~eurefs.grammar.text_dates.cites_later`)."""
        if not self._year:
            own = head_date(self._text[:HEAD])
            year = own[0] if own is not None else None
            if year is not None and cites_later(self._text, year):
                year = None
            self._year.append(year)
        return self._year[0]
